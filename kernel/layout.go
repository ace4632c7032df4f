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
	// EnvVSIDBase is the first VSID of the environment: segment n uses
	// EnvVSIDBase+n.
	EnvVSIDBase = 0x10
	// Wired is the number of TLB entries the refill handler never replaces.
	Wired = 8
	// MaxRegions bounds the regions of the boot-information block.
	MaxRegions = 32
)

// Boot-information block offsets (layout.inc).
const (
	biMagic       = 0
	biEntry       = 4
	biSP          = 8
	biPersonality = 12
	biTimer       = 16
	biClockHz     = 20
	biNsPerTick   = 24
	biBrk         = 28
	biFreeStart   = 32
	biFreeEnd     = 36
	biNRegions    = 40
	biRegions     = 44
	biMagicValue  = 0x49424c47

	biCrashSig      = 0x300
	biCrashEPC      = 0x304
	biCrashCause    = 0x308
	biCrashBadVAddr = 0x30c
	biBrkMax        = 0x310

	regionSize = 16
	rfWrite    = 1
	rfExec     = 2
	rfWired    = 4
)

// Exokernel system calls (v0), layout.inc.
const (
	ExoNull       = 0
	ExoPutc       = 1
	ExoExit       = 2
	ExoSetHandler = 3
	ExoTicks      = 4
)

// Save-area offsets: the exokernel dispatch leaves the interrupted code's
// t0, t1 and t2 here and EPC, Cause and BadVAddr in t0, t1 and t2.
const (
	SaveT0 = 0
	SaveT1 = 4
	SaveT2 = 8
)
