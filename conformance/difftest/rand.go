package difftest

// rng is a splitmix64 generator. The generator uses its own rather than
// math/rand so that a seed gives the same sequences with every Go release:
// the committed corpus of qemu's results depends on it.
type rng struct{ s uint64 }

func newRNG(seed uint64) *rng { return &rng{s: seed} }

func (r *rng) u64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rng) u32() uint32 { return uint32(r.u64() >> 32) }

// n returns a value in [0, n); n > 0.
func (r *rng) n(n int) int { return int(r.u64() % uint64(n)) }

// between returns a value in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.n(hi-lo+1) }

// chance is true with probability num/den.
func (r *rng) chance(num, den int) bool { return r.n(den) < num }

// edges are values where arithmetic changes behaviour: signs, carries,
// overflow boundaries.
var edges = []uint32{0, 1, 2, 0xffffffff, 0xfffffffe, 0x7fffffff, 0x80000000, 0x80000001,
	0x7ffffffe, 0x0000ffff, 0x00008000, 0x00007fff, 0xffff8000, 0xffff7fff, 0x00010000, 0xffff0000}

// value returns a register value biased towards edges, small numbers and
// powers of two.
func (r *rng) value() uint32 {
	switch r.n(10) {
	case 0, 1:
		return edges[r.n(len(edges))]
	case 2:
		return uint32(int32(r.between(-20, 20)))
	case 3:
		v := uint32(1) << r.n(32)
		switch r.n(3) {
		case 0:
			return v - 1
		case 1:
			return -v
		}
		return v
	}
	return r.u32()
}

// imm16 returns a 16-bit immediate, sign-extended when signed.
func (r *rng) imm16(signed bool) int32 {
	var v uint16
	switch r.n(6) {
	case 0:
		v = []uint16{0, 1, 0xffff, 0x7fff, 0x8000, 0x8001, 0xfffe}[r.n(7)]
	case 1:
		v = uint16(r.between(-16, 16))
	default:
		v = uint16(r.u32())
	}
	if signed {
		return int32(int16(v))
	}
	return int32(v)
}
