package crypto

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/profile"
)

// The harness runs crypto.o on graftlab's machine in kernel mode, as the
// kernel will: crypto.o and a stub are linked with loader.Link at a kseg0
// address, and each call sets a0-a3, sp and ra (the stub's return label)
// and runs until the pc reaches the return label.

// Guest addresses (kseg0).
const (
	textAddress = 0x80010000 // the linked image
	stackTop    = 0x80100000 // sp at entry is stackTop - 16: the caller's argument slots
	stackLimit  = 0x800f0000 // the stack region's bottom, for the write check
	dataAddress = 0x80200000 // arguments
	ramSize     = 8 << 20
)

// stub gives the link its entry symbol and the calls their return address.
const stub = `
	.text
	.globl	__start
__start:
	break
	.globl	crypto_return
crypto_return:
	break
`

var (
	linkOnce  sync.Once
	linkImage *loader.Image
	linkErr   error
)

// linked returns crypto.o linked with the stub.
func linked() (*loader.Image, error) {
	linkOnce.Do(func() {
		o, err := object.Parse(Object())
		if err != nil {
			linkErr = fmt.Errorf("parse crypto.o: %w", err)
			return
		}
		s, err := asm.Assemble("stub.s", []byte(stub), asm.Options{})
		if err != nil {
			linkErr = err
			return
		}
		linkImage, linkErr = loader.Link([]*object.File{s, o}, []string{"stub.s", "crypto.o"}, loader.LinkOptions{TextAddress: textAddress})
	})
	return linkImage, linkErr
}

// guest is one machine with the linked image in RAM.
type guest struct {
	m      *cpu.Machine
	engine cpu.Engine
	img    *loader.Image
	ret    uint32
	// exc is the exception that stopped the last call, if one did.
	exc *cpu.Exception
}

func newGuest(tb testing.TB, profileName string) *guest {
	tb.Helper()
	img, err := linked()
	if err != nil {
		tb.Fatal(err)
	}
	p, err := profile.Lookup(profileName)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := cpu.New(cpu.Config{Profile: p, RAMSize: ramSize})
	if err != nil {
		tb.Fatal(err)
	}
	for _, s := range img.Segments {
		data := make([]byte, s.MemSize)
		copy(data, s.Data)
		if err := m.Bus.WriteBytes(s.Addr&0x1fffffff, data); err != nil {
			tb.Fatal(err)
		}
	}
	g := &guest{m: m, engine: cpu.DefaultEngine(), img: img}
	g.ret = g.symbol(tb, "crypto_return")
	m.AddExceptionHook(func(m *cpu.Machine, e *cpu.Exception) {
		g.exc = e
		m.RequestStop("exception")
	})
	return g
}

func (g *guest) symbol(tb testing.TB, name string) uint32 {
	s, ok := g.img.Lookup(name)
	if !ok {
		tb.Fatalf("no symbol %s in the linked image", name)
	}
	return s.Addr
}

func (g *guest) write(tb testing.TB, addr uint32, b []byte) {
	if err := g.m.Bus.WriteBytes(addr&0x1fffffff, b); err != nil {
		tb.Fatal(err)
	}
}

func (g *guest) read(tb testing.TB, addr uint32, n int) []byte {
	b, err := g.m.Bus.ReadBytes(addr&0x1fffffff, n)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// maxCallInstructions bounds one call: a verification of a 4 KiB message
// takes 2.4 million.
const maxCallInstructions = 20_000_000

// call runs the function fn with args in a0-a3 and returns v0 and the
// cycles the call took (from its first instruction to its return).
func (g *guest) call(fn uint32, args ...uint32) (v0 uint32, cycles uint64, err error) {
	m := g.m
	for i, a := range args {
		m.GPR[isa.A0+isa.Reg(i)] = a
	}
	m.GPR[isa.SP] = stackTop - 16
	m.GPR[isa.RA] = g.ret
	m.SetPC(fn)
	g.exc = nil
	c0 := m.Stats.Cycles
	stop, err := g.engine.Run(context.Background(), m, cpu.Limits{MaxInstructions: maxCallInstructions, Until: g.ret, HasUntil: true})
	if err != nil {
		return 0, 0, err
	}
	if stop.Reason != cpu.StopUntil {
		if g.exc != nil {
			return 0, 0, fmt.Errorf("call %#x: %v", fn, g.exc)
		}
		return 0, 0, fmt.Errorf("call %#x: stopped (%v %s) at pc %#x", fn, stop.Reason, stop.Detail, m.PC)
	}
	if sp := m.GPR[isa.SP]; sp != stackTop-16 {
		return 0, 0, fmt.Errorf("call %#x: returned with sp %#x, want %#x", fn, sp, stackTop-16)
	}
	return m.GPR[isa.V0], m.Stats.Cycles - c0, nil
}

// Where verify places its arguments.
const (
	sigAddress = dataAddress
	pubAddress = dataAddress + 0x40
	msgAddress = dataAddress + 0x100
)

// verify runs ed25519_verify(sig, msg, len(msg), pub). sig and pub may have
// any length up to 64 and 32 bytes (the rest is zero).
func (g *guest) verify(tb testing.TB, pub, sig, msg []byte) (ok bool, cycles uint64, err error) {
	var s [64]byte
	var p [32]byte
	copy(s[:], sig)
	copy(p[:], pub)
	g.write(tb, sigAddress, s[:])
	g.write(tb, pubAddress, p[:])
	g.write(tb, msgAddress, msg)
	v0, cycles, err := g.call(g.symbol(tb, "ed25519_verify"), sigAddress, msgAddress, uint32(len(msg)), pubAddress)
	if err != nil {
		return false, 0, err
	}
	switch v0 {
	case 0:
		return true, cycles, nil
	case 0xffffffff:
		return false, cycles, nil
	}
	return false, cycles, fmt.Errorf("ed25519_verify returned %#x", v0)
}

// Where the SHA-512 calls place the state, the digest and the input.
const (
	shaState  = dataAddress
	shaDigest = dataAddress + 0x100
	shaInput  = dataAddress + 0x200
)

// sha512 hashes the concatenation of chunks with one sha512_update per
// chunk, and returns the digest and the cycles of each update.
func (g *guest) sha512(tb testing.TB, chunks ...[]byte) (digest []byte, updates []uint64, err error) {
	if _, _, err := g.call(g.symbol(tb, "sha512_init"), shaState); err != nil {
		return nil, nil, err
	}
	for _, c := range chunks {
		g.write(tb, shaInput, c)
		_, cycles, err := g.call(g.symbol(tb, "sha512_update"), shaState, shaInput, uint32(len(c)))
		if err != nil {
			return nil, nil, err
		}
		updates = append(updates, cycles)
	}
	if _, _, err := g.call(g.symbol(tb, "sha512_final"), shaState, shaDigest); err != nil {
		return nil, nil, err
	}
	return g.read(tb, shaDigest, 64), updates, nil
}
