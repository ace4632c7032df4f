package kernel

// Addresses and sizes shared with the guest sources (layout.inc, frame.inc);
// TestLayoutConstants checks that both sides agree.
const (
	// TextAddress is where the kernel is linked: kseg0, above the vector
	// page and the boot-information block.
	TextAddress = 0x80010000
	// BootInfo is the kseg0 address of the boot-information block.
	BootInfo = 0x80001000
	// UPage is the user address of the u-page: the exokernel save area at
	// offset 0 and the signal trampoline at UPageTrampoline. It lies below
	// 32 KiB so that user code reaches it from $zero.
	UPage           = 0x7000
	UPageTrampoline = 0x800
	// StackTop is the top of the user stack, as in user mode.
	StackTop = 0x7fff0000
	// EnvVSIDBase is the first VSID of environment 0: environment i's
	// segment n uses EnvVSIDBase*(i+1)+n.
	EnvVSIDBase = 0x10
	// Wired is the number of TLB entries the refill handler never replaces.
	Wired = 8
	// MaxRegions bounds the regions of one environment's boot record.
	MaxRegions = 32
)

// Boot-information block offsets (layout.inc).
const (
	biMagic       = 0
	biPersonality = 12
	biTimer       = 16
	biClockHz     = 20
	biNsPerTick   = 24
	biFreeStart   = 32
	biFreeEnd     = 36
	biNEnvs       = 40
	biSlice       = 44
	biGrace       = 48
	biDisk        = 76
	biMagicValue  = 0x49424c47
	biEnvs        = 0x400
	biEnvSize     = 0x240

	// A boot record.
	beEntry         = 0
	beSP            = 4
	beBrk           = 8
	beBrkMax        = 12
	beNRegions      = 16
	beStatus        = 20
	beExited        = 24
	beCrashSig      = 28
	beCrashEPC      = 32
	beCrashCause    = 36
	beCrashBadVAddr = 40
	bePSLMask       = 44
	bePSLSP         = 48
	beRegions       = 64

	biNLibs       = 52
	biLibs        = 0x100
	biLibSize     = 0x100
	blSeg         = 0
	blSROpen      = 4
	blGate        = 8
	blNServ       = 12
	blNRegions    = 16
	blServ        = 32
	blRegions     = 160
	maxLibRegions = 6

	regionSize = 16
	rfWrite    = 1
	rfExec     = 2
	rfWired    = 4
)

// MaxEnvs is the number of environments the kernel has room for.
const MaxEnvs = 64

// Exokernel system calls (v0), layout.inc.
const (
	ExoNull       = 0
	ExoPutc       = 1
	ExoExit       = 2
	ExoSetHandler = 3
	ExoTicks      = 4
	ExoYield      = 5
	ExoPCTSync    = 6
	ExoPCTAsync   = 7
	ExoSetCause   = 8
	ExoSetEntry   = 9
	ExoGetID      = 10
	ExoNullStack  = 11
	ExoEnvAlloc   = 12
	ExoPageAlloc  = 13
	ExoPageFree   = 14
	ExoPageShare  = 15
	ExoBind       = 16
	ExoUnbind     = 17
	// ExoSetEntry's first argument.
	EntryRun = 0
	EntryPCT = 1
	EntryEpi = 2
)

// Save-area offsets: the exokernel dispatch leaves the interrupted code's
// t0, t1 and t2 here and EPC, Cause and BadVAddr in t0, t1 and t2; the
// epilogue upcall leaves them at SaveEpiT0-T2. The area is SaveSize bytes.
const (
	SaveT0    = 0
	SaveT1    = 4
	SaveT2    = 8
	SaveEpiT0 = 16
	SaveEpiT1 = 20
	SaveEpiT2 = 24
	SaveSize  = 32
)
