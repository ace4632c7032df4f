package cpu

import (
	"encoding/binary"
	"math/bits"
	"unsafe"

	"graftlab/mmu"
)

// runInner runs the instructions of a block from i on while they need no
// call (register operations, branches, loads that hit the software TLB and
// the D-cache, stores that hit the software TLB) and returns the index of
// the first that does. It is a function of its own, and calls nothing
// (what it uses of mmu the compiler inlines), so that its few variables
// stay in host registers: Go keeps no register across a call, and one call
// in the loop costs every register instruction about four more host
// instructions. A change here is worth checking in the assembly (go tool
// objdump -s 'cpu.runInner$'): no stack frame, and every case jumping
// straight back to the head of the loop.
func runInner(i int, x *fastInner) int {
	// o is the op at offset off in the ops of x.b (base), read without a
	// bounds check: every block's ops end with a fastEnd, which returns or
	// moves to another block.
	base := unsafe.Pointer(unsafe.SliceData(x.b.fops))
	var o *fastOp
	// The cycle count at the start of the block, with the stalls since:
	// runInner keeps it in a variable, and leaves it to runFast (leave)
	// with none of the block's static cycles applied.
	start := x.stats.Cycles - uint64(x.applied)
	var (
		ea     uint32 // a load's or store's address, for load and store
		width  uint32 // a store's bytes, for store
		taken  bool   // a branch's outcome, for branchEnd and end
		target uint32 // and where it goes when taken
		hi, lo uint32 // a multiply's result, for hilo
		v      uint32 // mul's result or HI or LO, for wait
		extra  uint64 // mul's latency, for wait
	)
	const size = unsafe.Sizeof(fastOp{})
	off := uintptr(i) * size
	for ; ; off += size {
		o = (*fastOp)(unsafe.Add(base, off))
		switch o.kind & (fastKinds - 1) {
		// What runFast does.
		case fastGeneric, fastHILO:
			goto leave
		case fastNop:
		case fastADDU:
			*o.d = *o.s + *o.t
		case fastSUBU:
			*o.d = *o.s - *o.t
		case fastAND:
			*o.d = *o.s & *o.t
		case fastOR:
			*o.d = *o.s | *o.t
		case fastXOR:
			*o.d = *o.s ^ *o.t
		case fastNOR:
			*o.d = ^(*o.s | *o.t)
		case fastSLT:
			*o.d = b2u(int32(*o.s) < int32(*o.t))
		case fastSLTU:
			*o.d = b2u(*o.s < *o.t)
		case fastSLLV:
			*o.d = *o.t << (*o.s & 31)
		case fastSRLV:
			*o.d = *o.t >> (*o.s & 31)
		case fastSRAV:
			*o.d = uint32(int32(*o.t) >> (*o.s & 31))
		case fastMOVZ:
			if *o.t == 0 {
				*o.d = *o.s
			}
		case fastMOVN:
			if *o.t != 0 {
				*o.d = *o.s
			}
		case fastCLZ:
			*o.d = uint32(bits.LeadingZeros32(*o.s))
		case fastCLO:
			*o.d = uint32(bits.LeadingZeros32(^*o.s))
		case fastADDIU:
			*o.d = *o.s + o.imm
		case fastANDI:
			*o.d = *o.s & o.imm
		case fastORI:
			*o.d = *o.s | o.imm
		case fastXORI:
			*o.d = *o.s ^ o.imm
		case fastSLTI:
			*o.d = b2u(int32(*o.s) < int32(o.imm))
		case fastSLTIU:
			*o.d = b2u(*o.s < o.imm)
		case fastLI:
			*o.d = o.imm
		case fastSLL:
			*o.d = *o.t << (o.imm & 31)
		case fastSRL:
			*o.d = *o.t >> (o.imm & 31)
		case fastSRA:
			*o.d = uint32(int32(*o.t) >> (o.imm & 31))

		// Loads that hit the software TLB and the D-cache (the tag's bit 0
		// says there is one): load has the rest.
		case fastLW:
			if ea = *o.s + o.imm; ea&3 != 0 {
				goto leave
			}
			goto load
		case fastLH, fastLHU:
			if ea = *o.s + o.imm; ea&1 != 0 {
				goto leave
			}
			goto load
		case fastLB, fastLBU:
			ea = *o.s + o.imm
			goto load

		// Stores through the software TLB into pages without code, and
		// into lines the I-cache does not hold: store has the rest.
		case fastSW:
			if ea = *o.s + o.imm; ea&3 != 0 {
				goto leave
			}
			width = 4
			goto store
		case fastSH:
			if ea = *o.s + o.imm; ea&1 != 0 {
				goto leave
			}
			width = 2
			goto store
		case fastSB:
			ea, width = *o.s+o.imm, 1
			goto store

		case fastBEQ:
			x.taken, x.target = *o.s == *o.t, o.imm
		case fastBNE:
			x.taken, x.target = *o.s != *o.t, o.imm
		case fastBLEZ:
			x.taken, x.target = int32(*o.s) <= 0, o.imm
		case fastBGTZ:
			x.taken, x.target = int32(*o.s) > 0, o.imm
		case fastBLTZ:
			x.taken, x.target = int32(*o.s) < 0, o.imm
		case fastBGEZ:
			x.taken, x.target = int32(*o.s) >= 0, o.imm
		case fastBLTZAL:
			x.taken, x.target = int32(*o.s) < 0, o.imm
			goto link
		case fastBGEZAL:
			x.taken, x.target = int32(*o.s) >= 0, o.imm
			goto link
		case fastJ:
			x.taken, x.target = true, o.imm
		case fastJAL:
			x.taken, x.target = true, o.imm
			goto link
		case fastJR:
			x.taken, x.target = true, *o.s
		case fastJALR:
			x.taken, x.target = true, *o.s
			goto link
		// Multiplies and reads of HI and LO, when their wait (and mul's
		// for its result) ends with the block's static cycles before the
		// timer and the cycle limit, as runFast checks after a stall.
		case fastMULT:
			p := uint64(int64(int32(*o.s)) * int64(int32(*o.t)))
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMULTU:
			p := uint64(*o.s) * uint64(*o.t)
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMADD:
			p := uint64(x.m.HI)<<32 | uint64(x.m.LO) + uint64(int64(int32(*o.s))*int64(int32(*o.t)))
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMADDU:
			p := uint64(x.m.HI)<<32 | uint64(x.m.LO) + uint64(*o.s)*uint64(*o.t)
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMUL:
			v, extra = uint32(int32(*o.s)*int32(*o.t)), x.mulLat
			goto wait
		case fastMFLO:
			v, extra = x.m.LO, 0
			goto wait
		case fastMFHI:
			v, extra = x.m.HI, 0
			goto wait

		// A branch fused with the end: decide it, and end the block as
		// fastEnd (the next op) does.
		case fastBEQEnd:
			taken = *o.s == *o.t
			goto branchEnd
		case fastBNEEnd:
			taken = *o.s != *o.t
			goto branchEnd
		case fastBLEZEnd:
			taken = int32(*o.s) <= 0
			goto branchEnd
		case fastBGTZEnd:
			taken = int32(*o.s) > 0
			goto branchEnd
		case fastBLTZEnd:
			taken = int32(*o.s) < 0
			goto branchEnd
		case fastBGEZEnd:
			taken = int32(*o.s) >= 0
			goto branchEnd
		case fastJEnd:
			taken, target = true, o.imm
			off += size
			goto end
		case fastJREnd:
			taken, target = true, *o.s
			off += size
			goto end
		case fastEnd:
			taken, target = x.taken, x.target
			goto end
		}
		continue

	hilo:
		// A multiply into HI and LO, once they are ready.
		if now := start + uint64(o.imm); x.m.hiloReady > now { // o.imm: the cycle the instruction starts
			wait := x.m.hiloReady - now
			if start+wait+uint64(x.b.static) >= x.stopAt {
				goto leave
			}
			x.stats.Stalls += wait
			start += wait
		}
		x.m.HI, x.m.LO, x.m.hiloReady = hi, lo, start+uint64(o.imm)+x.mulLat
		continue

	wait:
		// mul (which waits extra cycles for its result) or a read of HI
		// or LO, once they are ready.
		{
			wait := extra
			if now := start + uint64(o.imm); x.m.hiloReady > now {
				wait += x.m.hiloReady - now
			}
			if wait > 0 {
				if start+wait+uint64(x.b.static) >= x.stopAt {
					goto leave
				}
				x.stats.Stalls += wait
				start += wait
			}
		}
		*o.d = v
		continue

	load:
		// A load from ea, aligned: through the software TLB, when the
		// D-cache holds the word.
		{
			e := (*stlbEntry)(unsafe.Add(x.loads, uintptr(ea>>12&(stlbSize-1))*unsafe.Sizeof(stlbEntry{})))
			if e.tag != ea&^0xfff|x.epoch {
				goto leave
			}
			pa, p := e.base|ea&0xfff, unsafe.Add(e.host, ea&0xfff)
			if !x.tags.Hit(pa) {
				// A set-associative D-cache (whose tags hold nothing):
				// look in the set, and use the line as Read does.
				if x.lru.Ways == 0 {
					goto leave
				}
				i := x.lru.Find(pa)
				if i < 0 || !x.lru.Word(i, pa) {
					goto leave
				}
				x.lru.Use(i)
			}
			x.reads++
			switch o.kind {
			case fastLW:
				*o.d = binary.LittleEndian.Uint32((*[4]byte)(p)[:])
			case fastLH:
				*o.d = uint32(int16(binary.LittleEndian.Uint16((*[2]byte)(p)[:])))
			case fastLHU:
				*o.d = uint32(binary.LittleEndian.Uint16((*[2]byte)(p)[:]))
			case fastLB:
				*o.d = uint32(*(*int8)(p))
			default:
				*o.d = uint32(*(*uint8)(p))
			}
		}
		continue

	link:
		// The return address of a jump or branch that links: the end of
		// the block, just past its delay slot; or, when the delay slot is
		// on the next page (end 1), the step's to write.
		if x.b.end == 1 {
			goto leave
		}
		*o.d = x.b.end
		continue

	store:
		// A store to ea, aligned: through the software TLB; the D-cache's
		// tags and the write buffer as Cache.Write has them, when the
		// stall ends with the block's static cycles before the timer and
		// the cycle limit, as runFast checks after one. A store into a
		// line the I-cache holds is runFast's (it drops the line).
		{
			e := (*stlbEntry)(unsafe.Add(x.stores, uintptr(ea>>12&(stlbSize-1))*unsafe.Sizeof(stlbEntry{})))
			if e.tag != ea&^0xfff|x.epoch {
				goto leave
			}
			pa := e.base | ea&0xfff
			if x.itags.Holds(pa) {
				goto leave
			}
			// Memory and the tags first: should the store leave for runFast
			// after all, runFast writes the same bytes again, and finds the
			// tags as this store left them, which it would leave so again.
			p := unsafe.Add(e.host, ea&0xfff)
			switch v := *o.t; width {
			case 4:
				binary.LittleEndian.PutUint32((*[4]byte)(p)[:], v)
			case 2:
				binary.LittleEndian.PutUint16((*[2]byte)(p)[:], uint16(v))
			default:
				*(*uint8)(p) = uint8(v)
			}
			if wb := x.wb; wb != nil {
				// The cycle the store enters the write buffer: after the
				// static cycles before it (o.d: see fastOp), and a byte or
				// halfword store's merge.
				at := start + uint64(*o.d)
				enter := at
				if width == 4 {
					if x.tags.WriteWord(pa) {
						x.drops++
					}
				} else if hit, dropped := x.tags.WritePartial(pa); hit {
					enter += x.partial
				} else if dropped {
					x.drops++
				}
				stall := wb.Stall(enter)
				delay := enter + stall - at
				if delay != 0 && start+delay+uint64(x.b.static) >= x.stopAt {
					goto leave
				}
				wb.Push(enter) // stalls for stall
				x.writes++
				x.writeStalls += stall
				x.stats.Stalls += delay
				start += delay
			}
		}
		continue

	branchEnd:
		// A conditional branch fused with the end, decided. Taken back to
		// the block's start, the block runs again: under what it ran
		// under, and with its lines in the I-cache (a store into its page
		// would have bailed out); only the run's limits stand in the way.
		if taken && o.imm == x.pc {
			if b := x.b; start+uint64(2*b.static) < x.chainStop {
				start += uint64(b.static)
				x.done += uint64(len(b.ops))
				off = ^(size - 1) // -size: the loop adds size
				continue
			}
		}
		target = o.imm
		off += size
		goto end

	end:
		// The end of the block (o is its fastEnd): move on to the
		// block linked after this one when nothing stands in the way;
		// runFast does the rest.
		b := x.b
		pc, k := b.exit(taken, target)
		nb := b
		if pc != x.pc {
			l := &b.links[k]
			nb = l.to
			if nb == nil || nb.pc != pc || l.ctx != x.ctx {
				// A jump through a register to somewhere else than last
				// time: the jump cache may know the block.
				l = &x.jumps[pc>>2&(jumpCacheSize-1)]
				nb = l.to
				if nb == nil || nb.pc != pc || l.ctx != x.ctx {
					x.taken, x.target = taken, target
					goto leave
				}
			}
			// The link's context covers the translations, the mode and
			// dropped code; the I-cache is the block's own check.
			if nb.icGen != x.icGen {
				x.taken, x.target = taken, target
				goto leave
			}
		}
		if x.native && nb.offered != nativeRefused {
			x.taken, x.target = taken, target
			goto leave
		}
		// A block that loops to itself needs no link: it runs under what
		// it ran under, and no store reached its lines (a store into its
		// page would have bailed out). The rest is the run's limits.
		if start+uint64(b.static+nb.static) >= x.chainStop {
			x.taken, x.target = taken, target
			goto leave
		}
		start += uint64(b.static)
		x.done += uint64(len(b.ops))
		if nb != b {
			x.b, x.pc = nb, nb.pc
		}
		base, off = unsafe.Pointer(unsafe.SliceData(nb.fops)), ^(size - 1) // -size: the loop adds size
	}
leave:
	x.stats.Cycles, x.applied = start, 0
	return int(off / size)
}

// fastInner is what runInner reads besides the registers and writes
// besides them (the branch's outcome, and where it has got to in the
// chain of blocks).
type fastInner struct {
	// runFast's state: the block, the static cycles of it already on the
	// cycle counter, the instructions of the blocks run to their end, the
	// blocks left to run.
	b       *block
	applied uint32
	done    uint64
	// What following a link needs (see runFast), and the multiplier.
	m        *Machine
	mulLat   uint64
	stats    *Stats
	icGen    uint64 // the I-cache's generation + 1, as blocks record it; 0 without one
	ctx      uint64
	jumps    *[jumpCacheSize]blockLink
	stopAt   uint64
	instLeft uint64 // the instructions the chain may run
	// chainStop is the cycle by which the blocks runInner runs must end:
	// stopAt, or sooner for instLeft; 0 when runFast must see every
	// block's end.
	chainStop uint64

	loads unsafe.Pointer // the code cache's loads (stlbEntry)
	epoch uint32         // the code cache's, | stlbInner: the tag of a page loads may hit
	// The D-cache's tags (or AllTags, see runFast), and the reads that
	// hit them since runFast counted them last.
	tags  mmu.Tags
	reads uint64
	// Stores: the software TLB, the I-cache's tags (NoTags without one,
	// AllTags when runFast must see every store), and with a D-cache its write buffer, the cycles of a partial
	// store's merge, and the stores since runFast counted them last, with
	// their stalls and the lines they filled or words they dropped.
	stores                     unsafe.Pointer
	itags                      mmu.Tags
	wb                         *mmu.WriteBuffer
	partial                    uint64
	writes, writeStalls, drops uint64
	// A set-associative D-cache's tags and LRU state (Ways 0 for none).
	lru    mmu.LRU
	pc     uint32 // the block's
	taken  bool
	target uint32
	// native: a compiled engine runs this loop, which must leave at a
	// block's end rather than follow a link into a block that has host
	// code or was not yet offered to the compiler (native.go).
	native bool
}
