package bench

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"sync"

	"graftlab/cpu"
	"graftlab/kernel"
	"graftlab/misfit"
	"graftlab/misfit/suite"
)

// The misfit.* rows: MiSFIT grafts loaded by the graft kernel's loader
// (kernel.LoadGraft) and called in system mode, unrewritten against
// rewritten and signed; doc/bench.md, "MiSFIT rows". The graft objects and
// micro kernels are misfit/suite's.

// MisfitCase describes a misfit.* row.
type MisfitCase struct {
	// Kind is "micro" (added cycles per checked operation), "graft" (one
	// graft's overhead) or "suite" (the geometric mean over SuiteGrafts).
	Kind   string
	Name   string // micro kernel or graft
	Policy misfit.Policy
}

// MicroIterations is the loop count of the micro kernels (fixed: the
// Iterations option does not apply to the misfit rows).
const MicroIterations = 1000

// SuiteGrafts are the grafts of the misfit.suite rows.
var SuiteGrafts = suite.Grafts

// benchKey signs the rewritten grafts; the loader trusts its public key.
// It is made on first use: deriving it takes a millisecond, which every
// command would otherwise pay at start.
var benchKey = sync.OnceValue(func() ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed([]byte("graftlab bench misfit signing k!"))
})

const (
	srcVINO   = "VINO (Seltzer et al., OSDI 1996), MiSFIT on a Pentium"
	refLdSt   = "VINO 2–5 cycles per load/store"
	refICall  = "VINO 10–15 cycles per indirect call"
	refXor    = "VINO slides: encrypt 113 % (187 on 166 µs); survey 16 % = VM column (26 on 160 µs)"
	refSuite  = "MiSFIT ~10 %, NaCl < 7 %"
	policyChk = ".check"
)

func misfitScenarios() []Scenario {
	var s []Scenario
	for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
		sfx, pname := "", "sandboxing"
		if pol == misfit.Check {
			sfx, pname = policyChk, "checking"
		}
		add := func(id, name, kind, graft, ref string) {
			s = append(s, Scenario{ID: id + sfx, Name: name + ", " + pname,
				Misfit: &MisfitCase{Kind: kind, Name: graft, Policy: pol}, ReferenceText: ref, ReferenceSource: srcVINO})
		}
		ops := fmt.Sprint(4 * MicroIterations)
		add("misfit.load", "load micro kernel, one call ("+ops+" checked loads)", "micro", "load", refLdSt)
		add("misfit.store", "store micro kernel, one call ("+ops+" checked stores)", "micro", "store", refLdSt)
		add("misfit.icall", "icall micro kernel, one call ("+fmt.Sprint(MicroIterations)+" checked indirect calls)", "micro", "icall", refICall)
		add("misfit.xor4k", "4 KiB xor-encryption graft, one call", "graft", "xor", refXor)
		for _, g := range SuiteGrafts {
			add("misfit.suite."+g, "suite graft "+g+", one call", "graft", g, "")
		}
		add("misfit.suite", "suite: geometric mean of one call of each of "+fmt.Sprint(len(SuiteGrafts))+" grafts", "suite", "", refSuite)
	}
	return s
}

// graftCall is one graft call in system mode.
type graftCall struct {
	cycles, instructions, stalls uint64
	result                       uint32
}

// callGraft loads obj (rewritten and signed unless raw) and calls entry.
func callGraft(ctx context.Context, opt Options, name string, obj []byte, raw bool, entry string, shared []byte, args [4]uint32) (graftCall, error) {
	g, err := kernel.LoadGraft(kernel.GraftConfig{
		Profile: opt.Profile, Object: obj, Name: name, Entry: entry, Unverified: raw,
		Keys:   []ed25519.PublicKey{benchKey().Public().(ed25519.PublicKey)},
		Shared: shared, Args: args,
	})
	if err != nil {
		return graftCall{}, err
	}
	if opt.Engine != nil {
		g.Engine = opt.Engine
	}
	run, err := g.Call(ctx, cpu.Limits{MaxInstructions: opt.MaxInstructions})
	if err != nil {
		return graftCall{}, fmt.Errorf("%s: %w", name, err)
	}
	if run.Aborted || run.Exception != nil {
		return graftCall{}, fmt.Errorf("%s: aborted (exception %v)", name, run.Exception)
	}
	return graftCall{run.Cycles, run.Instructions, run.Stalls, run.Result}, nil
}

// pair runs one graft or micro kernel unrewritten and rewritten.
func pair(ctx context.Context, opt Options, name string, pol misfit.Policy) (base, rw graftCall, err error) {
	var ropt misfit.Options
	entry, shared, args := "graft", []byte(nil), [4]uint32{}
	b := uint32(kernel.GraftDataBase)
	obj, err := suite.MicroObject(name)
	switch {
	case err == nil:
		// Reuse off: every access gets its own check (as cycles.txt).
		ropt.NoReuse = true
		args = [4]uint32{b + suite.BufOff, MicroIterations, b + 0x2000}
	case !errors.Is(err, fs.ErrNotExist):
		return base, rw, err
	default:
		if obj, err = suite.Object(name); err != nil {
			return base, rw, fmt.Errorf("no graft %q", name)
		}
		var ok bool
		if entry, shared, args, ok = suite.Case(name, b); !ok {
			return base, rw, fmt.Errorf("no graft %q", name)
		}
	}
	ropt.Policy, ropt.Key = pol, benchKey()
	res, err := misfit.Rewrite(obj, ropt)
	if err != nil {
		return base, rw, fmt.Errorf("%s: %w", name, err)
	}
	if base, err = callGraft(ctx, opt, name, obj, true, entry, shared, args); err != nil {
		return base, rw, err
	}
	if rw, err = callGraft(ctx, opt, name, res.Object, false, entry, shared, args); err != nil {
		return base, rw, err
	}
	if base.result != rw.result {
		return base, rw, fmt.Errorf("%s: rewritten result %#x, unrewritten %#x", name, rw.result, base.result)
	}
	return base, rw, nil
}

func runMisfit(ctx context.Context, s Scenario, opt Options) (Result, error) {
	c := s.Misfit
	r := Result{ID: s.ID, Name: s.Name, Personality: "graft kernel", Profile: opt.Profile.Name, Iterations: 1,
		ReferenceText: s.ReferenceText, ReferenceSource: s.ReferenceSource}
	fail := func(err error) (Result, error) { return Result{}, fmt.Errorf("bench %s: %w", s.ID, err) }
	set := func(base, rw graftCall) {
		r.Cycles, r.Instructions, r.Stalls = float64(rw.cycles), float64(rw.instructions), float64(rw.stalls)
		bc, ov := float64(base.cycles), 100*(float64(rw.cycles)/float64(base.cycles)-1)
		r.BaselineCycles, r.OverheadPercent = &bc, &ov
	}
	switch c.Kind {
	case "micro":
		base, rw, err := pair(ctx, opt, c.Name, c.Policy)
		if err != nil {
			return fail(err)
		}
		set(base, rw)
		ops := 4 * MicroIterations
		added := float64(rw.cycles) - float64(base.cycles)
		if c.Name == "icall" {
			// Without the checked return: less the call kernel's added cycles.
			ops = MicroIterations
			cb, crw, err := pair(ctx, opt, "call", c.Policy)
			if err != nil {
				return fail(err)
			}
			added -= float64(crw.cycles) - float64(cb.cycles)
		}
		per := added / float64(ops)
		r.AddedPerOp, r.CheckedOps = &per, ops
	case "graft":
		base, rw, err := pair(ctx, opt, c.Name, c.Policy)
		if err != nil {
			return fail(err)
		}
		set(base, rw)
	case "suite":
		lb, lr := 0.0, 0.0
		for _, g := range SuiteGrafts {
			base, rw, err := pair(ctx, opt, g, c.Policy)
			if err != nil {
				return fail(err)
			}
			lb += math.Log(float64(base.cycles))
			lr += math.Log(float64(rw.cycles))
		}
		n := float64(len(SuiteGrafts))
		// Geometric means of the cycles: their ratio is the geometric
		// mean of the grafts' ratios.
		bc, rc := math.Exp(lb/n), math.Exp(lr/n)
		ov := 100 * (math.Exp((lr-lb)/n) - 1)
		r.Cycles, r.BaselineCycles, r.OverheadPercent, r.Iterations = rc, &bc, &ov, len(SuiteGrafts)
	default:
		return fail(fmt.Errorf("unknown misfit row kind %q", c.Kind))
	}
	r.Micros = r.Cycles / opt.Profile.ClockMHz
	return r, nil
}
