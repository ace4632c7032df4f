package main

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"graftlab/cpu"
	"graftlab/kernel"
	"graftlab/misfit/sign"
	"graftlab/profile"
)

func init() {
	register(&command{
		name:    "graft",
		summary: "load a MiSFIT-rewritten, signed graft as the kernel does and call it once in system mode",
		usage: "run [--key PUB]... [--allow-unsigned] --entry FUNC [--data FILE] [--data-offset OFFSET] [--region SIZE] [--watch] [--json]" +
			" [--dump FILE] [--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [--max-instructions N] OBJ.o [ARG...]",
		// The ARGs after the object are the graft's, even if they start
		// with a dash.
		interspersed: false,
		setup:        setupGraft,
	})
}

// statusGraftFailed is graft run's exit status when the graft did not
// return: it was aborted (misfit_fault), raised an exception or, with
// --watch, escaped its region.
const statusGraftFailed = 3

// defaultGraftInstructions is the instruction limit of a graft call,
// kernel.Graft.Call's own default.
const defaultGraftInstructions = 50_000_000

func setupGraft(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	var keys keyList
	fs.Var(&keys, "key", "trust the public key in `PUB` (from graftlab keygen; repeatable: any of them)")
	allowUnsigned := fs.Bool("allow-unsigned", false, "accept a graft without a signature (it is still verified); a warning is printed")
	entry := fs.String("entry", "", "call the graft's global function `FUNC`")
	data := fs.String("data", "", "write the bytes of `FILE` into the data region before the call, at --data-offset")
	dataOff := fs.Uint("data-offset", 0, "where --data goes: `OFFSET` bytes into the data region (the graft's own data sections lie from its base)")
	var region sizeFlag
	fs.Var(&region, "region", "data region of `SIZE` bytes, a power of two from 4K to 1M (default 64K)")
	engine := engineFlag(fs)
	watch := fs.Bool("watch", false, "watch every access and jump of the graft and report escapes from its region")
	asJSON := fs.Bool("json", false, "print the outcome as one JSON object on stdout (doc/cli.md, \"JSON output\")")
	dump := fs.String("dump", "", "write the data region after the call to `FILE`")
	prof := profileFlag(fs)
	maxInst := fs.Uint64("max-instructions", defaultGraftInstructions, "stop the call after `N` instructions, the kernel's included")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 || args[0] != "run" {
			if len(args) > 0 {
				return usageError{fmt.Sprintf("unknown graft subcommand %q: want run", args[0])}
			}
			return usageError{"want a subcommand: run"}
		}
		// The flags after "run".
		args, err := parseFlags(fs, args[1:], false)
		if err != nil {
			return err
		}
		if len(args) == 0 {
			return usageError{"want a graft object"}
		}
		if *entry == "" {
			return usageError{"want --entry FUNC"}
		}
		if len(keys) == 0 && !*allowUnsigned {
			return usageError{"want --key PUB (the key the graft was signed with), or --allow-unsigned"}
		}
		if *maxInst == 0 {
			return usageError{"--max-instructions 0: want a bound"}
		}
		obj, graftArgs := args[0], args[1:]
		if len(graftArgs) > 4 {
			return usageError{fmt.Sprintf("%d arguments: a graft takes at most four (a0-a3)", len(graftArgs))}
		}
		var a [4]uint32
		for i, s := range graftArgs {
			if a[i], err = parseGraftArg(s); err != nil {
				return usageError{err.Error()}
			}
		}
		cfg := kernel.GraftConfig{
			Name: obj, Entry: *entry, RegionSize: region.v, Args: a,
			AllowUnsigned: *allowUnsigned, Watch: *watch,
		}
		if cfg.Profile, err = profile.Load(*prof); err != nil {
			return err
		}
		for _, k := range keys {
			pub, err := readPublicKey(k)
			if err != nil {
				return err
			}
			cfg.Keys = append(cfg.Keys, pub)
		}
		if *data != "" {
			b, err := os.ReadFile(*data)
			if err != nil {
				return err
			}
			if uint64(*dataOff)+uint64(len(b)) > kernel.MaxGraftRegion {
				return usageError{fmt.Sprintf("--data-offset %#x with %d bytes of --data: beyond the largest region (%#x bytes)", *dataOff, len(b), kernel.MaxGraftRegion)}
			}
			cfg.Shared = append(make([]byte, *dataOff), b...)
		} else if *dataOff != 0 {
			return usageError{"--data-offset without --data"}
		}
		if cfg.Object, err = os.ReadFile(obj); err != nil {
			return err
		}
		// Output files are checked before the run.
		var dumpFile *outputFile
		if *dump != "" {
			if dumpFile, err = createOutput(*dump); err != nil {
				return err
			}
			defer dumpFile.abandon()
		}
		if *allowUnsigned {
			fmt.Fprintf(e.stderr, "graftlab graft: warning: %s: --allow-unsigned: the signature is not required (the code is still verified)\n", obj)
		}
		eng, err := engine.choose()
		if err != nil {
			return err
		}
		g, err := kernel.LoadGraft(cfg)
		if err != nil {
			return err
		}
		g.Engine = eng
		run, err := g.Call(ctx, cpu.Limits{MaxInstructions: *maxInst})
		if err != nil {
			return fmt.Errorf("%s: %w", obj, err)
		}
		if dumpFile != nil {
			if err := dumpFile.commit(run.Region); err != nil {
				return err
			}
		}
		out := newGraftOutcome(obj, *entry, cfg.Profile, *watch, run)
		if *asJSON {
			if err := writeJSONLine(e.stdout, out); err != nil {
				return err
			}
		} else {
			out.writeText(e.stdout)
		}
		if !out.Returned {
			return exitError{statusGraftFailed}
		}
		return nil
	}
}

// readPublicKey reads a public key file made by graftlab keygen.
// readPublicKeys reads each of the key files.
func readPublicKeys(paths []string) ([]ed25519.PublicKey, error) {
	var keys []ed25519.PublicKey
	for _, f := range paths {
		k, err := readPublicKey(f)
		if err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func readPublicKey(path string) (ed25519.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pub, err := sign.ParsePublicKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return pub, nil
}

// parseGraftArg reads one of a0-a3: a number (Go syntax; a negative one is
// its 32-bit two's complement) or @OFFSET, the address OFFSET bytes into
// the data region.
func parseGraftArg(s string) (uint32, error) {
	if off, ok := strings.CutPrefix(s, "@"); ok {
		v, err := strconv.ParseUint(off, 0, 32)
		if err != nil || v >= kernel.MaxGraftRegion {
			return 0, fmt.Errorf("argument %q: want @OFFSET, an offset below %#x into the data region", s, kernel.MaxGraftRegion)
		}
		return kernel.GraftDataBase + uint32(v), nil
	}
	if v, err := strconv.ParseUint(s, 0, 32); err == nil {
		return uint32(v), nil
	}
	if v, err := strconv.ParseInt(s, 0, 32); err == nil {
		return uint32(v), nil
	}
	return 0, fmt.Errorf("argument %q: want a 32-bit number (42, 0x2a, -1) or @OFFSET into the data region", s)
}

// sizeFlag is a byte count: a number with an optional K or M suffix
// (KiB, MiB).
type sizeFlag struct{ v uint32 }

func (s *sizeFlag) String() string {
	if s.v == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(s.v), 10)
}

func (s *sizeFlag) Set(text string) error {
	num, mul := text, uint64(1)
	for _, suf := range []struct {
		s string
		m uint64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"K", 1 << 10}, {"M", 1 << 20}} {
		if n, ok := strings.CutSuffix(text, suf.s); ok {
			num, mul = n, suf.m
			break
		}
	}
	v, err := strconv.ParseUint(num, 0, 32)
	if err != nil || v*mul > 1<<31 {
		return fmt.Errorf("bad size %q: want bytes, or a number with K or M (64K)", text)
	}
	s.v = uint32(v * mul)
	return nil
}

// graftOutcome is graft run's result, and its --json object.
type graftOutcome struct {
	Object       string   `json:"object"`
	Entry        string   `json:"entry"`
	Profile      string   `json:"profile"`
	Returned     bool     `json:"returned"` // the graft returned normally
	Result       uint32   `json:"result"`   // its v0 (0 unless it returned)
	Aborted      bool     `json:"aborted"`  // it ended in misfit_fault
	Exception    *string  `json:"exception"`
	Cycles       uint64   `json:"cycles"`
	Instructions uint64   `json:"instructions"`
	Stalls       uint64   `json:"stalls"`
	Micros       float64  `json:"micros"`
	Watched      bool     `json:"watched"`
	Escapes      []string `json:"escapes"` // with --watch; [] otherwise
}

func newGraftOutcome(obj, entry string, p *profile.Profile, watched bool, run *kernel.GraftRun) graftOutcome {
	o := graftOutcome{
		Object: obj, Entry: entry, Profile: p.Name,
		Result: run.Result, Aborted: run.Aborted,
		Cycles: run.Cycles, Instructions: run.Instructions, Stalls: run.Stalls,
		Micros: p.Micros(run.Cycles), Watched: watched, Escapes: []string{},
	}
	if run.Exception != nil {
		s := run.Exception.Error()
		o.Exception = &s
	}
	for _, esc := range run.Escapes {
		o.Escapes = append(o.Escapes, esc.String())
	}
	o.Returned = !o.Aborted && o.Exception == nil && len(o.Escapes) == 0
	if !o.Returned {
		o.Result = 0
	}
	return o
}

func (o graftOutcome) writeText(w io.Writer) {
	switch {
	case o.Returned:
		fmt.Fprintf(w, "%s: %s returned %#x (%d)\n", o.Object, o.Entry, o.Result, int32(o.Result))
	case o.Aborted:
		fmt.Fprintf(w, "%s: %s aborted (misfit_fault)\n", o.Object, o.Entry)
	case o.Exception != nil:
		fmt.Fprintf(w, "%s: %s stopped by an exception: %s\n", o.Object, o.Entry, *o.Exception)
	default:
		fmt.Fprintf(w, "%s: %s stopped: it escaped its region\n", o.Object, o.Entry)
	}
	fmt.Fprintf(w, "cycles %d, instructions %d, stalls %d (%.2f µs on %s)\n", o.Cycles, o.Instructions, o.Stalls, o.Micros, o.Profile)
	if o.Watched {
		if len(o.Escapes) == 0 {
			fmt.Fprintln(w, "escapes: none")
		}
		for _, s := range o.Escapes {
			fmt.Fprintf(w, "escape: %s\n", s)
		}
	}
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// outputFile is a file a command writes when it has finished, created
// before the work starts so that a bad path fails at once.
type outputFile struct {
	path string
	f    *os.File
}

// createOutput creates (or truncates) path for writing.
func createOutput(path string) (*outputFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &outputFile{path: path, f: f}, nil
}

// commit writes data and closes the file.
func (o *outputFile) commit(data []byte) error {
	return o.commitWith(func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// commitWith writes the file with write and closes it.
func (o *outputFile) commitWith(write func(io.Writer) error) error {
	err := write(o.f)
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	o.f = nil
	if err != nil {
		return fmt.Errorf("%s: %w", o.path, err)
	}
	return nil
}

// abandon removes the file unless it was committed.
func (o *outputFile) abandon() {
	if o.f == nil {
		return
	}
	o.f.Close()
	os.Remove(o.path)
	o.f = nil
}
