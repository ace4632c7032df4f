package link

import (
	"context"
	"encoding/binary"
	"fmt"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/profile"
)

// The harness links glink.o with a start stub at a kseg0 address, as the
// kernel will, puts the object, the placement, the export list and the
// destinations in RAM, calls glink_link, glink_signature or glink_manifest
// with ra at the stub's sentinel, and stops there.

// Guest memory (kseg0; physical = address & 0x1fffffff).
const (
	textAddr  = 0x80010000 // glink.o and the stub
	objAddr   = 0x80100000 // the object, up to objMax bytes
	objMax    = 0x80000
	plAddr    = 0x80180000 // struct glink_place
	imgAddr   = 0x80180100 // struct glink_image
	outAddr   = 0x80180400 // key_off, sig_off; or mask, line
	expAddr   = 0x80180800 // struct glink_export[], or the domains' pointers
	namesAddr = 0x80181000 // the export or domain names
	stackTop  = 0x801c0000 // sp on entry is stackTop-16: o32's argument save area is the caller's
	stackMax  = 4096       // the limit on a call's stack use
	codeDst   = 0x80200000
	codeMax   = 0x80000
	dataDst   = 0x80300000
	dataMax   = 0x100000
	ramSize   = 8 << 20

	imgSize   = 604
	entrySize = 36

	// instLimit bounds every call; worstCaseTest shows the worst objects
	// stay far below it.
	instLimit = 200_000_000
)

// The stub: the harness enters __start with t9 = the function, and the
// function returns to glink_done.
const stubSource = `
	.set	noreorder
	.text
	.globl	__start
__start:
	jalr	$t9
	nop
	.globl	glink_done
glink_done:
	break
`

// export is one entry of the kernel's export list.
type export struct {
	Name string
	Addr uint32
}

// testExports are kernel.GraftExports, misfit_return and misfit_fault at
// addresses like the graft kernel's.
var testExports = []export{
	{"graft_log", 0x80000800},
	{"graft_time", 0x80000840},
	{"memcpy", 0x80000900},
	{"memset", 0x80000980},
	{"misfit_return", 0x80000a00},
	{"misfit_fault", 0x80000a08},
}

// callable is the graft-callable list: the exports but the two stubs'.
func callable(exps []export) []string {
	var c []string
	for _, e := range exps {
		if e.Name != "misfit_return" && e.Name != "misfit_fault" {
			c = append(c, e.Name)
		}
	}
	return c
}

func kernelMap(exps []export) map[string]uint32 {
	m := map[string]uint32{}
	for _, e := range exps {
		m[e.Name] = e.Addr
	}
	return m
}

// place is a struct glink_place without the pointers, which the harness
// sets.
type place struct {
	CodeBase, CodeSize                 uint32
	DataBase, RegionSize, StackReserve uint32
	Flags                              uint32
}

// cImage is what glink_link returned: struct glink_image and the
// destinations.
type cImage struct {
	CodeBase, CodeLen, DataEnd, TableLo, TableHi, Return uint32
	Entries                                              map[string]uint32
	EntryOrder                                           []string
	Code                                                 []byte // code_dst from the code's placed address, code_len bytes
	Pad                                                  []byte // code_dst before it
	Region                                               []byte // data_dst, region_size bytes
}

// run is one call.
type run struct {
	Code         int32
	Instructions uint64
	Cycles       uint64
	StackUsed    uint32 // bytes between sp on entry and the lowest sp or access seen
	Bad          []string
}

type harness struct {
	m        *cpu.Machine
	link     uint32 // glink_link
	sig      uint32 // glink_signature
	manifest uint32 // glink_manifest
	done     uint32
	start    uint32
	segs     [][2]uint32 // glink's own loaded segments
	allowed  []span      // for this call: where reads and writes may go
	writable []span
	minSP    uint32
	bad      []string
}

type span struct{ lo, hi uint32 }

func (s span) has(a uint32, n int) bool {
	return uint64(a) >= uint64(s.lo) && uint64(a)+uint64(n) <= uint64(s.hi)
}

// linkGlink links glink.o and the stub as the kernel would.
func linkGlink() (*loader.Image, error) {
	stub, err := asm.Assemble("stub.s", []byte(stubSource), asm.Options{})
	if err != nil {
		return nil, err
	}
	g, err := object.Parse(Object())
	if err != nil {
		return nil, err
	}
	return loader.Link([]*object.File{stub, g}, []string{"stub.s", "glink.o"}, loader.LinkOptions{TextAddress: textAddr})
}

func newHarness(t testing.TB, prof string) *harness {
	t.Helper()
	im, err := linkGlink()
	if err != nil {
		t.Fatal(err)
	}
	p, err := profile.Lookup(prof)
	if err != nil {
		t.Fatal(err)
	}
	m, err := cpu.New(cpu.Config{Profile: p, RAMSize: ramSize})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{m: m}
	ram := m.Bus.RAM()
	for _, s := range im.Segments {
		if s.Addr+s.MemSize > objAddr {
			t.Fatalf("glink's image reaches %#x", s.Addr+s.MemSize)
		}
		copy(ram[s.Addr&0x1fffffff:], s.Data)
		h.segs = append(h.segs, [2]uint32{s.Addr, s.Addr + s.MemSize})
	}
	for name, p := range map[string]*uint32{"glink_link": &h.link, "glink_signature": &h.sig, "glink_manifest": &h.manifest, "glink_done": &h.done, "__start": &h.start} {
		s, ok := im.Lookup(name)
		if !ok {
			t.Fatalf("no symbol %s", name)
		}
		*p = s.Addr
	}
	m.Handler = func(m *cpu.Machine, e *cpu.Exception) (bool, error) { return false, e }
	m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, h.access)
	return h
}

func (h *harness) access(m *cpu.Machine, ev cpu.MemEvent) {
	if sp := m.GPR[isa.SP]; sp < h.minSP {
		h.minSP = sp
	}
	if ev.VAddr < stackTop && ev.VAddr >= stackTop-16-stackMax*4 {
		if ev.VAddr < h.minSP {
			h.minSP = ev.VAddr
		}
		if ev.VAddr >= stackTop-16-stackMax {
			return
		}
	}
	list := h.allowed
	if ev.Kind == cpu.MemWrite {
		list = h.writable
	}
	for _, s := range list {
		if s.has(ev.VAddr, ev.Size) {
			return
		}
	}
	if len(h.bad) < 10 {
		kind := "read"
		if ev.Kind == cpu.MemWrite {
			kind = "write"
		}
		h.bad = append(h.bad, fmt.Sprintf("%s of %d bytes at %#x by pc %#x", kind, ev.Size, ev.VAddr, ev.PC))
	}
	m.RequestStop("access outside the allowed memory")
}

func (h *harness) ram(va uint32) []byte { return h.m.Bus.RAM()[va&0x1fffffff:] }

// call runs fn(a0..a3) with the current spans.
func (h *harness) call(fn uint32, args [4]uint32) (run, error) {
	m := h.m
	m.GPR = [32]uint32{}
	m.GPR[isa.T9] = fn
	copy(m.GPR[isa.A0:], args[:])
	m.GPR[isa.SP] = stackTop - 16
	m.GPR[isa.RA] = h.done
	m.SetPC(h.start)
	h.minSP, h.bad = stackTop-16, nil
	for _, s := range h.segs {
		h.allowed = append(h.allowed, span{s[0], s[1]})
	}
	ctx := context.Background()
	var r run
	stop, err := cpu.DefaultEngine().Run(ctx, m, cpu.Limits{MaxInstructions: 4, Until: fn, HasUntil: true})
	if err != nil || stop.Reason != cpu.StopUntil {
		return r, fmt.Errorf("stub: %v %v", stop, err)
	}
	i0, c0 := m.Stats.Instructions, m.Stats.Cycles
	stop, err = cpu.DefaultEngine().Run(ctx, m, cpu.Limits{MaxInstructions: instLimit, Until: h.done, HasUntil: true})
	r.Instructions, r.Cycles = m.Stats.Instructions-i0, m.Stats.Cycles-c0
	r.StackUsed = stackTop - 16 - h.minSP
	r.Bad = h.bad
	if err != nil {
		return r, fmt.Errorf("fault after %d instructions: %w", r.Instructions, err)
	}
	if len(h.bad) > 0 {
		return r, fmt.Errorf("accesses outside the allowed memory: %v", h.bad)
	}
	if stop.Reason != cpu.StopUntil {
		return r, fmt.Errorf("stopped: %v %s after %d instructions at pc %#x", stop.Reason, stop.Detail, r.Instructions, m.PC)
	}
	if r.StackUsed > stackMax {
		return r, fmt.Errorf("stack use %d bytes", r.StackUsed)
	}
	r.Code = int32(m.GPR[isa.V0])
	return r, nil
}

// putObject copies obj into guest memory; the bytes after it, up to
// objMax, are a pattern that glink must not read.
func (h *harness) putObject(obj []byte) {
	b := h.ram(objAddr)[:objMax]
	n := copy(b, obj)
	for i := n; i < len(b) && i < n+4096; i++ {
		b[i] = 0xa5
	}
}

// putExports writes the export list and returns the span of its names.
func (h *harness) putExports(exps []export) span {
	le := binary.LittleEndian
	names := namesAddr
	for i, e := range exps {
		le.PutUint32(h.ram(expAddr+uint32(8*i)), uint32(names))
		le.PutUint32(h.ram(expAddr+uint32(8*i)+4), e.Addr)
		copy(h.ram(uint32(names)), e.Name+"\x00")
		names += len(e.Name) + 1
	}
	return span{namesAddr, uint32(names)}
}

// linkC runs glink_link on obj placed by pl against exps.
func (h *harness) linkC(obj []byte, pl place, exps []export) (*cImage, run, error) {
	if len(obj) > objMax || pl.CodeSize > codeMax || pl.RegionSize > dataMax {
		return nil, run{}, fmt.Errorf("harness: object of %d bytes or placement %+v too large", len(obj), pl)
	}
	le := binary.LittleEndian
	h.putObject(obj)
	names := h.putExports(exps)
	w := []uint32{pl.CodeBase, pl.CodeSize, pl.DataBase, pl.RegionSize, pl.StackReserve,
		codeDst, dataDst, expAddr, uint32(len(exps)), pl.Flags}
	for i, v := range w {
		le.PutUint32(h.ram(plAddr+uint32(4*i)), v)
	}
	fill(h.ram(imgAddr)[:imgSize], 0xee)
	fill(h.ram(codeDst)[:pl.CodeSize], 0xcc) // glink writes no further (access checks it)
	fill(h.ram(dataDst)[:pl.RegionSize], 0xdd)
	h.allowed = []span{{objAddr, objAddr + uint32(len(obj))}, {plAddr, plAddr + 40}, {imgAddr, imgAddr + imgSize},
		{expAddr, expAddr + uint32(8*len(exps))}, names,
		{codeDst, codeDst + pl.CodeSize}, {dataDst, dataDst + pl.RegionSize}}
	h.writable = []span{{imgAddr, imgAddr + imgSize}, {codeDst, codeDst + pl.CodeSize}, {dataDst, dataDst + pl.RegionSize}}
	r, err := h.call(h.link, [4]uint32{objAddr, uint32(len(obj)), plAddr, imgAddr})
	if err != nil || r.Code != 0 {
		return nil, r, err
	}
	img := &cImage{Entries: map[string]uint32{}}
	b := h.ram(imgAddr)
	img.CodeBase, img.CodeLen, img.DataEnd = le.Uint32(b), le.Uint32(b[4:]), le.Uint32(b[8:])
	img.TableLo, img.TableHi, img.Return = le.Uint32(b[12:]), le.Uint32(b[16:]), le.Uint32(b[20:])
	n := le.Uint32(b[24:])
	if n > MaxEntries {
		return nil, r, fmt.Errorf("%d entries", n)
	}
	for i := range n {
		e := b[28+entrySize*i:]
		name := e[:NameLen]
		end := 0
		for end < NameLen && name[end] != 0 {
			end++
		}
		if end == NameLen {
			return nil, r, fmt.Errorf("entry %d: name not NUL-terminated", i)
		}
		img.Entries[string(name[:end])] = le.Uint32(e[32:])
		img.EntryOrder = append(img.EntryOrder, string(name[:end]))
	}
	off := uint64(img.CodeBase) - uint64(pl.CodeBase)
	if off+uint64(img.CodeLen) > uint64(pl.CodeSize) {
		return nil, r, fmt.Errorf("code at %#x+%#x outside the code region", img.CodeBase, img.CodeLen)
	}
	img.Pad = append([]byte(nil), h.ram(codeDst)[:off]...)
	img.Code = append([]byte(nil), h.ram(codeDst + uint32(off))[:img.CodeLen]...)
	img.Region = append([]byte(nil), h.ram(dataDst)[:pl.RegionSize]...)
	return img, r, nil
}

// signatureC runs glink_signature on obj.
func (h *harness) signatureC(obj []byte) (keyOff, sigOff uint32, r run, err error) {
	if len(obj) > objMax {
		return 0, 0, run{}, fmt.Errorf("harness: object of %d bytes", len(obj))
	}
	h.putObject(obj)
	fill(h.ram(outAddr)[:8], 0xee)
	h.allowed = []span{{objAddr, objAddr + uint32(len(obj))}, {outAddr, outAddr + 8}}
	h.writable = []span{{outAddr, outAddr + 8}}
	r, err = h.call(h.sig, [4]uint32{objAddr, uint32(len(obj)), outAddr, outAddr + 4})
	le := binary.LittleEndian
	return le.Uint32(h.ram(outAddr)), le.Uint32(h.ram(outAddr + 4)), r, err
}

func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

// manifestC runs glink_manifest on obj against domains. It may read obj,
// the domains' pointers and names and its own fifth and sixth arguments,
// and write only *mask and *line.
func (h *harness) manifestC(obj []byte, domains []string) (mask, line uint32, r run, err error) {
	if len(obj) > objMax || 4*len(domains) > namesAddr-expAddr {
		return 0, 0, run{}, fmt.Errorf("harness: object of %d bytes, %d domains", len(obj), len(domains))
	}
	h.putObject(obj)
	names := namesAddr
	for i, d := range domains {
		le.PutUint32(h.ram(expAddr+uint32(4*i)), uint32(names))
		copy(h.ram(uint32(names)), d+"\x00")
		names += len(d) + 1
	}
	fill(h.ram(outAddr)[:8], 0xee)
	// o32 passes the fifth and sixth arguments in the caller's frame, above
	// the save area of a0-a3: at stackTop, since sp is stackTop-16 on entry.
	le.PutUint32(h.ram(stackTop), outAddr)
	le.PutUint32(h.ram(stackTop+4), outAddr+4)
	h.allowed = []span{{objAddr, objAddr + uint32(len(obj))}, {expAddr, expAddr + uint32(4*len(domains))},
		{namesAddr, uint32(names)}, {stackTop, stackTop + 8}, {outAddr, outAddr + 8}}
	h.writable = []span{{outAddr, outAddr + 8}}
	r, err = h.call(h.manifest, [4]uint32{objAddr, uint32(len(obj)), expAddr, uint32(len(domains))})
	return le.Uint32(h.ram(outAddr)), le.Uint32(h.ram(outAddr + 4)), r, err
}
