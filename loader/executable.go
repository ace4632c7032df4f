package loader

import (
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// Executable is a static ELF32 little-endian MIPS executable (ET_EXEC), as
// a loader maps it: the PT_LOAD segments, the entry point, what the
// auxiliary vector reports about the program headers, and the symbols of
// .symtab for symbolizing addresses. ParseExecutable builds one from any
// such file: GNU ld's output, or Image.ELF's.
type Executable struct {
	Entry uint32
	Flags uint32 // e_flags
	// Segments are the PT_LOAD segments with a non-zero memory size, sorted
	// by address; they do not overlap.
	Segments []ExecSegment
	// PhdrAddr is the address at which the program headers appear in
	// memory (AT_PHDR): PT_PHDR's address if there is one, else the place
	// of e_phoff within the PT_LOAD segment that holds it in the file, else
	// 0. PhdrCount is e_phnum (AT_PHNUM); every entry is 32 bytes (AT_PHENT).
	PhdrAddr  uint32
	PhdrCount int
	// StackFlags is the p_flags of PT_GNU_STACK, or 0 when there is none.
	StackFlags elf.ProgFlag
	// Symbols are the named symbols of .symtab that have an address
	// (defined, not absolute, not a section or file symbol), in file order.
	Symbols []ExecSymbol

	byAddr []int // indexes of Symbols, sorted for Symbolize
}

// ExecSegment is one PT_LOAD segment.
type ExecSegment struct {
	Addr     uint32 // p_vaddr
	MemSize  uint32 // p_memsz: the bytes past FileSize up to MemSize are zero
	FileSize uint32 // p_filesz, the length of Data
	Offset   uint32 // p_offset
	Flags    elf.ProgFlag
	Data     []byte // the file's bytes, a copy; nil when FileSize is 0
}

// End returns the address just past the segment, as a 64-bit number so that
// a segment reaching 0xFFFFFFFF has an end.
func (s ExecSegment) End() uint64 { return uint64(s.Addr) + uint64(s.MemSize) }

// ExecSymbol is one symbol of an executable.
type ExecSymbol struct {
	Name  string
	Value uint32
	Size  uint32
	Type  elf.SymType
	Bind  elf.SymBind
}

// Limits of ParseExecutable, which bound the memory that loading an
// executable may take.
const (
	// MaxExecutableMemory bounds the sum of the segments' memory sizes.
	MaxExecutableMemory = 256 << 20
	// MaxExecutableSegments bounds the number of PT_LOAD segments.
	MaxExecutableSegments = 64
)

// pageSize is the page size of MIPS Linux (and of graftlab's user mode),
// in which a segment's file offset and address must agree.
const pageSize = 4096

// ErrNotExecutable is wrapped by the errors of ParseExecutable for files
// that are not static MIPS32 little-endian executables or are malformed.
var ErrNotExecutable = errors.New("not a static MIPS32 little-endian executable")

// exeError is an error of ParseExecutable: its message, and the sentinel it
// wraps (ErrNotExecutable or ErrUnsupported).
type exeError struct {
	msg string
	err error
}

func (e *exeError) Error() string { return "executable: " + e.msg }
func (e *exeError) Unwrap() error { return e.err }

func badExe(format string, args ...any) error {
	return &exeError{fmt.Sprintf(format, args...), ErrNotExecutable}
}

func unsupportedExe(format string, args ...any) error {
	return &exeError{fmt.Sprintf(format, args...), ErrUnsupported}
}

// ParseExecutable parses a static ELF32 little-endian MIPS executable.
// Anything else is an error, never a panic: another class, byte order,
// machine or type, a dynamically linked program (PT_INTERP or PT_DYNAMIC),
// a segment whose file bytes lie outside the file or whose file offset and
// address differ within a page (Linux cannot map it either), one larger in
// the file than in memory, one that wraps around the address space or
// overlaps another, and more than MaxExecutableSegments segments or
// MaxExecutableMemory bytes of them. A segment with no file bytes (.bss
// alone) may have any file offset, as on Linux.
func ParseExecutable(data []byte) (*Executable, error) {
	if len(data) < ehdrSize || !bytes.HasPrefix(data, []byte(elf.ELFMAG)) {
		return nil, badExe("not an ELF file")
	}
	if c := elf.Class(data[elf.EI_CLASS]); c != elf.ELFCLASS32 {
		return nil, badExe("%v file, want ELFCLASS32", c)
	}
	if d := elf.Data(data[elf.EI_DATA]); d != elf.ELFDATA2LSB {
		return nil, badExe("%v file, want little-endian (ELFDATA2LSB)", d)
	}
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return nil, badExe("%v", err)
	}
	if f.Machine != elf.EM_MIPS {
		return nil, badExe("machine %v, want EM_MIPS", f.Machine)
	}
	switch f.Type {
	case elf.ET_EXEC:
	case elf.ET_DYN:
		return nil, unsupportedExe("position-independent executables and shared objects (ET_DYN) are not supported")
	default:
		return nil, badExe("file type %v, want an executable (ET_EXEC)", f.Type)
	}
	x := &Executable{Entry: uint32(f.Entry), Flags: le.Uint32(data[36:]), PhdrCount: len(f.Progs)}
	if err := x.loadSegments(f, data); err != nil {
		return nil, err
	}
	if err := x.loadSymbols(f); err != nil {
		return nil, err
	}
	return x, nil
}

// loadSegments fills Segments and PhdrAddr from the program headers.
func (x *Executable) loadSegments(f *elf.File, data []byte) error {
	phoff := uint64(le.Uint32(data[28:]))
	var total uint64
	hasPhdr := false
	for i, p := range f.Progs {
		switch p.Type {
		case elf.PT_INTERP, elf.PT_DYNAMIC:
			return unsupportedExe("dynamically linked executables are not supported (program header %d is %v)", i, p.Type)
		case elf.PT_PHDR:
			x.PhdrAddr, hasPhdr = uint32(p.Vaddr), true
			continue
		case elf.PT_GNU_STACK:
			x.StackFlags = p.Flags
			continue
		case elf.PT_LOAD:
		default:
			continue
		}
		// Linux's rules (binfmt_elf): a segment maps p_filesz bytes of the
		// file from p_offset, with mmap, so offset and address must agree
		// within a page; the rest up to p_memsz is zero. A segment with no
		// file bytes maps nothing from the file, so its p_offset does not
		// matter: GNU ld gives a .bss-only segment one past the end of the
		// file.
		switch {
		case p.Filesz > p.Memsz:
			return badExe("segment %d: file size %#x exceeds memory size %#x", i, p.Filesz, p.Memsz)
		case p.Filesz > 0 && (p.Off > uint64(len(data)) || p.Filesz > uint64(len(data))-p.Off):
			return badExe("segment %d: file bytes %#x+%#x lie outside the %#x-byte file", i, p.Off, p.Filesz, len(data))
		case p.Filesz > 0 && p.Off%pageSize != p.Vaddr%pageSize:
			return badExe("segment %d: file offset %#x and address %#x differ within a %d-byte page, so the segment cannot be mapped",
				i, p.Off, p.Vaddr, pageSize)
		case p.Vaddr+p.Memsz > 1<<32:
			return badExe("segment %d: %#x+%#x wraps around the address space", i, p.Vaddr, p.Memsz)
		case p.Memsz == 0:
			continue
		}
		if len(x.Segments) == MaxExecutableSegments {
			return badExe("more than %d loadable segments", MaxExecutableSegments)
		}
		if total += p.Memsz; total > MaxExecutableMemory {
			return badExe("segments need more than %d MiB of memory", MaxExecutableMemory>>20)
		}
		if !hasPhdr && phoff >= p.Off && phoff-p.Off < p.Filesz {
			x.PhdrAddr = uint32(p.Vaddr + phoff - p.Off)
		}
		seg := ExecSegment{Addr: uint32(p.Vaddr), MemSize: uint32(p.Memsz), FileSize: uint32(p.Filesz), Offset: uint32(p.Off), Flags: p.Flags}
		if p.Filesz > 0 {
			seg.Data = bytes.Clone(data[p.Off : p.Off+p.Filesz])
		}
		x.Segments = append(x.Segments, seg)
	}
	if len(x.Segments) == 0 {
		return badExe("no loadable segment")
	}
	slices.SortStableFunc(x.Segments, func(a, b ExecSegment) int { return cmpUint32(a.Addr, b.Addr) })
	for i := 1; i < len(x.Segments); i++ {
		if prev, s := x.Segments[i-1], x.Segments[i]; prev.End() > uint64(s.Addr) {
			return badExe("segments at %#x+%#x and %#x+%#x overlap", prev.Addr, prev.MemSize, s.Addr, s.MemSize)
		}
	}
	return nil
}

// loadSymbols fills Symbols from .symtab, if the file has one.
func (x *Executable) loadSymbols(f *elf.File) error {
	syms, err := f.Symbols()
	if errors.Is(err, elf.ErrNoSymbols) {
		return nil
	}
	if err != nil {
		return badExe("symbol table: %v", err)
	}
	for _, s := range syms {
		typ := elf.ST_TYPE(s.Info)
		switch {
		case s.Name == "", s.Section == elf.SHN_UNDEF, s.Section == elf.SHN_ABS, s.Section == elf.SHN_COMMON,
			typ == elf.STT_SECTION, typ == elf.STT_FILE:
			continue
		}
		x.Symbols = append(x.Symbols, ExecSymbol{Name: s.Name, Value: uint32(s.Value), Size: uint32(s.Size),
			Type: typ, Bind: elf.ST_BIND(s.Info)})
	}
	x.byAddr = make([]int, len(x.Symbols))
	for i := range x.byAddr {
		x.byAddr[i] = i
	}
	sort.SliceStable(x.byAddr, func(i, j int) bool {
		a, b := &x.Symbols[x.byAddr[i]], &x.Symbols[x.byAddr[j]]
		if a.Value != b.Value {
			return a.Value < b.Value
		}
		return symbolRank(a) < symbolRank(b)
	})
	return nil
}

// symbolRank orders the symbols at one address for Symbolize: functions,
// then objects, then the rest; global before local.
func symbolRank(s *ExecSymbol) int {
	r := 4
	switch s.Type {
	case elf.STT_FUNC:
		r = 0
	case elf.STT_OBJECT:
		r = 2
	}
	if s.Bind == elf.STB_LOCAL {
		r++
	}
	return r
}

func cmpUint32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Lookup returns the symbol called name, preferring a global or weak one to
// a local one.
func (x *Executable) Lookup(name string) (ExecSymbol, bool) {
	var local ExecSymbol
	found := false
	for _, s := range x.Symbols {
		if s.Name != name {
			continue
		}
		if s.Bind != elf.STB_LOCAL {
			return s, true
		}
		if !found {
			local, found = s, true
		}
	}
	return local, found
}

// Symbolize names the symbol that covers addr, for disassembly listings and
// fault reports; it has the signature of isa.Symbolizer. A symbol with a
// size covers [Value, Value+Size); one without (a label in assembly source)
// covers the addresses after it, up to the next symbol, within its segment.
// Among the symbols at one address a function wins over an object and a
// global over a local.
func (x *Executable) Symbolize(addr uint32) (name string, base uint32, ok bool) {
	// Symbols byAddr[lo:n] are the ones at the highest address <= addr.
	n := sort.Search(len(x.byAddr), func(i int) bool { return x.Symbols[x.byAddr[i]].Value > addr })
	if n == 0 {
		return "", 0, false
	}
	nearest := x.Symbols[x.byAddr[n-1]].Value
	lo := sort.Search(n, func(i int) bool { return x.Symbols[x.byAddr[i]].Value >= nearest })
	for _, sized := range []bool{true, false} {
		for _, i := range x.byAddr[lo:n] {
			s := &x.Symbols[i]
			if sized && s.Size != 0 && addr-s.Value < s.Size || !sized && s.Size == 0 && x.sameSegment(s.Value, addr) {
				return s.Name, s.Value, true
			}
		}
	}
	// A sized symbol further down may still cover addr (a table holding a
	// labelled entry, say).
	for i := lo - 1; i >= 0; i-- {
		s := &x.Symbols[x.byAddr[i]]
		if s.Size != 0 && addr-s.Value < s.Size {
			return s.Name, s.Value, true
		}
	}
	return "", 0, false
}

// sameSegment reports whether a and b lie in one loadable segment.
func (x *Executable) sameSegment(a, b uint32) bool {
	for _, s := range x.Segments {
		if uint64(a) >= uint64(s.Addr) && uint64(a) < s.End() {
			return uint64(b) < s.End()
		}
	}
	return false
}
