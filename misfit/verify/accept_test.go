package verify_test

import (
	"crypto/ed25519"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"graftlab/isa"
	"graftlab/misfit/sign"
	"graftlab/misfit/verify"
)

// signed returns a golden rewritten object signed with a fixed key (the
// note is appended the way the rewriter appends it, by re-marshalling).
func signedObject(t *testing.T, key ed25519.PrivateKey) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "misfit", "rewritten", "xor.signed.o"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sign.Check(b, []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}); err != nil {
		t.Fatalf("golden signed object: %v", err)
	}
	return b
}

// TestAccept: the loader's entry refuses unsigned and wrongly signed
// grafts unless told otherwise, and still verifies the code of signed ones.
func TestAccept(t *testing.T) {
	key := ed25519.NewKeyFromSeed(make([]byte, 32)) // the key of xor.signed.o
	pub := key.Public().(ed25519.PublicKey)
	other := ed25519.NewKeyFromSeed(append(make([]byte, 31), 1)).Public().(ed25519.PublicKey)
	signed := signedObject(t, key)
	unsigned := rewritten(t, "xor.sandbox")

	if err := verify.Accept(signed, verify.Config{Keys: []ed25519.PublicKey{pub}}); err != nil {
		t.Errorf("signed, trusted: %v", err)
	}
	if err := verify.Accept(signed, verify.Config{Keys: []ed25519.PublicKey{other}}); !errors.Is(err, sign.ErrUntrustedKey) {
		t.Errorf("signed, untrusted: %v", err)
	}
	if err := verify.Accept(signed, verify.Config{}); !errors.Is(err, sign.ErrUntrustedKey) {
		t.Errorf("signed, no keys configured: %v", err)
	}
	if err := verify.Accept(unsigned, verify.Config{Keys: []ed25519.PublicKey{pub}}); !errors.Is(err, sign.ErrUnsigned) {
		t.Errorf("unsigned: %v", err)
	}
	if err := verify.Accept(unsigned, verify.Config{AllowUnsigned: true}); err != nil {
		t.Errorf("unsigned, allowed: %v", err)
	}
	// A signature does not excuse bad code: the verifier still runs.
	c := open(t, "xor.sandbox")
	c.set(c.find(0, func(_ int, in isa.Inst) bool { return true }), isa.Inst{Op: isa.MTC0, Rd: 12})
	if err := verify.Accept(c.bytes(), verify.Config{AllowUnsigned: true}); err == nil {
		t.Error("unsigned bad code accepted")
	}
	bad := append([]byte(nil), signed...)
	bad[0x44] ^= 0xff
	if err := verify.Accept(bad, verify.Config{Keys: []ed25519.PublicKey{pub}}); !errors.Is(err, sign.ErrBadSignature) {
		t.Errorf("tampered: %v", err)
	}
}
