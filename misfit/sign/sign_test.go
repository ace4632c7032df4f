package sign_test

import (
	"bytes"
	"crypto/ed25519"
	"debug/elf"
	"errors"
	"strings"
	"testing"

	"graftlab/loader/object"
	"graftlab/misfit"
	"graftlab/misfit/sign"
	"graftlab/misfit/suite"
)

func seedKey(b byte) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{b}, 32))
}

func xorObject(t testing.TB) []byte {
	b, err := suite.Object("xor")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSignCheck(t *testing.T) {
	key, other := seedKey(1), seedKey(2)
	res, err := misfit.Rewrite(xorObject(t), misfit.Options{Key: key})
	if err != nil {
		t.Fatal(err)
	}
	obj := res.Object
	pub := key.Public().(ed25519.PublicKey)
	opub := other.Public().(ed25519.PublicKey)
	if err := sign.Check(obj, []ed25519.PublicKey{opub, pub}); err != nil {
		t.Fatalf("good signature: %v", err)
	}
	if err := sign.Check(obj, nil); !errors.Is(err, sign.ErrUntrustedKey) {
		t.Errorf("no trusted keys: %v", err)
	}
	if err := sign.Check(obj, []ed25519.PublicKey{opub}); !errors.Is(err, sign.ErrUntrustedKey) {
		t.Errorf("other key: %v", err)
	}
	// Any changed byte outside the signature breaks it.
	for _, off := range []int{0x40, len(obj) / 2, len(obj) - 1} {
		bad := bytes.Clone(obj)
		bad[off] ^= 1
		if err := sign.Check(bad, []ed25519.PublicKey{pub}); err == nil {
			t.Errorf("byte %#x flipped: signature still verifies", off)
		}
	}
	unsigned, err := misfit.Rewrite(xorObject(t), misfit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := sign.Check(unsigned.Object, []ed25519.PublicKey{pub}); !errors.Is(err, sign.ErrUnsigned) {
		t.Errorf("unsigned: %v", err)
	}
	// Signing is deterministic (ed25519) and changes only the signature.
	again, _ := misfit.Rewrite(xorObject(t), misfit.Options{Key: key})
	if !bytes.Equal(again.Object, obj) {
		t.Error("two signed rewrites differ")
	}
}

func TestKeyFiles(t *testing.T) {
	key := seedKey(7)
	priv := sign.MarshalPrivateKey(key)
	pub := sign.MarshalPublicKey(key.Public().(ed25519.PublicKey))
	if want := "graftlab-ed25519-public-key 6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=\n"; string(pub) != want {
		t.Errorf("public key file %q, want %q", pub, want)
	}
	k, err := sign.ParsePrivateKey(priv)
	if err != nil || !k.Equal(key) {
		t.Fatalf("private key round trip: %v", err)
	}
	p, err := sign.ParsePublicKey(pub)
	if err != nil || !p.Equal(key.Public()) {
		t.Fatalf("public key round trip: %v", err)
	}
	if p, err := sign.ParsePublicKey(priv); err != nil || !p.Equal(key.Public()) {
		t.Fatalf("public key from a private key file: %v", err)
	}
	for _, bad := range []string{"", "graftlab-ed25519-public-key", "graftlab-ed25519-public-key AAAA\n", "ssh-ed25519 AAAA", string(pub) + string(pub)} {
		if _, err := sign.ParsePublicKey([]byte(bad)); !errors.Is(err, sign.ErrKeyFormat) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func FuzzKeyFiles(f *testing.F) {
	f.Add(sign.MarshalPrivateKey(seedKey(1)))
	f.Add(sign.MarshalPublicKey(seedKey(1).Public().(ed25519.PublicKey)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if k, err := sign.ParsePrivateKey(data); err == nil {
			// Exactly one line is accepted; it marshals back the same.
			if string(bytes.TrimRight(sign.MarshalPrivateKey(k), "\n")) != string(bytes.TrimRight(data, "\r\n")) {
				t.Fatalf("private key %q does not round-trip", data)
			}
		}
		sign.ParsePublicKey(data)
	})
}

// FuzzCheck: arbitrary bytes never make the signature check panic, and
// are never accepted.
func FuzzCheck(f *testing.F) {
	key := seedKey(1)
	res, err := misfit.Rewrite(xorObject(f), misfit.Options{Key: key})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(res.Object)
	pub := []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}
	f.Fuzz(func(t *testing.T, obj []byte) {
		if err := sign.Check(obj, pub); err == nil && !bytes.Equal(obj, res.Object) {
			t.Fatalf("a different object passes the signature check")
		}
	})
}

// SignObject signs an object as its compiler made it (a note section
// added) and a rewritten one after the fact (its signature note appended);
// it refuses one signed already and a section of that name that is not a
// note outside the image.
func TestSignObject(t *testing.T) {
	key, other := seedKey(3), seedKey(4)
	pub := []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}
	raw := xorObject(t)
	if err := sign.Check(raw, pub); !errors.Is(err, sign.ErrUnsigned) {
		t.Fatalf("the raw object: %v, want ErrUnsigned", err)
	}
	signed, err := sign.SignObject(raw, key)
	if err != nil {
		t.Fatal(err)
	}
	if err := sign.Check(signed, pub); err != nil {
		t.Errorf("signed as compiled: %v", err)
	}
	if err := sign.Check(signed, []ed25519.PublicKey{other.Public().(ed25519.PublicKey)}); !errors.Is(err, sign.ErrUntrustedKey) {
		t.Errorf("another key: %v, want ErrUntrustedKey", err)
	}
	if _, err := sign.SignObject(signed, key); err == nil || !strings.Contains(err.Error(), "signed already") {
		t.Errorf("signing twice: %v", err)
	}
	// A byte of the object changed: the signature fails.
	bad := bytes.Clone(signed)
	bad[0x34] ^= 1
	if err := sign.Check(bad, pub); err == nil {
		t.Error("a changed object still verifies")
	}
	// Rewritten without a key, then signed: the note section gains the
	// signature note and the result verifies.
	res, err := misfit.Rewrite(raw, misfit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := sign.SignObject(res.Object, key)
	if err != nil {
		t.Fatal(err)
	}
	if err := sign.Check(rs, pub); err != nil {
		t.Errorf("rewritten, then signed: %v", err)
	}
	f, err := object.Parse(rs)
	if err != nil {
		t.Fatal(err)
	}
	if s := f.Section(sign.SectionName); s == nil || len(s.Data) <= len(sign.EmptyNote(key)) {
		t.Errorf("the rewritten object's note section: %+v, want MiSFIT's notes and the signature", s)
	}
	// A section of that name that is no note is refused.
	f, err = object.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	f.Sections = append(f.Sections, &object.Section{Name: sign.SectionName, Type: uint32(elf.SHT_PROGBITS), Data: []byte{1, 2, 3, 4}})
	odd, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sign.SignObject(odd, key); err == nil || !strings.Contains(err.Error(), "not a note section") {
		t.Errorf("a non-note section of the note's name: %v", err)
	}
}

// FuzzSignObject: whatever the bytes, SignObject errs or returns an
// object that Check accepts with the key.
func FuzzSignObject(f *testing.F) {
	raw := xorObject(f)
	f.Add(raw)
	f.Add(raw[:100])
	key := seedKey(5)
	pub := []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}
	f.Fuzz(func(t *testing.T, obj []byte) {
		out, err := sign.SignObject(obj, key)
		if err != nil {
			return
		}
		if err := sign.Check(out, pub); err != nil {
			t.Fatalf("signed, but Check says %v", err)
		}
	})
}
