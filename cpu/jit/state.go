package jit

import "fmt"

// State is the guest state that compiled code reads and writes: the part
// of a machine's state a block needs, at fixed offsets from the host
// register that holds its address while a block runs (stateReg). Every
// offset that generated code uses is a named constant below, checked
// against unsafe.Offsetof in a test.
//
// A State holds no Go pointers, so generated code never holds one: the
// garbage collector has nothing to find in it, whenever it runs.
type State struct {
	GPR [32]uint32
	// PC is the address of the next instruction: where a block that ran to
	// its end leaves it.
	PC uint32
	_  uint32
	// Instructions and Cycles are the machine's counters (cpu.Stats),
	// advanced by each block's static prefix.
	Instructions uint64
	Cycles       uint64
}

// Offsets into State used by generated code.
const (
	offsetGPR          = 0
	offsetPC           = 128
	offsetInstructions = 136
	offsetCycles       = 144
)

// gprOffset is the offset of general register r in State.
func gprOffset(r uint8) int64 { return offsetGPR + 4*int64(r&31) }

// Status is what compiled code returns to Go: why it left.
type Status uint32

const (
	// StatusInvalid is never returned: code that returns zero did not run
	// to one of its exits.
	StatusInvalid Status = iota
	// StatusEnd: the block ran to its end; State.PC is the next
	// instruction and the counters include the block's static prefix.
	StatusEnd
)

func (s Status) String() string {
	switch s {
	case StatusInvalid:
		return "invalid"
	case StatusEnd:
		return "end of block"
	}
	return fmt.Sprintf("status(%d)", uint32(s))
}
