package asm

import (
	"sort"

	"graftlab/loader/object"
)

// ELF header flags GNU as sets for o32 MIPS32 objects.
const (
	efMIPSNoreorder = 0x1
	efMIPSPIC       = 0x2
	efMIPSCPIC      = 0x4
	efMIPSArch      = 0xf0000000
	efMIPSArch32R2  = 0x70000000
)

// output builds the object file.
func (a *assembler) output() *object.File {
	f := &object.File{Flags: object.DefaultFlags}
	if a.fileOpts.r2 {
		f.Flags = f.Flags&^efMIPSArch | efMIPSArch32R2
	}
	if a.anyNoreorder {
		f.Flags |= efMIPSNoreorder
	}
	if a.pic {
		f.Flags |= efMIPSPIC | efMIPSCPIC
	} else if a.abicalls {
		f.Flags |= efMIPSCPIC
	}
	for _, s := range a.sections {
		s.out = &object.Section{Name: s.name, Type: s.typ, Flags: s.flags, Align: 1 << s.alignPow,
			EntSize: s.entsize, Size: s.offset()}
		if !s.nobits() {
			s.out.Data = s.data
		}
		f.Sections = append(f.Sections, s.out)
	}
	if a.fileName != "" {
		f.Symbols = append(f.Symbols, &object.Symbol{Name: a.fileName, Type: object.SymFile, Abs: true})
	}
	syms := append([]*symbol(nil), a.symList...)
	sort.SliceStable(syms, func(i, j int) bool { return syms[i].order < syms[j].order })
	for _, s := range syms {
		if o := a.outputSymbol(s); o != nil {
			s.out = o
			f.Symbols = append(f.Symbols, o)
		}
	}
	for _, s := range a.sections {
		for _, fx := range s.fixups {
			if !fx.reloc {
				continue
			}
			r := object.Reloc{Offset: fx.off, Type: fx.relocType}
			if fx.relocSym != nil {
				r.Symbol = fx.relocSym.out
			} else {
				r.Symbol = object.SectionSymbol(fx.relocSec.out)
			}
			s.out.Relocs = append(s.out.Relocs, r)
		}
		var dirs []object.Reloc
		for _, d := range a.relocDirs {
			if d.at != s {
				continue
			}
			r := object.Reloc{Offset: d.off, Type: d.typ}
			switch {
			case d.sym != nil:
				r.Symbol = d.sym.out
			case d.relocSec != nil:
				r.Symbol = object.SectionSymbol(d.relocSec.out)
			}
			dirs = append(dirs, r)
		}
		s.out.Relocs = mergeRelocDirectives(s.out.Relocs, dirs)
	}
	return f
}

// outputSymbol returns the symbol-table entry of s, or nil when s does not
// go in the table.
func (a *assembler) outputSymbol(s *symbol) *object.Symbol {
	o := &object.Symbol{Name: s.name, Type: s.typ, Other: s.other}
	switch {
	case s.weak:
		o.Bind = object.Weak
	case s.global:
		o.Bind = object.Global
	}
	if s.temp && !s.referenced {
		return nil
	}
	switch s.kind {
	case symUndef:
		if !s.referenced && o.Bind == object.Local {
			return nil
		}
		if o.Bind == object.Local {
			o.Bind = object.Global
		}
	case symCommon:
		o.Common, o.Value, o.Size = true, s.commonAlign, s.commonSize
		if o.Bind == object.Local {
			o.Bind = object.Global
		}
		o.Type = object.SymObject
		return o
	case symLabel:
		o.Section, o.Value = s.sec.out, s.off
	case symAbs:
		o.Abs, o.Value = true, uint32(s.value)
	case symEqu:
		v, err := a.resolveSymbol(s)
		switch {
		case err != nil || v.sub != nil:
			return nil
		case v.sym == nil:
			o.Abs, o.Value = true, uint32(v.off)
		case v.sym.kind == symLabel:
			o.Section, o.Value = v.sym.sec.out, v.sym.off+uint32(v.off)
		default:
			return nil
		}
	}
	if s.size != nil {
		v, err := a.eval(s.size, true)
		switch {
		case err != nil:
			a.errLoc(s.def, "size of %s: %s", s.display, err.msg)
		case !v.isConst():
			a.errLoc(s.def, "size of %s is not a constant", s.display)
		default:
			o.Size = uint32(v.off)
		}
	}
	if s.block {
		o.Type = object.SymObject
	}
	return o
}
