package cpu

import (
	"testing"

	"graftlab/isa"
	"graftlab/mmu"
)

// TestFastAliasedCodeWrite runs code through a mapped segment (as the
// kernel runs SPIN's dispatchers, in graft space), rewrites it through its
// kseg0 alias (as the kernel's generator does) and runs it again at the
// same mapped address: the Fast engine must run the new code, as the
// interpreter does. Its predecoded code is kept by physical address, and a
// store through any alias drops the page.
func TestFastAliasedCodeWrite(t *testing.T) {
	const (
		mapped = 0xc0000000 // segment 12
		pa     = 0x20000
	)
	for _, prof := range fastProfiles {
		t.Run(prof, func(t *testing.T) {
			m := newTestMachine(t, prof)
			m.MMU.SetSR(12, mmu.SRValid|mmu.SRWritable|1)
			m.MMU.WriteTLB(8, mmu.TLBEntry{EntryHi: mapped, VSID: 1, EntryLo: mmu.MakeEntryLo(pa, mmu.CacheCached, false, true)})
			patched, err := isa.Encode(isa.Inst{Op: isa.ADDIU, Rt: isa.V0, Rs: isa.V0, Imm: 100})
			if err != nil {
				t.Fatal(err)
			}
			loadAt(t, m, 0x80000000|pa, func(b *isa.Builder) { // the mapped procedure
				b.Addiu(isa.V0, isa.V0, 1)
				b.JrNop(isa.RA)
			})
			load(t, m, func(b *isa.Builder) {
				b.Li(isa.T0, mapped)
				b.Jalr(isa.T0)
				b.Nop()
				b.Li(isa.T1, 0x80000000|pa) // the kseg0 alias
				b.Li(isa.T2, patched)
				b.Sw(isa.T2, 0, isa.T1)
				b.Emit(isa.Inst{Op: isa.CACHE, Rt: 0x10, Rs: isa.T1}) // Hit_Invalidate_I
				b.Jalr(isa.T0)
				b.Nop()
				brk(b, 0)
			})
			m.Handler = haltOnBreak
			runEngines(t, m, Limits{MaxInstructions: 1000})
			if m.GPR[isa.V0] != 101 {
				t.Fatalf("v0 = %d, want 101 (1 from the first procedure, 100 from the rewritten one)", m.GPR[isa.V0])
			}
		})
	}
}
