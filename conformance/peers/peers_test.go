package peers

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"graftlab/cpu"
	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

const dir = "../../testdata/peers"

// programs are the loop programs, in build.sh's order.
var programs = []string{"bits", "stride", "xorbuf", "cksum", "qsort", "matmul", "fnptr"}

// goldenSize is the size golden.sh runs each program at.
const goldenSize = "2"

var engines = cpu.Engines()

type result struct {
	stdout, stderr string
	status         int
	stats          cpu.Stats
}

// run runs the program (see start) to its end.
func run(t testing.TB, name string, eng cpu.Engine, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	proc := start(t, name, eng, args, &stdout, &stderr)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	status, err := proc.Run(ctx, cpu.Limits{MaxInstructions: 2_000_000_000})
	if err != nil {
		t.Fatalf("%s %v on %s: %v", name, args, eng.Name(), err)
	}
	return result{stdout.String(), stderr.String(), status, proc.Stats()}
}

// golden returns NAME.out: the program's stdout and exit status on
// qemu-mipsel.
func golden(t *testing.T, name string) (stdout string, status int) {
	b, err := os.ReadFile(filepath.Join(dir, name+".out"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.LastIndex(s, "-- exit status ")
	if i < 0 || !strings.HasSuffix(s, "\n") {
		t.Fatalf("%s.out: no final line \"-- exit status N\"", name)
	}
	status, err = strconv.Atoi(strings.TrimSuffix(s[i+len("-- exit status "):], "\n"))
	if err != nil {
		t.Fatalf("%s.out: %v", name, err)
	}
	return s[:i], status
}

// unicornCounts reads counts.txt: NAME INSTRUCTIONS STATUS per line.
func unicornCounts(t *testing.T) map[string]uint64 {
	f, err := os.Open(filepath.Join(dir, "counts.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	counts := map[string]uint64{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var name string
		var n uint64
		var status int
		if _, err := fmt.Sscanf(sc.Text(), "%s %d %d", &name, &n, &status); err != nil {
			t.Fatalf("counts.txt:%d: %v", line, err)
		}
		counts[name] = n
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return counts
}

func TestGolden(t *testing.T) {
	counts := unicornCounts(t)
	for _, name := range programs {
		t.Run(name, func(t *testing.T) {
			wantOut, wantStatus := golden(t, name)
			wantCount, ok := counts[name]
			if !ok {
				t.Fatalf("counts.txt has no line for %s", name)
			}
			var first result
			for i, eng := range engines {
				r := run(t, name, eng, goldenSize)
				if r.stdout != wantOut || r.status != wantStatus {
					t.Errorf("%s: stdout %q, status %d; qemu-mipsel: %q, status %d", eng.Name(), r.stdout, r.status, wantOut, wantStatus)
				}
				if r.stats.Instructions != wantCount {
					t.Errorf("%s: %d instructions; Unicorn counted %d", eng.Name(), r.stats.Instructions, wantCount)
				}
				if i == 0 {
					first = r
				} else if r.stats.Cycles != first.stats.Cycles {
					t.Errorf("%s: %d cycles; %s: %d", eng.Name(), r.stats.Cycles, engines[0].Name(), first.stats.Cycles)
				}
			}
		})
	}
}

// TestGoldenSize checks that the golden files are for goldenSize: every
// program prints "NAME SIZE CHECKSUM".
func TestGoldenSize(t *testing.T) {
	for _, name := range programs {
		out, _ := golden(t, name)
		if f := strings.Fields(out); len(f) != 3 || f[0] != name || f[1] != goldenSize {
			t.Errorf("%s.out: %q, want \"%s %s 0x...\"", name, out, name, goldenSize)
		}
	}
}

// TestQemu compares each program's output with a fresh qemu-mipsel run, at
// another size than the golden files'.
func TestQemu(t *testing.T) {
	qemu := tools.Need(t, "qemu-mipsel")
	for _, name := range programs {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(qemu, filepath.Join(dir, name+".elf"), "3")
			cmd.Env = []string{"GRAFTLAB=1"}
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("qemu-mipsel: %v", err)
			}
			r := run(t, name, cpu.DefaultEngine(), "3")
			if r.stdout != string(want) || r.status != 0 {
				t.Errorf("graftlab: stdout %q, status %d; qemu-mipsel: %q, status 0", r.stdout, r.status, want)
			}
		})
	}
}

// TestBadSize checks the programs' refusal of a bad argv[1].
func TestBadSize(t *testing.T) {
	for _, arg := range [][]string{{"0"}, {""}, {"12x"}, {"100000001"}, {"99999999999"}, {"1", "2"}} {
		r := run(t, "bits", cpu.DefaultEngine(), arg...)
		want := "usage: bits.elf: want one argument, a size from 1 to 100000000\n"
		if r.status != 2 || r.stdout != "" || r.stderr != want {
			t.Errorf("bits.elf %q: status %d, stdout %q, stderr %q; want 2, \"\", %q", arg, r.status, r.stdout, r.stderr, want)
		}
	}
}

// benchSize is the size of a benchmark run: 10 to 30 million instructions
// (a fiftieth of the default size, 0.8-0.9 billion).
var benchSize = map[string]string{
	"bits": "250", "stride": "24", "xorbuf": "700", "cksum": "200",
	"qsort": "62", "matmul": "82", "fnptr": "1100",
}

// BenchmarkLoops runs each program on each engine and reports guest MIPS
// (instructions per host microsecond of the run, loading left out).
func BenchmarkLoops(b *testing.B) {
	for _, name := range programs {
		for _, eng := range engines {
			b.Run(name+"/"+eng.Name(), func(b *testing.B) {
				var instructions uint64
				var run time.Duration
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					proc := start(b, name, eng, []string{benchSize[name]}, nil, nil)
					b.StartTimer()
					t0 := time.Now()
					status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 1_000_000_000})
					run += time.Since(t0)
					if err != nil || status != 0 {
						b.Fatalf("%s: status %d, %v", name, status, err)
					}
					instructions += proc.Stats().Instructions
				}
				b.ReportMetric(float64(instructions)/run.Seconds()/1e6, "guest-MIPS")
			})
		}
	}
}

// start loads NAME.elf into a process with argv NAME.elf ARGS... and
// environment GRAFTLAB=1 under dec5000, as golden.sh runs it on qemu-mipsel.
func start(t testing.TB, name string, eng cpu.Engine, args []string, stdout, stderr io.Writer) *user.Process {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name+".elf"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	proc, err := user.New(user.Config{
		Profile:    p,
		Executable: x,
		Args:       append([]string{name + ".elf"}, args...),
		Env:        []string{"GRAFTLAB=1"},
		Stdout:     stdout,
		Stderr:     stderr,
		RAMSize:    8 << 20,
		Engine:     eng,
	})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return proc
}

// TestProgramList checks that build.sh, golden.sh and peers.py name the
// programs this package tests, in the same order.
func TestProgramList(t *testing.T) {
	for _, c := range []struct{ file, prefix, quote string }{
		{"build.sh", `PROGS="`, `"`},
		{"golden.sh", `PROGS="`, `"`},
		{"peers.py", `PROGRAMS = [`, `]`},
	} {
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		i := strings.Index(s, "\n"+c.prefix)
		if i < 0 {
			t.Errorf("%s: no line starting %s", c.file, c.prefix)
			continue
		}
		s = s[i+1+len(c.prefix):]
		s = s[:strings.Index(s, c.quote)]
		names := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" \t\n,\"", r) })
		if strings.Join(names, " ") != strings.Join(programs, " ") {
			t.Errorf("%s names %q, want %q", c.file, names, programs)
		}
	}
}
