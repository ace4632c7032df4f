package cpu

import (
	"context"
	"unsafe"

	"graftlab/isa"
	"graftlab/mmu"
)

// Compiled blocks: how a compiler (cpu/jit) runs the Fast engine's blocks
// as host code.
//
// A compiled engine is the Fast engine with one more way to run a block's
// fast form: where runFast would call runInner on a block, it enters the
// block's host code instead, which does what runInner does (the same
// operations on the same state, leaving at the same kinds of places, with
// the state as runInner leaves it) for the instructions it compiled, and
// leaves at the first it did not compile. runInner then goes on from
// there, so a compiler may leave anything to it, and runFast does the rest
// as for the Fast engine. Every count is therefore the Fast engine's, which
// are the reference interpreter's, on every profile, whatever the compiler
// covers; what the compiler must get right is runInner's contract, which
// NativeABI describes in offsets.
//
// Blocks are compiled the first time runFast reaches their start; one
// that the compiler refuses is not asked for again, but one whose code a
// flush of the compiler's cache dropped, or that was compiled for caches
// of another geometry (NativeBlock.Tags), is compiled again when it runs. Host code chains to
// the next block's host code as runInner follows links; runInner, on a
// compiled engine, leaves at the end of a block rather than follow a link
// into a block that has host code or has not been offered yet, so that
// runFast enters it.

// NativeCompiler compiles the Fast engine's blocks of one machine to host
// code.
type NativeCompiler interface {
	// Compile returns host code for the block: entry points for each of
	// its ops (len(b.Ops), the last for its fastEnd; 0 for an op at which
	// code cannot be entered), or nil to leave the block to runInner.
	// flushed says that every entry given before is gone (the compiler's
	// code cache was flushed to make room).
	Compile(b *NativeBlock) (entries []uintptr, flushed bool)
	// Enter runs host code from entry, with x (the inner loop's state, at
	// the offsets of NativeABI) and gpr (the machine's registers), and
	// returns the index of the op where it left, in the block x says.
	// start is the cycle count at the start of the block with the stalls
	// since (runInner's start).
	Enter(entry uintptr, x unsafe.Pointer, gpr *[32]uint32, start uint64) int
}

// NativeBlock is a block of the Fast engine as a compiler sees it.
type NativeBlock struct {
	// Addr is the block's address, for the inner loop's state (whose
	// block field must name the block that runs).
	Addr unsafe.Pointer
	PC   uint32
	// End is the PC after the block: 1 when its last instruction is a
	// branch whose delay slot is not in it. Cond says that its last two
	// are a branch and its slot: then a taken branch leads to the target
	// (link 1), else to End (link 0).
	End  uint32
	Cond bool
	// Static is the sum of the class cycles of its instructions; Pre[i]
	// the sum before op i.
	Static uint32
	Pre    []uint32
	// Ops is the fast form, ending with the fastEnd (OpEnd).
	Ops []NativeOp
	// Tags and ITags are the geometry (Shift, SetMask, WordMask; Lines is
	// nil) of the tag arrays that the inner loop checks loads and stores
	// against (NativeLayout's InnerTags and InnerITags): the block's code
	// may take them as constants, and read only the lines' address from
	// the inner loop's state. A machine whose geometry changes (a Restore
	// of another profile's caches) has its blocks compiled again.
	Tags, ITags mmu.Tags
	// WriteBuffer says that stores go through the D-cache's write buffer
	// (NativeLayout's InnerWB is not nil: a write-through D-cache), of
	// WriteBufferDepth entries that retire in WriteCycles, and a partial
	// store that hits merges in PartialCycles (the inner loop's partial); all of them
	// change with the geometry.
	WriteBuffer                bool
	WriteBufferDepth           int
	WriteCycles, PartialCycles uint64
}

// NativeOp is one op of a block's fast form.
type NativeOp struct {
	Kind OpKind
	// The registers: Rd the destination, whatever field it came from (a
	// write to register 0 is dropped), Rs and Rt the sources.
	Rd, Rs, Rt isa.Reg
	// Imm is the immediate, shift amount, or branch or jump target; for a
	// store, the static cycles before it, as for the kinds that wait for
	// HI and LO.
	Imm uint32
	// The instruction (for listings): its address, word and decoding;
	// zero for the fastEnd.
	PC   uint32
	Word uint32
	Inst isa.Inst
}

// OpKind is the kind of a fast op: what runInner does with it.
type OpKind uint8

// The op kinds, as runInner has them.
const (
	OpGeneric  OpKind = fastGeneric // runs as one step: the inner loop leaves
	OpEnd      OpKind = fastEnd
	OpNop      OpKind = fastNop
	OpADDU     OpKind = fastADDU
	OpSUBU     OpKind = fastSUBU
	OpAND      OpKind = fastAND
	OpOR       OpKind = fastOR
	OpXOR      OpKind = fastXOR
	OpNOR      OpKind = fastNOR
	OpSLT      OpKind = fastSLT
	OpSLTU     OpKind = fastSLTU
	OpSLLV     OpKind = fastSLLV
	OpSRLV     OpKind = fastSRLV
	OpSRAV     OpKind = fastSRAV
	OpMOVZ     OpKind = fastMOVZ
	OpMOVN     OpKind = fastMOVN
	OpADDIU    OpKind = fastADDIU
	OpANDI     OpKind = fastANDI
	OpORI      OpKind = fastORI
	OpXORI     OpKind = fastXORI
	OpSLTI     OpKind = fastSLTI
	OpSLTIU    OpKind = fastSLTIU
	OpLI       OpKind = fastLI
	OpSLL      OpKind = fastSLL
	OpSRL      OpKind = fastSRL
	OpSRA      OpKind = fastSRA
	OpCLZ      OpKind = fastCLZ
	OpCLO      OpKind = fastCLO
	OpLW       OpKind = fastLW
	OpLH       OpKind = fastLH
	OpLHU      OpKind = fastLHU
	OpLB       OpKind = fastLB
	OpLBU      OpKind = fastLBU
	OpSW       OpKind = fastSW
	OpSH       OpKind = fastSH
	OpSB       OpKind = fastSB
	OpBEQ      OpKind = fastBEQ
	OpBNE      OpKind = fastBNE
	OpBLEZ     OpKind = fastBLEZ
	OpBGTZ     OpKind = fastBGTZ
	OpBLTZ     OpKind = fastBLTZ
	OpBGEZ     OpKind = fastBGEZ
	OpBLTZAL   OpKind = fastBLTZAL
	OpBGEZAL   OpKind = fastBGEZAL
	OpJ        OpKind = fastJ
	OpJAL      OpKind = fastJAL
	OpJR       OpKind = fastJR
	OpJALR     OpKind = fastJALR
	OpMULT     OpKind = fastMULT
	OpMULTU    OpKind = fastMULTU
	OpMADD     OpKind = fastMADD
	OpMADDU    OpKind = fastMADDU
	OpMUL      OpKind = fastMUL
	OpMFHI     OpKind = fastMFHI
	OpMFLO     OpKind = fastMFLO
	OpHILO     OpKind = fastHILO
	OpBEQEnd   OpKind = fastBEQEnd
	OpBNEEnd   OpKind = fastBNEEnd
	OpBLEZEnd  OpKind = fastBLEZEnd
	OpBGTZEnd  OpKind = fastBGTZEnd
	OpBLTZEnd  OpKind = fastBLTZEnd
	OpBGEZEnd  OpKind = fastBGEZEnd
	OpJEnd     OpKind = fastJEnd
	OpJREnd    OpKind = fastJREnd
	OpLastKind OpKind = fastLast
)

// NativeLayout gives the offsets host code uses, in bytes: of the inner
// loop's state (Inner*), of a block (Block*), of a link (Link*), of a
// software TLB entry (STLB*), of a cache's tag array (Tags*) and of the
// counters (Stats*).
type NativeLayout struct {
	// The inner loop's state: the block running and its PC, the static
	// cycles of it already applied, the instructions of the blocks run
	// to their end, the counters, the I-cache's generation + 1 as blocks
	// record it, the links' context, the jump cache, the cycle by which
	// chained blocks must end, the software TLB's loads and stores with
	// the epoch | its inner-loop bit, the D-cache's tags with the reads
	// that hit, the I-cache's tags (stores into a line they hold leave),
	// the write buffer (nil without a write-through D-cache), and the
	// branch's outcome.
	InnerB, InnerPC, InnerApplied, InnerDone, InnerStats uintptr
	InnerICGen, InnerCtx, InnerJumps, InnerChainStop     uintptr
	InnerLoads, InnerStores, InnerEpoch                  uintptr
	InnerTags, InnerReads, InnerITags, InnerWB           uintptr
	InnerTaken, InnerTarget                              uintptr
	// The time stores and multiplies must leave by, the multiplier's
	// latency, the stores counted since runFast counted them last, with
	// their stalls and the lines they filled or words they dropped, and
	// HI, LO and when they are ready, in the machine.
	InnerStopAt, InnerMulLat                  uintptr
	InnerWrites, InnerWriteStalls, InnerDrops uintptr
	MachineHI, MachineLO, MachineHILOReady    uintptr
	// The machine's registers (what compiled code gets as gpr), so that
	// HI, LO and their readiness are at a constant distance from them.
	MachineGPR  uintptr
	WriteBuffer mmu.WriteBufferLayout
	// A block: its PC, static cycles, the I-cache generation its words
	// were last found valid at, its links (LinkSize bytes each), and the
	// entry of its host code at its first op (0 for none).
	BlockPC, BlockStatic, BlockICGen, BlockLinks, BlockNative uintptr
	LinkTo, LinkCtx, LinkSize                                 uintptr
	// The jump cache's entries (links) by pc>>2 & (JumpCacheSize-1).
	JumpCacheSize uintptr
	// A software TLB entry (STLBSize bytes each, by ea>>12 &
	// (STLBEntries-1)): its tag, and what an EA in the page adds for its
	// host address (64 bits) and its physical address (32 bits). A tag's
	// bits 0 and 1 are 0, and so are those of the epoch.
	STLBTag, STLBHostAdd, STLBPAAdd, STLBSize, STLBEntries uintptr
	// A tag array (mmu.Tags): the lines' address (its geometry is
	// NativeBlock's).
	TagsLines                uintptr
	StatsCycles, StatsStalls uintptr
}

// NativeABI returns the offsets host code uses.
func NativeABI() NativeLayout {
	var x fastInner
	var b block
	var l blockLink
	var e stlbEntry
	var s Stats
	var m Machine
	return NativeLayout{
		InnerB: unsafe.Offsetof(x.b), InnerPC: unsafe.Offsetof(x.pc), InnerApplied: unsafe.Offsetof(x.applied),
		InnerDone: unsafe.Offsetof(x.done), InnerStats: unsafe.Offsetof(x.stats), InnerICGen: unsafe.Offsetof(x.icGen),
		InnerCtx: unsafe.Offsetof(x.ctx), InnerJumps: unsafe.Offsetof(x.jumps), InnerChainStop: unsafe.Offsetof(x.chainStop),
		InnerLoads: unsafe.Offsetof(x.loads), InnerStores: unsafe.Offsetof(x.stores), InnerEpoch: unsafe.Offsetof(x.epoch),
		InnerTags: unsafe.Offsetof(x.tags), InnerReads: unsafe.Offsetof(x.reads), InnerITags: unsafe.Offsetof(x.itags),
		InnerWB:    unsafe.Offsetof(x.wb),
		InnerTaken: unsafe.Offsetof(x.taken), InnerTarget: unsafe.Offsetof(x.target),
		InnerStopAt: unsafe.Offsetof(x.stopAt), InnerMulLat: unsafe.Offsetof(x.mulLat),
		InnerWrites:      unsafe.Offsetof(x.writes),
		InnerWriteStalls: unsafe.Offsetof(x.writeStalls), InnerDrops: unsafe.Offsetof(x.drops),
		MachineHI: unsafe.Offsetof(m.HI), MachineLO: unsafe.Offsetof(m.LO), MachineHILOReady: unsafe.Offsetof(m.hiloReady),
		MachineGPR:  unsafe.Offsetof(m.GPR),
		WriteBuffer: mmu.WriteBufferOffsets(),
		BlockPC:     unsafe.Offsetof(b.pc), BlockStatic: unsafe.Offsetof(b.static), BlockICGen: unsafe.Offsetof(b.icGen),
		BlockLinks: unsafe.Offsetof(b.links), BlockNative: unsafe.Offsetof(b.native),
		LinkTo: unsafe.Offsetof(l.to), LinkCtx: unsafe.Offsetof(l.ctx), LinkSize: unsafe.Sizeof(l),
		JumpCacheSize: jumpCacheSize,
		STLBTag:       unsafe.Offsetof(e.tag),
		STLBHostAdd:   unsafe.Offsetof(e.hostAdd), STLBPAAdd: unsafe.Offsetof(e.paAdd),
		STLBSize: unsafe.Sizeof(e), STLBEntries: stlbSize,
		TagsLines:   unsafe.Offsetof(x.tags.Lines),
		StatsCycles: unsafe.Offsetof(s.Cycles), StatsStalls: unsafe.Offsetof(s.Stalls),
	}
}

// Native offer states of a block (block.offered).
const (
	nativeNotOffered = iota // not yet offered to the compiler
	nativeCompiled          // it has host code
	nativeRefused           // the compiler refused it: runInner's
)

// compiledEngine is the Fast engine with a compiler (NewCompiledEngine).
type compiledEngine struct {
	name        string
	newCompiler func(m *Machine) (NativeCompiler, error)
}

// NewCompiledEngine returns an engine of that name: the Fast engine, whose
// blocks run as the host code the machine's compiler (made by newCompiler,
// once per machine) gives them. Where newCompiler fails (a host that cannot
// run host code), the engine runs as the Fast engine does.
func NewCompiledEngine(name string, newCompiler func(m *Machine) (NativeCompiler, error)) Engine {
	return compiledEngine{name: name, newCompiler: newCompiler}
}

func (e compiledEngine) Name() string { return e.name }

func (e compiledEngine) Step(m *Machine) error {
	m.scheduleDevices()
	return m.step(e.cache(m))
}

func (e compiledEngine) Run(ctx context.Context, m *Machine, lim Limits) (Stop, error) {
	return m.runBlocks(ctx, lim, e.cache(m))
}

// cache returns the engine's code cache for m, with its compiler.
func (e compiledEngine) cache(m *Machine) *codeCache {
	return m.engineState(e.name, func(m *Machine) EngineState {
		c := newFastState(m).(*codeCache)
		if nc, err := e.newCompiler(m); err == nil {
			c.native = nc
		}
		return c
	}).(*codeCache)
}

// nativeGeometry is what compiled code takes as constants of the caches:
// the shape of the D-cache's and I-cache's tags, and whether stores go
// through a write buffer.
type nativeGeometry struct {
	tags, itags      mmu.Tags
	wb               bool
	depth            int
	wcycles, partial uint64
}

// nativeGeometryOf is the geometry of x's caches and write buffer.
func nativeGeometryOf(x *fastInner) nativeGeometry {
	g := nativeGeometry{tags: geometry(x.tags), itags: geometry(x.itags), wb: x.wb != nil, partial: x.partial}
	if x.wb != nil {
		g.depth, g.wcycles = x.wb.Depth(), x.wb.WriteCycles()
	}
	return g
}

// geometry is the shape of a tag array, without its lines.
func geometry(t mmu.Tags) mmu.Tags {
	return mmu.Tags{Shift: t.Shift, SetMask: t.SetMask, WordMask: t.WordMask}
}

// dropNative forgets every block's host code: the blocks are offered to
// the compiler again.
func (c *codeCache) dropNative() {
	for _, o := range c.compiled {
		o.offered, o.entries, o.native = nativeNotOffered, nil, 0
	}
	c.compiled = c.compiled[:0]
}

// checkGeometry drops the blocks' host code when it was compiled for
// caches of another geometry than x's (NativeBlock.Tags). runFast calls it
// once, when it sets x up: the tags do not change while it runs.
func (c *codeCache) checkGeometry(x *fastInner) {
	if g := nativeGeometryOf(x); g != c.nativeGeom {
		c.dropNative()
		c.nativeGeom = g
	}
}

// nativeEntry returns the entry of b's host code at op i, offering b to
// the compiler the first time; 0 when op i has none.
func (c *codeCache) nativeEntry(b *block, i int, x *fastInner) uintptr {
	switch b.offered {
	case nativeCompiled:
		return b.entries[i]
	case nativeRefused:
		return 0
	}
	entries, flushed := c.native.Compile(b.nativeView(x))
	if flushed {
		c.dropNative() // their code is gone: they are compiled again when they run
	}
	if entries == nil {
		b.offered = nativeRefused
		return 0
	}
	b.offered, b.entries, b.native = nativeCompiled, entries, entries[0]
	c.compiled = append(c.compiled, b)
	return entries[i]
}

// nativeView describes b to a compiler, for the inner loop's state x.
func (b *block) nativeView(x *fastInner) *NativeBlock {
	v := &NativeBlock{Addr: unsafe.Pointer(b), PC: b.pc, End: b.end, Cond: b.cond, Static: b.static,
		Pre: b.pre, Ops: make([]NativeOp, len(b.fops)), Tags: geometry(x.tags), ITags: geometry(x.itags)}
	g := nativeGeometryOf(x)
	v.WriteBuffer, v.WriteBufferDepth, v.WriteCycles, v.PartialCycles = g.wb, g.depth, g.wcycles, g.partial
	for i, o := range b.fops {
		v.Ops[i] = NativeOp{Kind: OpKind(o.kind), Rd: o.rd, Rs: o.rs, Rt: o.rt, Imm: o.imm}
	}
	// The fast ops keep the order of the instructions, but where fuseEnd
	// swapped the branch and its slot.
	n := len(b.ops)
	for i := 0; i < n; i++ {
		j := i
		if b.fops[i].kind >= fastBEQEnd && i == n-1 {
			j = n - 2
		} else if i == n-2 && b.fops[n-1].kind >= fastBEQEnd {
			j = n - 1
		}
		op := &b.ops[j]
		v.Ops[i].PC, v.Ops[i].Word, v.Ops[i].Inst = op.pc, op.word, op.inst
	}
	return v
}

// runNative runs b's host code from op i, when it has some there, and
// returns the op at which runInner goes on.
func (c *codeCache) runNative(m *Machine, b *block, i int, x *fastInner) int {
	entry := c.nativeEntry(b, i, x)
	if entry == 0 {
		return i
	}
	return c.native.Enter(entry, unsafe.Pointer(x), &m.GPR, m.Stats.Cycles-uint64(x.applied))
}

// NativeCompiler returns the compiler of the compiled engine named name
// for this machine, or nil when that engine has not run it (or runs it
// without one).
func (c Core) NativeCompiler(name string) NativeCompiler {
	for _, e := range c.m.engines {
		if e.name == name {
			if cc, ok := e.state.(*codeCache); ok && cc.native != nil {
				return cc.native
			}
		}
	}
	return nil
}
