package misfit_test

import (
	"encoding/binary"
	"fmt"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/kernel"
)

// rtMonitor is the red team's own confinement monitor (doc/misfit.md,
// "Hostile grafts"). It trusts nothing the graft supplied: no symbol, no
// note, no table bounds. It knows only kernel facts: the code region the
// loader filled (clamped to the kernel's code window), the data region and
// its guard zones, the kernel's own symbols (the stub, the exits, each
// export's entry, the exports' extent).
//
// It watches every fetch from the first instruction after the entry stub's
// jump (that one included): a fetch is in the graft's code, or in kernel
// code entered at an export's or exit's exact entry from graft code, and an
// export returns into graft code. No privileged or trapping instruction may
// be fetched in graft code. Every access by graft code is in the data region
// or its guard zones, except a read of the code region by the table check's
// own lw s4, imm(s4); every access by an export's code is in the data
// region itself.
type rtMonitor struct {
	g                *kernel.Graft
	codeLo, codeHi   uint32 // graft code
	dataLo, dataHi   uint32 // region and guard zones
	regLo, regHi     uint32 // region
	stubJump         uint32 // graft_call's jr to the entry
	expLo, expHi     uint32 // the kernel's exits and exports
	exits, exports   map[uint32]string
	state            int
	countdown        int
	entered          bool
	checkRegs        bool
	escapes          []string
	exception        *cpu.Exception
	exportCalls      int
	fetchedInGraft   int
	lastGraftFetchPC uint32
}

const (
	rtBefore = iota
	rtGraft
	rtExport
	rtTrap // an exception taken in the graft or an export: the kernel's handler runs
	rtDone
)

// newMonitor derives the monitor's facts from the kernel alone.
func newMonitor(g *kernel.Graft, regionSize uint32) (*rtMonitor, error) {
	k := g.Kernel
	sym := func(name string) (uint32, error) { return k.Symbol(name) }
	mon := &rtMonitor{g: g, exits: map[uint32]string{}, exports: map[uint32]string{}}
	lo, hi := g.CodeLo, g.CodeHi
	if lo < kernel.GraftCodeBase {
		lo = kernel.GraftCodeBase
	}
	if hi > kernel.GraftCodeBase+kernel.GraftCodeMax || hi < lo {
		hi = kernel.GraftCodeBase + kernel.GraftCodeMax
	}
	mon.codeLo, mon.codeHi = lo, hi
	if regionSize == 0 {
		regionSize = kernel.DefaultGraftRegion
	}
	mon.regLo, mon.regHi = kernel.GraftDataBase, kernel.GraftDataBase+regionSize
	mon.dataLo, mon.dataHi = mon.regLo-kernel.GraftGuard, mon.regHi+kernel.GraftGuard
	for _, n := range []string{"misfit_return", "misfit_fault"} {
		a, err := sym(n)
		if err != nil {
			return nil, err
		}
		mon.exits[a] = n
	}
	for _, n := range kernel.GraftExports {
		a, err := sym(n)
		if err != nil {
			return nil, err
		}
		mon.exports[a] = n
	}
	var err error
	if mon.expLo, err = sym("graft_exports_start"); err != nil {
		return nil, err
	}
	if mon.expHi, err = sym("graft_exports_end"); err != nil {
		return nil, err
	}
	call, err := sym("graft_call")
	if err != nil {
		return nil, err
	}
	// The stub's jump to the entry: graft_enter, or graft_call's first jr.
	if a, err := sym("graft_enter"); err == nil {
		call = a
	}
	for a := call; a < call+0x400; a += 4 {
		in, err := isa.Decode(mon.word(g.Machine, a))
		if err == nil && in.Op == isa.JR {
			mon.stubJump = a
			break
		}
	}
	if mon.stubJump == 0 {
		return nil, fmt.Errorf("no jr in graft_call")
	}
	return mon, nil
}

func (mon *rtMonitor) word(m *cpu.Machine, va uint32) uint32 {
	ram := m.Bus.RAM()
	pa := va & 0x1fffffff
	if va < 0x80000000 || va >= 0xc0000000 || int(pa)+4 > len(ram) {
		return 0xffffffff
	}
	return binary.LittleEndian.Uint32(ram[pa:])
}

func (mon *rtMonitor) inCode(a uint32) bool { return a >= mon.codeLo && a < mon.codeHi }

func (mon *rtMonitor) escape(m *cpu.Machine, format string, args ...any) {
	if len(mon.escapes) < 8 {
		mon.escapes = append(mon.escapes, fmt.Sprintf(format, args...))
	}
	m.RequestStop("red-team monitor: escape")
}

// install adds the hooks; it returns their ids.
func (mon *rtMonitor) install(m *cpu.Machine) []cpu.HookID {
	return []cpu.HookID{
		m.AddCodeHook(cpu.Range{}, mon.fetch),
		m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, mon.access),
		m.AddExceptionHook(func(m *cpu.Machine, e *cpu.Exception) {
			if mon.state != rtGraft && mon.state != rtExport {
				return
			}
			if mon.exception == nil {
				ex := *e
				mon.exception = &ex
			}
			// The kernel's handler runs: it ends the graft, or returns
			// into its code (then the watch resumes there).
			mon.state = rtTrap
		}),
	}
}

// forbidden reports why the word w may not run in graft code, or "".
func forbidden(w uint32) string {
	in, err := isa.Decode(w)
	if err != nil {
		return "" // raises Reserved Instruction: a machine exception
	}
	if in.Info().Has(isa.FlagPriv) {
		return "privileged instruction " + isa.GNU(in, 0, nil)
	}
	return ""
}

func (mon *rtMonitor) fetch(m *cpu.Machine, pc uint32) {
	switch mon.state {
	case rtBefore:
		if mon.countdown > 0 {
			mon.countdown--
			return
		}
		if !mon.entered {
			if pc == mon.stubJump {
				mon.entered = true
				mon.countdown = 1 // the stub's delay slot
			}
			return
		}
		mon.state = rtGraft
		if mon.checkRegs {
			mon.registers(m, pc)
		}
		mon.graftFetch(m, pc)
	case rtGraft:
		mon.graftFetch(m, pc)
	case rtTrap:
		if mon.inCode(pc) {
			mon.state = rtGraft
			mon.graftFetch(m, pc)
		}
	case rtExport:
		switch {
		case mon.exits[pc] != "":
			mon.state = rtDone
		case pc >= mon.expLo && pc < mon.expHi:
		case mon.inCode(pc):
			mon.state = rtGraft
			mon.graftFetch(m, pc)
		default:
			mon.escape(m, "an export returned to %#x, outside the graft's code", pc)
		}
	}
}

func (mon *rtMonitor) graftFetch(m *cpu.Machine, pc uint32) {
	switch {
	case mon.inCode(pc):
		mon.fetchedInGraft++
		mon.lastGraftFetchPC = pc
		if why := forbidden(mon.word(m, pc)); why != "" {
			mon.escape(m, "%s fetched in graft code at %#x", why, pc)
		}
	case mon.exits[pc] != "":
		mon.state = rtDone
	case mon.exports[pc] != "":
		mon.state = rtExport
		mon.exportCalls++
	default:
		what := "outside the graft's code"
		if pc >= mon.expLo && pc < mon.expHi {
			what = "inside kernel code, not at an export's entry"
		}
		mon.escape(m, "fetch at %#x (%s) after %#x", pc, what, mon.lastGraftFetchPC)
	}
}

// registers: at the first fetch, no kernel value may be left in a register
// the stub does not set on purpose (a0-a3, sp, ra, s5-s7, and t9 holding
// the entry).
func (mon *rtMonitor) registers(m *cpu.Machine, pc uint32) {
	for r := 1; r < 32; r++ {
		switch isa.Reg(r) {
		case isa.A0, isa.A1, isa.A2, isa.A3, isa.SP, isa.RA, isa.S5, isa.S6, isa.S7:
			continue
		}
		if isa.Reg(r) == isa.T9 && m.GPR[r] == pc {
			continue // o32 passes a function its own address in t9
		}
		if v := m.GPR[r]; v != 0 {
			mon.escape(m, "kernel value %#x left in $%d at the graft's entry %#x", v, r, pc)
		}
	}
}

func (mon *rtMonitor) access(m *cpu.Machine, ev cpu.MemEvent) {
	end := uint64(ev.VAddr) + uint64(ev.Size)
	kind := "read"
	if ev.Kind == cpu.MemWrite {
		kind = "write"
	}
	switch mon.state {
	case rtGraft:
		if ev.VAddr >= mon.dataLo && end <= uint64(mon.dataHi) {
			return
		}
		if ev.Kind == cpu.MemRead && mon.inCode(ev.PC) && ev.VAddr >= mon.codeLo && end <= uint64(mon.codeHi) {
			in, err := isa.Decode(mon.word(m, ev.PC))
			if err == nil && in.Op == isa.LW && in.Rt == isa.S4 && in.Rs == isa.S4 {
				return // the table check's own load
			}
		}
		mon.escape(m, "graft %s of %d bytes at %#x by pc %#x", kind, ev.Size, ev.VAddr, ev.PC)
	case rtExport:
		if ev.VAddr >= mon.regLo && end <= uint64(mon.regHi) {
			return
		}
		mon.escape(m, "export %s of %d bytes at %#x by pc %#x, outside the region", kind, ev.Size, ev.VAddr, ev.PC)
	}
}

// placement checks the machine's memory before the call, from kernel facts
// alone: the kernel's image is intact, and every nonzero byte outside it
// lies in the code region, the data region or the graft block.
func placement(g *kernel.Graft, regionSize uint32) []string {
	if regionSize == 0 {
		regionSize = kernel.DefaultGraftRegion
	}
	ram := g.Machine.Bus.RAM()
	var bad []string
	type span struct{ lo, hi uint32 }
	allowed := []span{
		{kernel.GraftCodeBase, kernel.GraftCodeBase + kernel.GraftCodeMax},
		{kernel.GraftDataBase, kernel.GraftDataBase + regionSize},
		{kernel.GraftBlock, kernel.GraftBlock + 64},
	}
	for _, s := range g.Kernel.Segments {
		pa := s.Addr & 0x1fffffff
		for i := uint32(0); i < s.MemSize && len(bad) < 4; i++ {
			var want byte
			if int(i) < len(s.Data) {
				want = s.Data[i]
			}
			if int(pa+i) < len(ram) && ram[pa+i] != want {
				bad = append(bad, fmt.Sprintf("kernel image changed at %#x before the call", s.Addr+i))
				break
			}
		}
		allowed = append(allowed, span{s.Addr, s.Addr + s.MemSize})
	}
	for pa := 0; pa < len(ram) && len(bad) < 4; pa++ {
		if ram[pa] == 0 {
			continue
		}
		va := uint32(pa) | 0x80000000
		ok := false
		for _, s := range allowed {
			if va >= s.lo && va < s.hi {
				ok = true
				break
			}
		}
		if !ok {
			bad = append(bad, fmt.Sprintf("graft bytes placed at %#x, outside its regions", va))
			pa |= 0xfff // one report a page
		}
	}
	return bad
}
