package debuginfo_test

import (
	"bytes"
	"debug/elf"
	"os"
	"testing"

	"graftlab/loader/debuginfo"
)

// FuzzParseFrames feeds the CFI reader arbitrary .debug_frame and
// .eh_frame contents, and runs every row it finds: errors, never a panic
// or a hang.
func FuzzParseFrames(f *testing.F) {
	data, err := os.ReadFile("../../testdata/debug/sum.elf")
	if err != nil {
		f.Fatal(err)
	}
	ef, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range []string{".debug_frame", ".eh_frame"} {
		s := ef.Section(name)
		b, _ := s.Data()
		f.Add(b, name == ".eh_frame")
	}
	f.Fuzz(func(t *testing.T, b []byte, eh bool) {
		debuginfo.ParseFrames(b, 0x400000, eh)
	})
}

// FuzzLoad feeds Load sum.elf with up to three bytes changed (anywhere:
// headers, DWARF, CFI): errors, never a panic or a hang.
func FuzzLoad(f *testing.F) {
	data, err := os.ReadFile("../../testdata/debug/sum.elf")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint32(0x1990), byte(0xff), uint32(0), byte(0), uint32(0), byte(0)) // .debug_info
	f.Add(uint32(0x238a), byte(0x05), uint32(0x2390), byte(0x80), uint32(0), byte(0))
	f.Add(uint32(0x2730), byte(0x00), uint32(0x2744), byte(0x0c), uint32(0x2745), byte(0x7f))
	f.Fuzz(func(t *testing.T, o1 uint32, v1 byte, o2 uint32, v2 byte, o3 uint32, v3 byte) {
		b := append([]byte(nil), data...)
		b[int(o1)%len(b)] = v1
		b[int(o2)%len(b)] = v2
		b[int(o3)%len(b)] = v3
		d, err := debuginfo.Load(b)
		if err != nil {
			return
		}
		for _, fn := range d.Functions() {
			d.PCToLine(fn.Low)
			d.FrameRule(fn.BodyStart)
			d.LineRange(fn.BodyStart)
		}
		d.LineToPCs("sum.c", 16)
	})
}
