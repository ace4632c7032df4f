package kernel

import "testing"

func TestBuild(t *testing.T) {
	k, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"__start", "refill_start", "exo_exc", "conv_sys", "kstack_top"} {
		if _, err := k.Symbol(s); err != nil {
			t.Error(err)
		}
	}
	if k.Entry != must(t, k, "__start") {
		t.Errorf("entry %#x", k.Entry)
	}
}

func must(t *testing.T, k *Image, name string) uint32 {
	t.Helper()
	a, err := k.Symbol(name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The exception paths must not share lines of a 64 KiB direct-mapped
// I-cache (dec5000) with the vector page, or every exception would refill
// both.
func TestHotPathsAvoidVectorLines(t *testing.T) {
	k, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	from, to := must(t, k, "refill_start"), must(t, k, "conv_exc")+0x200
	for a := from; a < to; a += 4 {
		if idx := a & 0xffff; idx < 0x200 {
			t.Fatalf("hot kernel code at %#x maps to I-cache index %#x, a vector's", a, idx)
		}
	}
}
