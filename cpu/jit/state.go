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

	// The chaining budget (chain.go): a block's exit jumps straight into
	// the block in Chain for its next PC while the counters after that
	// block stay within these, and returns to Go otherwise. InstLimit
	// bounds the instruction counter after the next block; the cycle
	// counter after it must stay below CycleLimit. Both zero: no
	// chaining.
	InstLimit  uint64
	CycleLimit uint64
	// Blocks counts the blocks run, one at each exit.
	Blocks uint64
	// Chain is the table of blocks a block's exit may jump to, by next PC.
	Chain [chainSlots]chainSlot
}

// chainSlot is an entry of State.Chain: the block whose code starts at
// Code, for the next PC whose key (chainKey) is Key, with its length and
// static cycles. An empty slot's key, zero, is no PC's.
type chainSlot struct {
	Key    uint64
	Code   uint64
	Insts  uint32
	Cycles uint32
	_      uint64
}

// chainSlots is the number of slots in State.Chain, a power of two; a PC
// has its slot at (pc>>2) mod chainSlots.
const chainSlots = 256

// chainKey is the key of pc in State.Chain: the PC with bit 32 set, so
// that no PC has the key of an empty slot.
func chainKey(pc uint32) uint64 { return uint64(pc) | 1<<32 }

// chainIndex is pc's slot in State.Chain.
func chainIndex(pc uint32) int { return int(pc>>2) & (chainSlots - 1) }

// Offsets into State used by generated code.
const (
	offsetGPR          = 0
	offsetPC           = 128
	offsetInstructions = 136
	offsetCycles       = 144
	offsetInstLimit    = 152
	offsetCycleLimit   = 160
	offsetBlocks       = 168
	offsetChain        = 176
	// In a chainSlot, and its size.
	offsetSlotKey    = 0
	offsetSlotCode   = 8
	offsetSlotInsts  = 16
	offsetSlotCycles = 20
	chainSlotSize    = 32
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
