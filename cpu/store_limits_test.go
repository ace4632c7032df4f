package cpu

import (
	"testing"

	"graftlab/isa"
)

// TestFastStoreLimits puts the cycle limit at every cycle of a loop whose
// byte store drops another address's word from the D-cache and then
// stalls on a full write buffer, as the first store runInner runs after
// runFast ran a divide. Where the stall would carry the block past the
// limit, the store leaves for runFast having changed the tags: the cache's
// generation must still count the drop once.
func TestFastStoreLimits(t *testing.T) {
	build := func(b *isa.Builder) {
		b.Li(isa.A0, dataBase)
		b.Li(isa.S0, 0x20000) // the D-cache's size on dec5000: A2 shares A0's line
		b.R(isa.ADDU, isa.A2, isa.A0, isa.S0)
		loop := b.Here("loop")
		b.Mem(isa.SW, isa.T0, 0, isa.A0)
		b.Mem(isa.SW, isa.T0, 4, isa.A0)
		b.Mem(isa.SW, isa.T0, 8, isa.A0)
		b.Mem(isa.SW, isa.T0, 12, isa.A0)                      // the write buffer is full
		b.Emit(isa.Inst{Op: isa.DIVU, Rs: isa.T0, Rt: isa.S0}) // runFast's: runInner starts again after it
		b.Mem(isa.SB, isa.T0, 1, isa.A2)                       // drops A0's word, and stalls
		b.Addiu(isa.T0, isa.T0, 1)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, loop)
	}
	for limit := uint64(100); limit < 230; limit++ {
		m := newTestMachine(t, "dec5000")
		load(t, m, build)
		runBoth(t, m, Limits{MaxCycles: limit})
	}
}
