package kernel

import (
	"encoding/binary"
	"testing"
)

// The three lists of the graft exports agree: the firmware links boot
// grafts against VinoStubNames' stubs, the kernel writes stub i to jump to
// vino_stub_targets[i], and the in-kernel loader links against
// vino_exports' (name, stub) pairs.
func TestVinoStubLists(t *testing.T) {
	k, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	word := func(a uint32) uint32 {
		for _, s := range k.Segments {
			if a >= s.Addr && a+4 <= s.Addr+uint32(len(s.Data)) {
				return binary.LittleEndian.Uint32(s.Data[a-s.Addr:])
			}
		}
		t.Fatalf("no data at %#x", a)
		return 0
	}
	str := func(a uint32) string {
		var b []byte
		for ; ; a++ {
			c := byte(word(a&^3) >> (8 * (a & 3)))
			if c == 0 {
				return string(b)
			}
			b = append(b, c)
		}
	}
	targets, _ := k.Symbol("vino_stub_targets")
	end, _ := k.Symbol("vino_stub_end")
	exports, _ := k.Symbol("vino_exports")
	if n := int(end-targets) / 4; n != len(VinoStubNames) {
		t.Fatalf("%d stub targets, %d VinoStubNames", n, len(VinoStubNames))
	}
	kernelName := map[string]string{"misfit_return": "vino_return", "misfit_fault": "vino_check"}
	for i, name := range VinoStubNames {
		fn := name
		if kn, ok := kernelName[name]; ok {
			fn = kn
		}
		want, err := k.Symbol(fn)
		if err != nil {
			t.Fatal(err)
		}
		if got := word(targets + 4*uint32(i)); got != want {
			t.Errorf("stub %d (%s): targets %#x, want %s at %#x", i, name, got, fn, want)
		}
		e := exports + 8*uint32(i)
		if got := str(word(e)); got != name {
			t.Errorf("vino_exports[%d] names %q, want %q", i, got, name)
		}
		if got := word(e + 4); got != VinoStubs+16*uint32(i) {
			t.Errorf("vino_exports[%d] (%s) links to %#x, want stub %#x", i, name, got, VinoStubs+16*uint32(i))
		}
	}
}
