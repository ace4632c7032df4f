package suite

import "encoding/binary"

// Grafts lists the suite's grafts, in grafts/build.sh's order.
var Grafts = []string{"xor", "cksum", "hash", "lru", "pkt", "ops"}

// Offsets in a graft's data region that the cases use.
const (
	BufOff  = 0x1000
	Buf2Off = 0x3000
	TabOff  = 0x6000
)

// Case says how graft name is called when its data region starts at base:
// its entry function, the region's initial contents and a0–a3. The inputs
// are deterministic. ok is false for a name that is not in Grafts.
func Case(name string, base uint32) (entry string, region []byte, args [4]uint32, ok bool) {
	put := func(b []byte, off int, v uint32) { binary.LittleEndian.PutUint32(b[off:], v) }
	switch name {
	case "xor": // VINO's xor encryption of 4 KiB with a 16-byte key
		b := make([]byte, 0x4000)
		g := lcg(1)
		for i := 0; i < 4096; i++ {
			b[BufOff+i] = byte(g.next())
		}
		copy(b[Buf2Off:], "graftlab-misfit!")
		return "xor_crypt", b, [4]uint32{base + BufOff, 4096, base + Buf2Off, 15}, true
	case "cksum": // the Internet checksum of 4095 bytes
		b := make([]byte, 0x3000)
		g := lcg(2)
		for i := 0; i < 4095; i++ {
			b[BufOff+i] = byte(g.next())
		}
		return "inet_cksum", b, [4]uint32{base + BufOff, 4095}, true
	case "hash":
		// The table at TabOff (mask, buckets pointer; 64 buckets at
		// TabOff+16) holds 256 entries of 12 bytes at 0x2000; 512 keys to
		// look up at BufOff.
		b := make([]byte, 0x8000)
		put(b, TabOff, 63)
		put(b, TabOff+4, base+TabOff+16)
		for i := 0; i < 256; i++ {
			key := uint32(i*7919 + 13)
			e := 0x2000 + 12*i
			bucket := TabOff + 16 + 4*int(HashKey(key)&63)
			put(b, e, key)
			put(b, e+4, uint32(i+1))
			put(b, e+8, binary.LittleEndian.Uint32(b[bucket:]))
			put(b, bucket, base+uint32(e))
		}
		g := lcg(3)
		for i := 0; i < 512; i++ {
			put(b, BufOff+4*i, uint32(int(g.next()%300)*7919+13))
		}
		return "ht_batch", b, [4]uint32{base + TabOff, base + BufOff, 512}, true
	case "lru":
		// struct lru at BufOff: head (prev, next, id), nodes, nnodes; 64
		// nodes at TabOff; 1000 ids to move to the front at Buf2Off.
		b := make([]byte, 0x4000)
		put(b, BufOff+16, 64)
		g := lcg(4)
		for i := 0; i < 1000; i++ {
			put(b, Buf2Off+4*i, g.next())
		}
		put(b, BufOff+12, base+TabOff)
		return "lru_run", b, [4]uint32{base + BufOff, base + Buf2Off, 1000}, true
	case "pkt": // 64 Ethernet frames of 128 bytes to parse
		b := make([]byte, 0x8000)
		g := lcg(5)
		for i := 0; i < 64; i++ {
			p := b[BufOff+i*128:]
			put(p, 0, 54)
			f := p[4:]
			f[12], f[13] = 0x08, 0x00
			if i%7 == 3 {
				f[13] = 0x06 // ARP: not parsed
			}
			ip := f[14:]
			ip[0] = 0x45
			ip[2], ip[3] = 0, 40
			ip[9] = []byte{6, 17, 1}[i%3]
			for k := 12; k < 24; k++ {
				ip[k] = byte(g.next())
			}
		}
		return "pkt_batch", b, [4]uint32{base + BufOff, 64, 128, base + 0x4000}, true
	case "ops": // 1000 operations through function pointers
		b := make([]byte, 0x3000)
		g := lcg(6)
		for i := 0; i < 1000; i++ {
			b[Buf2Off-0x1000+i] = byte(g.next())
		}
		return "ops_run", b, [4]uint32{base + BufOff, base + Buf2Off - 0x1000, 1000, 12345}, true
	}
	return "", nil, [4]uint32{}, false
}

// HashKey is the hash graft's hash function (grafts/hash.c).
func HashKey(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x45d9f3b
	k ^= k >> 16
	return k
}

// lcg is the cases' deterministic byte source.
type lcg uint32

func (l *lcg) next() uint32 { *l = *l*1103515245 + 12345; return uint32(*l) >> 8 }
