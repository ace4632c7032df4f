package misfit_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"testing"

	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/suite"
	"graftlab/misfit/verify"
)

// graft is one kernel of the suite: its object, its entry, and a case.
type graft struct {
	name  string
	entry string
	// region builds the sandbox contents; args gives a0-a3 from the base.
	region func() []byte
	args   func(base uint32) [4]uint32
}

// lcg is a deterministic byte source.
type lcg uint32

func (l *lcg) next() uint32 { *l = *l*1103515245 + 12345; return uint32(*l) >> 8 }

func putWord(b []byte, off int, v uint32) { binary.LittleEndian.PutUint32(b[off:], v) }

func htHash(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x45d9f3b
	k ^= k >> 16
	return k
}

// Offsets in the sandbox used by the cases.
const (
	bufOff  = 0x1000
	buf2Off = 0x3000
	tabOff  = 0x6000
)

var grafts = []graft{
	{
		name: "xor", entry: "xor_crypt",
		region: func() []byte {
			b := make([]byte, 0x4000)
			g := lcg(1)
			for i := 0; i < 4096; i++ {
				b[bufOff+i] = byte(g.next())
			}
			copy(b[buf2Off:], "graftlab-misfit!")
			return b
		},
		args: func(base uint32) [4]uint32 { return [4]uint32{base + bufOff, 4096, base + buf2Off, 15} },
	},
	{
		name: "cksum", entry: "inet_cksum",
		region: func() []byte {
			b := make([]byte, 0x3000)
			g := lcg(2)
			for i := 0; i < 4095; i++ {
				b[bufOff+i] = byte(g.next())
			}
			return b
		},
		args: func(base uint32) [4]uint32 { return [4]uint32{base + bufOff, 4095} },
	},
	{
		// 256 entries in 64 buckets at tabOff; 512 keys to look up at bufOff.
		name: "hash", entry: "ht_batch",
		region: nil, args: nil, // filled in init (they share the base)
	},
	{
		name: "lru", entry: "lru_run",
		region: func() []byte {
			b := make([]byte, 0x4000)
			// struct lru at bufOff: head(prev,next,id), nodes, nnodes; 64 nodes at tabOff.
			putWord(b, bufOff+16, 64)
			g := lcg(4)
			for i := 0; i < 1000; i++ {
				putWord(b, buf2Off+4*i, g.next())
			}
			return b
		},
		args: nil,
	},
	{
		name: "pkt", entry: "pkt_batch",
		region: func() []byte {
			b := make([]byte, 0x8000)
			g := lcg(5)
			for i := 0; i < 64; i++ {
				p := b[bufOff+i*128:]
				n := 54
				putWord(p, 0, uint32(n))
				f := p[4:]
				f[12], f[13] = 0x08, 0x00
				if i%7 == 3 {
					f[13] = 0x06 // ARP: not parsed
				}
				ip := f[14:]
				ip[0] = 0x45
				tot := 40
				ip[2], ip[3] = byte(tot>>8), byte(tot)
				ip[9] = []byte{6, 17, 1}[i%3]
				for k := 12; k < 20; k++ {
					ip[k] = byte(g.next())
				}
				for k := 20; k < 24; k++ {
					ip[k] = byte(g.next())
				}
			}
			return b
		},
		args: func(base uint32) [4]uint32 { return [4]uint32{base + bufOff, 64, 128, base + 0x4000} },
	},
	{
		name: "ops", entry: "ops_run",
		region: func() []byte {
			b := make([]byte, 0x3000)
			g := lcg(6)
			for i := 0; i < 1000; i++ {
				b[buf2Off-0x1000+i] = byte(g.next())
			}
			return b
		},
		args: func(base uint32) [4]uint32 { return [4]uint32{base + bufOff, base + buf2Off - 0x1000, 1000, 12345} },
	},
}

func init() {
	for i := range grafts {
		switch grafts[i].name {
		case "hash":
			grafts[i].region = hashRegion
			grafts[i].args = func(base uint32) [4]uint32 { return [4]uint32{base + tabOff, base + bufOff, 512} }
		case "lru":
			grafts[i].args = func(base uint32) [4]uint32 { return [4]uint32{base + bufOff, base + buf2Off, 1000} }
		}
	}
}

// hashRegion needs the base to write pointers; the harness base is fixed by
// the link, so the table is built relative to the base the test passes in
// through the sentinel value below and patched in Setup.
func hashRegion() []byte { return nil }

func graftObject(t testing.TB, name string) []byte {
	b, err := suite.Object(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// buildRegion returns the sandbox contents of g for the base.
func buildRegion(g graft, base uint32) []byte {
	switch g.name {
	case "hash":
		b := make([]byte, 0x8000)
		// struct table at tabOff: mask, buckets pointer; buckets at tabOff+16;
		// entries at 0x2000 (12 bytes each).
		putWord(b, tabOff, 63)
		putWord(b, tabOff+4, base+tabOff+16)
		for i := 0; i < 256; i++ {
			key := uint32(i*7919 + 13)
			e := 0x2000 + 12*i
			bucket := tabOff + 16 + 4*int(htHash(key)&63)
			putWord(b, e, key)
			putWord(b, e+4, uint32(i+1))
			putWord(b, e+8, binary.LittleEndian.Uint32(b[bucket:]))
			putWord(b, bucket, base+uint32(e))
		}
		g := lcg(3)
		for i := 0; i < 512; i++ {
			k := uint32(int(g.next()%300)*7919 + 13)
			putWord(b, bufOff+4*i, k)
		}
		return b
	case "lru":
		b := g.region()
		putWord(b, bufOff+12, base+tabOff)
		return b
	}
	return g.region()
}

func runCase(t testing.TB, obj []byte, g graft) *harness.Run {
	t.Helper()
	x, err := harness.Link(obj)
	if err != nil {
		t.Fatalf("%s: link: %v", g.name, err)
	}
	var base uint32
	for _, s := range x.Symbols {
		if s.Name == "sandbox" {
			base = s.Value
		}
	}
	c := harness.Case{Entry: g.entry, Region: buildRegion(g, base), Args: g.args}
	run, err := harness.Execute(context.Background(), x, c, harness.Options{})
	if err != nil {
		t.Fatalf("%s: %v", g.name, err)
	}
	if run.Status == 0 {
		if g.name == "xor" {
			if !bytes.Equal(run.Region[bufOff:bufOff+4096], expectedXor(c.Region)) {
				t.Errorf("%s: the buffer is not the expected ciphertext", g.name)
			}
		} else if want := expected(g, c.Region, base); run.Result != want {
			t.Errorf("%s: result %#x, want %#x (computed in Go)", g.name, run.Result, want)
		}
	}
	return run
}

// TestSuite runs every graft unrewritten and rewritten under both policies,
// and requires the same result, the same sandbox contents, no escape, and
// that the verifier accepts the rewritten object.
func TestSuite(t *testing.T) {
	type row struct {
		name                 string
		base, sandbox, check uint64
	}
	var rows []row
	for _, g := range grafts {
		obj := graftObject(t, g.name)
		orig := runCase(t, obj, g)
		if orig.Status != 0 || orig.Fault != nil || len(orig.Escapes) > 0 {
			t.Fatalf("%s: original: status %d fault %v escapes %v", g.name, orig.Status, orig.Fault, orig.Escapes)
		}
		r := row{name: g.name, base: orig.Cycles}
		for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol})
			if err != nil {
				t.Fatalf("%s/%v: %v", g.name, pol, err)
			}
			if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
				t.Fatalf("%s/%v: verify: %v", g.name, pol, err)
			}
			run := runCase(t, res.Object, g)
			if run.Status != 0 || run.Fault != nil || len(run.Escapes) > 0 {
				t.Fatalf("%s/%v: status %d fault %v escapes %v", g.name, pol, run.Status, run.Fault, run.Escapes)
			}
			if run.Result != orig.Result {
				t.Errorf("%s/%v: result %#x, original %#x", g.name, pol, run.Result, orig.Result)
			}
			// The stack area differs (saved return addresses); compare below
			// it. ops stores its function pointers (code addresses, which
			// move) at bufOff.
			a, b := run.Region[:0xf000], orig.Region[:0xf000]
			if g.name == "ops" {
				a, b = bytes.Clone(a), bytes.Clone(b)
				clear(a[bufOff : bufOff+16])
				clear(b[bufOff : bufOff+16])
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s/%v: sandbox contents differ from the original's", g.name, pol)
			}
			if pol == misfit.Sandbox {
				r.sandbox = run.Cycles
			} else {
				r.check = run.Cycles
			}
		}
		rows = append(rows, r)
	}
	var sb strings.Builder
	gs, gc := 1.0, 1.0
	for _, r := range rows {
		os := 100 * (float64(r.sandbox)/float64(r.base) - 1)
		oc := 100 * (float64(r.check)/float64(r.base) - 1)
		gs *= float64(r.sandbox) / float64(r.base)
		gc *= float64(r.check) / float64(r.base)
		fmt.Fprintf(&sb, "%-6s base %7d  sandbox %7d (%+6.1f%%)  check %7d (%+6.1f%%)\n", r.name, r.base, r.sandbox, os, r.check, oc)
	}
	n := float64(len(rows))
	fmt.Fprintf(&sb, "geomean overhead: sandbox %+.1f%%, check %+.1f%%\n", 100*(math.Pow(gs, 1/n)-1), 100*(math.Pow(gc, 1/n)-1))
	t.Logf("cycles on dec5000 (entry to return):\n%s", sb.String())
}
