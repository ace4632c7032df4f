package link

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"testing"

	"graftlab/misfit"
	"graftlab/misfit/sign"
	"graftlab/misfit/suite"
)

// testKey signs the rewritten grafts: a fixed seed, so that the objects,
// and the cycle counts of linking them, never change.
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0x47}, 32))

// placements: the graft kernel's, and others that move every base and
// size (all within the 256 MiB segment of the exports, so that the stubs'
// jumps reach them).
var placements = []place{
	{CodeBase: 0x80100000, CodeSize: 0x80000, DataBase: 0x80200000, RegionSize: 0x10000, StackReserve: 0x1000},
	{CodeBase: 0x80400000, CodeSize: 0x4000, DataBase: 0x10000000, RegionSize: 0x4000, StackReserve: 0x800},
	{CodeBase: 0x8ff00000, CodeSize: 0x10000, DataBase: 0x7ff00000, RegionSize: 0x100000, StackReserve: 0x8000},
	{CodeBase: 0x80123400, CodeSize: 0x20000, DataBase: 0x00002000, RegionSize: 0x2000, StackReserve: 0},
}

var policies = []misfit.Policy{misfit.Sandbox, misfit.Check}

// rewritten returns graft name rewritten under pol and signed with
// testKey, and the same without its signature (the note's signature bytes
// zero).
func rewritten(t testing.TB, name string, pol misfit.Policy) (signed, unsigned []byte) {
	t.Helper()
	obj, err := suite.Object(name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol, Callable: callable(testExports), Key: testKey})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	// Sign fills in the 64 bytes it finds zero; clearing them again gives
	// the object as the rewriter wrote it, before signing.
	key, sig := sigOffsets(t, res.Object)
	unsigned = bytes.Clone(res.Object)
	clear(unsigned[sig : sig+64])
	if !bytes.Equal(unsigned[key:key+32], testKey.Public().(ed25519.PublicKey)) {
		t.Fatalf("%s: no public key at %#x", name, key)
	}
	return res.Object, unsigned
}

// sigOffsets finds where misfit/sign put the signature: signing the
// zeroed-signature object with another key changes exactly the public
// key's and the signature's bytes.
func sigOffsets(t testing.TB, obj []byte) (key, sig int) {
	t.Helper()
	other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0x11}, 32))
	pub := testKey.Public().(ed25519.PublicKey)
	key = bytes.Index(obj, pub)
	if key < 0 || bytes.Index(obj[key+1:], pub) >= 0 {
		t.Fatal("the public key is not in the object exactly once")
	}
	b := bytes.Clone(obj)
	copy(b[key:], other.Public().(ed25519.PublicKey))
	s, err := sign.Sign(b, other)
	if err != nil {
		t.Fatal(err)
	}
	if err := sign.Check(s, []ed25519.PublicKey{other.Public().(ed25519.PublicKey)}); err != nil {
		t.Fatal(err)
	}
	var diff []int
	for i := range s {
		if s[i] != obj[i] && (i < key || i >= key+32) {
			diff = append(diff, i)
		}
	}
	if len(diff) == 0 || diff[0] != key+32 || diff[len(diff)-1] >= key+96 {
		t.Fatalf("signing changed bytes %v, not the signature after the key at %#x", diff, key)
	}
	return key, key + 32
}

// TestDifferential links every suite graft, rewritten under each policy and
// signed, at every placement, with glink_link and with verify.Load (the
// signature checked): the images are the same byte for byte. So are the
// micro kernels and testdata/rich.s (data sections of every kind), and,
// through GLINK_UNCHECKED and verify.LinkUnchecked, the unrewritten gcc
// objects, micro kernels and rich.s, and glink.o itself.
func TestDifferential(t *testing.T) {
	h := newHarness(t, "dec5000")
	pub := testKey.Public().(ed25519.PublicKey)
	check := func(t *testing.T, what string, obj []byte, pl place, g *cImage, gerr error) {
		t.Helper()
		c, r, err := h.linkC(obj, pl, testExports)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if gerr != nil {
			t.Fatalf("%s: Go refuses: %v (glink: %d)", what, gerr, r.Code)
		}
		if r.Code != 0 {
			t.Fatalf("%s: glink refuses: %v", what, Error(r.Code))
		}
		if d := diffImages(c, g); d != "" {
			t.Errorf("%s: %s", what, d)
		}
		if len(c.Entries) == 0 {
			t.Errorf("%s: no entries", what)
		}
	}
	for _, name := range suite.Grafts {
		for _, pol := range policies {
			signed, _ := rewritten(t, name, pol)
			for i, pl := range placements {
				what := fmt.Sprintf("%s/%v/placement %d", name, pol, i)
				g, err := goLoad(signed, pl, testExports, pub)
				check(t, what, signed, pl, g, err)
				s, err := goStructural(signed, pl, testExports)
				if err != nil {
					t.Fatalf("%s: the Go model refuses: %v", what, err)
				}
				if d := diffImages(s, g); d != "" {
					t.Errorf("%s: the Go model: %s", what, d)
				}
			}
		}
	}
	for _, pol := range policies {
		obj := richRewritten(t, pol)
		for i, pl := range placements {
			g, err := goLoad(obj, pl, testExports, pub)
			check(t, fmt.Sprintf("rich.s/%v/placement %d", pol, i), obj, pl, g, err)
			if g != nil && g.DataEnd == pl.DataBase {
				t.Errorf("rich.s: no data")
			}
		}
	}
	unchecked := map[string][]byte{"glink.o": Object(), "rich.s": richObject(t)}
	for _, name := range suite.Grafts {
		obj, err := suite.Object(name)
		if err != nil {
			t.Fatal(err)
		}
		unchecked[name+".o"] = obj
	}
	for _, name := range []string{"load", "store", "call", "icall", "stack"} {
		obj, err := suite.MicroObject(name)
		if err != nil {
			t.Fatal(err)
		}
		unchecked[name+".s"] = obj
		res, err := misfit.Rewrite(obj, misfit.Options{Callable: callable(testExports), Key: testKey})
		if err != nil {
			t.Fatal(err)
		}
		for i, pl := range placements {
			g, err := goLoad(res.Object, pl, testExports, pub)
			check(t, fmt.Sprintf("micro %s/placement %d", name, i), res.Object, pl, g, err)
		}
	}
	for name, obj := range unchecked {
		for i, pl := range placements {
			pl.Flags = FlagUnchecked
			g, err := goUnchecked(obj, pl, testExports)
			check(t, fmt.Sprintf("%s unchecked/placement %d", name, i), obj, pl, g, err)
		}
	}
}

// TestSignature: glink_signature finds the key and signature where
// misfit/sign put them, and refuses what sign.Check finds unsigned.
func TestSignature(t *testing.T) {
	h := newHarness(t, "dec5000")
	for _, name := range suite.Grafts {
		for _, pol := range policies {
			signed, _ := rewritten(t, name, pol)
			key, sig := sigOffsets(t, signed)
			k, s, r, err := h.signatureC(signed)
			if err != nil {
				t.Fatal(err)
			}
			if r.Code != 0 || k != uint32(key) || s != uint32(sig) {
				t.Errorf("%s/%v: glink_signature %d, key %#x sig %#x; misfit/sign: key %#x sig %#x", name, pol, r.Code, k, s, key, sig)
			}
			// Without a key, the rewriter writes no signature note.
			obj, _ := suite.Object(name)
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol, Callable: callable(testExports)})
			if err != nil {
				t.Fatal(err)
			}
			_, _, r, err = h.signatureC(res.Object)
			if err != nil {
				t.Fatal(err)
			}
			if Error(r.Code) != EUnsigned {
				t.Errorf("%s/%v unsigned: glink_signature %d, want GLINK_EUNSIGNED", name, pol, r.Code)
			}
		}
	}
}
