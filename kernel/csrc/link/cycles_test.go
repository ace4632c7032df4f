package link

import (
	"testing"

	"graftlab/misfit/suite"
)

// cyclePlacements: the graft kernel's (a 64 KiB data region, which
// glink_link zeroes first: 16384 stores, most of the cost on dec5000's
// write-through cache), and the same with a 4 KiB region, which leaves
// mostly the linking.
var cyclePlacements = [2]place{
	placements[0],
	{CodeBase: 0x80100000, CodeSize: 0x80000, DataBase: 0x80200000, RegionSize: 0x1000},
}

// goldenCycles are glink_link's exact costs on dec5000 (a fresh machine,
// cold caches), from the call to the return, for each suite graft
// rewritten under each policy and signed, at the two cyclePlacements.
var goldenCycles = map[string][2]uint64{
	"xor/sandbox":   {149930, 26930},
	"xor/check":     {151730, 28730},
	"cksum/sandbox": {150693, 27693},
	"cksum/check":   {151419, 28419},
	"hash/sandbox":  {152107, 29107},
	"hash/check":    {156759, 33759},
	"lru/sandbox":   {154549, 31549},
	"lru/check":     {154237, 31237},
	"pkt/sandbox":   {154704, 31704},
	"pkt/check":     {153794, 30794},
	"ops/sandbox":   {164634, 41634},
	"ops/check":     {160218, 37218},
}

// goldenStack is the stack glink_link uses: the bytes between sp on entry
// and the lowest sp or stack access seen.
const goldenStack = 632

// glink_signature's cost and stack, the same for every suite graft (their
// note sections have the same shape and place in the section headers).
const (
	goldenSignatureCycles = 2608
	goldenSignatureStack  = 24
)

// TestCycles checks the golden cycle counts and the stack use of
// glink_link and glink_signature.
func TestCycles(t *testing.T) {
	for _, name := range suite.Grafts {
		for _, pol := range policies {
			key := name + "/" + pol.String()
			signed, _ := rewritten(t, name, pol)
			var got [2]uint64
			for i, pl := range cyclePlacements {
				h := newHarness(t, "dec5000")
				_, r, err := h.linkC(signed, pl, testExports)
				if err != nil || r.Code != 0 {
					t.Fatalf("%s: %v %s", key, err, ErrorText(r.Code))
				}
				got[i] = r.Cycles
				if r.StackUsed != goldenStack {
					t.Errorf("%s: %d bytes of stack, golden %d", key, r.StackUsed, goldenStack)
				}
				t.Logf("%s, %d-byte region: %d cycles, %d instructions", key, pl.RegionSize, r.Cycles, r.Instructions)
			}
			h := newHarness(t, "dec5000")
			_, _, r, err := h.signatureC(signed)
			if err != nil || r.Code != 0 {
				t.Fatalf("%s: glink_signature: %v %s", key, err, ErrorText(r.Code))
			}
			if r.Cycles != goldenSignatureCycles || r.StackUsed != goldenSignatureStack {
				t.Errorf("%s: glink_signature: %d cycles, %d bytes of stack; golden %d, %d", key, r.Cycles, r.StackUsed, goldenSignatureCycles, goldenSignatureStack)
			}
			if want := goldenCycles[key]; got != want {
				t.Errorf("%q: {%d, %d}, golden {%d, %d}", key, got[0], got[1], want[0], want[1])
			}
		}
	}
}
