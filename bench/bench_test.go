package bench

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/profile"
)

func dec5000(t *testing.T) *profile.Profile {
	t.Helper()
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The dec5000 figures at 1000 iterations. A change here is a change in the
// kernel's paths or the machine model: explain it in doc/bench.md.
var golden = map[string][2]float64{ // cycles, instructions
	"call":                   {4, 4},
	"syscall.conv":           {329, 117},
	"syscall.exo":            {28, 25},
	"exc.unalign.conv":       {1428, 873},
	"exc.unalign.exo":        {27, 24},
	"exc.overflow.conv":      {1429, 874},
	"exc.overflow.exo":       {28, 25},
	"exc.coproc.conv":        {1428, 874},
	"exc.coproc.exo":         {27, 25},
	"exc.prot.conv":          {1428, 873},
	"exc.prot.exo":           {27, 24},
	"tlb.refill":             {38, 25},
	"tlb.stlb":               {49, 26},
	"tlb.upcall":             {330.778, 236.086},
	"bind.install":           {211, 197},
	"vm.colour.naive.exo":    {76198, 33413},
	"vm.colour.coloured.exo": {33413, 33413},
	"vm.prot1.conv":          {441, 219},
	"vm.prot1.exo":           {182, 168},
	"vm.prot100.conv":        {7688, 6476},
	"vm.prot100.exo":         {4815, 4627},
	"vm.unprot100.conv":      {8388, 7176},
	"vm.unprot100.exo":       {9866, 9852},
	"vm.trap.conv":           {1442, 887},
	"vm.trap.exo":            {193, 92},
	"vm.appel1.conv":         {2347, 1348},
	"vm.appel1.exo":          {650, 517},
	"vm.appel2.conv":         {2000.96, 1209.41},
	"vm.appel2.exo":          {536.195, 412.77},
	"vm.dirty.exo":           {13, 13},
	"revoke.visible":         {1352, 1026},
	"revoke.abort":           {727.064, 659},
	"intr.timer":             {34, 31},
	"pct.sync":               {89.5, 70.5},
	"pct.async":              {86.5, 67.5},
	"syscall.exo.stack":      {42, 39},
	"sched.yield.exo":        {127.5, 108.5},
	"sched.switch.conv":      {422.5, 182.5},
	"ipc.shm.conv":           {855, 375},
	"ipc.shm.exo":            {281, 232},
	"ipc.pipe.conv":          {2999.032, 1695.032},
	"ipc.pipe.exo":           {525, 357},
	"ipc.pipe.inline.exo":    {509, 348},
	"ipc.tlrpc.exo":          {181, 143},
	"ipc.lrpc.exo":           {258, 167},
	"intr.timer.exo":         {87, 84},
	"psl.call":               {157, 139},
	"psl.call.args":          {163, 145},
	"psl.nested":             {317, 285},
	"svc.kv.psl":             {171, 153},
	"svc.kv.conv":            {341, 129},
	"svc.kv.lrpc":            {205, 167},
	"svc.kv.lib":             {12, 12},
}

func TestGoldenDEC5000(t *testing.T) {
	rs, err := RunAll(context.Background(), nil, Options{Profile: dec5000(t)})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(golden) + len(misfitIDs()) + len(goldenVino) + len(goldenSpin); len(rs) != n {
		t.Fatalf("%d rows, want %d", len(rs), n)
	}
	for _, r := range rs {
		if r.BaselineCycles != nil || strings.HasPrefix(r.ID, "vino.") || strings.HasPrefix(r.ID, "spin.") {
			continue // TestMisfitGolden, TestVinoGolden, TestSpinGolden
		}
		want := golden[r.ID]
		if r.Cycles != want[0] || r.Instructions != want[1] {
			t.Errorf("%s: %v cycles, %v instructions; want %v, %v", r.ID, r.Cycles, r.Instructions, want[0], want[1])
		}
		if want, ok := goldenMisses[r.ID]; ok {
			if r.DCacheMisses == nil {
				t.Errorf("%s: no data-cache misses; want %v", r.ID, want)
			} else if *r.DCacheMisses != want {
				t.Errorf("%s: data-cache misses %v; want %v", r.ID, *r.DCacheMisses, want)
			}
		}
		if r.Micros != r.Cycles/25 {
			t.Errorf("%s: %v µs for %v cycles at 25 MHz", r.ID, r.Micros, r.Cycles)
		}
	}
}

// goldenMisses are the data-cache misses per operation of the rows whose
// point they are.
var goldenMisses = map[string]float64{
	"tlb.refill":             1,
	"tlb.stlb":               2,
	"vm.colour.naive.exo":    4278.5,
	"vm.colour.coloured.exo": 0,
}

// Per-operation figures do not depend on the iteration count: the measured
// delta scales linearly.
func TestLinear(t *testing.T) {
	p := dec5000(t)
	for _, s := range Scenarios() {
		a, err := Run(context.Background(), s, Options{Profile: p, Iterations: 500})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Run(context.Background(), s, Options{Profile: p, Iterations: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if s.Spread > 0 {
			if math.Abs(a.Cycles-b.Cycles) > s.Spread*b.Cycles || math.Abs(a.Instructions-b.Instructions) > s.Spread*b.Instructions {
				t.Errorf("%s: %v cycles, %v instructions at 500 iterations; %v, %v at 1000: beyond %v",
					s.ID, a.Cycles, a.Instructions, b.Cycles, b.Instructions, s.Spread)
			}
		} else if a.Cycles != b.Cycles || a.Instructions != b.Instructions {
			t.Errorf("%s: %v cycles, %v instructions at 500 iterations; %v, %v at 1000",
				s.ID, a.Cycles, a.Instructions, b.Cycles, b.Instructions)
		}
		if s.Timer && b.Iterations < 2*a.Iterations-1 {
			t.Errorf("%s: %d interrupts at 500 iterations, %d at 1000", s.ID, a.Iterations, b.Iterations)
		}
	}
}

// The tlb.stlb row's instruction count is the static length of the
// refill's software-TLB hit path in the kernel image: every instruction it
// adds per iteration is that path's.
func TestSTLBPath(t *testing.T) {
	static, err := StaticSTLBPath()
	if err != nil {
		t.Fatal(err)
	}
	if static != 26 {
		t.Errorf("static software-TLB hit path: %d instructions", static)
	}
	s, _ := Lookup("tlb.stlb")
	r, err := Run(context.Background(), s, Options{Profile: dec5000(t), Iterations: 200})
	if err != nil {
		t.Fatal(err)
	}
	if r.Instructions != float64(static) {
		t.Errorf("tlb.stlb: %v instructions, the static path %d", r.Instructions, static)
	}
}

// The measured instruction count of the exokernel dispatch is the static
// length of its path in the kernel image.
func TestDispatchPath(t *testing.T) {
	static, err := StaticDispatchPath()
	if err != nil {
		t.Fatal(err)
	}
	if static != 20 {
		t.Errorf("static exokernel dispatch path: %d instructions", static)
	}
	for _, s := range Scenarios() {
		if !s.Exo {
			continue
		}
		r, err := Run(context.Background(), s, Options{Iterations: 50})
		if err != nil {
			t.Fatal(err)
		}
		if r.DispatchInstructions != static {
			t.Errorf("%s: dispatch measured at %d instructions, static path %d", s.ID, r.DispatchInstructions, static)
		}
		// Per iteration: the dispatch, the five-instruction handler, and
		// the faulting instruction when it counts as executed (overflow and
		// coprocessor unusable are raised by design), less the empty
		// loop's nop.
		want := float64(static + 5 - 1)
		if s.ID == "exc.overflow.exo" || s.ID == "exc.coproc.exo" {
			want++
		}
		if r.Instructions != want {
			t.Errorf("%s: %v instructions per iteration, want %v", s.ID, r.Instructions, want)
		}
	}
}

// TestEngines measures every row, the MiSFIT ones included, on the
// reference interpreter and on every other registered engine: the figures
// must be the same.
func TestEngines(t *testing.T) {
	if testing.Short() {
		t.Skip("every row twice; not in -short")
	}
	a, err := RunAll(context.Background(), nil, Options{Engine: cpu.Reference()})
	if err != nil {
		t.Fatal(err)
	}
	for _, eng := range cpu.Engines()[1:] {
		b, err := RunAll(context.Background(), nil, Options{Engine: eng})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(a, b); d != "" {
			t.Errorf("the engines differ (-interp +%s):\n%s", eng.Name(), d)
		}
	}
}

func TestDeterministic(t *testing.T) {
	ids := []string{"syscall.conv", "exc.prot.exo", "tlb.refill", "intr.timer"}
	opt := Options{Iterations: 200}
	a, err := RunAll(context.Background(), ids, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := RunAll(context.Background(), ids, opt)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a, b); d != "" {
		t.Errorf("two runs differ (-first +second):\n%s", d)
	}
}

func TestErrors(t *testing.T) {
	if _, err := RunAll(context.Background(), []string{"nope"}, Options{}); err == nil {
		t.Error("unknown id: no error")
	}
	s, _ := Lookup("call")
	if _, err := Run(context.Background(), s, Options{Iterations: -1}); err == nil {
		t.Error("negative iterations: no error")
	}
	tlb, _ := Lookup("tlb.refill")
	if _, err := Run(context.Background(), tlb, Options{Iterations: 100000}); err == nil || !strings.Contains(err.Error(), "496 MiB") {
		t.Errorf("tlb.refill at 100000 iterations: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, s, Options{}); err == nil {
		t.Error("canceled context: no error")
	}
}
