package crypto

import (
	"crypto/ed25519"
	"fmt"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
)

// Golden costs on the dec5000 profile. The emulator is deterministic, so
// these are exact: a change to the code or to the cycle model shows here.
// The verification runs on a freshly booted machine (caches cold); the
// SHA-512 block is the second of two one-block updates (caches warm).
const (
	verify4KCycles   = 3800803 // ed25519_verify of a 4096-byte message
	sha512Block      = 14255   // sha512_update of one 128-byte block
	verifyStackBytes = 3672    // deepest sp in ed25519_verify, below the caller's
)

// verify4K is the golden verification: a 4 KiB message under a fixed key.
func verify4K() (pub, sig, msg []byte) {
	key := ed25519.NewKeyFromSeed(testBytes(4096, 32))
	msg = testBytes(4097, 4096)
	return key.Public().(ed25519.PublicKey), ed25519.Sign(key, msg), msg
}

func TestCycles(t *testing.T) {
	pub, sig, msg := verify4K()
	g := newGuest(t, "dec5000")
	ok, cycles, err := g.verify(t, pub, sig, msg)
	if err != nil || !ok {
		t.Fatalf("verify: %v, %v", ok, err)
	}
	if cycles != verify4KCycles {
		t.Errorf("ed25519_verify of 4 KiB: %d cycles, golden %d", cycles, verify4KCycles)
	}
	t.Logf("ed25519_verify of 4 KiB: %d cycles (%.1f ms at 25 MHz)", cycles, float64(cycles)/25e3)

	block := testBytes(128, 128)
	_, updates, err := g.sha512(t, block, block)
	if err != nil {
		t.Fatal(err)
	}
	if updates[1] != sha512Block {
		t.Errorf("sha512_update of one block: %d cycles, golden %d", updates[1], sha512Block)
	}
	t.Logf("sha512_update of one block: %d cycles (cold: %d)", updates[1], updates[0])
}

// TestEngines: every registered engine gives the reference interpreter's
// result and cycles.
func TestEngines(t *testing.T) {
	pub, sig, msg := verify4K()
	cycles := make([]uint64, len(cpu.Engines()))
	for i, e := range cpu.Engines() {
		g := newGuest(t, "dec5000")
		g.engine = e
		ok, c, err := g.verify(t, pub, sig, msg)
		if err != nil || !ok {
			t.Fatalf("%s: verify: %v, %v", e.Name(), ok, err)
		}
		cycles[i] = c
	}
	for i, e := range cpu.Engines()[1:] {
		if cycles[i+1] != cycles[0] {
			t.Errorf("interp: %d cycles, %s: %d", cycles[0], e.Name(), cycles[i+1])
		}
	}
}

// TestStack measures the deepest sp of each call and checks that the
// calls write nothing but their stack and their outputs.
func TestStack(t *testing.T) {
	pub, sig, msg := verify4K()
	g := newGuest(t, "dec5000")
	text := g.img.Segments[0]
	low := uint32(stackTop)
	g.m.AddCodeHook(cpu.Range{Begin: text.Addr, End: text.Addr + text.MemSize}, func(m *cpu.Machine, pc uint32) {
		low = min(low, m.GPR[isa.SP])
	})
	var writable []cpu.Range
	var wild []string
	g.m.AddMemHook(cpu.MemWrite, cpu.Range{}, func(m *cpu.Machine, ev cpu.MemEvent) {
		for _, r := range writable {
			if r.Contains(ev.VAddr) {
				return
			}
		}
		if len(wild) < 10 {
			wild = append(wild, fmt.Sprintf("write at %#x from pc %#x", ev.VAddr, ev.PC))
		}
	})
	stack := cpu.Range{Begin: stackLimit, End: stackTop}

	depth := func(what string) uint32 {
		d := stackTop - 16 - low
		if d > MaxStack {
			t.Errorf("%s: %d bytes of stack, more than %d", what, d, MaxStack)
		}
		for _, w := range wild {
			t.Errorf("%s: %s", what, w)
		}
		wild, low = nil, stackTop
		return d
	}

	writable = []cpu.Range{stack}
	if ok, _, err := g.verify(t, pub, sig, msg); err != nil || !ok {
		t.Fatalf("verify: %v, %v", ok, err)
	}
	if d := depth("ed25519_verify"); d != verifyStackBytes {
		t.Errorf("ed25519_verify: %d bytes of stack, golden %d", d, verifyStackBytes)
	} else {
		t.Logf("ed25519_verify: %d bytes of stack", d)
	}

	state := cpu.Range{Begin: shaState, End: shaState + SHA512StateSize}
	writable = []cpu.Range{stack, state, {Begin: shaDigest, End: shaDigest + 64}}
	end := uint32(0)
	id := g.m.AddMemHook(cpu.MemWrite, state, func(m *cpu.Machine, ev cpu.MemEvent) {
		end = max(end, ev.VAddr+uint32(ev.Size))
	})
	if _, _, err := g.sha512(t, msg[:1000]); err != nil {
		t.Fatal(err)
	}
	g.m.RemoveHook(id)
	if end != state.End {
		t.Errorf("sha512: the state's last byte written is at offset %d, want %d", end-shaState-1, SHA512StateSize-1)
	}
	t.Logf("sha512: %d bytes of stack", depth("sha512"))
}
