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
}
