package asm

import (
	"encoding/binary"
	"fmt"

	"graftlab/loader/object"
)

// fixKind is what a fixup fills in.
type fixKind uint8

const (
	fixData1   fixKind = iota + 1 // .byte
	fixData2                      // .half, .2byte
	fixData4                      // .word: R_MIPS_32
	fixData8                      // .quad (constants only)
	fixJump                       // j/jal target: R_MIPS_26
	fixHi16                       // R_MIPS_HI16
	fixLo16                       // R_MIPS_LO16
	fixGPRel16                    // R_MIPS_GPREL16
	fixBranch                     // branch offset: R_MIPS_PC16
	fixULEB                       // .uleb128 (5 bytes, padded)
	fixSLEB                       // .sleb128 (5 bytes, padded)
	fixGot16                      // %got: R_MIPS_GOT16
	fixCall16                     // %call16: R_MIPS_CALL16
)

// The relocation types of position-independent code.
const (
	rMIPSGot16  object.RelocType = 9
	rMIPSCall16 object.RelocType = 11
	rMIPSJalr   object.RelocType = 37
)

func (k fixKind) size() int {
	switch k {
	case fixData1:
		return 1
	case fixData2:
		return 2
	case fixData8:
		return 8
	case fixULEB, fixSLEB:
		return 5
	}
	return 4
}

func (k fixKind) relocType() (object.RelocType, bool) {
	switch k {
	case fixData4:
		return object.R_MIPS_32, true
	case fixJump:
		return object.R_MIPS_26, true
	case fixHi16:
		return object.R_MIPS_HI16, true
	case fixLo16:
		return object.R_MIPS_LO16, true
	case fixGPRel16:
		return object.R_MIPS_GPREL16, true
	case fixBranch:
		return object.R_MIPS_PC16, true
	case fixGot16:
		return rMIPSGot16, true
	case fixCall16:
		return rMIPSCall16, true
	}
	return 0, false
}

// needsLo reports whether a fixup goes on GNU as's list of relocations that
// a LO16 may complete: HI16, and GOT16 (paired only when its symbol turns
// out to be local: pairLocal).
func (k fixKind) needsLo() bool { return k == fixHi16 || k == fixGot16 }

// fixup is a field whose value was not known when it was emitted.
type fixup struct {
	sec    *section
	off    uint32
	kind   fixKind
	expr   *node   // evaluated again at the end
	sym    *symbol // symbol and addend when emitted, for HI16/LO16 pairing
	addend int64
	adjust int64 // added to a HI16's value when it is paired with a LO16 of another addend
	index  int   // position in the section's list when created
	loc    srcLoc
	pos    int // column of the expression

	// Results.
	reloc     bool
	relocSym  *symbol // nil: the section symbol of relocSec
	relocSec  *section
	relocType object.RelocType
}

// addFixup records a fixup at offset off of the current section.
func (a *assembler) addFixup(off uint32, kind fixKind, n *node, v value) {
	if a.cur.nobits() {
		a.errAt(n.pos, "cannot store a relocatable value in section %s, which has no contents", a.cur.name)
		return
	}
	f := &fixup{sec: a.cur, off: off, kind: kind, expr: n, sym: v.sym, addend: v.off, loc: a.loc, pos: n.pos,
		index: len(a.cur.fixups)}
	a.cur.fixups = append(a.cur.fixups, f)
	if kind.needsLo() {
		// GNU as keeps a list of the HI16s that may need a LO16 moved next
		// to them; a HI16 whose LO16 already follows it leaves the list
		// when the next HI16 comes.
		if n := len(a.hiList); n > 0 && hasMatchingLo(a.hiList[n-1]) {
			a.hiList[n-1] = f
		} else {
			a.hiList = append(a.hiList, f)
		}
	}
}

// hasMatchingLo reports whether the fixup after hi (in its section) is the
// LO16 that completes it. It is used before any fixup moves.
func hasMatchingLo(hi *fixup) bool {
	list := hi.sec.fixups
	return hi.index+1 < len(list) && isMatchingLo(hi, list[hi.index+1])
}

func isMatchingLo(hi, lo *fixup) bool {
	return lo.kind == fixLo16 && lo.sym == hi.sym && lo.addend == hi.addend
}

// finish resolves everything that waited for the end of the source.
func (a *assembler) finish() {
	a.finishMIPSSections()
	a.placeDeferred()
	a.checkUndefinedLocals()
	a.pairHiLo()
	for _, s := range a.sections {
		for _, f := range s.fixups {
			a.resolve(f)
		}
	}
	a.resolveRelocDirectives()
	a.padSections()
}

// checkUndefinedLocals reports local labels that were used but never
// defined: they cannot become external symbols.
func (a *assembler) checkUndefinedLocals() {
	used := map[*symbol]bool{}
	for _, sec := range a.sections {
		for _, f := range sec.fixups {
			if v, err := a.eval(f.expr, true); err == nil {
				used[v.sym], used[v.sub] = true, true
			}
		}
	}
	for _, s := range a.symList {
		if s.kind == symUndef && s.temp && used[s] {
			a.errLoc(s.ref, "undefined local label %s", s.display)
		}
	}
}

// pairHiLo orders the fixups as GNU as does (mips_frob_file): each HI16
// of its list, newest first, moves to just before the LO16 that completes
// it (same symbol, the smallest addend not below its own) and takes that
// LO16's addend.
//
// The search is quadratic, as in GNU as; past a generous budget (only a
// pathological source reaches it) the remaining HI16s stay where they are,
// which is still a correct object, if not GNU's order.
func (a *assembler) pairHiLo() {
	budget := 50_000_000
	for i := len(a.hiList) - 1; i >= 0; i-- {
		hi := a.hiList[i]
		s := hi.sec
		list := s.fixups
		if budget -= 2 * len(list); budget < 0 {
			return
		}
		k := indexOf(list, hi)
		if k+1 < len(list) && isMatchingLo(hi, list[k+1]) {
			continue
		}
		if hi.kind == fixGot16 && !a.localForGot(hi) {
			continue // a GOT16 against a global symbol has no LO16
		}
		lo := -1
		matched := false
		for j, f := range list {
			if f.kind == fixLo16 && f.sym == hi.sym && f.addend >= hi.addend &&
				(lo < 0 || f.addend < list[lo].addend || !matched && f.addend == list[lo].addend) {
				lo = j
			}
			matched = f.kind.needsLo() && j+1 < len(list) && isMatchingLo(f, list[j+1])
		}
		if lo < 0 {
			continue
		}
		hi.adjust += list[lo].addend - hi.addend
		hi.addend = list[lo].addend
		if k+1 == lo {
			continue
		}
		rest := append(list[:k:k], list[k+1:]...)
		if lo > k {
			lo--
		}
		s.fixups = append(rest[:lo:lo], append([]*fixup{hi}, rest[lo:]...)...)
	}
}

func indexOf(list []*fixup, f *fixup) int {
	for i, g := range list {
		if g == f {
			return i
		}
	}
	return -1
}

// localForGot reports whether a GOT16's symbol is defined here and local
// (GNU as's pic_need_relax): only then does a LO16 complete it.
func (a *assembler) localForGot(f *fixup) bool {
	s := f.sym
	return s != nil && s.kind == symLabel && !s.global && !s.weak
}

// resolve fills in one fixup, or turns it into a relocation.
func (a *assembler) resolve(f *fixup) {
	v, err := a.eval(f.expr, true)
	if err != nil {
		a.report(f.loc, err.pos, err.msg)
		return
	}
	if f.kind.needsLo() {
		v.off += f.adjust
	}
	if v.sub != nil {
		a.report(f.loc, f.pos, fmt.Sprintf("cannot represent the difference of %s and %s, which are not in one section", v.sym.display, v.sub.display))
		return
	}
	if v.sym == nil {
		if f.kind == fixBranch {
			// A constant target is an address in the section, modulo 2**32.
			v.off = int64(f.off) + int64(int32(uint32(v.off)-f.off))
		}
		a.patch(f, v.off, f.off)
		return
	}
	s := v.sym
	if f.kind == fixBranch && s.kind == symLabel && s.sec == f.sec && !s.global && !s.weak {
		a.patch(f, int64(s.off)+v.off, f.off)
		return
	}
	typ, ok := f.kind.relocType()
	if !ok {
		a.errLoc(f.loc, "cannot relocate a %d-byte field against %s", f.kind.size(), s.display)
		return
	}
	f.reloc, f.relocType = true, typ
	addend := v.off
	if s.kind == symLabel && !s.global && !s.weak && a.adjustable(f.kind, s, v.off) {
		f.relocSec = s.sec
		addend += int64(s.off)
	} else {
		f.relocSym = s
		s.referenced = true
	}
	a.patchAddend(f, addend)
}

// adjustable reports whether a relocation against a local label may refer
// to its section instead, with the label's offset in the addend (GNU as's
// mips_fix_adjustable and adjust_reloc_syms).
func (a *assembler) adjustable(k fixKind, s *symbol, addend int64) bool {
	if k == fixBranch || k == fixCall16 {
		return false // a PC16 addend cannot hold a section offset; a call goes through its symbol
	}
	if s.sec.flags&shfMerge != 0 {
		return k != fixHi16 && k != fixLo16 && k != fixGot16 && addend == 0
	}
	return true
}

// patch writes the value of a fixup resolved to a constant. For a branch,
// v is the target's offset in the fixup's section.
func (a *assembler) patch(f *fixup, v int64, at uint32) {
	b := f.sec.data[at:]
	switch f.kind {
	case fixData1:
		b[0] = byte(v)
	case fixData2:
		binary.LittleEndian.PutUint16(b, uint16(v))
	case fixData4:
		binary.LittleEndian.PutUint32(b, uint32(v))
	case fixData8:
		binary.LittleEndian.PutUint64(b, uint64(v))
	case fixULEB, fixSLEB:
		putPaddedLEB(b[:5], v, f.kind == fixSLEB)
	case fixJump:
		if v&3 != 0 {
			a.errLoc(f.loc, "jump target %#x is not word aligned", v)
			return
		}
		a.setField(b, uint32(v>>2), 0x03ffffff)
	case fixHi16:
		a.setField(b, uint32(applyReloc(relHi, v)), 0xffff)
	case fixLo16, fixGPRel16:
		a.setField(b, uint32(v), 0xffff)
	case fixGot16, fixCall16:
		a.errLoc(f.loc, "%%got or %%call16 of a constant")
	case fixBranch:
		d := v - int64(at) - 4
		if d&3 != 0 {
			a.errLoc(f.loc, "branch target is not word aligned")
			return
		}
		if d < -1<<17 || d >= 1<<17 {
			a.errLoc(f.loc, "branch out of range")
			return
		}
		a.setField(b, uint32(d>>2), 0xffff)
	}
}

// patchAddend writes the in-place addend of a relocation.
func (a *assembler) patchAddend(f *fixup, addend int64) {
	b := f.sec.data[f.off:]
	switch f.kind {
	case fixData4:
		binary.LittleEndian.PutUint32(b, uint32(addend))
	case fixJump:
		if addend&3 != 0 {
			a.errLoc(f.loc, "jump target is not word aligned")
			return
		}
		a.setField(b, uint32(addend>>2), 0x03ffffff)
	case fixHi16:
		a.setField(b, uint32(applyReloc(relHi, addend)), 0xffff)
	case fixGot16:
		// A local symbol's GOT16 holds the high part of its address,
		// as HI16; a global's holds nothing.
		if f.relocSym == nil || !f.relocSym.global && !f.relocSym.weak && f.relocSym.kind == symLabel {
			a.setField(b, uint32(applyReloc(relHi, addend)), 0xffff)
		}
	case fixLo16, fixGPRel16:
		a.setField(b, uint32(addend), 0xffff)
	case fixBranch:
		a.setField(b, uint32((addend-4)>>2), 0xffff)
	}
}

func (a *assembler) setField(b []byte, v, mask uint32) {
	w := binary.LittleEndian.Uint32(b)
	binary.LittleEndian.PutUint32(b, w&^mask|v&mask)
}

// putPaddedLEB writes v as LEB128 in exactly len(b) bytes.
func putPaddedLEB(b []byte, v int64, signed bool) {
	for i := range b {
		x := byte(v & 0x7f)
		if signed {
			v >>= 7
		} else {
			v = int64(uint64(v) >> 7)
		}
		if i < len(b)-1 {
			x |= 0x80
		}
		b[i] = x
	}
}
