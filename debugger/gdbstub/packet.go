package gdbstub

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// PacketSize is the largest packet the stub accepts or sends, in bytes of
// payload; qSupported announces it.
const PacketSize = 0x4000

// maxInput bounds a packet gdb may send before the stub gives up on it:
// generous, since escapes can make a packet longer than its data.
const maxInput = 2*PacketSize + 64

// eventKind says what arrived on the connection.
type eventKind int

const (
	evPacket    eventKind = iota // a packet with a good checksum
	evBad                        // a packet with a bad checksum, or too long
	evInterrupt                  // 0x03, Ctrl-C
	evAck                        // +
	evNak                        // -
	evClosed                     // the connection ended (err says why)
)

type event struct {
	kind eventKind
	data []byte // the payload, still escaped
	err  error
}

// errTooLong is the error of a packet longer than maxInput.
var errTooLong = errors.New("packet too long")

// readEvent reads the next thing gdb sends. Bytes outside packets other
// than +, - and 0x03 are noise and skipped, as gdbserver skips them.
func readEvent(r *bufio.Reader) event {
	for {
		c, err := r.ReadByte()
		if err != nil {
			return event{kind: evClosed, err: err}
		}
		switch c {
		case '+':
			return event{kind: evAck}
		case '-':
			return event{kind: evNak}
		case 0x03:
			return event{kind: evInterrupt}
		case '$':
			return readPacket(r)
		}
	}
}

// readPacket reads a packet's payload and checksum, after its '$'.
func readPacket(r *bufio.Reader) event {
	var data []byte
	long := false
	for {
		c, err := r.ReadByte()
		if err != nil {
			return event{kind: evClosed, err: err}
		}
		if c == '#' {
			break
		}
		if c == '$' {
			// A new packet starts: the one before was cut short.
			data, long = data[:0], false
			continue
		}
		if len(data) >= maxInput {
			long = true
			continue
		}
		data = append(data, c)
	}
	var cs [2]byte
	if _, err := io.ReadFull(r, cs[:]); err != nil {
		return event{kind: evClosed, err: err}
	}
	if long {
		return event{kind: evBad, err: errTooLong}
	}
	want, ok := hexByte(cs[0], cs[1])
	if !ok {
		return event{kind: evBad, data: data, err: fmt.Errorf("checksum %q is not hex", cs[:])}
	}
	if got := checksum(data); got != want {
		return event{kind: evBad, data: data, err: fmt.Errorf("checksum %02x, packet says %02x", got, want)}
	}
	return event{kind: evPacket, data: data}
}

func checksum(b []byte) byte {
	var s byte
	for _, c := range b {
		s += c
	}
	return s
}

// frame returns payload framed as a packet: $payload#cs. The payload must
// already be escaped if it holds binary data.
func frame(payload []byte) []byte {
	out := make([]byte, 0, len(payload)+4)
	out = append(out, '$')
	out = append(out, payload...)
	return fmt.Appendf(out, "#%02x", checksum(payload))
}

// escape escapes binary data for a packet: $, #, } and * become } followed
// by the byte xor 0x20.
func escape(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		switch c {
		case '$', '#', '}', '*':
			out = append(out, '}', c^0x20)
		default:
			out = append(out, c)
		}
	}
	return out
}

// unescape undoes escape. A } at the very end is an error.
func unescape(b []byte) ([]byte, error) {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '}' {
			i++
			if i == len(b) {
				return nil, errors.New("escape at the end of the data")
			}
			c = b[i] ^ 0x20
		}
		out = append(out, c)
	}
	return out, nil
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func hexByte(hi, lo byte) (byte, bool) {
	h, ok1 := hexDigit(hi)
	l, ok2 := hexDigit(lo)
	return h<<4 | l, ok1 && ok2
}

// parseHex parses a big-endian hex number (an address, a length, a
// register number) that fits 32 bits. A 64-bit sign extension of a 32-bit
// value (ffffffff80000000) is accepted, as MIPS tools write kernel
// addresses so.
func parseHex(s []byte) (uint32, error) {
	if len(s) == 0 || len(s) > 16 {
		return 0, fmt.Errorf("bad hex number %q", s)
	}
	var v uint64
	for _, c := range s {
		d, ok := hexDigit(c)
		if !ok {
			return 0, fmt.Errorf("bad hex number %q", s)
		}
		v = v<<4 | uint64(d)
	}
	if v>>32 != 0 && (v>>32 != 0xffffffff || v&0x80000000 == 0) {
		return 0, fmt.Errorf("hex number %q does not fit 32 bits", s)
	}
	return uint32(v), nil
}

// decodeHex decodes a string of hex byte pairs.
func decodeHex(s []byte) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, fmt.Errorf("odd-length hex data (%d digits)", len(s))
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		b, ok := hexByte(s[2*i], s[2*i+1])
		if !ok {
			return nil, fmt.Errorf("bad hex data at digit %d", 2*i)
		}
		out[i] = b
	}
	return out, nil
}

// word32 is a register value as the g, p and stop packets carry it: four
// bytes in the target's (little-endian) order, as hex.
func word32(v uint32) string {
	return fmt.Sprintf("%02x%02x%02x%02x", byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// parseWord32 parses word32's format; ok is false for "xxxxxxxx" (an
// unavailable value).
func parseWord32(s []byte) (v uint32, ok bool, err error) {
	if len(s) != 8 {
		return 0, false, fmt.Errorf("register value %q: want 8 hex digits", s)
	}
	if string(s) == "xxxxxxxx" {
		return 0, false, nil
	}
	b, err := decodeHex(s)
	if err != nil {
		return 0, false, fmt.Errorf("register value %q: %w", s, err)
	}
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24, true, nil
}
