package cpu

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"graftlab/isa"
	"graftlab/profile"
)

// codeBase is where test code runs: kseg0, so no translation is involved.
const (
	codeBase = 0x80001000
	dataBase = 0x80010000 // test data, physical 0x10000
)

// fastProfiles are the profiles the Fast engine's tests run under: the
// embedded ones, and dec5000 with set-associative caches (whose LRU state
// the fast path keeps): an I-cache that holds every test program, one of
// four 16-byte lines in two sets, which loops evict from, and a 2-way
// D-cache of 16-byte lines.
var fastProfiles = []string{"ideal", "dec5000", "dec5000/icache-2way", "dec5000/icache-tiny", "dec5000/dcache-2way"}

// testProfile looks up an embedded profile, or one of fastProfiles'
// variants of dec5000.
func testProfile(name string) (*profile.Profile, error) {
	base, variant, _ := strings.Cut(name, "/")
	p, err := profile.Lookup(base)
	if err != nil || variant == "" {
		return p, err
	}
	q := *p
	ic, dc := *p.ICache, *p.DCache
	q.Name, q.ICache, q.DCache = name, &ic, &dc
	switch variant {
	case "icache-2way":
		ic.Ways = 2
	case "icache-tiny":
		ic.Size, ic.Ways = 64, 2
	case "dcache-2way":
		dc.LineSize, dc.Ways = 16, 2
	default:
		return nil, fmt.Errorf("no test profile %q", name)
	}
	return &q, q.Validate()
}

// newTestMachine returns a machine with the ideal profile, in kernel mode
// with BEV and ERL clear, whose exceptions are delivered to the guest.
func newTestMachine(t testing.TB, prof string) *Machine {
	t.Helper()
	p, err := testProfile(prof)
	if err != nil {
		t.Fatal(err)
	}
	m, err := New(Config{Profile: p, RAMSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	m.CP0.Status = 0
	return m
}

// load assembles the code built by build at codeBase and points the PC at it.
func load(t testing.TB, m *Machine, build func(b *isa.Builder)) {
	t.Helper()
	loadAt(t, m, codeBase, build)
	m.SetPC(codeBase)
}

// loadAt assembles the code built by build at addr (in kseg0).
func loadAt(t testing.TB, m *Machine, addr uint32, build func(b *isa.Builder)) {
	t.Helper()
	b := isa.NewBuilder()
	build(b)
	c, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	code, err := c.Place(addr, func(string) (uint32, bool) { return 0, false })
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Bus.WriteBytes(addr&0x1fffffff, code); err != nil {
		t.Fatal(err)
	}
}

// haltOnBreak serves break by halting with the break code as status; any
// other exception ends the run with an error.
func haltOnBreak(m *Machine, e *Exception) (bool, error) {
	if e.Code == isa.ExcBp {
		m.Halt(int(e.Inst >> 16 & 0x3ff))
		return true, nil
	}
	return false, fmt.Errorf("unexpected %v", e)
}

// run runs code until break, with an instruction limit: first on the
// reference interpreter, then again from the same start on every other
// registered engine, which must end in the same state with the same counts
// (runEngines). Every CPU table test runs through it.
func run(t *testing.T, m *Machine) Stop {
	t.Helper()
	if m.Handler == nil {
		m.Handler = haltOnBreak
	}
	return runEngines(t, m, Limits{MaxInstructions: 100000})
}

// brk emits break with code c (halting the test with status c).
func brk(b *isa.Builder, c uint32) { b.Emit(isa.Inst{Op: isa.BREAK, Code: c << 10}) }

func writeWord(t *testing.T, m *Machine, ea, v uint32) {
	t.Helper()
	var buf [4]byte
	binary.LittleEndian.PutUint32(buf[:], v)
	if err := m.Bus.WriteBytes(ea&0x1fffffff, buf[:]); err != nil {
		t.Fatal(err)
	}
}

func readWord(t *testing.T, m *Machine, ea uint32) uint32 {
	t.Helper()
	b, err := m.Bus.ReadBytes(ea&0x1fffffff, 4)
	if err != nil {
		t.Fatal(err)
	}
	return binary.LittleEndian.Uint32(b)
}
