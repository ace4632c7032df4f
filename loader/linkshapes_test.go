package loader

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"graftlab/internal/linkshapes"
)

// shapeSegment is a PT_LOAD segment as mipsel-linux-gnu-readelf -l lists it.
type shapeSegment struct {
	addr, memSize, fileSize, offset uint32
	flags                           string
}

// linkShapeSegments are the loadable segments of each program of the
// link-shape corpus, from readelf; phdr is the AT_PHDR Linux passes.
var linkShapeSegments = map[string]struct {
	segs []shapeSegment
	phdr uint32
}{
	"bigbss":     {[]shapeSegment{{0x00400000, 0x005f0, 0x005f0, 0x000000, "RE"}, {0x00411000, 0x4000000, 0, 0x001000, "RW"}}, 0x400034},
	"both":       {[]shapeSegment{{0x00400000, 0x006e8, 0x006e8, 0x000000, "RE"}, {0x004106f0, 0x052f0, 0x004c0, 0x0006f0, "RW"}}, 0x400034},
	"bss":        {[]shapeSegment{{0x00400000, 0x00584, 0x00584, 0x000000, "RE"}, {0x00411000, 0x03080, 0, 0x001000, "RW"}}, 0x400034},
	"data":       {[]shapeSegment{{0x00400000, 0x00650, 0x00650, 0x000000, "RE"}, {0x00410650, 0x01130, 0x01130, 0x000650, "RW"}}, 0x400034},
	"gc":         {[]shapeSegment{{0x00400000, 0x004bc, 0x004bc, 0x000000, "RE"}, {0x004104bc, 0x00194, 0x00004, 0x0004bc, "RW"}}, 0x400034},
	"kit":        {[]shapeSegment{{0x00400000, 0x01cb4, 0x01cb4, 0x000000, "RE"}, {0x00411cc0, 0x00210, 0, 0x001cc0, "RW"}}, 0x400034},
	"nmagic":     {[]shapeSegment{{0x004000d8, 0x158e8, 0x10ab8, 0x0000d8, "RWE"}}, 0},
	"none":       {[]shapeSegment{{0x00400000, 0x0047c, 0x0047c, 0x000000, "RE"}}, 0x400034},
	"noseparate": {[]shapeSegment{{0x00400000, 0x006ec, 0x006ec, 0x000000, "RE"}, {0x004106f0, 0x052f0, 0x004c0, 0x0006f0, "RW"}}, 0x400034},
	"omagic":     {[]shapeSegment{{0x004000d8, 0x058e8, 0x00ab8, 0x0000d8, "RWE"}}, 0},
	"script":     {[]shapeSegment{{0x00400000, 0x00618, 0x00618, 0x000000, "RE"}, {0x00a00000, 0x02010, 0x00010, 0x010000, "RW"}}, 0x400034},
	"sepcode": {[]shapeSegment{{0x00400000, 0x0018c, 0x0018c, 0x000000, "R"}, {0x00410000, 0x004d0, 0x004d0, 0x010000, "RE"},
		{0x00420000, 0x000c8, 0x000c8, 0x020000, "R"}, {0x004300d0, 0x052f0, 0x004c0, 0x0200d0, "RW"}}, 0x400034},
	"smalldata": {[]shapeSegment{{0x00400000, 0x006cc, 0x006cc, 0x000000, "RE"}, {0x004106d0, 0x052e0, 0x004bc, 0x0006d0, "RW"}}, 0x400034},
	"ttext":     {[]shapeSegment{{0x10000000, 0x006e8, 0x006e8, 0x000000, "RE"}, {0x100106f0, 0x052f0, 0x004c0, 0x0006f0, "RW"}}, 0x10000034},
}

func flagString(f elf.ProgFlag) string {
	s := ""
	for _, c := range []struct {
		bit elf.ProgFlag
		c   string
	}{{elf.PF_R, "R"}, {elf.PF_W, "W"}, {elf.PF_X, "E"}} {
		if f&c.bit != 0 {
			s += c.c
		}
	}
	return s
}

// TestLinkShapesParse parses every program of the link-shape corpus: the
// segments readelf lists, their file bytes, and AT_PHDR. The .bss-only
// segments of bss.elf and bigbss.elf have a file offset past the end of
// the file.
func TestLinkShapesParse(t *testing.T) {
	shapes, err := linkshapes.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shapes {
		t.Run(s.Name, func(t *testing.T) {
			want, ok := linkShapeSegments[s.Name]
			if !ok {
				t.Fatalf("no expected segments for %s", s.Name)
			}
			x, err := ParseExecutable(s.ELF)
			if err != nil {
				t.Fatal(err)
			}
			var got []shapeSegment
			for _, seg := range x.Segments {
				got = append(got, shapeSegment{seg.Addr, seg.MemSize, seg.FileSize, seg.Offset, flagString(seg.Flags)})
				if seg.FileSize == 0 && seg.Data != nil {
					t.Errorf("segment at %#x: no file bytes, but Data is %d bytes", seg.Addr, len(seg.Data))
				}
				if seg.FileSize > 0 && string(seg.Data) != string(s.ELF[seg.Offset:seg.Offset+seg.FileSize]) {
					t.Errorf("segment at %#x: Data is not the file's bytes", seg.Addr)
				}
			}
			if len(got) != len(want.segs) {
				t.Fatalf("segments %x, want %x", got, want.segs)
			}
			for i := range got {
				if got[i] != want.segs[i] {
					t.Errorf("segment %d: %x, want %x", i, got[i], want.segs[i])
				}
			}
			if x.PhdrAddr != want.phdr {
				t.Errorf("PhdrAddr %#x, want %#x", x.PhdrAddr, want.phdr)
			}
		})
	}
}

// phdrField rewrites field (a byte offset within a program header) of
// program header i.
func phdrField(b []byte, i, field int, v uint32) []byte {
	b = append([]byte(nil), b...)
	phoff := int(binary.LittleEndian.Uint32(b[28:]))
	binary.LittleEndian.PutUint32(b[phoff+i*32+field:], v)
	return b
}

// loadIndex returns the index of the program header of the n-th PT_LOAD.
func loadIndex(t *testing.T, b []byte, n int) int {
	t.Helper()
	phoff, phnum := int(binary.LittleEndian.Uint32(b[28:])), int(binary.LittleEndian.Uint16(b[44:]))
	for i := 0; i < phnum; i++ {
		if elf.ProgType(binary.LittleEndian.Uint32(b[phoff+i*32:])) == elf.PT_LOAD {
			if n == 0 {
				return i
			}
			n--
		}
	}
	t.Fatalf("no PT_LOAD number %d", n)
	return 0
}

// TestSegmentFileRules checks Linux's rules for a segment's file bytes: a
// segment with none may have any offset; one with some must have them in
// the file, at an offset that agrees with its address within a page.
func TestSegmentFileRules(t *testing.T) {
	shapes, err := linkshapes.All()
	if err != nil {
		t.Fatal(err)
	}
	var bss []byte
	for _, s := range shapes {
		if s.Name == "bss" {
			bss = s.ELF
		}
	}
	const (
		pOffset = 4
		pFilesz = 16
	)
	data := loadIndex(t, bss, 1)
	text := loadIndex(t, bss, 0)
	ok := map[string][]byte{
		"offset past the end":  bss,
		"offset far past":      phdrField(bss, data, pOffset, 0xfffff000),
		"offset not congruent": phdrField(bss, data, pOffset, 0x1234), // no file bytes: no rule
	}
	for name, b := range ok {
		x, err := ParseExecutable(b)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if s := x.Segments[1]; s.FileSize != 0 || s.Data != nil || s.MemSize != 0x3080 {
			t.Errorf("%s: segment %+v", name, s)
		}
	}
	bad := map[string]struct {
		b   []byte
		msg string
	}{
		"file bytes past the end": {phdrField(bss, data, pFilesz, 4), "segment 3: file bytes 0x1000+0x4 lie outside the 0x90c-byte file"},
		"text not congruent": {phdrField(phdrField(bss, text, pOffset, 0x10), text, pFilesz, 0x500),
			"segment 2: file offset 0x10 and address 0x400000 differ within a 4096-byte page, so the segment cannot be mapped"},
	}
	for name, tc := range bad {
		_, err := ParseExecutable(tc.b)
		if err == nil || !errors.Is(err, ErrNotExecutable) || !strings.HasSuffix(err.Error(), tc.msg) {
			t.Errorf("%s: error %v, want one ending %q", name, err, tc.msg)
		}
	}
}
