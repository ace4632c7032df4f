package misfit_test

import (
	"encoding/binary"
	"math/bits"
)

// expected computes, in Go, what each suite graft returns for its case, so
// that the suite checks the original graft too, not only that the
// rewritten one agrees with it.
func expected(g graft, region []byte, base uint32) uint32 {
	word := func(off int) uint32 { return binary.LittleEndian.Uint32(region[off:]) }
	switch g.name {
	case "xor":
		return 0 // void; the buffer is checked by expectedXor
	case "cksum":
		var sum uint32
		p := region[bufOff : bufOff+4095]
		for len(p) > 1 {
			sum += uint32(p[0])<<8 | uint32(p[1])
			p = p[2:]
		}
		if len(p) == 1 {
			sum += uint32(p[0]) << 8
		}
		for sum>>16 != 0 {
			sum = sum&0xffff + sum>>16
		}
		return ^sum & 0xffff
	case "hash":
		var sum uint32
		for i := 0; i < 512; i++ {
			k := word(bufOff + 4*i)
			for e := word(tabOff + 16 + 4*int(htHash(k)&63)); e != 0; e = word(int(e-base) + 8) {
				if word(int(e-base)) == k {
					sum += word(int(e-base) + 4)
					break
				}
			}
		}
		return sum
	case "lru":
		order := make([]uint32, 64)
		for i := range order {
			order[i] = uint32(i)
		}
		for i := 0; i < 1000; i++ {
			id := word(buf2Off+4*i) % 64
			for j, v := range order {
				if v == id {
					copy(order[1:j+1], order[:j])
					order[0] = id
					break
				}
			}
		}
		var h uint32
		for _, id := range order {
			h = h*31 + id
		}
		return h
	case "pkt":
		n := uint32(0)
		for i := 0; i < 64; i++ {
			f := region[bufOff+i*128+4:]
			if f[12] == 8 && f[13] == 0 && (f[14+9] == 6 || f[14+9] == 17) {
				n++
			}
		}
		return n
	case "ops":
		acc := uint32(12345)
		for i := 0; i < 1000; i++ {
			switch region[buf2Off-0x1000+i] & 3 {
			case 0:
				acc += 7
			case 1:
				acc *= 2
			case 2:
				acc = bits.RotateLeft32(acc, 5)
			case 3:
				acc ^= acc>>3 ^ 0x9e3779b9
			}
		}
		return acc
	}
	panic("unknown graft " + g.name)
}

// expectedXor returns the encrypted buffer.
func expectedXor(region []byte) []byte {
	out := make([]byte, 4096)
	for i := range out {
		out[i] = region[bufOff+i] ^ region[buf2Off+i&15]
	}
	return out
}
