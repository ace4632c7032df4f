package crypto

import (
	"crypto/sha512"
	"math/big"
)

// Curve arithmetic with math/big (affine, from the definitions) to build
// the inputs Go's crypto/ed25519 cannot make: keys and signatures with
// small-order and mixed-order points, points off the curve, and
// non-canonical encodings. Slow and plain; for tests only.

var identity = affinePoint{big.NewInt(0), big.NewInt(1)}

// mul returns [k]p.
func (p affinePoint) mul(k *big.Int) affinePoint {
	acc := identity
	for i := k.BitLen() - 1; i >= 0; i-- {
		acc = acc.add(acc)
		if k.Bit(i) == 1 {
			acc = acc.add(p)
		}
	}
	return acc
}

func (p affinePoint) neg() affinePoint {
	return affinePoint{fmod(new(big.Int).Neg(p.x)), p.y}
}

func (p affinePoint) equal(q affinePoint) bool { return p.x.Cmp(q.x) == 0 && p.y.Cmp(q.y) == 0 }

// encodeRaw encodes y (any value below 2^255, reduced or not) with the
// given sign bit.
func encodeRaw(y *big.Int, sign uint) []byte {
	b := make([]byte, 32)
	y.FillBytes(b)
	for i, j := 0, 31; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	b[31] |= byte(sign << 7)
	return b
}

// encode is the canonical encoding of p.
func (p affinePoint) encode() []byte { return encodeRaw(p.y, p.x.Bit(0)) }

// xSquared returns (y^2 - 1) / (d y^2 + 1), the x^2 of a point with y.
func xSquared(y *big.Int) *big.Int {
	y2 := fmod(new(big.Int).Mul(y, y))
	u := fmod(new(big.Int).Sub(y2, big.NewInt(1)))
	v := fmod(new(big.Int).Add(new(big.Int).Mul(curveD(), y2), big.NewInt(1)))
	return fmod(new(big.Int).Mul(u, finv(v)))
}

// pointWithY returns the point with y and an even x, if there is one.
func pointWithY(y *big.Int) (affinePoint, bool) {
	x := new(big.Int).ModSqrt(xSquared(y), fieldP)
	if x == nil {
		return affinePoint{}, false
	}
	if x.Bit(0) == 1 {
		x.Sub(fieldP, x)
	}
	return affinePoint{x, fmod(new(big.Int).Set(y))}, true
}

// torsion returns the eight points of order dividing 8, T^0 .. T^7 for a
// point T of order 8: [L] of a curve point that is not in the prime-order
// subgroup is in the torsion subgroup.
func torsion() []affinePoint {
	for y := int64(2); ; y++ {
		p, ok := pointWithY(big.NewInt(y))
		if !ok {
			continue
		}
		t := p.mul(groupL)
		if t.mul(big.NewInt(4)).equal(identity) {
			continue // order below 8
		}
		pts := []affinePoint{identity}
		for i := 1; i < 8; i++ {
			pts = append(pts, pts[i-1].add(t))
		}
		return pts
	}
}

// notOnCurve returns n values of y for which no x exists.
func notOnCurve(n int) []*big.Int {
	var ys []*big.Int
	for y := int64(2); len(ys) < n; y++ {
		if _, ok := pointWithY(big.NewInt(y)); !ok {
			ys = append(ys, big.NewInt(y))
		}
	}
	return ys
}

// leScalar reads b as a little-endian integer.
func leScalar(b []byte) *big.Int {
	r := make([]byte, len(b))
	for i := range b {
		r[len(b)-1-i] = b[i]
	}
	return new(big.Int).SetBytes(r)
}

// scalarBytes encodes k (below 2^256) in 32 little-endian bytes.
func scalarBytes(k *big.Int) []byte { return encodeRaw(k, 0) }

// signWith signs msg as RFC 8032 does, but with a secret scalar a, a
// nonce r and the public key encoding pub chosen by the caller, so that
// pub need not be [a]B: the signature satisfies [S]B = R + [k]([a]B) with
// k = SHA-512(R || pub || msg).
func signWith(a, r *big.Int, pub, msg []byte) []byte {
	R := basePoint().mul(r).encode()
	h := sha512.New()
	h.Write(R)
	h.Write(pub)
	h.Write(msg)
	k := new(big.Int).Mod(leScalar(h.Sum(nil)), groupL)
	s := new(big.Int).Mod(new(big.Int).Add(r, new(big.Int).Mul(k, a)), groupL)
	return append(R, scalarBytes(s)...)
}
