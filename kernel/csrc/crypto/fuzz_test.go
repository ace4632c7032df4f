package crypto

import (
	"crypto/ed25519"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// fuzzGuest is the machine FuzzVerify runs the object on: one per process,
// booted once (the object keeps no state between calls).
var (
	fuzzMu    sync.Mutex
	fuzzGuest *guest
)

// fit returns b cut or zero-padded to n bytes.
func fit(b []byte, n int) []byte {
	out := make([]byte, n)
	copy(out, b)
	return out
}

// maxFuzzMessage bounds the message, so that an input costs at most a
// few verifications' time.
const maxFuzzMessage = 4096

// FuzzVerify checks that ed25519_verify agrees with Go's ed25519.Verify on
// any public key, signature and message (pub and sig cut or padded to 32
// and 64 bytes), and that it accepts Go's signature of the message under
// the key whose seed is pub, without a fault or running out of its
// instruction bound.
func FuzzVerify(f *testing.F) {
	f.Fuzz(func(t *testing.T, pub, sig, msg []byte) {
		pub, sig = fit(pub, 32), fit(sig, 64)
		if len(msg) > maxFuzzMessage {
			msg = msg[:maxFuzzMessage]
		}
		fuzzMu.Lock()
		defer fuzzMu.Unlock()
		if fuzzGuest == nil {
			fuzzGuest = newGuest(t, "dec5000")
		}
		agree(t, fuzzGuest, "input", pub, sig, msg)
		key := ed25519.NewKeyFromSeed(pub)
		if !agree(t, fuzzGuest, "Go's signature", key.Public().(ed25519.PublicKey), ed25519.Sign(key, msg), msg) {
			t.Errorf("Go's signature under seed %x does not verify", pub)
		}
	})
}

// fuzzSeeds are FuzzVerify's seed corpus, testdata/fuzz/FuzzVerify: valid
// signatures, the RFC's vectors, and the edge cases of TestVerifyEncodings
// and TestVerifyScalars, from which mutation starts.
func fuzzSeeds(t *testing.T) map[string][3][]byte {
	seeds := map[string][3][]byte{}
	for _, v := range readRFC8032(t) {
		seeds["rfc8032-"+v.name] = [3][]byte{v.pub, v.sig, v.msg}
	}
	key := ed25519.NewKeyFromSeed(testBytes(1, 32))
	pub := key.Public().(ed25519.PublicKey)
	msg := []byte("graft")
	sig := ed25519.Sign(key, msg)
	seeds["valid"] = [3][]byte{pub, sig, msg}
	sPlusL := new(big.Int).Add(leScalar(sig[32:]), groupL)
	seeds["s-plus-l"] = [3][]byte{pub, append(append([]byte{}, sig[:32]...), scalarBytes(sPlusL)...), msg}
	zero := make([]byte, 32)
	tor := torsion()
	for i, p := range tor {
		seeds[fmt.Sprintf("small-order-%d", i)] = [3][]byte{p.encode(), append(tor[(i+3)%8].encode(), zero...), msg}
	}
	id := identity.encode()
	seeds["identity-noncanonical-y"] = [3][]byte{encodeRaw(new(big.Int).Add(fieldP, big.NewInt(1)), 0), append(id, zero...), msg}
	seeds["identity-sign-bit"] = [3][]byte{encodeRaw(big.NewInt(1), 1), append(id, zero...), msg}
	seeds["off-curve"] = [3][]byte{encodeRaw(notOnCurve(1)[0], 0), sig, msg}
	a := big.NewInt(123456789)
	mixed := basePoint().mul(a).add(tor[1]).encode()
	seeds["mixed-order"] = [3][]byte{mixed, signWith(a, big.NewInt(1000), mixed, msg), msg}
	return seeds
}

// TestFuzzSeeds checks testdata/fuzz/FuzzVerify against fuzzSeeds (and
// rewrites it with -update).
func TestFuzzSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzVerify")
	for name, s := range fuzzSeeds(t) {
		want := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n[]byte(%q)\n[]byte(%q)\n", s[0], s[1], s[2])
		path := filepath.Join(dir, name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("%s is missing or stale: go test -run TestFuzzSeeds -update rewrites it", path)
		}
	}
}
