package crypto

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// agree runs ed25519_verify on the guest and checks that it gives what
// Go's ed25519.Verify gives; it returns that result.
func agree(t *testing.T, g *guest, what string, pub, sig, msg []byte) bool {
	t.Helper()
	want := ed25519.Verify(ed25519.PublicKey(pub), msg, sig)
	got, _, err := g.verify(t, pub, sig, msg)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if got != want {
		t.Errorf("%s: ed25519_verify says %v, Go says %v (pub %x sig %x msg %d bytes)", what, got, want, pub, sig, len(msg))
	}
	return want
}

type rfcVector struct {
	name                string
	seed, pub, msg, sig []byte
}

func readRFC8032(t *testing.T) []rfcVector {
	f, err := os.Open("testdata/rfc8032.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []rfcVector
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<16)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 5 {
			t.Fatalf("rfc8032.txt: %d fields in %.40q", len(fields), line)
		}
		var bs [4][]byte
		for i, s := range fields[1:] {
			if s == "-" {
				s = ""
			}
			if bs[i], err = hex.DecodeString(s); err != nil {
				t.Fatalf("rfc8032.txt: %s: %v", fields[0], err)
			}
		}
		vs = append(vs, rfcVector{fields[0], bs[0], bs[1], bs[2], bs[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return vs
}

// TestVerifyRFC8032: the RFC's test vectors (checked against Go's signer
// first: the transcription is right) verify, and not with the message
// changed.
func TestVerifyRFC8032(t *testing.T) {
	g := newGuest(t, "dec5000")
	vs := readRFC8032(t)
	if len(vs) != 4 || len(vs[3].msg) != 1023 {
		t.Fatalf("rfc8032.txt: want 4 vectors, the last of 1023 bytes")
	}
	for _, v := range vs {
		key := ed25519.NewKeyFromSeed(v.seed)
		if !bytes.Equal(key.Public().(ed25519.PublicKey), v.pub) || !bytes.Equal(ed25519.Sign(key, v.msg), v.sig) {
			t.Fatalf("%s: Go does not derive the vector's public key and signature", v.name)
		}
		if !agree(t, g, v.name, v.pub, v.sig, v.msg) {
			t.Errorf("%s: does not verify", v.name)
		}
		bad := append(append([]byte{}, v.msg...), 0)
		if agree(t, g, v.name+" with a byte more", v.pub, v.sig, bad) {
			t.Errorf("%s: verifies with a byte more", v.name)
		}
	}
}

// TestVerifyRandom: Go's signatures of random messages, under random keys.
func TestVerifyRandom(t *testing.T) {
	g := newGuest(t, "dec5000")
	r := rand.New(rand.NewPCG(8032, 1))
	for i := range 40 {
		seed := make([]byte, 32)
		for j := range seed {
			seed[j] = byte(r.Uint32())
		}
		key := ed25519.NewKeyFromSeed(seed)
		n := r.IntN(300)
		if i%10 == 9 {
			n = 1000 + r.IntN(9000)
		}
		msg := testBytes(uint64(i), n)
		if !agree(t, g, fmt.Sprintf("random %d", i), key.Public().(ed25519.PublicKey), ed25519.Sign(key, msg), msg) {
			t.Errorf("random %d: Go's signature does not verify", i)
		}
	}
}

// TestVerifyMutations flips every bit of the signature, and bits of the
// message and of the public key, of valid signatures.
func TestVerifyMutations(t *testing.T) {
	g := newGuest(t, "dec5000")
	cases := 2
	step := 1
	if testing.Short() {
		cases, step = 1, 5
	}
	for c := range cases {
		key := ed25519.NewKeyFromSeed(testBytes(uint64(100+c), 32))
		pub := key.Public().(ed25519.PublicKey)
		msg := testBytes(uint64(200+c), 17+40*c)
		sig := ed25519.Sign(key, msg)
		flip := func(b []byte, bit int) []byte {
			m := append([]byte{}, b...)
			m[bit/8] ^= 1 << (bit % 8)
			return m
		}
		for bit := 0; bit < 8*len(sig); bit += step {
			agree(t, g, fmt.Sprintf("case %d: sig bit %d", c, bit), pub, flip(sig, bit), msg)
		}
		for bit := 0; bit < 8*len(pub); bit += 2 * step {
			agree(t, g, fmt.Sprintf("case %d: pub bit %d", c, bit), flip(pub, bit), sig, msg)
		}
		for bit := 0; bit < 8*len(msg); bit += 3 * step {
			agree(t, g, fmt.Sprintf("case %d: msg bit %d", c, bit), pub, sig, flip(msg, bit))
		}
	}
}

// TestVerifyScalars: S must be below L.
func TestVerifyScalars(t *testing.T) {
	g := newGuest(t, "dec5000")
	key := ed25519.NewKeyFromSeed(testBytes(7, 32))
	pub := key.Public().(ed25519.PublicKey)
	msg := []byte("graftlab")
	sig := ed25519.Sign(key, msg)
	s := leScalar(sig[32:])
	withS := func(k *big.Int) []byte { return append(append([]byte{}, sig[:32]...), scalarBytes(k)...) }
	all := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, c := range []struct {
		name string
		s    *big.Int
	}{
		{"S", s},
		{"S+L", new(big.Int).Add(s, groupL)},
		{"S+2L", new(big.Int).Add(s, new(big.Int).Lsh(groupL, 1))},
		{"S+15L", new(big.Int).Add(s, new(big.Int).Mul(groupL, big.NewInt(15)))},
		{"S+2^253", new(big.Int).SetBit(new(big.Int).Set(s), 253, 1)},
		{"S+2^255", new(big.Int).SetBit(new(big.Int).Set(s), 255, 1)},
		{"L", groupL},
		{"L-1", new(big.Int).Sub(groupL, big.NewInt(1))},
		{"L+1", new(big.Int).Add(groupL, big.NewInt(1))},
		{"0", big.NewInt(0)},
		{"2^256-1", all},
	} {
		agree(t, g, c.name, pub, withS(c.s), msg)
	}
	if !agree(t, g, "S", pub, withS(s), msg) {
		t.Errorf("the signature does not verify")
	}
}

// TestVerifyEncodings: keys and R values that are small-order points, off
// the curve, or encoded non-canonically (y not reduced, x = 0 with the sign
// bit set), and keys of mixed order with signatures made to verify
// cofactorless for some of them.
func TestVerifyEncodings(t *testing.T) {
	g := newGuest(t, "dec5000")
	msg := []byte("small order")
	tor := torsion()
	var small [][]byte // encodings of the small-order points, canonical or not
	for _, p := range tor {
		small = append(small, p.encode())
		if p.x.Sign() == 0 {
			small = append(small, encodeRaw(p.y, 1)) // x = 0, sign bit set
		}
		if y := new(big.Int).Add(p.y, fieldP); y.BitLen() <= 255 {
			small = append(small, encodeRaw(y, p.x.Bit(0))) // y + p
		}
	}
	// 8 points, 2 more with x = 0 and the sign bit, 3 with y + p (y = 0
	// and y = 1).
	if len(small) != 13 {
		t.Fatalf("%d small-order encodings, want 13", len(small))
	}
	zero := make([]byte, 32)
	accepted := 0
	for i, a := range small {
		for j, r := range small {
			if agree(t, g, fmt.Sprintf("small-order A %x, R %x, S 0", a, r), a, append(append([]byte{}, r...), zero...), msg) {
				accepted++
			}
			if i == 0 && j < 4 {
				agree(t, g, fmt.Sprintf("small-order A %x, R %x, S 1", a, r), a, append(append([]byte{}, r...), scalarBytes(big.NewInt(1))...), msg)
			}
		}
	}
	if accepted == 0 {
		t.Errorf("no small-order signature verifies: the cases do not reach acceptance")
	}

	// Non-canonical y for every value that has one (y + p < 2^255), with
	// both sign bits, as keys of a signature with S = 0 and R = identity.
	idSig := append(identity.encode(), zero...)
	for y := int64(0); y < 19; y++ {
		for sign := uint(0); sign < 2; sign++ {
			raw := new(big.Int).Add(big.NewInt(y), fieldP)
			agree(t, g, fmt.Sprintf("A with y = p+%d, sign %d", y, sign), encodeRaw(raw, sign), idSig, msg)
			agree(t, g, fmt.Sprintf("A with y = %d, sign %d", y, sign), encodeRaw(big.NewInt(y), sign), idSig, msg)
		}
	}

	// Keys off the curve, with a signature that would otherwise pass.
	for _, y := range notOnCurve(8) {
		for sign := uint(0); sign < 2; sign++ {
			if agree(t, g, fmt.Sprintf("A off the curve, y = %v", y), encodeRaw(y, sign), idSig, msg) {
				t.Errorf("a key off the curve (y = %v) verifies", y)
			}
		}
	}

	// Mixed order: A = [a]B + T with a signature satisfying [S]B = R + [k][a]B,
	// which verifies cofactorless only when [k]T is the identity.
	a := new(big.Int).SetInt64(123456789)
	aB := basePoint().mul(a)
	mixed := 0
	for i, tp := range tor[1:] {
		pub := aB.add(tp).encode()
		for n := range 4 {
			m := []byte(fmt.Sprintf("mixed %d %d", i, n))
			sig := signWith(a, big.NewInt(int64(1000+n)), pub, m)
			if agree(t, g, fmt.Sprintf("mixed-order A (torsion %d), message %d", i+1, n), pub, sig, m) {
				mixed++
			}
		}
	}
	if mixed == 0 || mixed == 28 {
		t.Errorf("%d of 28 mixed-order signatures verify: the cases do not reach both outcomes", mixed)
	}
	t.Logf("%d small-order and %d mixed-order signatures verify", accepted, mixed)
	// The same construction with the true key verifies.
	pub := aB.encode()
	if !agree(t, g, "signWith's own key", pub, signWith(a, big.NewInt(99), pub, msg), msg) {
		t.Errorf("signWith does not make a valid signature")
	}

	// R encoded non-canonically, where the canonical R verifies: A the
	// identity and S = 0 make R' the identity.
	id := identity.encode()
	for _, r := range [][]byte{id, encodeRaw(big.NewInt(1), 1), encodeRaw(new(big.Int).Add(fieldP, big.NewInt(1)), 0)} {
		agree(t, g, fmt.Sprintf("A identity, R %x, S 0", r), id, append(append([]byte{}, r...), zero...), msg)
	}
}
