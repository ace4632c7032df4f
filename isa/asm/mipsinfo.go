package asm

import (
	"debug/elf"
	"encoding/binary"
	"maps"
	"slices"

	"graftlab/loader/object"
)

// The sections GNU as writes into every o32 object besides the program's
// own: .reginfo (the registers the code uses), .MIPS.abiflags (ISA level,
// register sizes, floating-point ABI), .pdr (one record per .ent/.end
// procedure) and .gnu.attributes (Tag_GNU_MIPS_ABI_FP and any other
// .gnu_attribute). GNU ld places .reginfo and .MIPS.abiflags before .text,
// so an executable linked from these objects has the same addresses as one
// linked from GNU as's.

const (
	shtGNUAttributes = 0x6ffffff5

	// Tag_GNU_MIPS_ABI_FP values.
	fpABIAny    = 0
	fpABIDouble = 1
	fpABISingle = 2
	fpABISoft   = 3
	fpABIXX     = 5

	tagMIPSABIFP     = 4
	tagCompatibility = 32
)

// fileOptions are the .module options that reach .MIPS.abiflags and the
// default floating-point ABI.
type fileOptions struct {
	softFloat   bool
	singleFloat bool
	fpxx        bool // fp=xx rather than fp=32
	r2          bool // .module arch=mips32r2: a MIPS32 Release 2 file
	oddspreg    int  // -1: not said; 0 or 1
}

// gnuAttr is one .gnu_attribute.
type gnuAttr struct {
	num int64
	str string
}

// procInfo is what .frame, .mask and .fmask say of the procedure opened by
// .ent: it becomes its .pdr record.
type procInfo struct {
	regMask, regOffset     uint32
	fpregMask, fpregOffset uint32
	frameOffset, frameReg  uint32
	pcReg                  uint32
}

// createMIPSSections makes the sections that GNU as creates at start-up,
// right after .text, .data and .bss.
func (a *assembler) createMIPSSections() {
	if !a.opt.MIPSSections {
		return
	}
	r := a.section(".reginfo")
	r.typ, r.flags, r.entsize, r.alignPow = object.SHT_MIPS_REGINFO, uint32(elf.SHF_ALLOC), 24, 2
	f := a.section(".MIPS.abiflags")
	f.typ, f.flags, f.entsize, f.alignPow = object.SHT_MIPS_ABIFLAGS, uint32(elf.SHF_ALLOC), 24, 3
	p := a.section(".pdr")
	p.typ, p.flags, p.alignPow = uint32(elf.SHT_PROGBITS), 0, 2
	a.reginfo, a.abiflags, a.pdr = r, f, p
}

// fpABI is Tag_GNU_MIPS_ABI_FP: as given by .gnu_attribute, or what the
// .module options imply (mips_md_finish).
func (a *assembler) fpABI() int64 {
	if v, ok := a.attrs[tagMIPSABIFP]; ok {
		return v.num
	}
	switch {
	case a.fileOpts.softFloat:
		return fpABISoft
	case a.fileOpts.singleFloat:
		return fpABISingle
	case a.fileOpts.fpxx:
		return fpABIXX
	}
	return fpABIDouble
}

// finishMIPSSections fills .reginfo and .MIPS.abiflags and writes
// .gnu.attributes, once the code is complete.
func (a *assembler) finishMIPSSections() {
	if !a.opt.MIPSSections {
		return
	}
	le := binary.LittleEndian
	// Elf32_RegInfo: ri_gprmask, ri_cprmask[4], ri_gp_value (set by ld).
	reg := make([]byte, 24)
	le.PutUint32(reg, a.gprMask)
	le.PutUint32(reg[8:], a.fprMask) // ri_cprmask[1]: coprocessor 1
	a.reginfo.data = reg

	fpabi := a.fpABI()
	if _, ok := a.attrs[tagMIPSABIFP]; !ok {
		a.attrs[tagMIPSABIFP] = gnuAttr{num: fpabi}
	}
	// Elf_External_ABIFlags_v0.
	flags := make([]byte, 24)
	flags[2], flags[3] = 32, 1 // MIPS32 Release 1
	if a.fileOpts.r2 {
		flags[3] = 2
	}
	flags[4] = 1 // gpr_size: AFL_REG_32
	if !a.fileOpts.softFloat {
		flags[5] = 1 // cpr1_size: AFL_REG_32
	}
	flags[7] = byte(fpabi)
	oddspreg := a.fileOpts.oddspreg
	if oddspreg < 0 {
		oddspreg = 1
		if a.fileOpts.fpxx {
			oddspreg = 0
		}
	}
	le.PutUint32(flags[16:], uint32(oddspreg)) // flags1: AFL_FLAGS1_ODDSPREG
	a.abiflags.data = flags

	if b := a.attributesSection(); b != nil {
		s := a.section(".gnu.attributes")
		s.typ, s.flags, s.alignPow, s.data = shtGNUAttributes, 0, 0, b
	}
}

// attributesSection encodes the GNU attributes as bfd does: format 'A',
// one "gnu" vendor subsection holding a Tag_File list in tag order, with
// default (zero or empty) values left out. Nil when nothing is left.
func (a *assembler) attributesSection() []byte {
	var list []byte
	for _, tag := range slices.Sorted(maps.Keys(a.attrs)) {
		v := a.attrs[tag]
		if v.num == 0 && v.str == "" {
			continue
		}
		list = appendLEB(list, tag, false)
		switch {
		case tag == tagCompatibility:
			list = appendLEB(list, v.num, false)
			list = append(append(list, v.str...), 0)
		case tag&1 != 0:
			list = append(append(list, v.str...), 0)
		default:
			list = appendLEB(list, v.num, false)
		}
	}
	if len(list) == 0 {
		return nil
	}
	le := binary.LittleEndian
	sub := []byte{1, 0, 0, 0, 0} // Tag_File and its size
	le.PutUint32(sub[1:], uint32(5+len(list)))
	sub = append(sub, list...)
	vendor := append([]byte{0, 0, 0, 0}, "gnu\x00"...)
	le.PutUint32(vendor, uint32(len(vendor)+len(sub)))
	return append(append([]byte{'A'}, vendor...), sub...)
}

// dirGNUAttribute handles .gnu_attribute TAG, VALUE: TAG is a number or
// Tag_GNU_MIPS_ABI_FP/Tag_GNU_MIPS_ABI_MSA; VALUE is a number for even tags,
// a string for odd ones, and both for Tag_compatibility (32).
func dirGNUAttribute(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	var tag int64
	if isDigit(c.peek()) {
		v, ok := a.absolute(c)
		if !ok {
			return
		}
		tag = v
	} else {
		switch name := c.name(); name {
		case "Tag_GNU_MIPS_ABI_FP":
			tag = tagMIPSABIFP
		case "Tag_GNU_MIPS_ABI_MSA":
			tag = 8
		default:
			a.errAt(pos, "attribute name not recognised: %q", name)
			return
		}
	}
	if tag < 4 || tag > 1<<28 {
		a.errAt(pos, "attribute tag %d is out of range (4 to 2**28)", tag)
		return
	}
	if !c.accept(',') {
		a.errAt(c.pos, "expected: .gnu_attribute tag, value")
		return
	}
	var v gnuAttr
	if tag == tagCompatibility || tag&1 == 0 {
		n, ok := a.absolute(c)
		if !ok {
			return
		}
		if n < 0 || n > 1<<32-1 {
			a.errAt(pos, "attribute value %d is out of range", n)
			return
		}
		v.num = n
		if tag == tagCompatibility && !c.accept(',') {
			a.errAt(c.pos, "expected comma")
			return
		}
	}
	if tag == tagCompatibility || tag&1 != 0 {
		c.skipSpace()
		if c.peek() != '"' {
			a.errAt(c.pos, "bad string constant")
			return
		}
		s, ok := a.parseString(c)
		if !ok {
			return
		}
		v.str = s
	}
	a.endOfStatement(c)
	a.attrs[tag] = v
}

// procRegister reads a register operand of .frame: $n or $name.
func (a *assembler) procRegister(c *cursor) (uint32, bool) {
	c.skipSpace()
	start := c.pos
	for c.pos < c.end && c.s[c.pos] != ',' && !isSpace(c.s[c.pos]) {
		c.pos++
	}
	r, ok := parseGPR(c.s[start:c.pos], false)
	if !ok {
		a.errAt(start, "bad register name %q", c.s[start:c.pos])
		return 0, false
	}
	return uint32(r), true
}

// dirFrame handles .frame FRAMEREG, OFFSET, PCREG (inside .ent/.end).
func dirFrame(a *assembler, _ string, c *cursor) {
	fr, ok := a.procRegister(c)
	if !ok {
		return
	}
	if !c.accept(',') {
		a.errAt(c.pos, "bad .frame directive")
		return
	}
	off, ok := a.absolute(c)
	if !ok {
		return
	}
	if !c.accept(',') {
		a.errAt(c.pos, "bad .frame directive")
		return
	}
	pc, ok := a.procRegister(c)
	if !ok {
		return
	}
	a.endOfStatement(c)
	if a.procSym != nil {
		a.proc.frameReg, a.proc.frameOffset, a.proc.pcReg = fr, uint32(off), pc
	}
}

// dirMask handles .mask and .fmask MASK, OFFSET (inside .ent/.end).
func dirMask(a *assembler, name string, c *cursor) {
	mask, ok := a.absolute(c)
	if !ok {
		return
	}
	if !c.accept(',') {
		a.errAt(c.pos, "bad %s directive", name)
		return
	}
	off, ok := a.absolute(c)
	if !ok {
		return
	}
	a.endOfStatement(c)
	if a.procSym == nil {
		return
	}
	if name == ".fmask" {
		a.proc.fpregMask, a.proc.fpregOffset = uint32(mask), uint32(off)
	} else {
		a.proc.regMask, a.proc.regOffset = uint32(mask), uint32(off)
	}
}

// writePDR appends the .pdr record of the procedure that .end closes: its
// address (an R_MIPS_32 relocation against sym; zero when .end names no
// symbol), then the masks, offsets and registers of .mask, .fmask and
// .frame.
func (a *assembler) writePDR(sym *symbol) {
	if a.pdr == nil {
		return
	}
	cur, prev := a.cur, a.prev
	a.cur = a.pdr
	if sym != nil {
		a.emitValue(&node{op: 's', sym: sym, pos: a.loc.col}, 4)
	} else {
		a.emitFill(1, 4, 0)
	}
	p := a.proc
	rec := make([]byte, 28)
	for i, v := range []uint32{p.regMask, p.regOffset, p.fpregMask, p.fpregOffset, p.frameOffset, p.frameReg, p.pcReg} {
		binary.LittleEndian.PutUint32(rec[4*i:], v)
	}
	a.emit(rec)
	a.cur, a.prev = cur, prev
}
