package trace

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"graftlab/isa"
)

// Magic starts every trace: "GLTRACE" and the format version.
const Magic = "GLTRACE\x01"

// Tag bits of a record.
const (
	tagJump    = 0x01
	tagLoad    = 0x02
	tagStore   = 0x04
	tagExc     = 0x08
	tagRestart = 0x10
	tagWord    = 0x20
	tagEnd     = 0x80
	tagKnown   = tagJump | tagLoad | tagStore | tagExc | tagRestart | tagWord
)

// maxName bounds the names of a header.
const maxName = 4096

// Access is a record's data access.
type Access uint8

const (
	NoAccess Access = iota
	Load
	Store
)

// Record is one instruction of a trace.
type Record struct {
	PC     uint32
	Word   uint32
	Cycles uint64 // cycles from this instruction's start to the next's
	Access Access
	Addr   uint32 // the virtual data address of the load or store
	// HasException says the instruction raised exception Exception (served
	// on the host or delivered to the guest).
	HasException bool
	Exception    isa.ExcCode
	// Restart says the instruction did not complete: it runs again after
	// its exception, and the next record is its next attempt.
	Restart bool
}

// Header says what a trace is of.
type Header struct {
	Program, Profile string
	// StartInstructions and StartCycles are the machine's counts when
	// tracing began.
	StartInstructions, StartCycles uint64
}

// End is the end record: the counts of the traced run, from the header's
// start counts.
type End struct {
	Instructions, Cycles uint64
}

// Writer writes a trace.
type Writer struct {
	w        *bufio.Writer
	prevPC   uint32
	prevAddr uint32
	words    map[uint32]uint32
	buf      []byte
	n        End // what the records add up to
	closed   bool
}

// NewWriter writes h to w and returns a Writer for the records.
func NewWriter(w io.Writer, h Header) (*Writer, error) {
	tw := &Writer{w: bufio.NewWriterSize(w, 1<<16), prevPC: 0xfffffffc, words: map[uint32]uint32{}}
	b := []byte(Magic)
	b = appendString(b, h.Program)
	b = appendString(b, h.Profile)
	b = binary.AppendUvarint(b, h.StartInstructions)
	b = binary.AppendUvarint(b, h.StartCycles)
	if _, err := tw.w.Write(b); err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	return tw, nil
}

func appendString(b []byte, s string) []byte {
	if len(s) > maxName {
		s = s[:maxName]
	}
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Write appends a record.
func (tw *Writer) Write(r Record) error {
	if tw.closed {
		return errors.New("trace: write after close")
	}
	var tag byte
	b := append(tw.buf[:0], 0)
	if r.PC != tw.prevPC+4 {
		tag |= tagJump
		b = binary.AppendVarint(b, int64(int32(r.PC-(tw.prevPC+4))))
	}
	if w, ok := tw.words[r.PC]; !ok || w != r.Word {
		tag |= tagWord
		b = binary.LittleEndian.AppendUint32(b, r.Word)
		tw.words[r.PC] = r.Word
	}
	b = binary.AppendUvarint(b, r.Cycles)
	switch r.Access {
	case Load, Store:
		if r.Access == Load {
			tag |= tagLoad
		} else {
			tag |= tagStore
		}
		b = binary.AppendVarint(b, int64(int32(r.Addr-tw.prevAddr)))
		tw.prevAddr = r.Addr
	}
	if r.HasException {
		tag |= tagExc
		b = append(b, byte(r.Exception)&31)
	}
	if r.Restart {
		tag |= tagRestart
	} else {
		tw.n.Instructions++
	}
	tw.n.Cycles += r.Cycles
	b[0] = tag
	tw.buf = b
	tw.prevPC = r.PC
	_, err := tw.w.Write(b)
	return err
}

// Close writes the end record, with the counts the records add up to, and
// flushes. It does not close the underlying writer.
func (tw *Writer) Close() error {
	if tw.closed {
		return nil
	}
	tw.closed = true
	b := []byte{tagEnd}
	b = binary.AppendUvarint(b, tw.n.Instructions)
	b = binary.AppendUvarint(b, tw.n.Cycles)
	if _, err := tw.w.Write(b); err != nil {
		return fmt.Errorf("trace: %w", err)
	}
	if err := tw.w.Flush(); err != nil {
		return fmt.Errorf("trace: %w", err)
	}
	return nil
}

// Reader reads a trace.
type Reader struct {
	r        *countingReader
	h        Header
	prevPC   uint32
	prevAddr uint32
	words    map[uint32]uint32
	n        int // records read
	sum      End
	end      *End
}

type countingReader struct {
	r   *bufio.Reader
	off int64
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.off++
	}
	return b, err
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := io.ReadFull(c.r, p)
	c.off += int64(n)
	return n, err
}

// ErrFormat is wrapped by the errors of a malformed trace.
var ErrFormat = errors.New("malformed trace")

// NewReader reads the header of a trace.
func NewReader(r io.Reader) (*Reader, error) {
	tr := &Reader{r: &countingReader{r: bufio.NewReaderSize(r, 1<<16)}, prevPC: 0xfffffffc, words: map[uint32]uint32{}}
	magic := make([]byte, len(Magic))
	if _, err := tr.r.Read(magic); err != nil || string(magic) != Magic {
		if string(magic[:7]) == Magic[:7] {
			return nil, fmt.Errorf("trace: %w: version %d, want %d", ErrFormat, magic[7], Magic[7])
		}
		return nil, fmt.Errorf("trace: %w: no %q magic at the start", ErrFormat, Magic[:7])
	}
	var err error
	if tr.h.Program, err = tr.string("program name"); err != nil {
		return nil, err
	}
	if tr.h.Profile, err = tr.string("profile name"); err != nil {
		return nil, err
	}
	if tr.h.StartInstructions, err = tr.uvarint("start instructions"); err != nil {
		return nil, err
	}
	if tr.h.StartCycles, err = tr.uvarint("start cycles"); err != nil {
		return nil, err
	}
	return tr, nil
}

// Header returns the trace's header.
func (tr *Reader) Header() Header { return tr.h }

// End returns the end record, once Next has returned io.EOF.
func (tr *Reader) End() (End, bool) {
	if tr.end == nil {
		return End{}, false
	}
	return *tr.end, true
}

func (tr *Reader) errorf(format string, args ...any) error {
	return fmt.Errorf("trace: record %d at byte %d: %w: %s", tr.n, tr.r.off, ErrFormat, fmt.Sprintf(format, args...))
}

func (tr *Reader) uvarint(what string) (uint64, error) {
	v, err := binary.ReadUvarint(tr.r)
	if err != nil {
		return 0, tr.errorf("%s: %v", what, noEOF(err))
	}
	return v, nil
}

func (tr *Reader) varint32(what string) (uint32, error) {
	v, err := binary.ReadVarint(tr.r)
	if err != nil {
		return 0, tr.errorf("%s: %v", what, noEOF(err))
	}
	if v < -1<<31 || v >= 1<<31 {
		return 0, tr.errorf("%s: %d does not fit 32 bits", what, v)
	}
	return uint32(int32(v)), nil
}

func (tr *Reader) string(what string) (string, error) {
	n, err := tr.uvarint(what)
	if err != nil {
		return "", err
	}
	if n > maxName {
		return "", tr.errorf("%s: %d bytes is longer than %d", what, n, maxName)
	}
	b := make([]byte, n)
	if _, err := tr.r.Read(b); err != nil {
		return "", tr.errorf("%s: %v", what, noEOF(err))
	}
	return string(b), nil
}

func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// Next returns the next record, or io.EOF after the end record (which
// it checks against the records read).
func (tr *Reader) Next() (Record, error) {
	if tr.end != nil {
		return Record{}, io.EOF
	}
	tag, err := tr.r.ReadByte()
	if err != nil {
		return Record{}, tr.errorf("no end record: %v", noEOF(err))
	}
	if tag == tagEnd {
		return Record{}, tr.readEnd()
	}
	if tag&^tagKnown != 0 {
		return Record{}, tr.errorf("tag %#02x has unknown bits", tag)
	}
	if tag&tagLoad != 0 && tag&tagStore != 0 {
		return Record{}, tr.errorf("tag %#02x is both a load and a store", tag)
	}
	r := Record{PC: tr.prevPC + 4}
	if tag&tagJump != 0 {
		d, err := tr.varint32("pc")
		if err != nil {
			return Record{}, err
		}
		r.PC += d
	}
	if tag&tagWord != 0 {
		var b [4]byte
		if _, err := tr.r.Read(b[:]); err != nil {
			return Record{}, tr.errorf("word: %v", noEOF(err))
		}
		r.Word = binary.LittleEndian.Uint32(b[:])
		tr.words[r.PC] = r.Word
	} else {
		w, ok := tr.words[r.PC]
		if !ok {
			return Record{}, tr.errorf("no word for pc %#08x, seen first here", r.PC)
		}
		r.Word = w
	}
	if r.Cycles, err = tr.uvarint("cycles"); err != nil {
		return Record{}, err
	}
	if tag&(tagLoad|tagStore) != 0 {
		r.Access = Load
		if tag&tagStore != 0 {
			r.Access = Store
		}
		d, err := tr.varint32("data address")
		if err != nil {
			return Record{}, err
		}
		r.Addr = tr.prevAddr + d
		tr.prevAddr = r.Addr
	}
	if tag&tagExc != 0 {
		c, err := tr.r.ReadByte()
		if err != nil {
			return Record{}, tr.errorf("exception: %v", noEOF(err))
		}
		if c > 31 {
			return Record{}, tr.errorf("exception code %d is not 0-31", c)
		}
		r.HasException, r.Exception = true, isa.ExcCode(c)
	}
	r.Restart = tag&tagRestart != 0
	if !r.Restart {
		tr.sum.Instructions++
	}
	if tr.sum.Cycles+r.Cycles < tr.sum.Cycles {
		return Record{}, tr.errorf("cycles overflow")
	}
	tr.sum.Cycles += r.Cycles
	tr.prevPC = r.PC
	tr.n++
	return r, nil
}

func (tr *Reader) readEnd() error {
	var e End
	var err error
	if e.Instructions, err = tr.uvarint("end instructions"); err != nil {
		return err
	}
	if e.Cycles, err = tr.uvarint("end cycles"); err != nil {
		return err
	}
	if e != tr.sum {
		return tr.errorf("the end record says %d instructions and %d cycles; the records add up to %d and %d",
			e.Instructions, e.Cycles, tr.sum.Instructions, tr.sum.Cycles)
	}
	if _, err := tr.r.ReadByte(); err != io.EOF {
		return tr.errorf("data after the end record")
	}
	tr.end = &e
	return io.EOF
}
