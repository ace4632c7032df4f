package jit

import (
	"fmt"
	"strings"
	"testing"
)

// The assembler refuses code whose jumps lead nowhere, and places a label
// before or after the jumps to it.
func TestAssemblerLabels(t *testing.T) {
	a := newAssembler()
	a.jumpTo(opJMP, &label{})
	a.emit(opRET)
	if _, _, err := a.assemble(0); err == nil || err.Error() != "assemble: a jump to a label never placed" {
		t.Errorf("a jump to no label: %v", err)
	}
	a = newAssembler()
	back, fwd := &label{}, &label{}
	a.place(back)
	a.emit(opMOVL, constant(1), reg(regAX))
	a.jumpTo(opJEQ, fwd)
	a.jumpTo(opJMP, back)
	a.place(fwd)
	a.emit(opRET)
	code, _, err := a.assemble(0)
	if err != nil {
		t.Fatal(err)
	}
	// mov $1,%eax; je to the ret; jmp to the mov; ret (golang-asm may pad
	// the jumps with nops).
	var s strings.Builder
	listHost(&s, code, 0, len(code))
	text := s.String()
	ret := len(code) - 1
	if code[ret] != 0xc3 || !strings.Contains(text, fmt.Sprintf("je 0x%x\n", ret)) || !strings.Contains(text, "jmp 0x0\n") {
		t.Errorf("code:\n%s", text)
	}
}
