package jit

import (
	"context"
	"fmt"
	"io"

	"graftlab/cpu"
)

// Engine is the compiled engine ("jit"): the Fast engine, whose blocks run
// as amd64 code that this package compiles from them (native.go), with
// the reference interpreter's exact state and counts on every profile.
// It registers itself in cpu's registry, as the default engine, on hosts
// that run compiled code (Supported); elsewhere it runs as the Fast engine
// does.
type Engine struct {
	// CodeCacheSize is the size of each machine's code cache, taken when
	// the engine first runs the machine; zero means EngineCodeCacheSize.
	CodeCacheSize int
	// Dump, when set, receives the listing of every block as it is
	// compiled (see Listing), for machines this engine runs first.
	Dump io.Writer
}

// EngineCodeCacheSize is the size of a machine's code cache when the
// Engine does not say.
const EngineCodeCacheSize = 4 << 20

// engineName is the engine's name, and the key of its state.
const engineName = "jit"

func (Engine) Name() string { return engineName }

// Step executes one instruction, as the Fast engine does.
func (e Engine) Step(m *cpu.Machine) error { return e.engine().Step(m) }

// Run executes until a limit, a halt, a stop request, an error or the end
// of ctx, as the Fast engine does, running compiled code where it can.
func (e Engine) Run(ctx context.Context, m *cpu.Machine, lim cpu.Limits) (cpu.Stop, error) {
	return e.engine().Run(ctx, m, lim)
}

// engine is the Fast engine with this package's compiler.
func (e Engine) engine() cpu.Engine {
	return cpu.NewCompiledEngine(engineName, func(m *cpu.Machine) (cpu.NativeCompiler, error) {
		size := e.CodeCacheSize
		if size == 0 {
			size = EngineCodeCacheSize
		}
		c, err := newNativeCompiler(size)
		if c != nil {
			c.dump = e.Dump
		}
		return c, err
	})
}

// Stats says what the engine compiled for a machine and how its code ran.
type Stats struct {
	Compiled uint64 // blocks compiled
	Refused  uint64 // blocks the compiler left to the Fast engine
	Enters   uint64 // entries into compiled code from Go
	Cache    CodeCacheStats
	// DumpError is the first error writing to Engine.Dump.
	DumpError error
	// LastRefusal is why the compiler last refused a block (nil for
	// none): a graftlab bug, since every block's fast form compiles.
	LastRefusal error
}

// StatsOf returns the engine's statistics for m, and false when the engine
// has not run m (or runs it without compiled code).
func StatsOf(m *cpu.Machine) (Stats, bool) {
	c, ok := m.Core().NativeCompiler(engineName).(*nativeCompiler)
	if !ok {
		return Stats{}, false
	}
	return Stats{Compiled: c.compiled, Refused: c.refused, Enters: c.enters, Cache: c.cache.Stats(), LastRefusal: c.lastRefusal, DumpError: c.dumpErr}, true
}

// newNativeCompiler makes a machine's compiler with its code cache.
func newNativeCompiler(cacheSize int) (*nativeCompiler, error) {
	abi := cpu.NativeABI()
	if abi.LinkSize != 16 || abi.STLBSize != 1<<stlbShift {
		return nil, fmt.Errorf("compiled engine: links of %d bytes and software TLB entries of %d, want 16 and %d", abi.LinkSize, abi.STLBSize, 1<<stlbShift)
	}
	cache, err := NewCodeCache(cacheSize)
	if err != nil {
		return nil, err
	}
	return &nativeCompiler{cache: cache, abi: abi}, nil
}

// On a host that runs compiled code the engine registers itself and
// becomes the default engine of every program that links this package
// (graftlab's command does).
func init() {
	if Supported {
		cpu.Register(Engine{})
		if err := cpu.SetDefaultEngine(engineName); err != nil {
			panic(err)
		}
	}
}
