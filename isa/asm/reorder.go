package asm

import (
	"encoding/binary"
	"strings"

	"graftlab/isa"
)

// setOptions is the state that .set changes (and .set push/pop saves).
type setOptions struct {
	noreorder bool // emit exactly what is written; no delay-slot nops
	r2        bool // MIPS32 Release 2 (.set mips32r2): ror and rol use rotr and rotrv
	nomove    bool // .set nomove or .set volatile: fill no delay slot by moving
	at        bool // macros may use $at
	macro     bool // macros may expand to more than one instruction
}

// dirSet handles .set: an assembler option, or ".set symbol, expression".
func dirSet(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	start := c.pos
	if strings.ContainsRune(c.s[c.pos:c.end], ',') {
		dirEqu(a, ".set", c)
		return
	}
	opt := c.rest()
	c.pos = c.end
	switch opt {
	case "noreorder":
		if !a.set.noreorder && a.macroNoreorder == 0 {
			a.fixHistory()
		}
		a.set.noreorder = true
		a.anyNoreorder = true
	case "reorder":
		a.set.noreorder = false
	case "noat":
		a.set.at = false
	case "at":
		a.set.at = true
	case "nomacro":
		if !a.set.noreorder {
			a.errAt(start, "`noreorder' must be set before `nomacro'")
		}
		a.set.macro = false
	case "macro":
		a.set.macro = true
	case "push":
		if len(a.setStack) >= 1000 {
			a.errAt(start, ".set push nested too deeply")
			return
		}
		a.setStack = append(a.setStack, a.set)
	case "pop":
		if len(a.setStack) == 0 {
			a.errAt(start, ".set pop with no .set push")
			return
		}
		if top := a.setStack[len(a.setStack)-1]; top.noreorder && !a.set.noreorder && a.macroNoreorder == 0 {
			a.fixHistory()
		}
		a.set = a.setStack[len(a.setStack)-1]
		a.setStack = a.setStack[:len(a.setStack)-1]
		a.anyNoreorder = a.anyNoreorder || a.set.noreorder
	case "mips32r2", "arch=mips32r2":
		a.set.r2 = true
	case "mips32", "arch=mips32", "mips0", "arch=default":
		a.set.r2 = false
	case "nomips16", "nomicromips",
		"softfloat", "hardfloat", "singlefloat", "doublefloat", "oddspreg", "nooddspreg",
		"fp=32", "fp=xx", "gp=32", "fp=default", "gp=default", "bopt", "nobopt", "sym32", "nosym32", "autoextend",
		"noautoextend", "nodsp", "nomt", "nosmartmips", "nomips3d", "nomdmx", "novirt":
		// No effect on MIPS32 o32 code.
	case "move", "novolatile":
		a.set.nomove = false
	case "nomove", "volatile":
		a.set.nomove = true
	case "at=$1", "at=$at":
		a.set.at = true
	case "at=$0", "at=$zero":
		a.set.at = false
	default:
		a.errAt(start, "unsupported .set %s", opt)
	}
}

// emitInst appends one machine instruction. fix, when not nil, fills an
// operand later. In reorder mode an instruction with a delay slot gets
// the instruction before it moved into the slot when Options.Optimize is
// 2 or more and GNU as -O2 would move it (see canSwap), and a nop
// otherwise; MIPS32 interlocks everything else, so no other hazard nops
// are needed.
func (a *assembler) emitInst(inst isa.Inst, fix *instFixup) {
	w, err := isa.Encode(inst)
	if err != nil {
		a.err("%v", err)
		return
	}
	info := inst.Info()
	read, write := gprMasks(inst)
	a.gprMask |= read | write
	a.fprMask |= fprMask(inst)
	reorder := !a.set.noreorder && a.macroNoreorder == 0
	this := histInsn{insn: true, sec: a.cur, fixed: !reorder, noreorder: !reorder,
		read: read, write: write, noDelaySlot: noDelaySlot(info), writesFCC: writesFCC(info)}
	delay := info.Flags&isa.FlagDelay != 0 && reorder
	readsFCC := info.Class == isa.ClassFPBranch
	if delay && info.Flags&isa.FlagLikely == 0 && a.canSwap(read, write) && !(readsFCC && a.history[0].writesFCC) {
		a.swapIntoSlot(w, fix, this)
		return
	}
	off := a.cur.offset()
	this.off, this.fixStart = off, len(a.cur.fixups)
	a.emitting = true
	a.word(w)
	a.emitting = false
	a.macroInsns++
	if fix != nil && a.cur.offset() == off+4 {
		a.addFixup(off, fix.kind, fix.expr, fix.val)
	}
	this.fixEnd = len(a.cur.fixups)
	a.pushHistory(this)
	if delay {
		a.emitting = true
		a.word(0)
		a.emitting = false
		a.pushHistory(histInsn{fixed: true})
	}
}

// histInsn is one of the last instructions emitted, as GNU as's history
// keeps them for filling delay slots.
type histInsn struct {
	writesFCC bool // sets an FPU condition code (c.cond.fmt, ctc1): a bc1 branch cannot take it into its slot
	insn      bool // false: a placeholder (history cleared) or a delay-slot nop
	sec       *section
	off       uint32
	fixed     bool // may not move (emitted in noreorder mode, or already moved)
	noreorder bool // emitted in noreorder mode
	read      uint32
	write     uint32
	// noDelaySlot: an instruction that GNU as never moves into a delay
	// slot (sync, eret, deret, wait, the traps, syscall, break, sdbbp).
	noDelaySlot bool
	// The fixups of the instruction: sec.fixups[fixStart:fixEnd].
	fixStart, fixEnd int
}

// pushHistory records an emitted instruction.
func (a *assembler) pushHistory(h histInsn) {
	a.history[1], a.history[0] = a.history[0], h
	a.labelSinceInsn = false
}

// flushHistory forgets the previous instructions, as GNU as does before
// anything but an instruction is emitted (data, alignment, a section
// change): nothing emitted earlier moves into a delay slot.
func (a *assembler) flushHistory() {
	a.history = [2]histInsn{{fixed: true}, {fixed: true}}
	a.labelSinceInsn = false
}

// fixHistory makes the instructions emitted so far immovable, as GNU as
// does when a noreorder block starts.
func (a *assembler) fixHistory() {
	a.history[0].fixed = true
	a.history[1].fixed = true
}

// canSwap reports whether a branch that reads and writes the registers
// read and write may take the previous instruction into its delay slot.
// These are the tests of GNU as 2.40's can_swap_branch_p that apply to
// MIPS32 with interlocks.
func (a *assembler) canSwap(read, write uint32) bool {
	prev := &a.history[0]
	switch {
	case a.opt.Optimize < 2, a.set.nomove:
		return false
	case !prev.insn, prev.fixed, a.history[1].noreorder, a.labelSinceInsn:
		// A label on the branch may be a branch target: the instruction
		// before it must stay where it is.
		return false
	case prev.sec != a.cur, prev.off+4 != a.cur.offset(), prev.noDelaySlot:
		return false
	case read&prev.write != 0, write&prev.write != 0, write&prev.read != 0:
		return false
	}
	return true
}

// swapIntoSlot emits branch word w at the previous instruction's place and
// moves that instruction, with its fixups, into the delay slot.
func (a *assembler) swapIntoSlot(w uint32, fix *instFixup, branch histInsn) {
	prev := a.history[0]
	s := a.cur
	slot := append([]byte(nil), s.data[prev.off:prev.off+4]...)
	binary.LittleEndian.PutUint32(s.data[prev.off:], w)
	a.emitting = true
	a.emit(slot)
	a.emitting = false
	a.macroInsns++
	for _, f := range s.fixups[prev.fixStart:prev.fixEnd] {
		f.off += 4
	}
	branch.off, branch.fixStart = prev.off, len(s.fixups)
	if fix != nil {
		a.addFixup(prev.off, fix.kind, fix.expr, fix.val)
	}
	branch.fixEnd = len(s.fixups)
	prev.off += 4
	prev.fixed = true
	a.history[0] = branch
	a.pushHistory(prev)
}

// gprMasks returns the general registers that inst reads and writes, as
// GNU as's gpr_read_mask and gpr_write_mask see them ($0 left out).
func gprMasks(inst isa.Inst) (read, write uint32) {
	info := inst.Info()
	for _, arg := range info.Args {
		var r isa.Reg
		written := false
		switch arg {
		case isa.ArgRs, isa.ArgMem:
			r = inst.Rs
		case isa.ArgIndexMem:
			read |= 1 << inst.Rt
			r = inst.Rs
		case isa.ArgRt:
			r, written = inst.Rt, info.Flags&isa.FlagWrt != 0
		case isa.ArgRd:
			r, written = inst.Rd, info.Flags&isa.FlagWrd != 0
		default:
			continue
		}
		if written {
			write |= 1 << r
		} else {
			read |= 1 << r
		}
	}
	if info.Flags&isa.FlagWr31 != 0 {
		write |= 1 << 31
	}
	if inst.Op == isa.SC {
		read |= 1 << inst.Rt // sc reads the value and writes the flag
	}
	return read &^ 1, write &^ 1
}

// writesFCC reports whether an instruction sets FPU condition codes, as GNU
// as's WR_CC: the compares and ctc1.
func writesFCC(info *isa.OpInfo) bool {
	return info.Class == isa.ClassFPCmp || info.Mnemonic == "ctc1"
}

// fprMask returns the FPU registers inst names, as GNU as counts them for
// .reginfo: with 32-bit registers, an instruction on doubles (or longs)
// names the odd register of each pair too.
func fprMask(inst isa.Inst) uint32 {
	info := inst.Info()
	var m uint32
	for _, arg := range info.Args {
		switch arg {
		case isa.ArgFs:
			m |= 1 << inst.Fs
		case isa.ArgFt:
			m |= 1 << inst.Ft
		case isa.ArgFd:
			m |= 1 << inst.Fd
		case isa.ArgFr:
			m |= 1 << inst.Fr
		}
	}
	if fpDouble(info) {
		m |= m << 1
	}
	return m
}

// fpDouble reports whether GNU as's opcode table marks an FPU instruction
// FP_D: it has an operand of 64 bits (a double or a long).
func fpDouble(info *isa.OpInfo) bool {
	if info.Flags&isa.FlagFPU == 0 {
		return false
	}
	if info.Mem == isa.MemDouble {
		return true
	}
	switch info.Mnemonic {
	case "mfhc1", "mthc1":
		return true
	}
	for _, part := range strings.Split(info.Mnemonic, ".")[1:] {
		if part == "d" || part == "l" {
			return true
		}
	}
	return false
}

// noDelaySlot reports whether GNU as's opcode table marks the instruction
// INSN_NO_DELAY_SLOT (or TRAP, the same flag).
func noDelaySlot(info *isa.OpInfo) bool {
	if info.Flags&isa.FlagTrap != 0 {
		return true
	}
	switch info.Class {
	case isa.ClassSync, isa.ClassEret, isa.ClassWait:
		return true
	}
	return false
}

// instFixup is an operand of an instruction that is not yet known.
type instFixup struct {
	kind fixKind
	expr *node
	val  value
}

// startNoreorder and endNoreorder bracket the parts of a macro expansion
// whose delay slots the expansion fills itself.
func (a *assembler) startNoreorder() {
	if a.macroNoreorder == 0 && !a.set.noreorder {
		a.fixHistory()
	}
	a.macroNoreorder++
	a.anyNoreorder = true
}

func (a *assembler) endNoreorder() { a.macroNoreorder-- }
