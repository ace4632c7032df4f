//go:build !nojit

#include "textflag.h"

// func enter(code uintptr, state unsafe.Pointer) uint64
//
// enter calls compiled code at code with the address of a State in R13
// (stateReg) and returns the status the code leaves in AX. The code is a
// leaf: it uses no stack beyond its return address and clobbers only
// registers that ABI0 leaves to the callee, so enter needs no frame.
TEXT ·enter(SB), NOSPLIT, $0-24
	MOVQ code+0(FP), AX
	MOVQ state+8(FP), R13
	CALL AX
	MOVQ AX, ret+16(FP)
	RET

// func enterNative(code uintptr, x, gpr unsafe.Pointer, start uint64) uint64
//
// enterNative calls a compiled engine's code at code with the inner loop's
// state in R13, the guest's registers in R12 and the cycle count at the
// start of the block in R11 (native.go), and returns the index of the op
// where the code left, which it leaves in AX. The code keeps guest
// registers in R14 and R15 among others: enterNative saves them in its
// frame and restores them, so that what called it finds the goroutine in
// R14 whatever the ABI.
TEXT ·enterNative(SB), NOSPLIT, $16-40
	MOVQ R14, 0(SP)
	MOVQ R15, 8(SP)
	MOVQ code+0(FP), AX
	MOVQ x+8(FP), R13
	MOVQ gpr+16(FP), R12
	MOVQ start+24(FP), R11
	CALL AX
	MOVQ 0(SP), R14
	MOVQ 8(SP), R15
	MOVQ AX, ret+32(FP)
	RET
