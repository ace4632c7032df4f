package isa

import (
	"encoding/binary"
	"fmt"
)

// Builder emits guest code from Go. Host-side generators (SPIN's dispatch
// generator, Kea's portal stubs, the DPF compiler, MiSFIT's inserted
// sequences, PSL's service-call stubs) all use it.
//
// Instructions are appended in order. Branches name Labels, which may be
// bound before or after the branch; jumps, address loads and data words may
// also name external symbols, which become relocations resolved when the
// code is placed (Code.Place) or linked. The builder knows delay slots: the
// instruction emitted after a branch or jump is its delay slot, and Finish
// refuses a branch in a delay slot or code that ends with an empty slot.
// Helpers whose names end in Nop (JrNop, CallNop, BranchNop ...) fill the
// slot with a nop.
//
// Methods do not return errors; the first error is kept and returned by
// Finish, with the offset of the instruction that caused it.
type Builder struct {
	words   []uint32
	labels  []labelInfo
	fixups  []fixup
	relocs  []Reloc
	exports []export
	slot    int // index of the word that is an open delay slot, or -1
	err     error
}

// Label is a position in the code, created by NewLabel and bound by Bind.
type Label int

type labelInfo struct {
	name  string
	bound bool
	at    uint32 // byte offset
}

type export struct {
	name  string
	label Label
}

type fixup struct {
	at    uint32 // byte offset of the branch
	label Label
}

// Reloc is a reference from the code to an address known only when it is
// placed. Either Symbol names an external symbol, or Local is set and the
// address is the code's own base plus Addend.
type Reloc struct {
	Offset uint32 // byte offset of the word to patch
	Kind   RelocKind
	Symbol string
	Local  bool
	Addend int32
}

// Symbol is a label exported by name (Builder.Export).
type Symbol struct {
	Name   string
	Offset uint32
}

// Code is the result of a Builder: little-endian instruction and data words,
// the relocations still to apply, and the exported symbols.
type Code struct {
	Bytes   []byte
	Relocs  []Reloc
	Symbols []Symbol
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder { return &Builder{slot: -1} }

// Len is the size of the code emitted so far, in bytes.
func (b *Builder) Len() uint32 { return uint32(len(b.words)) * 4 }

func (b *Builder) fail(format string, args ...any) {
	if b.err == nil {
		b.err = fmt.Errorf("builder: offset %#x: %s", b.Len(), fmt.Sprintf(format, args...))
	}
}

// NewLabel returns a new, unbound label. The name is for error messages.
func (b *Builder) NewLabel(name string) Label {
	b.labels = append(b.labels, labelInfo{name: name})
	return Label(len(b.labels) - 1)
}

// Bind binds l to the current position.
func (b *Builder) Bind(l Label) {
	if int(l) < 0 || int(l) >= len(b.labels) {
		b.fail("bind of unknown label %d", l)
		return
	}
	if b.labels[l].bound {
		b.fail("label %s bound twice", b.labels[l].name)
		return
	}
	b.labels[l] = labelInfo{name: b.labels[l].name, bound: true, at: b.Len()}
}

// Here returns a new label bound to the current position.
func (b *Builder) Here(name string) Label {
	l := b.NewLabel(name)
	b.Bind(l)
	return l
}

// Export makes l visible as a symbol of the code under name. l may be bound
// later, before Finish.
func (b *Builder) Export(name string, l Label) {
	b.exports = append(b.exports, export{name, l})
}

// Emit appends one instruction.
func (b *Builder) Emit(inst Inst) {
	w, err := Encode(inst)
	if err != nil {
		b.fail("%v", err)
		return
	}
	b.emitWord(w, inst.Info().Flags)
}

func (b *Builder) emitWord(w uint32, flags Flags) {
	idx := len(b.words)
	if b.slot >= 0 {
		if flags&(FlagBranch|FlagJump) != 0 {
			b.fail("branch or jump in the delay slot of the instruction at %#x", b.slot*4-4)
		}
		b.slot = -1
	}
	b.words = append(b.words, w)
	if flags&FlagDelay != 0 {
		b.slot = idx + 1
	}
}

// Word appends a data word. It may not fill a delay slot.
func (b *Builder) Word(v uint32) {
	if b.slot >= 0 {
		b.fail("data word in a delay slot")
	}
	b.words = append(b.words, v)
}

// WordSym appends a data word holding the address of sym+addend.
func (b *Builder) WordSym(sym string, addend int32) {
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: Reloc32, Symbol: sym, Addend: addend})
	b.Word(0)
}

// WordLabel appends a data word holding the address of l.
func (b *Builder) WordLabel(l Label) {
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: Reloc32, Local: true, Addend: int32(l)})
	b.Word(0)
}

// Align pads with nops to a multiple of n bytes (a power of two ≥ 4).
func (b *Builder) Align(n uint32) {
	if n < 4 || n&(n-1) != 0 {
		b.fail("alignment %d is not a power of two ≥ 4", n)
		return
	}
	for b.Len()%n != 0 {
		b.Nop()
	}
}

// R emits a register-format instruction: op rd, rs, rt.
func (b *Builder) R(op Op, rd, rs, rt Reg) { b.Emit(Inst{Op: op, Rd: rd, Rs: rs, Rt: rt}) }

// I emits an immediate-format instruction: op rt, rs, imm.
func (b *Builder) I(op Op, rt, rs Reg, imm int32) { b.Emit(Inst{Op: op, Rt: rt, Rs: rs, Imm: imm}) }

// Mem emits a load or store: op rt, off(base).
func (b *Builder) Mem(op Op, rt Reg, off int32, base Reg) {
	b.Emit(Inst{Op: op, Rt: rt, Rs: base, Imm: off})
}

// Shift emits a shift by a constant: op rd, rt, sa.
func (b *Builder) Shift(op Op, rd, rt Reg, sa uint8) { b.Emit(Inst{Op: op, Rd: rd, Rt: rt, Sa: sa}) }

// Branch emits a conditional branch to l: op rs, rt, l (rt is ignored by
// the one-register branches). The next instruction is its delay slot.
func (b *Builder) Branch(op Op, rs, rt Reg, l Label) {
	info := op.Info()
	if !info.Has(FlagBranch) {
		b.fail("%s is not a branch", op)
		return
	}
	inst := Inst{Op: op, Rs: rs}
	for _, a := range info.Args {
		if a == ArgRt {
			inst.Rt = rt
		}
	}
	b.fixups = append(b.fixups, fixup{at: b.Len(), label: l})
	b.Emit(inst)
}

// BranchCC emits a branch on FPU condition code cc to l: bc1f, bc1t,
// bc1fl or bc1tl. The next instruction is its delay slot.
func (b *Builder) BranchCC(op Op, cc uint8, l Label) {
	if !op.Info().Has(FlagBranch) || !op.Info().Has(FlagFPU) {
		b.fail("%s is not a branch on a condition code", op)
		return
	}
	b.fixups = append(b.fixups, fixup{at: b.Len(), label: l})
	b.Emit(Inst{Op: op, CC: cc})
}

// FP emits an FPU arithmetic instruction: op fd, fs, ft (ft is ignored by
// the one-operand forms).
func (b *Builder) FP(op Op, fd, fs, ft FReg) {
	inst := Inst{Op: op}
	for _, a := range op.Info().Args {
		switch a {
		case ArgFd:
			inst.Fd = fd
		case ArgFs:
			inst.Fs = fs
		case ArgFt:
			inst.Ft = ft
		}
	}
	b.Emit(inst)
}

// BranchNop emits a branch and a nop in its delay slot.
func (b *Builder) BranchNop(op Op, rs, rt Reg, l Label) { b.Branch(op, rs, rt, l); b.Nop() }

// B emits an unconditional branch (beq zero,zero) to l.
func (b *Builder) B(l Label) { b.Branch(BEQ, Zero, Zero, l) }

// Beq, Bne emit the branches of the same name to l.
func (b *Builder) Beq(rs, rt Reg, l Label) { b.Branch(BEQ, rs, rt, l) }
func (b *Builder) Bne(rs, rt Reg, l Label) { b.Branch(BNE, rs, rt, l) }

// J emits j to the label l; Jal emits jal to it. The code must be placed in
// one 256 MiB region with l.
func (b *Builder) J(l Label)   { b.jumpLocal(J, l) }
func (b *Builder) Jal(l Label) { b.jumpLocal(JAL, l) }

func (b *Builder) jumpLocal(op Op, l Label) {
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: Reloc26, Local: true, Addend: int32(l)})
	b.Emit(Inst{Op: op})
}

// JSym emits j to the symbol sym+addend; JalSym emits jal to it.
func (b *Builder) JSym(sym string, addend int32)   { b.jumpSym(J, sym, addend) }
func (b *Builder) JalSym(sym string, addend int32) { b.jumpSym(JAL, sym, addend) }

func (b *Builder) jumpSym(op Op, sym string, addend int32) {
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: Reloc26, Symbol: sym, Addend: addend})
	b.Emit(Inst{Op: op})
}

// CallNop emits jal sym and a nop in its delay slot.
func (b *Builder) CallNop(sym string) { b.JalSym(sym, 0); b.Nop() }

// Jr emits jr rs; JrNop adds a nop in its delay slot.
func (b *Builder) Jr(rs Reg)    { b.Emit(Inst{Op: JR, Rs: rs}) }
func (b *Builder) JrNop(rs Reg) { b.Jr(rs); b.Nop() }

// Jalr emits jalr ra, rs.
func (b *Builder) Jalr(rs Reg) { b.Emit(Inst{Op: JALR, Rd: RA, Rs: rs}) }

// Nop emits sll zero,zero,0.
func (b *Builder) Nop() { b.Emit(Inst{Op: SLL}) }

// Move emits addu rd, rs, zero (GNU as's move).
func (b *Builder) Move(rd, rs Reg) { b.R(ADDU, rd, rs, Zero) }

// Addiu emits addiu rt, rs, imm.
func (b *Builder) Addiu(rt, rs Reg, imm int32) { b.I(ADDIU, rt, rs, imm) }

// Addu emits addu rd, rs, rt.
func (b *Builder) Addu(rd, rs, rt Reg) { b.R(ADDU, rd, rs, rt) }

// Lw and Sw emit word loads and stores.
func (b *Builder) Lw(rt Reg, off int32, base Reg) { b.Mem(LW, rt, off, base) }
func (b *Builder) Sw(rt Reg, off int32, base Reg) { b.Mem(SW, rt, off, base) }

// Li loads a 32-bit constant in one or two instructions, as GNU as's li
// does: addiu for -32768..32767, ori for 0..65535, lui alone when the low
// half is zero, else lui and ori.
func (b *Builder) Li(rt Reg, v uint32) {
	switch {
	case int32(v) >= -0x8000 && int32(v) < 0x8000:
		b.I(ADDIU, rt, Zero, int32(v))
	case v <= 0xffff:
		b.I(ORI, rt, Zero, int32(v))
	case v&0xffff == 0:
		b.I(LUI, rt, Zero, int32(v>>16))
	default:
		b.I(LUI, rt, Zero, int32(v>>16))
		b.I(ORI, rt, rt, int32(v&0xffff))
	}
}

// La loads the address of sym+addend with lui and addiu (R_MIPS_HI16 and
// R_MIPS_LO16), as GNU as's la does without PIC.
func (b *Builder) La(rt Reg, sym string, addend int32) {
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: RelocHi16, Symbol: sym, Addend: addend})
	b.I(LUI, rt, Zero, 0)
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: RelocLo16, Symbol: sym, Addend: addend})
	b.I(ADDIU, rt, rt, 0)
}

// LaLabel loads the address of l with lui and addiu.
func (b *Builder) LaLabel(rt Reg, l Label) {
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: RelocHi16, Local: true, Addend: int32(l)})
	b.I(LUI, rt, Zero, 0)
	b.relocs = append(b.relocs, Reloc{Offset: b.Len(), Kind: RelocLo16, Local: true, Addend: int32(l)})
	b.I(ADDIU, rt, rt, 0)
}

// Finish resolves branches to labels and returns the code. Relocations that
// name labels are returned as Local relocations whose Addend is the label's
// offset.
func (b *Builder) Finish() (*Code, error) {
	if b.err != nil {
		return nil, b.err
	}
	if b.slot >= 0 {
		return nil, fmt.Errorf("builder: the code ends in the empty delay slot of the instruction at %#x", b.slot*4-4)
	}
	labelAt := func(l Label) (uint32, error) {
		if int(l) < 0 || int(l) >= len(b.labels) {
			return 0, fmt.Errorf("builder: unknown label %d", l)
		}
		if !b.labels[l].bound {
			return 0, fmt.Errorf("builder: label %s is never bound", b.labels[l].name)
		}
		return b.labels[l].at, nil
	}
	words := append([]uint32(nil), b.words...)
	for _, f := range b.fixups {
		at, err := labelAt(f.label)
		if err != nil {
			return nil, err
		}
		w, err := Relocate(RelocPC16, words[f.at/4], at, f.at)
		if err != nil {
			return nil, fmt.Errorf("builder: branch at %#x to %s: %w", f.at, b.labels[f.label].name, err)
		}
		words[f.at/4] = w
	}
	c := &Code{Bytes: make([]byte, 4*len(words))}
	for i, w := range words {
		binary.LittleEndian.PutUint32(c.Bytes[4*i:], w)
	}
	for _, r := range b.relocs {
		if r.Local {
			at, err := labelAt(Label(r.Addend))
			if err != nil {
				return nil, err
			}
			r.Addend = int32(at)
		}
		c.Relocs = append(c.Relocs, r)
	}
	for _, e := range b.exports {
		at, err := labelAt(e.label)
		if err != nil {
			return nil, err
		}
		c.Symbols = append(c.Symbols, Symbol{Name: e.name, Offset: at})
	}
	return c, nil
}

// Lookup returns the offset of an exported symbol.
func (c *Code) Lookup(name string) (uint32, bool) {
	for _, s := range c.Symbols {
		if s.Name == name {
			return s.Offset, true
		}
	}
	return 0, false
}

// Place returns the code's bytes for the address base, with every
// relocation applied; resolve gives the addresses of external symbols.
func (c *Code) Place(base uint32, resolve func(name string) (uint32, bool)) ([]byte, error) {
	out := append([]byte(nil), c.Bytes...)
	for _, r := range c.Relocs {
		if r.Offset%4 != 0 || int(r.Offset)+4 > len(out) {
			return nil, fmt.Errorf("place: relocation at %#x outside the code", r.Offset)
		}
		s := base
		if !r.Local {
			v, ok := resolve(r.Symbol)
			if !ok {
				return nil, fmt.Errorf("place: %#x: undefined symbol %q", base+r.Offset, r.Symbol)
			}
			s = v
		}
		word := binary.LittleEndian.Uint32(out[r.Offset:])
		w, err := Relocate(r.Kind, word, s+uint32(r.Addend), base+r.Offset)
		if err != nil {
			return nil, fmt.Errorf("place: %#x: %w", base+r.Offset, err)
		}
		binary.LittleEndian.PutUint32(out[r.Offset:], w)
	}
	return out, nil
}
