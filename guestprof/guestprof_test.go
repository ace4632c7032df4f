package guestprof

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/pprof/profile"

	"graftlab/cpu"
	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
	prof "graftlab/profile"
	"graftlab/user"
)

func load(t *testing.T, path string) ([]byte, *loader.Executable) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	return data, x
}

type profiled struct {
	p     *profile.Profile
	data  []byte
	stats cpu.Stats
}

// runs caches profileRun's work by program: tests share the runs.
var runs = map[string]profiled{}

// profileRun runs the program under the profiler and returns the written
// profile, parsed back, and the run's counters.
func profileRun(t *testing.T, path string) (*profile.Profile, []byte, cpu.Stats) {
	t.Helper()
	if r, ok := runs[path]; ok {
		return r.p, r.data, r.stats
	}
	p, data, st := profileRunOnce(t, path)
	runs[path] = profiled{p, data, st}
	return p, data, st
}

func profileRunOnce(t *testing.T, path string) (*profile.Profile, []byte, cpu.Stats) {
	t.Helper()
	data, x := load(t, path)
	p, err := prof.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	run := func(profiled bool) (*user.Process, *Profiler) {
		proc, err := user.New(user.Config{Profile: p, Executable: x, Args: []string{filepath.Base(path)}})
		if err != nil {
			t.Fatal(err)
		}
		var pr *Profiler
		if profiled {
			pr = Attach(proc.Machine, proc.PeekMemory)
		}
		if status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 1e8}); status != 0 || err != nil {
			t.Fatalf("%s: %d, %v", path, status, err)
		}
		if pr != nil {
			pr.Stop()
		}
		return proc, pr
	}
	plain, _ := run(false)
	proc, pr := run(true)
	if proc.Stats() != plain.Stats() {
		t.Errorf("profiled run counted %+v\nunprofiled %+v", proc.Stats(), plain.Stats())
	}
	dbg, err := debuginfo.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pr.Profile(Program{Name: filepath.Base(path), Executable: x, Debug: dbg, ClockMHz: p.ClockMHz}).Write(&buf); err != nil {
		t.Fatal(err)
	}
	parsed, err := profile.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := parsed.CheckValid(); err != nil {
		t.Fatal(err)
	}
	return parsed, buf.Bytes(), proc.Stats()
}

// byFunction adds the samples up by function name.
func byFunction(p *profile.Profile) (cycles, instructions map[string]int64, total [2]int64) {
	cycles, instructions = map[string]int64{}, map[string]int64{}
	for _, s := range p.Sample {
		name := "?"
		if l := s.Location[0]; len(l.Line) > 0 {
			name = l.Line[0].Function.Name
		}
		cycles[name] += s.Value[0]
		instructions[name] += s.Value[1]
		total[0] += s.Value[0]
		total[1] += s.Value[1]
	}
	return
}

func TestQsortHottestFunction(t *testing.T) {
	p, _, st := profileRun(t, "../testdata/progs/qsort.elf")
	if len(p.SampleType) != 2 || p.SampleType[0].Type != "cycles" || p.SampleType[1].Type != "instructions" || p.DefaultSampleType != "cycles" {
		t.Errorf("sample types %v", p.SampleType)
	}
	cycles, instructions, total := byFunction(p)
	if total[0] != int64(st.Cycles) || total[1] != int64(st.Instructions) {
		t.Errorf("samples add up to %d cycles and %d instructions; the run counted %d and %d", total[0], total[1], st.Cycles, st.Instructions)
	}
	// One sample per PC and stack; every stack starts in __start, and
	// cmp_int is called from sort.
	seen := map[string]bool{}
	for _, s := range p.Sample {
		st := stackOf(s)
		var addrs []uint64
		for _, l := range s.Location {
			addrs = append(addrs, l.Address)
		}
		if k := fmt.Sprint(addrs); seen[k] {
			t.Fatalf("PC %#x sampled twice in %v", s.Location[0].Address, st)
		} else {
			seen[k] = true
		}
		if st[len(st)-1] != "__start" {
			t.Errorf("stack %v does not start in __start", st)
		}
		if st[0] == "cmp_int" && (len(st) < 4 || st[1] != "sort.constprop.0") {
			t.Errorf("cmp_int called from %v", st)
		}
	}
	hot, second := "", ""
	for name, c := range cycles {
		switch {
		case hot == "" || c > cycles[hot]:
			hot, second = name, hot
		case second == "" || c > cycles[second]:
			second = name
		}
	}
	// qsort.c: sort (with swap inlined) does the work, cmp_int next.
	if hot != "sort.constprop.0" || second != "cmp_int" {
		t.Errorf("hottest functions %s (%d cycles) and %s (%d); want sort.constprop.0 and cmp_int", hot, cycles[hot], second, cycles[second])
	}
	if instructions[hot] <= instructions["main"] {
		t.Errorf("instructions: %s %d, main %d", hot, instructions[hot], instructions["main"])
	}
	if want := int64(float64(st.Cycles) * 1000 / 25); p.DurationNanos != want {
		t.Errorf("duration %d ns, want %d", p.DurationNanos, want)
	}
}

// stackOf returns the function names of a sample's stack, innermost first.
func stackOf(s *profile.Sample) []string {
	var st []string
	for _, l := range s.Location {
		name := "?"
		if len(l.Line) > 0 {
			name = l.Line[0].Function.Name
		}
		st = append(st, name)
	}
	return st
}

func TestCallStacks(t *testing.T) {
	p, _, st := profileRun(t, "../testdata/debug/sum.elf")
	want := map[string]string{
		"__start":     "[__start]",
		"main":        "[main __start]",
		"sum_squares": "[sum_squares main __start]",
		"square":      "[square sum_squares main __start]",
		"put_int":     "[put_int main __start]",
		"flush":       "[flush main __start]",
		"sys_exit":    "[sys_exit __start]",
	}
	cum := map[string]int64{}
	for _, s := range p.Sample {
		stack := stackOf(s)
		if w, ok := want[stack[0]]; ok && fmt.Sprint(stack) != w {
			t.Errorf("%s sampled in %v, want %s", stack[0], stack, w)
		}
		in := map[string]bool{}
		for _, f := range stack {
			if !in[f] {
				cum[f] += s.Value[0]
				in[f] = true
			}
		}
	}
	if cum["__start"] != int64(st.Cycles) {
		t.Errorf("__start's cumulative cycles %d, want all %d", cum["__start"], st.Cycles)
	}
	if cum["sum_squares"] <= cum["square"] || cum["main"] <= cum["sum_squares"] {
		t.Errorf("cumulative cycles: main %d, sum_squares %d, square %d", cum["main"], cum["sum_squares"], cum["square"])
	}
	// The call sites of a stack are the jal instructions.
	_, x := load(t, "../testdata/debug/sum.elf")
	for _, s := range p.Sample {
		for _, l := range s.Location[1:] {
			if w, ok := wordAt(x, uint32(l.Address)); !ok || w>>26 != 3 { // jal: opcode 3
				t.Fatalf("call site %#x is %#08x, not a jal", l.Address, w)
			}
		}
	}
}

func wordAt(x *loader.Executable, addr uint32) (uint32, bool) {
	for _, seg := range x.Segments {
		if addr >= seg.Addr && uint64(addr)+4 <= uint64(seg.Addr)+uint64(len(seg.Data)) {
			return binary.LittleEndian.Uint32(seg.Data[addr-seg.Addr:]), true
		}
	}
	return 0, false
}

func TestSourceLines(t *testing.T) {
	p, _, _ := profileRun(t, "../testdata/debug/sum.elf")
	lines := map[int64]bool{}
	for _, s := range p.Sample {
		for _, l := range s.Location[0].Line {
			if l.Function.Name == "sum_squares" {
				if l.Function.Filename != "sum.c" || l.Function.StartLine != 13 {
					t.Errorf("sum_squares at %s:%d, want sum.c:13", l.Function.Filename, l.Function.StartLine)
				}
				lines[l.Line] = true
			}
		}
	}
	// Every line of sum_squares's body has code (sum.c lines 14-21,
	// but 19, a closing brace).
	want := map[int64]bool{14: true, 15: true, 16: true, 17: true, 18: true, 20: true, 21: true}
	for l := range want {
		if !lines[l] {
			t.Errorf("no sample at sum.c:%d; lines sampled %v", l, lines)
		}
	}
	for l := range lines {
		if !want[l] {
			t.Errorf("sample at sum.c:%d, outside sum_squares's body", l)
		}
	}
	if m := p.Mapping[0]; !m.HasFunctions || !m.HasLineNumbers || !m.HasFilenames || m.File != "sum.elf" {
		t.Errorf("mapping %+v", m)
	}
}

// TestPprofTop runs the real pprof on the written profile.
func TestPprofTop(t *testing.T) {
	goTool := tools.Need(t, "go")
	_, data, _ := profileRun(t, "../testdata/progs/qsort.elf")
	file := filepath.Join(t.TempDir(), "guest.pb.gz")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "tool", "pprof", "-top", file)
	cmd.Env = append(os.Environ(), "PPROF_TMPDIR="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof: %v\n%s", err, out)
	}
	// The first row after the header is the hottest function.
	m := regexp.MustCompile(`(?m)^\s+flat\s+flat%\s+sum%\s+cum\s+cum%\n\s+(\d+)\s+\S+\s+\S+\s+\d+\s+\S+\s+(\S+)`).FindSubmatch(out)
	if m == nil || string(m[2]) != "sort.constprop.0" {
		t.Errorf("pprof -top does not put sort.constprop.0 first:\n%s", out)
	}
	if !strings.Contains(string(out), "Type: cycles") {
		t.Errorf("pprof -top does not show cycles:\n%s", out)
	}
}
