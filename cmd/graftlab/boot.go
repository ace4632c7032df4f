package main

import (
	"context"
	"crypto/ed25519"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/kernel"
	"graftlab/profile"
	"graftlab/psl"
)

func init() {
	register(&command{
		name:    "boot",
		summary: "run a static MIPS32 executable in system mode, on the guest nanokernel",
		usage: "[--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [--personality PERSONALITY] [--timer TICKS] [--slice N] [--grace N] [--manifest FILE] [--psl LIBRARY]...\n" +
			"               [--disk FILE] [--graft GRAFT]... [--graft-key PUB]... [--graft-unprotected] [--graft-budget N] [--graft-quota N]\n" +
			"               [--lock-timeout N] [--spin OBJ]... [--spin-unchecked] [--compiler-key PUB]... [--spin-budget N] [--spin-listing EVENT]...\n" +
			"               [--stats] [--max-instructions N] [--max-cycles N]\n" +
			"               [--ram MiB] [PROG.elf [ARGS...] [+ PROG.elf [ARGS...]]...]\n\n" +
			"Several programs, separated by a lone +, or listed one a line (with their arguments; # starts a\n" +
			"comment) in the manifest FILE, are the boot list: each is an environment of its own, environment\n" +
			"0 first, and they share the processor in time slices (doc/kernel.md, \"Environments\"). The exit\n" +
			"status is environment 0's. With --psl, every program is a client of the protected shared\n" +
			"library LIB.o (its services the global functions named, or all of them; doc/psl.md).",
		// Everything after the program is the guest's.
		interspersed: false,
		setup:        setupBoot,
	})
}

func setupBoot(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	prof := profileFlag(fs)
	pers := fs.String("personality", "conventional", "how the kernel serves the program, `PERSONALITY`: conventional (Linux o32 system calls, signals) or exokernel (Aegis-style calls and exception dispatch; see doc/kernel.md)")
	timer := fs.Uint("timer", 0, "timer interrupt every `TICKS` Count ticks (0: no timer)")
	stats := fs.Bool("stats", false, "print the run's counters as one JSON object, the last line on stderr")
	maxInst := fs.Uint64("max-instructions", defaultMaxInstructions, "stop after `N` instructions, kernel's included, with exit status 124 (0: no limit)")
	maxCycles := fs.Uint64("max-cycles", 0, "stop after `N` cycles, with exit status 124 (0: no limit)")
	ram := ramFlag(fs)
	engine := engineFlag(fs)
	slice := fs.Uint("slice", 1, "a time slice lasts `N` timer periods")
	grace := fs.Uint("grace", 1, "an exokernel environment has `N` timer periods to yield after its epilogue upcall")
	manifest := fs.String("manifest", "", "read the boot list from `FILE`: one program and its arguments a line")
	diskFile := fs.String("disk", "", "attach the disk image `FILE`, a whole number of 512-byte sectors, at 0x1F000300 (doc/machine.md, \"Disk\")")
	var graftsFlag, graftKeys listFlag
	fs.Var(&graftsFlag, "graft", "place a VINO graft in the running kernel, `GRAFT`: OBJ:ENTRY or OBJ:ENTRY:POINT, POINT call (the default), sched, encrypt, ra (read-ahead, with --disk) or evict (page eviction, with --disk); owned by the first program (repeatable: slots 0, 1, ...; doc/vino.md)")
	fs.Var(&graftKeys, "graft-key", "trust the public key in `PUB` for grafts: the --graft objects and those programs install (vino_install), and checked SPIN extensions (--spin, spin_load); repeatable")
	graftUnprot := fs.Bool("graft-unprotected", false, "load the --graft objects as they are: no signature, no MiSFIT verification, no transactions (for comparison only)")
	graftBudget := fs.Uint("graft-budget", kernel.DefaultVinoBudget, "cycles a graft invocation may run before it is aborted, `N`")
	graftQuota := fs.Uint("graft-quota", 4, "heap pages a graft may hold, `N`")
	lockTimeout := fs.Uint("lock-timeout", 100000, "cycles a graft may hold a lock, `N`")
	var spinFlag, spinListing listFlag
	fs.Var(&spinFlag, "spin", "place a SPIN extension in the running kernel, `OBJ`: MiSFIT-rewritten and signed by a --graft-key key; its functions are the handlers, guards and defaults programs bind to events (repeatable: slots 0, 1, ...; doc/spin.md)")
	spinUnchecked := fs.Bool("spin-unchecked", false, "place the --spin objects as their compiler made them, signed by a --compiler-key key, their functions called directly: SPIN's trust in its compiler's code (doc/spin.md)")
	var compilerKeys listFlag
	fs.Var(&compilerKeys, "compiler-key", "trust the public key in `PUB` as a trusted compiler's: the --spin-unchecked objects and the unchecked extensions programs load (spin_load); repeatable")
	spinBudget := fs.Uint("spin-budget", 0, "a SPIN raise may run `N` cycles, then it ends (0: 1000000)")
	fs.Var(&spinListing, "spin-listing", "after the run, print the dispatcher the kernel generated for `EVENT` on stderr (repeatable)")
	var libsFlag listFlag
	fs.Var(&libsFlag, "psl", "a protected shared library every program may call, `LIBRARY`: LIB.o, or LIB.o:SVC,SVC... to name its services (repeatable: library 0, then 1)")
	return func(ctx context.Context, e *env, args []string) error {
		list, err := bootList(args, *manifest)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return usageError{"want a program to boot"}
		}
		if len(list) > kernel.MaxEnvs {
			return usageError{fmt.Sprintf("%d programs: at most %d environments", len(list), kernel.MaxEnvs)}
		}
		if *slice == 0 || *slice > 1<<20 || *grace == 0 || *grace > 1<<20 {
			return usageError{"--slice and --grace: want 1 to 1048576 timer periods"}
		}
		if err := checkRAM(*ram); err != nil {
			return err
		}
		eng, err := engine.choose()
		if err != nil {
			return err
		}
		if *timer > 1<<31 {
			return usageError{fmt.Sprintf("--timer %d: want at most 2147483648 ticks", *timer)}
		}
		personality, err := kernel.ParsePersonality(*pers)
		if err != nil {
			return usageError{"--personality: " + err.Error()}
		}
		var libs []kernel.Library
		var attach []int
		for n, arg := range libsFlag {
			spec, err := psl.ParseSpec(arg)
			if err != nil {
				return err
			}
			l, err := psl.Build(spec, n)
			if err != nil {
				return err
			}
			libs = append(libs, l)
			attach = append(attach, n)
		}
		name := list[0][0]
		var progs []kernel.Program
		var p *profile.Profile
		for _, argv := range list {
			pp, _, x, err := loadProgram(*prof, argv[0])
			if err != nil {
				return err
			}
			p = pp
			progs = append(progs, kernel.Program{Executable: x, Args: argv, Env: os.Environ(), Libraries: attach})
		}
		grafts, keys, err := bootGrafts(graftsFlag, graftKeys, *graftUnprot, *graftBudget, *graftQuota)
		if err != nil {
			return err
		}
		ckeys, err := readPublicKeys(compilerKeys)
		if err != nil {
			return err
		}
		spin, err := bootSpin(spinFlag, keys, ckeys, *spinUnchecked)
		if err != nil {
			return err
		}
		listings, err := spinEvents(spinListing)
		if err != nil {
			return err
		}
		if *spinBudget != 0 && (*spinBudget < kernel.SpinBudgetMin || *spinBudget > 1<<31) {
			return usageError{fmt.Sprintf("--spin-budget %d: want %d to 2147483648 cycles", *spinBudget, kernel.SpinBudgetMin)}
		}
		if *lockTimeout == 0 || *lockTimeout > 1<<31 {
			return usageError{fmt.Sprintf("--lock-timeout %d: want 1 to 2147483648 cycles", *lockTimeout)}
		}
		var disk *devices.Disk
		if *diskFile != "" {
			if disk, err = openDisk(*diskFile, p); err != nil {
				return err
			}
			defer disk.Close()
		}
		sys, err := kernel.Boot(kernel.Config{
			Profile:          p,
			Program:          progs[0].Executable,
			Args:             progs[0].Args,
			Env:              progs[0].Env,
			Programs:         progs[1:],
			Libraries:        libs,
			PSL:              attach,
			Personality:      personality,
			TimerInterval:    uint32(*timer),
			Slice:            uint32(*slice),
			Grace:            uint32(*grace),
			Grafts:           grafts,
			GraftKeys:        keys,
			GraftQuota:       uint32(*graftQuota),
			GraftBudget:      uint32(*graftBudget),
			LockTimeout:      uint32(*lockTimeout),
			Disk:             disk,
			Spin:             spin,
			SpinCompilerKeys: ckeys,
			SpinBudget:       uint32(*spinBudget),
			Console:          e.stdout,
			Input:            e.stdin,
			RAMSize:          uint32(*ram) << 20,
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sys.Engine = eng
		start := time.Now()
		stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: *maxInst, MaxCycles: *maxCycles})
		elapsed := time.Since(start)
		m := sys.Machine
		status := stop.Status
		switch {
		case err != nil && ctx.Err() != nil:
			fmt.Fprintf(e.stderr, "graftlab boot: %s: interrupted: %v\n", name, err)
			status = statusInterrupted
		case err != nil:
			return fmt.Errorf("%s: %w", name, err)
		case stop.Reason == cpu.StopInstructionLimit || stop.Reason == cpu.StopCycleLimit:
			fmt.Fprintf(e.stderr, "graftlab boot: %s: stopped (%v) at pc %#x after %d instructions, %d cycles\n",
				name, stop.Reason, m.PC, m.Stats.Instructions, m.Stats.Cycles)
			status = statusLimit
		case stop.Reason != cpu.StopHalted:
			return fmt.Errorf("%s: stopped (%v) at pc %#x", name, stop.Reason, m.PC)
		}
		if stop.Reason == cpu.StopHalted {
			for i, ex := range sys.Exits() {
				if ex.Crash.Signal == 0 {
					continue
				}
				who := list[i][0]
				if len(list) > 1 {
					who = fmt.Sprintf("%s (environment %d)", who, i)
				}
				fmt.Fprintf(e.stderr, "graftlab boot: %s: %v\n", who, ex.Crash)
			}
		}
		if err := writeSpinListings(e.stderr, sys, listings); err != nil {
			return err
		}
		if disk != nil && disk.Err() != nil {
			fmt.Fprintf(e.stderr, "graftlab boot: %s: %v\n", *diskFile, disk.Err())
		}
		if *stats {
			if err := writeRunStats(e.stderr, m, status, elapsed); err != nil {
				return err
			}
		}
		if status != 0 {
			return exitError{status}
		}
		return nil
	}
}

// openDisk opens the disk image file, timed by the profile's disk figures.
func openDisk(file string, p *profile.Profile) (*devices.Disk, error) {
	timing, err := devices.DiskTimingFor(p)
	if err != nil {
		return nil, fmt.Errorf("--disk %s: %w", file, err)
	}
	return devices.OpenDisk(file, devices.DiskOptions{Timing: timing})
}

// bootList splits the command line's programs at each lone "+", or reads
// them from the manifest (one program and its arguments a line, separated
// by blanks; # starts a comment). Not both.
func bootList(args []string, manifest string) ([][]string, error) {
	if manifest != "" {
		if len(args) > 0 {
			return nil, usageError{"--manifest and programs on the command line: give one or the other"}
		}
		data, err := os.ReadFile(manifest)
		if err != nil {
			return nil, err
		}
		var list [][]string
		for i, line := range strings.Split(string(data), "\n") {
			line, _, _ = strings.Cut(line, "#")
			f := strings.Fields(line)
			if len(f) == 0 {
				continue
			}
			if f[0] == "+" {
				return nil, fmt.Errorf("%s:%d: a line names one program; + separates programs only on the command line", manifest, i+1)
			}
			list = append(list, f)
		}
		if len(list) == 0 {
			return nil, fmt.Errorf("%s: no program", manifest)
		}
		return list, nil
	}
	var list [][]string
	cur := []string{}
	for _, a := range args {
		if a == "+" {
			if len(cur) == 0 {
				return nil, usageError{"+ must separate programs: want PROG.elf [ARGS...] + PROG.elf [ARGS...]"}
			}
			list, cur = append(list, cur), []string{}
			continue
		}
		cur = append(cur, a)
	}
	if len(cur) == 0 && len(list) > 0 {
		return nil, usageError{"+ must separate programs: want PROG.elf [ARGS...] + PROG.elf [ARGS...]"}
	}
	if len(cur) > 0 {
		list = append(list, cur)
	}
	return list, nil
}

// bootGrafts reads the --graft objects, OBJ:ENTRY[:POINT], and the
// --graft-key files.
func bootGrafts(specs, keyFiles []string, unprotected bool, budget, quota uint) ([]kernel.VinoGraft, []ed25519.PublicKey, error) {
	if len(specs) > kernel.VinoSlots {
		return nil, nil, usageError{fmt.Sprintf("%d grafts: at most %d", len(specs), kernel.VinoSlots)}
	}
	if len(keyFiles) > kernel.VinoMaxKeys {
		return nil, nil, usageError{fmt.Sprintf("%d graft keys: at most %d", len(keyFiles), kernel.VinoMaxKeys)}
	}
	if budget == 0 || budget > 1<<31 || quota > 1024 {
		return nil, nil, usageError{"--graft-budget: want 1 to 2147483648 cycles; --graft-quota: at most 1024 pages"}
	}
	keys, err := readPublicKeys(keyFiles)
	if err != nil {
		return nil, nil, err
	}
	if len(specs) > 0 && len(keys) == 0 && !unprotected {
		return nil, nil, usageError{"--graft: want --graft-key PUB (the key the graft was signed with), or --graft-unprotected"}
	}
	var gs []kernel.VinoGraft
	for _, spec := range specs {
		parts := strings.Split(spec, ":")
		if len(parts) < 2 || len(parts) > 3 || parts[0] == "" || parts[1] == "" {
			return nil, nil, usageError{fmt.Sprintf("--graft %q: want OBJ:ENTRY or OBJ:ENTRY:POINT", spec)}
		}
		point := kernel.PointCall
		if len(parts) == 3 {
			switch parts[2] {
			case "call":
			case "sched":
				point = kernel.PointSched
			case "encrypt":
				point = kernel.PointEncrypt
			case "ra":
				point = kernel.PointReadAhead
			case "evict":
				point = kernel.PointEvict
			default:
				return nil, nil, usageError{fmt.Sprintf("--graft %q: point %q: want call, sched, encrypt, ra or evict", spec, parts[2])}
			}
		}
		obj, err := os.ReadFile(parts[0])
		if err != nil {
			return nil, nil, err
		}
		g := kernel.VinoGraft{Object: obj, Name: parts[0], Entry: parts[1], Point: point, Keys: keys,
			Budget: uint32(budget), Quota: uint32(quota), Flags: kernel.VinoAll}
		if unprotected {
			g.Unverified, g.Flags = true, 0
		}
		gs = append(gs, g)
	}
	return gs, keys, nil
}
