package guestprof

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/pprof/profile"

	"graftlab/cpu"
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

// profileRun runs the program under the profiler and returns the written
// profile, parsed back, and the run's counters.
func profileRun(t *testing.T, path string) (*profile.Profile, []byte, cpu.Stats) {
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
			pr = Attach(proc.Machine)
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
	// One sample per PC.
	seen := map[uint64]bool{}
	for _, s := range p.Sample {
		a := s.Location[0].Address
		if seen[a] || len(s.Location) != 1 {
			t.Fatalf("PC %#x sampled twice", a)
		}
		seen[a] = true
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
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
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
