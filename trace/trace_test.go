package trace

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

func encode(t testing.TB, h Header, recs []Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, h)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decode(data []byte) (Header, []Record, End, error) {
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return Header{}, nil, End{}, err
	}
	var recs []Record
	for {
		rec, err := r.Next()
		if err == io.EOF {
			e, _ := r.End()
			return r.Header(), recs, e, nil
		}
		if err != nil {
			return r.Header(), recs, End{}, err
		}
		recs = append(recs, rec)
	}
}

var sample = []Record{
	{PC: 0x400000, Word: 0x27bdffe0, Cycles: 17},
	{PC: 0x400004, Word: 0xafbf001c, Cycles: 1, Access: Store, Addr: 0x7ffef964},
	{PC: 0x400008, Word: 0x8fa20010, Cycles: 12, Access: Load, Addr: 0x7ffef950, HasException: true, Exception: isa.ExcTLBL, Restart: true},
	{PC: 0x400008, Word: 0x8fa20010, Cycles: 11, Access: Load, Addr: 0x7ffef950},
	{PC: 0x400000, Word: 0x27bdffe0, Cycles: 1}, // a jump back: the word is known
	{PC: 0x400000, Word: 0x24020001, Cycles: 1}, // code written over: a new word
	{PC: 0x0, Word: 0, Cycles: 2, HasException: true, Exception: isa.ExcAdEL, Restart: true},
	{PC: 0xfffffffc, Word: 0x0000000c, Cycles: 50, HasException: true, Exception: isa.ExcSys},
	{PC: 0x80000000, Word: 0xac000000, Cycles: 3, Access: Store, Addr: 0},
}

func TestRoundTrip(t *testing.T) {
	h := Header{Program: "prog.elf", Profile: "dec5000", StartInstructions: 5, StartCycles: 99}
	data := encode(t, h, sample)
	gh, recs, end, err := decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if gh != h {
		t.Errorf("header %+v, want %+v", gh, h)
	}
	if diff := cmp.Diff(sample, recs); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	if want := (End{Instructions: 7, Cycles: 98}); end != want {
		t.Errorf("end %+v, want %+v", end, want)
	}
	// Straight-line code seen before costs two bytes a record, a new
	// instruction six (tag, word, cycles), a jump back one more.
	n0 := len(encode(t, h, nil))
	loop := []Record{{PC: 0x400000, Word: 1, Cycles: 1}, {PC: 0x400004, Word: 2, Cycles: 1}}
	n1 := len(encode(t, h, loop))
	n2 := len(encode(t, h, append(loop, Record{PC: 0x400000, Word: 1, Cycles: 1}, Record{PC: 0x400004, Word: 2, Cycles: 1})))
	if n2-n1 != 3+2 || n1-n0 != 10+6 {
		t.Errorf("sizes: header+end %d, first pass %d, second pass %d", n0, n1-n0, n2-n1)
	}
}

func TestMalformed(t *testing.T) {
	good := encode(t, Header{Program: "p", Profile: "ideal"}, sample)
	endAt := len(good) - 3 // the end record: tag and two one-byte uvarints
	if good[endAt] != tagEnd {
		t.Fatalf("end record not where expected: % x", good[endAt:])
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, `no "GLTRACE" magic`},
		{"other file", []byte("\x7fELF\x01\x01\x01\x00"), `no "GLTRACE" magic`},
		{"version", []byte("GLTRACE\x02"), "version 2, want 1"},
		{"truncated header", good[:9], "program name: unexpected EOF"},
		{"long name", append([]byte(Magic), 0xff, 0xff, 0x01), "longer than 4096"},
		{"truncated", good[:endAt], "no end record: unexpected EOF"},
		{"truncated record", good[:endAt-1], "unexpected EOF"},
		{"end does not add up", append(append([]byte{}, good[:endAt]...), tagEnd, 7, 99), "the end record says 7 instructions and 99 cycles; the records add up to 7 and 98"},
		{"after the end", append(append([]byte{}, good...), 0), "data after the end record"},
		{"reserved tag bit", append(append([]byte{}, good[:endAt]...), 0x40), "tag 0x40 has unknown bits"},
		{"load and store", append(append([]byte{}, good[:endAt]...), tagLoad|tagStore), "both a load and a store"},
		{"unknown word", append(append([]byte{}, good[:endAt]...), tagJump, 0x10), "no word for pc"},
		{"exception code", append(append([]byte{}, good[:endAt]...), tagExc|tagWord, 0, 0, 0, 0, 1, 40), "exception code 40"},
		{"pc delta too big", append(append([]byte{}, good[:endAt]...), tagJump, 0xff, 0xff, 0xff, 0xff, 0x7f), "does not fit 32 bits"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, err := decode(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrFormat) {
				t.Errorf("error %v, want ErrFormat saying %q", err, tc.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	sym := func(addr uint32) (string, uint32, bool) {
		if addr >= 0x400000 && addr < 0x400100 {
			return "main", 0x400000, true
		}
		return "", 0, false
	}
	tests := []struct {
		r    Record
		want string
	}{
		{Record{PC: 0x400000, Word: 0x27bdffe0, Cycles: 1}, "00400000  27bdffe0     1  addiu   sp,sp,-32"},
		{Record{PC: 0x400004, Word: 0xafbf001c, Cycles: 3, Access: Store, Addr: 0x7ffef964}, "00400004  afbf001c     3  sw      ra,28(sp)            store 0x7ffef964"},
		{Record{PC: 0x400008, Word: 0x8fa20010, Cycles: 12, Access: Load, Addr: 0x7ffef950, HasException: true, Exception: isa.ExcTLBL, Restart: true},
			"00400008  8fa20010    12  lw      v0,16(sp)            load 0x7ffef950 exception TLBL (restarts)"},
		{Record{PC: 0x40000c, Word: 0x1000fffc, Cycles: 1}, "0040000c  1000fffc     1  b       400000 <main>"},
		{Record{PC: 0x400010, Word: 0x0000000c, Cycles: 50, HasException: true, Exception: isa.ExcSys}, "00400010  0000000c    50  syscall                      exception Sys"},
	}
	for _, tc := range tests {
		if got := Format(tc.r, sym); got != tc.want {
			t.Errorf("Format:\n got %q\nwant %q", got, tc.want)
		}
	}
}

func readExe(t testing.TB, name string) *loader.Executable {
	t.Helper()
	data, err := os.ReadFile("../testdata/progs/" + name)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func newProc(t testing.TB, x *loader.Executable) *user.Process {
	t.Helper()
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	proc, err := user.New(user.Config{Profile: p, Executable: x, Args: []string{"prog"}})
	if err != nil {
		t.Fatal(err)
	}
	return proc
}

// TestAttach traces a whole program and checks the trace against the
// machine's counters, and the counters against an untraced run.
func TestAttach(t *testing.T) {
	x := readExe(t, "strings.elf")
	plain := newProc(t, x)
	if _, err := plain.Run(context.Background(), cpu.Limits{MaxInstructions: 1e7}); err != nil {
		t.Fatal(err)
	}
	proc := newProc(t, x)
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Header{Program: "strings.elf", Profile: "dec5000"})
	if err != nil {
		t.Fatal(err)
	}
	tr := Attach(proc.Machine, w, proc.PeekMemory)
	if _, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 1e7}); err != nil {
		t.Fatal(err)
	}
	if err := tr.Finish(); err != nil {
		t.Fatal(err)
	}
	st := proc.Stats()
	if st != plain.Stats() {
		t.Errorf("traced run counted %+v\nuntraced %+v", st, plain.Stats())
	}
	_, recs, end, err := decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if end.Instructions != st.Instructions || end.Cycles != st.Cycles {
		t.Errorf("end %+v; the run counted %d instructions, %d cycles", end, st.Instructions, st.Cycles)
	}
	if recs[0].PC != x.Entry {
		t.Errorf("first pc %#x, want the entry %#x", recs[0].PC, x.Entry)
	}
	var exc [32]uint64
	var restarts, loads, stores uint64
	for _, r := range recs {
		if r.HasException {
			exc[r.Exception]++
		}
		if r.Restart {
			restarts++
		}
		inst, err := isa.Decode(r.Word)
		if err != nil {
			continue
		}
		fl := inst.Info().Flags
		switch {
		case r.Restart:
		case r.Access == Load:
			loads++
			if fl&isa.FlagLoad == 0 {
				t.Fatalf("load recorded for %s", Format(r, nil))
			}
		case r.Access == Store:
			stores++
			if fl&isa.FlagStore == 0 {
				t.Fatalf("store recorded for %s", Format(r, nil))
			}
		case fl&(isa.FlagLoad|isa.FlagStore) != 0 && inst.Info().Mem != isa.MemNone:
			t.Fatalf("no access recorded for %s", Format(r, nil))
		}
	}
	if exc != st.Exceptions {
		t.Errorf("exceptions in the trace %v, counted %v", exc, st.Exceptions)
	}
	if restarts != st.TLBMisses {
		t.Errorf("%d restarted records, %d TLB misses", restarts, st.TLBMisses)
	}
	if loads == 0 || stores == 0 {
		t.Errorf("%d loads and %d stores", loads, stores)
	}
}
