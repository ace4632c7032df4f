package object

import (
	"bytes"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics or hangs, and that whatever it
// accepts and Marshal can write comes back unchanged: Marshal∘Parse is a
// fixed point after one round. The committed seeds under
// testdata/fuzz/FuzzParse are the GNU-built objects in ../testdata.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(testdata, "*.o"))
	for _, p := range paths {
		f.Add(readObject(f, filepath.Base(p)))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		obj, err := Parse(b)
		if err != nil {
			return
		}
		out, err := obj.Marshal()
		if err != nil {
			return
		}
		obj2, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(Marshal(Parse(b))): %v", err)
		}
		out2, err := obj2.Marshal()
		if err != nil {
			t.Fatalf("Marshal(Parse(Marshal(Parse(b)))): %v", err)
		}
		if !bytes.Equal(out, out2) {
			t.Fatalf("Marshal∘Parse is not a fixed point")
		}
	})
}
