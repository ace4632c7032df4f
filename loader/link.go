package loader

import (
	"debug/elf"
	"errors"
	"fmt"

	"graftlab/loader/object"
)

// LinkOptions control Link.
type LinkOptions struct {
	// TextAddress is the base of the text segment, which starts with the ELF
	// and program headers. 0 means DefaultTextAddress. It must be a multiple
	// of 64 KiB, ld's maximum page size for MIPS, so that file offsets and
	// addresses agree modulo any page size.
	TextAddress uint32
	// Entry names the entry symbol; "" means DefaultEntry.
	Entry string
}

// Defaults of GNU ld for elf32-tradlittlemips.
const (
	DefaultTextAddress = 0x00400000
	DefaultEntry       = "__start"
)

// Errors that LinkError wraps.
var (
	ErrUndefined          = errors.New("undefined reference")
	ErrMultipleDefinition = errors.New("multiple definition")
	ErrTruncated          = errors.New("relocation truncated to fit")
	ErrMisaligned         = errors.New("misaligned relocation target")
	ErrUnsupported        = errors.New("unsupported")
)

// LinkError locates a link failure in an input: file, section and offset,
// written the way GNU ld writes them.
type LinkError struct {
	File    string
	Section string // "*ABS*" for absolute symbols
	Offset  uint32
	Err     error
}

func (e *LinkError) Error() string {
	return fmt.Sprintf("%s: (%s+%#x): %v", e.File, e.Section, e.Offset, e.Err)
}

func (e *LinkError) Unwrap() error { return e.Err }

// maxErrors caps how many located errors one Link reports.
const maxErrors = 20

// input is one object being linked.
type input struct {
	file  *object.File
	name  string
	index int
	gp0   uint32 // the gp value the object was assembled for (.reginfo)
	// commons and scommons are this object's COMMON and .scommon blocks.
	commons, scommons *piece
}

// symState is how far a global symbol has been defined.
type symState uint8

const (
	stUndefined symState = iota
	stWeak               // defined weak
	stCommon             // common block
	stDefined            // defined strong
)

// global is one entry of the global symbol table.
type global struct {
	name   string
	state  symState
	sym    *object.Symbol // the winning definition
	in     *input         // its object
	strong bool           // referenced by a non-weak undefined symbol

	size, align uint32 // of a common block
	block       *piece // the common block it is allocated in
	blockOff    uint32 // its offset there

	addr   uint32
	linker bool // defined by the linker
}

// linker holds the state of one Link call.
type linker struct {
	opt     LinkOptions
	inputs  []*input
	globals map[string]*global
	order   []*global // first-seen order
	symGlob map[*object.Symbol]*global
	errs    []error
	flags   uint32

	pieces   map[*object.Section]*piece
	outs     []*outSection
	gp       uint32
	entry    uint32
	hasStack bool
	stackX   bool
	nphdr    int // program headers: one per segment, and PT_GNU_STACK
	segs     []segmentLayout
}

// Link links objs, whose file names (for messages) are names, into an
// executable image. names may be nil.
func Link(objs []*object.File, names []string, opt LinkOptions) (*Image, error) {
	if opt.TextAddress == 0 {
		opt.TextAddress = DefaultTextAddress
	}
	if opt.Entry == "" {
		opt.Entry = DefaultEntry
	}
	if opt.TextAddress%maxPageSize != 0 {
		return nil, fmt.Errorf("link: text address %#x is not a multiple of the 64 KiB maximum page size", opt.TextAddress)
	}
	if names != nil && len(names) != len(objs) {
		return nil, fmt.Errorf("link: %d objects but %d names", len(objs), len(names))
	}
	if len(objs) == 0 {
		return nil, fmt.Errorf("link: no input objects")
	}
	l := &linker{opt: opt, globals: map[string]*global{}, symGlob: map[*object.Symbol]*global{}}
	for i, f := range objs {
		name := fmt.Sprintf("object %d", i)
		if names != nil {
			name = names[i]
		}
		if f == nil {
			return nil, fmt.Errorf("link: %s: nil object", name)
		}
		in := &input{file: f, name: name, index: i}
		if err := l.checkObject(in); err != nil {
			return nil, fmt.Errorf("link: %w", err)
		}
		l.inputs = append(l.inputs, in)
	}
	l.stackFlags()
	for _, in := range l.inputs {
		l.addSymbols(in)
	}
	if err := l.failed(); err != nil {
		return nil, err
	}
	if err := l.layout(); err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	l.relocate()
	if err := l.failed(); err != nil {
		return nil, err
	}
	g := l.globals[opt.Entry]
	if g == nil || g.state == stUndefined {
		return nil, fmt.Errorf("link: entry symbol %s not defined", opt.Entry)
	}
	if !g.linker && g.state != stCommon && g.sym.Section != nil && l.pieces[g.sym.Section] == nil {
		return nil, fmt.Errorf("link: entry symbol %s is in %s's section %s, which is not loaded", opt.Entry, g.in.name, g.sym.Section.Name)
	}
	l.entry = g.addr
	return l.image()
}

// LinkBytes parses each object with object.Parse and links them.
func LinkBytes(objs [][]byte, names []string, opt LinkOptions) (*Image, error) {
	if names != nil && len(names) != len(objs) {
		return nil, fmt.Errorf("link: %d objects but %d names", len(objs), len(names))
	}
	files := make([]*object.File, len(objs))
	for i, b := range objs {
		f, err := object.Parse(b)
		if err != nil {
			name := fmt.Sprintf("object %d", i)
			if names != nil {
				name = names[i]
			}
			return nil, fmt.Errorf("link: %s: %w", name, err)
		}
		files[i] = f
	}
	return Link(files, names, opt)
}

// failed returns the errors collected so far, if any.
func (l *linker) failed() error {
	if len(l.errs) == 0 {
		return nil
	}
	errs := l.errs
	if len(errs) > maxErrors {
		errs = append(errs[:maxErrors:maxErrors], fmt.Errorf("%d more errors", len(l.errs)-maxErrors))
	}
	return errors.Join(errs...)
}

func (l *linker) report(err error) { l.errs = append(l.errs, err) }

// e_flags fields (see binutils include/elf/mips.h).
const (
	efMIPSPIC    = 0x00000002
	efMIPSABI2   = 0x00000020
	efMIPSABI    = 0x0000f000
	efMIPSABIO32 = 0x00001000
)

func (l *linker) checkObject(in *input) error {
	fl := in.file.Flags
	if fl&efMIPSABI2 != 0 || (fl&efMIPSABI != 0 && fl&efMIPSABI != efMIPSABIO32) {
		return fmt.Errorf("%s: e_flags %#x: not an o32 object: %w", in.name, fl, ErrUnsupported)
	}
	if in.index == 0 {
		l.flags = fl &^ efMIPSPIC
		if l.flags == 0 {
			l.flags = object.DefaultFlags
		}
	}
	for _, s := range in.file.Sections {
		if s == nil {
			return fmt.Errorf("%s: nil section", in.name)
		}
		if s.Type == object.SHT_MIPS_REGINFO && len(s.Data) >= 24 {
			in.gp0 = le.Uint32(s.Data[20:])
		}
	}
	return nil
}

// stackFlags decides PT_GNU_STACK as GNU ld does: there is one when any
// input has a .note.GNU-stack section, and it is executable when any such
// note is, or when any input has no note at all.
func (l *linker) stackFlags() {
	for _, in := range l.inputs {
		note := in.file.Section(".note.GNU-stack")
		if note == nil {
			l.stackX = true
			continue
		}
		l.hasStack = true
		if note.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			l.stackX = true
		}
	}
}

// where formats a symbol's definition site for messages.
func where(in *input, s *object.Symbol) string {
	switch {
	case s.Section != nil:
		return fmt.Sprintf("%s: (%s+%#x)", in.name, s.Section.Name, s.Value)
	case s.Common:
		return fmt.Sprintf("%s: (COMMON+0x0)", in.name)
	}
	return fmt.Sprintf("%s: (*ABS*+%#x)", in.name, s.Value)
}

// addSymbols enters an object's global symbols into the global table,
// with GNU ld's precedence: strong definition > common > weak definition >
// undefined. Commons merge to the largest size and alignment.
func (l *linker) addSymbols(in *input) {
	for i, s := range in.file.Symbols {
		if s == nil {
			l.report(fmt.Errorf("%s: symbol %d is nil", in.name, i))
			continue
		}
		if s.Bind == object.Local || s.Type == object.SymSection {
			if s.Common {
				l.report(fmt.Errorf("%s: local common symbol `%s': %w", in.name, s.Name, ErrUnsupported))
			}
			continue
		}
		g := l.globals[s.Name]
		if g == nil {
			g = &global{name: s.Name}
			l.globals[s.Name] = g
			l.order = append(l.order, g)
		}
		l.symGlob[s] = g
		switch {
		case !s.Defined():
			if s.Bind == object.Global {
				g.strong = true
			}
		case s.Common:
			switch g.state {
			case stDefined:
			case stCommon:
				if s.Size > g.size {
					g.size, g.in, g.sym = s.Size, in, s
				}
				g.align = max(g.align, s.Value)
			default:
				g.state, g.sym, g.in, g.size, g.align = stCommon, s, in, s.Size, s.Value
			}
		case s.Bind == object.Weak:
			if g.state == stUndefined {
				g.state, g.sym, g.in = stWeak, s, in
			}
		default:
			if g.state == stDefined {
				sec, off := "*ABS*", s.Value
				if s.Section != nil {
					sec = s.Section.Name
				}
				l.report(&LinkError{File: in.name, Section: sec, Offset: off,
					Err: fmt.Errorf("%w of `%s'; %s: first defined here", ErrMultipleDefinition, s.Name, where(g.in, g.sym))})
				continue
			}
			g.state, g.sym, g.in = stDefined, s, in
		}
	}
}
