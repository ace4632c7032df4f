// Package isa is graftlab's instruction set: MIPS32 (little-endian), Release
// 1's integer set, Release 2's additions and the FPU (coprocessor 1), plus
// four POWER-style segment-register instructions. Flags in the table mark
// what a profile may lack (FlagR2, FlagFPU, FlagF64); the machine decides.
//
// Everything about an instruction comes from one table, opcodes.txt, from
// which tables.go is generated (go generate ./isa). The table gives each
// instruction its mnemonic, encoding, operands, cycle class and flags; the
// rest of the package is built on it:
//
//   - Decode and Encode convert between 32-bit words and Inst values. Decode
//     never panics: a word that is not an instruction gives a *DecodeError
//     (reserved instruction, or an undefined coprocessor 1-3 word, which the
//     machine turns into Coprocessor Unusable, or Reserved Instruction for
//     a usable FPU).
//   - GNU prints an Inst as mipsel-linux-gnu-objdump -d does, aliases and
//     symbolic branch targets included; symbol lookup is a parameter.
//   - Builder emits guest code from Go: labels, forward references,
//     delay slots and relocations against symbols.
//
// The assembler (isa/asm) and the machine (cpu) are clients of this package;
// doc/isa.md documents the segment-register encodings, the CP0 registers and
// the cycle classes, and a test keeps it in step with the table.
package isa

//go:generate go run ./internal/gen -in opcodes.txt -out tables.go

import (
	"strings"
)

// Op is an instruction operation: one line of the table.
type Op uint16

// NumOps is one more than the largest Op.
const NumOps = int(numOps)

// Info returns the table entry of op. It panics if op is out of range, which
// only a graftlab bug can cause: every Op comes from Decode or a constant.
func (op Op) Info() *OpInfo { return &opTable[op] }

// Valid reports whether op names an instruction.
func (op Op) Valid() bool { return op > Invalid && op < numOps }

func (op Op) String() string {
	if !op.Valid() {
		return "invalid"
	}
	return opTable[op].Mnemonic
}

// LookupOp returns the Op with the given mnemonic (as in the table).
func LookupOp(mnemonic string) (Op, bool) {
	op, ok := opByName[strings.ToLower(mnemonic)]
	return op, ok
}

var opByName = func() map[string]Op {
	m := make(map[string]Op, numOps)
	for op := Op(1); op < numOps; op++ {
		m[opTable[op].Mnemonic] = op
	}
	return m
}()

// OpInfo is one entry of the instruction table.
type OpInfo struct {
	Mnemonic string
	Encoding string     // the encoding as written in opcodes.txt
	Match    uint32     // fixed bits of the encoding
	Mask     uint32     // which bits are fixed
	Fields   []FieldPos // the variable fields, most significant first
	Args     []Arg      // assembly operands in order
	Class    Class
	Flags    Flags
	Mem      MemAccess
}

// Has reports whether every flag in f is set.
func (i *OpInfo) Has(f Flags) bool { return i.Flags&f == f }

// FieldPos places one variable field in the instruction word.
type FieldPos struct {
	Arg   Arg
	Shift uint8
	Width uint8
}

// Arg is the kind of an operand, which also says which Inst member holds it.
type Arg uint8

const (
	ArgNone     Arg = iota
	ArgRs           // GPR in rs (Inst.Rs)
	ArgRt           // GPR in rt (Inst.Rt)
	ArgRd           // GPR in rd (Inst.Rd)
	ArgSa           // shift amount (Inst.Sa)
	ArgC0           // CP0 register number in rd (Inst.Rd)
	ArgSR           // segment register number in rd[3:0] (Inst.Rd)
	ArgCacheOp      // cache operation in rt (Inst.Rt)
	ArgHint         // prefetch hint in rt (Inst.Rt)
	ArgStype        // sync type in sa (Inst.Sa)
	ArgSel          // CP0 select (Inst.Sel)
	ArgSImm         // signed 16-bit immediate (Inst.Imm, sign-extended)
	ArgUImm         // unsigned 16-bit immediate (Inst.Imm, zero-extended)
	ArgOff          // branch offset in words (Inst.Imm, sign-extended)
	ArgTarget       // 26-bit jump target (Inst.Target)
	ArgCode20       // 20-bit code of syscall, break, sdbbp (Inst.Code)
	ArgCode19       // 19-bit code of wait (Inst.Code)
	ArgCode10       // 10-bit code of the register trap instructions (Inst.Code)
	ArgMem          // memory operand simm(rs): Inst.Imm and Inst.Rs
	ArgFs           // FPR in the fs field, bits 15:11 (Inst.Fs)
	ArgFt           // FPR in the ft field, bits 20:16 (Inst.Ft)
	ArgFd           // FPR in the fd field, bits 10:6 (Inst.Fd)
	ArgFr           // FPR in the fr field, bits 25:21 (Inst.Fr)
	ArgFCR          // FPU control register number in the fs field (Inst.Rd)
	ArgCC           // FPU condition code, 0-7 (Inst.CC)
	ArgHWR          // hardware register of rdhwr in rd (Inst.Rd)
	ArgLSB          // ext, ins: the lowest bit of the field, in sa (Inst.Sa)
	ArgMSB          // ins: the highest bit of the field, in rd (Inst.Rd); assembly gives the size
	ArgMSBD         // ext: the size of the field less one, in rd (Inst.Rd); assembly gives the size
	ArgHintX        // prefx hint in the fs field (Inst.Rd)
	ArgIndexMem     // indexed memory operand rt(rs): index Inst.Rt, base Inst.Rs
)

var argNames = [...]string{"none", "rs", "rt", "rd", "sa", "c0", "sr", "cacheop", "hint",
	"stype", "sel", "simm", "uimm", "off", "target", "code20", "code19", "code10", "simm(rs)",
	"fs", "ft", "fd", "fr", "fcr", "cc", "hwr", "lsb", "msb", "msbd", "hintx", "rt(rs)"}

func (a Arg) String() string {
	if int(a) < len(argNames) {
		return argNames[a]
	}
	return "arg?"
}

// Class is a cycle class: machine profiles give the cost of each.
type Class uint8

// NumClasses is the number of cycle classes.
const NumClasses = int(numClasses)

func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "class?"
}

// ParseClass returns the class with the given name.
func ParseClass(name string) (Class, bool) {
	for i, n := range classNames {
		if n == name {
			return Class(i), true
		}
	}
	return 0, false
}

// Flags describe what an instruction does, for the machine, the rewriter and
// the verifier.
type Flags uint32

func (f Flags) String() string {
	var names []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ",")
}

// MemAccess is the data memory access of a load or store.
type MemAccess uint8

const (
	MemNone      MemAccess = iota
	MemByte                // signed byte
	MemByteU               // unsigned byte
	MemHalf                // signed halfword
	MemHalfU               // unsigned halfword
	MemWord                // word
	MemWordLeft            // lwl/swl: the bytes from the address to the end of its word
	MemWordRight           // lwr/swr: the bytes from the start of the word to the address
	MemDouble              // doubleword (ldc1, sdc1 and the indexed forms)
)

// Size is the access width in bytes (for partial words, the word).
func (m MemAccess) Size() int {
	switch m {
	case MemByte, MemByteU:
		return 1
	case MemHalf, MemHalfU:
		return 2
	case MemNone:
		return 0
	case MemDouble:
		return 8
	}
	return 4
}

// Inst is a decoded instruction. Its members are the encoding's fields, so
// an Inst holds exactly what a word holds; members that the operation does
// not use are zero.
type Inst struct {
	Op     Op
	Rs     Reg
	Rt     Reg    // also the cache operation of cache and the hint of pref
	Rd     Reg    // also the CP0 register of mfc0/mtc0 and the segment register of mfsr/mtsr
	Sa     uint8  // shift amount; sync type
	Sel    uint8  // CP0 select
	Imm    int32  // immediate, sign- or zero-extended as the operand kind says; branch offset in words
	Target uint32 // jump target field: word index in the current 256 MiB region
	Code   uint32 // code field of syscall, break, sdbbp, wait and the trap instructions
	Fs     FReg   // FPU registers: fs (bits 15:11), ft (20:16), fd (10:6), fr (25:21)
	Ft     FReg
	Fd     FReg
	Fr     FReg
	CC     uint8 // FPU condition code of bc1f/bc1t, c.cond.fmt, movf/movt
}

// Info returns the table entry of the instruction's operation.
func (i Inst) Info() *OpInfo { return i.Op.Info() }

// BranchTarget is the target of a branch at pc.
func (i Inst) BranchTarget(pc uint32) uint32 { return pc + 4 + uint32(i.Imm)<<2 }

// JumpTarget is the target of j or jal at pc.
func (i Inst) JumpTarget(pc uint32) uint32 { return (pc+4)&0xf0000000 | i.Target<<2 }
