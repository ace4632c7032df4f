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
