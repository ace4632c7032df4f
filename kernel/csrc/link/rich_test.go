package link

import (
	"os"
	"testing"

	"graftlab/isa/asm"
	"graftlab/misfit"
)

// richObject assembles testdata/rich.s.
func richObject(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile("testdata/rich.s")
	if err != nil {
		t.Fatal(err)
	}
	f, err := asm.Assemble("rich.s", src, asm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// richRewritten is rich.s rewritten under pol and signed with testKey.
func richRewritten(t testing.TB, pol misfit.Policy) []byte {
	t.Helper()
	res, err := misfit.Rewrite(richObject(t), misfit.Options{Policy: pol, Callable: callable(testExports), Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	return res.Object
}
