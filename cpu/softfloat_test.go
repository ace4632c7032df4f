package cpu

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randFloatBits returns encodings biased towards the interesting: zeros,
// subnormals, the extremes of the exponent, infinities and NaNs.
func randFloatBits(r *rand.Rand, f fformat) uint64 {
	v := r.Uint64() & (f.signBit()<<1 - 1)
	switch r.IntN(8) {
	case 0: // subnormal or zero
		v &^= f.expMask()
	case 1: // near the top of the range
		v |= f.expMask() - 3<<f.fracBits
		v &^= 1 << f.fracBits
	case 2: // exponent near the bottom of the normal range
		v = v&^f.expMask() | 1<<f.fracBits
	case 3: // small integers and simple fractions
		v = v&(f.signBit()|f.expMask()|0xff<<(f.fracBits-8))&^(f.expMask()>>2&f.expMask()) | f.one()&f.expMask()
	}
	if r.IntN(40) == 0 {
		v |= f.expMask() // infinity or NaN
	}
	return v
}

// With round to nearest, the soft arithmetic must give what the host's
// float32 and float64 give (except the NaN that results, which follows
// MIPS's rules).
func TestSoftFloatMatchesHost(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for i := range n {
		for _, f := range []fformat{fmtS, fmtD} {
			a, b := randFloatBits(r, f), randFloatBits(r, f)
			type op struct {
				name string
				soft func() (uint64, uint32)
				host func(x, y float64) float64
			}
			ops := []op{
				{"add", func() (uint64, uint32) { return f.add(a, b, false, rmNearest) }, func(x, y float64) float64 { return x + y }},
				{"sub", func() (uint64, uint32) { return f.add(a, b, true, rmNearest) }, func(x, y float64) float64 { return x - y }},
				{"mul", func() (uint64, uint32) { return f.mul(a, b, rmNearest) }, func(x, y float64) float64 { return x * y }},
				{"div", func() (uint64, uint32) { return f.div(a, b, rmNearest) }, func(x, y float64) float64 { return x / y }},
				{"sqrt", func() (uint64, uint32) { return f.sqrt(a, rmNearest) }, func(x, y float64) float64 { return math.Sqrt(x) }},
			}
			for _, o := range ops {
				got, flags := o.soft()
				var want uint64
				if f == fmtD {
					want = math.Float64bits(o.host(math.Float64frombits(a), math.Float64frombits(b)))
				} else {
					x, y := math.Float32frombits(uint32(a)), math.Float32frombits(uint32(b))
					var w float32
					switch o.name {
					case "add":
						w = x + y
					case "sub":
						w = x - y
					case "mul":
						w = x * y
					case "div":
						w = x / y
					case "sqrt":
						w = float32(math.Sqrt(float64(x)))
					}
					want = uint64(math.Float32bits(w))
				}
				if f.isNaN(want) {
					if !f.isNaN(got) {
						t.Fatalf("%d: %s %#x %#x: got %#x, want a NaN", i, o.name, a, b, got)
					}
					continue
				}
				if got != want {
					t.Fatalf("%d: %s.%c %#x %#x = %#x flags %#x, host %#x", i, o.name, "sd"[map[bool]int{true: 1}[f == fmtD]], a, b, got, flags, want)
				}
			}
		}
	}
}

// The directed modes bracket the nearest result, one unit in the last
// place apart at most, and agree with it when the result is exact.
func TestSoftFloatDirected(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 20000 {
		for _, f := range []fformat{fmtS, fmtD} {
			a, b := randFloatBits(r, f), randFloatBits(r, f)
			if f.isNaN(a) || f.isNaN(b) {
				continue
			}
			res := [4]uint64{}
			var fl [4]uint32
			for rm := uint32(0); rm < 4; rm++ {
				switch i % 3 {
				case 0:
					res[rm], fl[rm] = f.add(a, b, false, rm)
				case 1:
					res[rm], fl[rm] = f.mul(a, b, rm)
				case 2:
					res[rm], fl[rm] = f.div(a, b, rm)
				}
			}
			if f.isNaN(res[0]) {
				continue
			}
			if fl[0]&fpInexact == 0 {
				for rm := 1; rm < 4; rm++ {
					if res[rm] != res[0] && !(f.isZero(res[rm]) && f.isZero(res[0])) {
						t.Fatalf("%d: exact result %#x but mode %d gives %#x (%#x %#x)", i, res[0], rm, res[rm], a, b)
					}
				}
				continue
			}
			up, down := f.key(res[rmPlusInf]), f.key(res[rmMinInf])
			if up <= down && !(f.isInf(res[0])) || up-down > 1 && !(f.isZero(res[rmPlusInf]) || f.isZero(res[rmMinInf])) {
				if up-down == 2 && (f.isZero(res[rmPlusInf]) || f.isZero(res[rmMinInf])) {
					continue
				}
				t.Fatalf("%d: %#x %#x: +inf gives %#x, -inf %#x", i, a, b, res[rmPlusInf], res[rmMinInf])
			}
			if n := f.key(res[rmNearest]); n != up && n != down {
				t.Fatalf("%d: nearest %#x outside [%#x, %#x]", i, res[rmNearest], res[rmMinInf], res[rmPlusInf])
			}
			if z := res[rmZero]; z != res[rmPlusInf] && z != res[rmMinInf] {
				t.Fatalf("%d: toward zero %#x outside", i, z)
			}
		}
	}
}

func TestSoftFloatSpecials(t *testing.T) {
	one, two := fmtD.one(), uint64(0x4000000000000000)
	for _, c := range []struct {
		name  string
		got   uint64
		flags uint32
		want  uint64
		wantF uint32
	}{
		{"1/0", first(fmtD.div(one, 0, rmNearest)), second(fmtD.div(one, 0, rmNearest)), 0x7ff0000000000000, fpDivZero},
		{"0/0", first(fmtD.div(0, 0, rmNearest)), second(fmtD.div(0, 0, rmNearest)), fmtD.defNaN, fpInvalid},
		{"sqrt(-2)", first(fmtD.sqrt(two|fmtD.signBit(), rmNearest)), second(fmtD.sqrt(two|fmtD.signBit(), rmNearest)), fmtD.defNaN, fpInvalid},
		{"1/3 inexact", first(fmtD.div(one, 0x4008000000000000, rmNearest)), second(fmtD.div(one, 0x4008000000000000, rmNearest)), 0x3fd5555555555555, fpInexact},
		{"max*2 RN", first(fmtD.mul(0x7fefffffffffffff, two, rmNearest)), second(fmtD.mul(0x7fefffffffffffff, two, rmNearest)), 0x7ff0000000000000, fpOverflow | fpInexact},
		{"max*2 RZ", first(fmtD.mul(0x7fefffffffffffff, two, rmZero)), second(fmtD.mul(0x7fefffffffffffff, two, rmZero)), 0x7fefffffffffffff, fpOverflow | fpInexact},
		{"min/3 underflow", first(fmtD.div(1, 0x4008000000000000, rmNearest)), second(fmtD.div(1, 0x4008000000000000, rmNearest)), 0, fpUnderflow | fpInexact},
		{"snan+1", first(fmtD.add(0x7ff8000000000001, one, false, rmNearest)), second(fmtD.add(0x7ff8000000000001, one, false, rmNearest)), fmtD.defNaN, fpInvalid},
		{"qnan+1", first(fmtD.add(0x7ff0000000000001, one, false, rmNearest)), second(fmtD.add(0x7ff0000000000001, one, false, rmNearest)), fmtD.defNaN, 0},
		{"1-1 RM", first(fmtD.add(one, one, true, rmMinInf)), 0, fmtD.signBit(), 0},
	} {
		if c.got != c.want || c.flags != c.wantF {
			t.Errorf("%s = %#x flags %#x, want %#x flags %#x", c.name, c.got, c.flags, c.want, c.wantF)
		}
	}
	if i, f := fmtD.toInt(0x41e0000000000000, 32, rmNearest); i != 0x7fffffff || f != fpInvalid { // 2^31
		t.Errorf("cvt.w.d 2^31 = %#x flags %#x", i, f)
	}
	if i, f := fmtD.toInt(0xbff8000000000000, 32, rmNearest); i != -2 || f != fpInexact { // -1.5
		t.Errorf("round -1.5 = %d flags %#x", i, f)
	}
	if i, _ := fmtD.toInt(0xbff8000000000000, 32, rmZero); i != -1 {
		t.Errorf("trunc -1.5 = %d", i)
	}
	if i, _ := fmtD.toInt(0x3fe0000000000000, 32, rmPlusInf); i != 1 { // ceil 0.5
		t.Errorf("ceil 0.5 = %d", i)
	}
}

func first(v uint64, _ uint32) uint64  { return v }
func second(_ uint64, f uint32) uint32 { return f }
