package isa

import "strconv"

// Reg is a general-purpose register number, 0-31.
type Reg uint8

// The o32 names of the general-purpose registers.
const (
	Zero Reg = iota
	AT
	V0
	V1
	A0
	A1
	A2
	A3
	T0
	T1
	T2
	T3
	T4
	T5
	T6
	T7
	S0
	S1
	S2
	S3
	S4
	S5
	S6
	S7
	T8
	T9
	K0
	K1
	GP
	SP
	S8 // also fp
	RA
)

// FP is the frame pointer, the same register as S8.
const FP = S8

var regNames = [32]string{
	"zero", "at", "v0", "v1", "a0", "a1", "a2", "a3",
	"t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7",
	"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
	"t8", "t9", "k0", "k1", "gp", "sp", "s8", "ra",
}

// String returns the o32 name that objdump prints (zero, at, v0, ... s8, ra).
func (r Reg) String() string {
	if r < 32 {
		return regNames[r]
	}
	return "r?" + strconv.Itoa(int(r))
}

// ParseReg accepts a register as the GNU assembler does, with or without the
// leading '$': a number ($0-$31) or an o32 name (including fp and s8).
func ParseReg(s string) (Reg, bool) {
	if len(s) > 0 && s[0] == '$' {
		s = s[1:]
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n >= 0 && n < 32 && (len(s) == 1 || s[0] != '0') {
			return Reg(n), true
		}
		return 0, false
	}
	if s == "fp" {
		return FP, true
	}
	for i, n := range regNames {
		if n == s {
			return Reg(i), true
		}
	}
	return 0, false
}

// FReg is a floating-point register number, 0-31 ($f0-$f31).
type FReg uint8

// String is the register as objdump prints it: $f0-$f31.
func (r FReg) String() string { return "$f" + strconv.Itoa(int(r)) }
