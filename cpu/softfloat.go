package cpu

import "math/big"

// IEEE 754 arithmetic as the MIPS FPU (and qemu-mipsel) does it: binary32
// and binary64, the four rounding modes of FCSR.RM, the five exception
// flags, tininess detected after rounding, and MIPS's legacy NaNs (a
// signaling NaN has the top fraction bit set; the default NaN is
// 0x7fbfffff or 0x7ff7ffffffffffff).
//
// Go's float32 and float64 arithmetic rounds to nearest only and reports no
// flags, so every operation computes its exact result (or, for division and
// square root, a result precise far beyond the format together with the
// direction of the error) with math/big, and rounds it to the format here.

// FCSR exception bits, as in the flag, enable and cause fields.
const (
	fpInexact   = 1 << 0
	fpUnderflow = 1 << 1
	fpOverflow  = 1 << 2
	fpDivZero   = 1 << 3
	fpInvalid   = 1 << 4
	fpUnimpl    = 1 << 5 // cause only
)

// Rounding modes (FCSR.RM).
const (
	rmNearest = 0
	rmZero    = 1
	rmPlusInf = 2
	rmMinInf  = 3
)

// fformat describes binary32 or binary64.
type fformat struct {
	prec     uint // significand bits, the hidden bit included
	emin     int  // exponent of the smallest normal number
	emax     int
	fracBits uint
	expBits  uint
	defNaN   uint64
}

var (
	fmtS = fformat{prec: 24, emin: -126, emax: 127, fracBits: 23, expBits: 8, defNaN: 0x7fbfffff}
	fmtD = fformat{prec: 53, emin: -1022, emax: 1023, fracBits: 52, expBits: 11, defNaN: 0x7ff7ffffffffffff}
)

func (f fformat) signBit() uint64  { return 1 << (f.fracBits + f.expBits) }
func (f fformat) expMask() uint64  { return (1<<f.expBits - 1) << f.fracBits }
func (f fformat) fracMask() uint64 { return 1<<f.fracBits - 1 }

func (f fformat) isNaN(x uint64) bool {
	return x&f.expMask() == f.expMask() && x&f.fracMask() != 0
}

// isSNaN: MIPS's legacy encoding, a NaN with the top fraction bit set.
func (f fformat) isSNaN(x uint64) bool {
	return f.isNaN(x) && x&(1<<(f.fracBits-1)) != 0
}

func (f fformat) isInf(x uint64) bool {
	return x&^f.signBit() == f.expMask()
}

func (f fformat) isZero(x uint64) bool { return x&^f.signBit() == 0 }

func (f fformat) neg(x uint64) bool { return x&f.signBit() != 0 }

func (f fformat) inf(neg bool) uint64 {
	v := f.expMask()
	if neg {
		v |= f.signBit()
	}
	return v
}

func (f fformat) zero(neg bool) uint64 {
	if neg {
		return f.signBit()
	}
	return 0
}

// toBig converts a finite value exactly.
func (f fformat) toBig(x uint64) *big.Float {
	e := int(x & f.expMask() >> f.fracBits)
	m := x & f.fracMask()
	if e == 0 {
		e = 1 // subnormal
	} else {
		m |= 1 << f.fracBits
	}
	z := new(big.Float).SetPrec(64).SetUint64(m)
	z.SetMantExp(z, e-int(1<<(f.expBits-1)-1)-int(f.fracBits))
	if f.neg(x) {
		z.Neg(z)
	}
	return z
}

// exactPrec is the precision of intermediate results: enough for the exact
// sum of any two binary64 values.
const exactPrec = 2400

// round rounds v, whose exact value is v + dir·ε for an infinitesimal ε
// (dir = 0: v is exact), to format f in mode rm. It returns the encoding
// and the exception flags. v must not be zero unless dir is 0.
func (f fformat) round(v *big.Float, dir int, rm uint32) (uint64, uint32) {
	if v.Sign() == 0 && dir == 0 {
		return f.zero(v.Signbit()), 0
	}
	neg := v.Sign() < 0 || v.Sign() == 0 && dir < 0
	mag := new(big.Float).SetPrec(exactPrec + 64).Abs(v)
	if neg {
		dir = -dir
	}
	if dir != 0 {
		// Stand for the infinitesimal by a bit far below every rounding
		// boundary.
		e := mag.MantExp(nil)
		if mag.Sign() == 0 {
			e = f.emin - int(f.prec) - 8
		}
		eps := new(big.Float).SetMantExp(big.NewFloat(1), e-exactPrec-32)
		if dir > 0 {
			mag.Add(mag, eps)
		} else {
			mag.Sub(mag, eps)
		}
	}
	// The rounding mode on the magnitude.
	mode := big.ToNearestEven
	switch rm {
	case rmZero:
		mode = big.ToZero
	case rmPlusInf:
		mode = big.AwayFromZero
		if neg {
			mode = big.ToZero
		}
	case rmMinInf:
		mode = big.ToZero
		if neg {
			mode = big.AwayFromZero
		}
	}
	var flags uint32
	// Rounded as if the exponent range were unbounded, for tininess.
	unb := new(big.Float).SetPrec(f.prec).SetMode(mode).Set(mag)
	inexact := unb.Acc() != big.Exact || dir != 0
	exp := unb.MantExp(nil) - 1 // unb in [2^exp, 2^(exp+1))
	if exp > f.emax {
		flags |= fpOverflow | fpInexact
		if mode == big.ToZero {
			return f.maxFinite(neg), flags
		}
		return f.inf(neg), flags
	}
	var res *big.Float
	if exp >= f.emin {
		res = unb
	} else {
		// Subnormal range: round to a multiple of 2^(emin-prec+1) by
		// adding B = 2^(emin+1), which fixes the quantum.
		q := f.emin - int(f.prec) + 1
		b := new(big.Float).SetMantExp(big.NewFloat(1), f.emin+1)
		t := new(big.Float).SetPrec(exactPrec+128).Add(mag, b)
		r := new(big.Float).SetPrec(uint(f.emin + 1 - q + 1)).SetMode(mode).Set(t)
		inexact = r.Acc() != big.Exact || dir != 0
		res = new(big.Float).SetPrec(f.prec+8).Sub(r, b)
		if inexact {
			flags |= fpUnderflow
		}
	}
	if inexact {
		flags |= fpInexact
	}
	return f.encode(res, neg), flags
}

func (f fformat) maxFinite(neg bool) uint64 {
	v := f.expMask() - 1<<f.fracBits | f.fracMask()
	if neg {
		v |= f.signBit()
	}
	return v
}

// encode encodes a representable non-negative magnitude with sign neg.
func (f fformat) encode(mag *big.Float, neg bool) uint64 {
	var v uint64
	if mag.Sign() != 0 {
		mant := new(big.Float)
		e := mag.MantExp(mant) - 1 // mag = 1.x × 2^e
		if e < f.emin {
			// Subnormal: m = mag × 2^-(emin-fracBits).
			i, _ := new(big.Float).SetMantExp(mag, int(f.fracBits)-f.emin).Uint64()
			v = i
		} else {
			i, _ := new(big.Float).SetMantExp(mag, int(f.fracBits)-e).Uint64()
			v = uint64(e+int(1<<(f.expBits-1)-1))<<f.fracBits | i&f.fracMask()
		}
	}
	if neg {
		v |= f.signBit()
	}
	return v
}

// nanResult gives the result of an operation with NaN operands: the
// default NaN, with Invalid if any operand is signaling. MIPS's legacy NaN
// mode (qemu's default-NaN mode for it) propagates no payload.
func (f fformat) nanResult(ops ...uint64) (uint64, uint32, bool) {
	nan, flags := false, uint32(0)
	for _, x := range ops {
		if f.isNaN(x) {
			nan = true
			if f.isSNaN(x) {
				flags = fpInvalid
			}
		}
	}
	if nan {
		return f.defNaN, flags, true
	}
	return 0, 0, false
}

// add returns a+b (sub: a-b).
func (f fformat) add(a, b uint64, sub bool, rm uint32) (uint64, uint32) {
	if r, fl, ok := f.nanResult(a, b); ok {
		return r, fl
	}
	if sub {
		b ^= f.signBit()
	}
	ai, bi := f.isInf(a), f.isInf(b)
	switch {
	case ai && bi:
		if f.neg(a) != f.neg(b) {
			return f.defNaN, fpInvalid
		}
		return a, 0
	case ai:
		return a, 0
	case bi:
		return b, 0
	}
	if f.isZero(a) && f.isZero(b) {
		if f.neg(a) == f.neg(b) {
			return a, 0
		}
		return f.zero(rm == rmMinInf), 0
	}
	s := new(big.Float).SetPrec(exactPrec).Add(f.toBig(a), f.toBig(b))
	if s.Sign() == 0 {
		return f.zero(rm == rmMinInf), 0 // an exact zero sum of opposite operands
	}
	return f.round(s, 0, rm)
}

func (f fformat) mul(a, b uint64, rm uint32) (uint64, uint32) {
	if r, fl, ok := f.nanResult(a, b); ok {
		return r, fl
	}
	neg := f.neg(a) != f.neg(b)
	ai, bi := f.isInf(a), f.isInf(b)
	az, bz := f.isZero(a), f.isZero(b)
	switch {
	case ai && bz || bi && az:
		return f.defNaN, fpInvalid
	case ai || bi:
		return f.inf(neg), 0
	case az || bz:
		return f.zero(neg), 0
	}
	p := new(big.Float).SetPrec(exactPrec).Mul(f.toBig(a), f.toBig(b))
	return f.round(p, 0, rm)
}

func (f fformat) div(a, b uint64, rm uint32) (uint64, uint32) {
	if r, fl, ok := f.nanResult(a, b); ok {
		return r, fl
	}
	neg := f.neg(a) != f.neg(b)
	ai, bi := f.isInf(a), f.isInf(b)
	az, bz := f.isZero(a), f.isZero(b)
	switch {
	case ai && bi || az && bz:
		return f.defNaN, fpInvalid
	case ai:
		return f.inf(neg), 0
	case bi:
		return f.zero(neg), 0
	case bz:
		return f.inf(neg), fpDivZero
	case az:
		return f.zero(neg), 0
	}
	q := new(big.Float).SetPrec(exactPrec).Quo(f.toBig(a), f.toBig(b))
	return f.round(q, accDir(q.Acc()), rm)
}

// accDir is the direction of the exact value from a rounded big.Float.
func accDir(a big.Accuracy) int {
	switch a {
	case big.Below:
		return 1
	case big.Above:
		return -1
	}
	return 0
}

func (f fformat) sqrt(a uint64, rm uint32) (uint64, uint32) {
	if r, fl, ok := f.nanResult(a); ok {
		return r, fl
	}
	switch {
	case f.isZero(a):
		return a, 0
	case f.neg(a):
		return f.defNaN, fpInvalid
	case f.isInf(a):
		return a, 0
	}
	x := f.toBig(a)
	r := new(big.Float).SetPrec(400).Sqrt(x)
	sq := new(big.Float).SetPrec(1000).Mul(r, r)
	dir := -sq.Cmp(x) // r² > x: the root is below r
	return f.round(r, dir, rm)
}

// convert converts a value of format f to format g (cvt.d.s, cvt.s.d).
func (f fformat) convert(g fformat, a uint64, rm uint32) (uint64, uint32) {
	if f.isNaN(a) {
		if f.isSNaN(a) {
			return g.defNaN, fpInvalid
		}
		return g.defNaN, 0 // no payload, as nanResult
	}
	if f.isInf(a) {
		return g.inf(f.neg(a)), 0
	}
	if f.isZero(a) {
		return g.zero(f.neg(a)), 0
	}
	return g.round(f.toBig(a), 0, rm)
}

// fromInt converts a signed integer to format f.
func (f fformat) fromInt(v int64, rm uint32) (uint64, uint32) {
	if v == 0 {
		return 0, 0
	}
	return f.round(new(big.Float).SetPrec(64).SetInt64(v), 0, rm)
}

// toInt converts to a signed integer of the given width (32 or 64) in mode
// rm; NaN, infinity and values out of range give Invalid and the largest
// positive integer, as qemu does for MIPS.
func (f fformat) toInt(a uint64, width uint, rm uint32) (int64, uint32) {
	maxInt := int64(1)<<(width-1) - 1
	if f.isNaN(a) || f.isInf(a) {
		return maxInt, fpInvalid
	}
	if f.isZero(a) {
		return 0, 0
	}
	x := f.toBig(a)
	mode := map[uint32]big.RoundingMode{rmNearest: big.ToNearestEven, rmZero: big.ToZero,
		rmPlusInf: big.ToPositiveInf, rmMinInf: big.ToNegativeInf}[rm]
	// Round to an integer: at a precision that leaves no fraction bits.
	e := x.MantExp(nil)
	var r *big.Float
	var acc big.Accuracy
	if e <= 0 {
		// |x| < 1: round to 0 or ±1 by adding ±2 and rounding to 2 bits.
		two := big.NewFloat(2)
		if x.Sign() < 0 {
			two.Neg(two)
		}
		t := new(big.Float).SetPrec(exactPrec).Add(x, two)
		r = new(big.Float).SetPrec(2).SetMode(mode).Set(t)
		acc = r.Acc()
		r.Sub(r, two)
	} else {
		r = new(big.Float).SetPrec(uint(e)).SetMode(mode).Set(x)
		acc = r.Acc()
	}
	i, iacc := r.Int64()
	if iacc != big.Exact || i > maxInt || i < -maxInt-1 {
		return maxInt, fpInvalid
	}
	var flags uint32
	if acc != big.Exact {
		flags = fpInexact
	}
	return i, flags
}

// compare returns whether a < b, a == b, and whether they are unordered;
// invalid is set for a signaling NaN, or any NaN when signaling is set.
func (f fformat) compare(a, b uint64, signaling bool) (less, equal, unordered bool, flags uint32) {
	if f.isNaN(a) || f.isNaN(b) {
		if signaling || f.isSNaN(a) || f.isSNaN(b) {
			flags = fpInvalid
		}
		return false, false, true, flags
	}
	if f.isZero(a) && f.isZero(b) {
		return false, true, false, 0
	}
	c := f.cmpFinite(a, b)
	return c < 0, c == 0, false, 0
}

// cmpFinite compares two values that are not NaN and not both zero: the
// encodings order them, reversed for negative values.
func (f fformat) cmpFinite(a, b uint64) int {
	ka, kb := f.key(a), f.key(b)
	switch {
	case ka < kb:
		return -1
	case ka > kb:
		return 1
	}
	return 0
}

// key orders encodings of non-NaN values.
func (f fformat) key(x uint64) int64 {
	if f.neg(x) {
		return -int64(x &^ f.signBit())
	}
	return int64(x)
}
