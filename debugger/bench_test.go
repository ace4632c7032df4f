package debugger

import (
	"context"
	"os"
	"testing"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

// The long program of the benchmarks: testdata/peers/cksum.elf with size
// 1500 runs 123,336,984 instructions; put, at 0x00400808, is first called
// when it prints its result, 459 instructions before the end. outlen, at
// 0x00411000, is first written there too.
const (
	benchProg   = "../testdata/peers/cksum.elf"
	benchArg    = "1500"
	benchBreak  = "break *0x00400808"
	benchWatch  = "watch 0x00411000 4"
	benchInsts  = 123_336_525 // at the breakpoint
	benchRAMMiB = 64          // graftlab debug's default
)

func benchExecutable(b *testing.B) (*loader.Executable, *profile.Profile) {
	data, err := os.ReadFile(benchProg)
	if err != nil {
		b.Fatal(err)
	}
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		b.Fatal(err)
	}
	prof, err := profile.Lookup("dec5000")
	if err != nil {
		b.Fatal(err)
	}
	return exe, prof
}

// BenchmarkRun is the baseline: the program run to its end as graftlab
// run runs it.
func BenchmarkRun(b *testing.B) {
	exe, prof := benchExecutable(b)
	for _, eng := range cpu.Engines() {
		b.Run(eng.Name(), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				p, err := user.New(user.Config{Profile: prof, Executable: exe, Args: []string{"cksum", benchArg}, RAMSize: benchRAMMiB << 20, Engine: eng})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if status, err := p.Run(context.Background(), cpu.Limits{}); err != nil || status != 0 {
					b.Fatalf("status %d, %v", status, err)
				}
			}
		})
	}
}

// BenchmarkContinue measures continue from the program's first
// instruction to a breakpoint near its end: on the fast path with a
// breakpoint, with a watchpoint as well, and single-stepping (the way the
// debugger ran before; slow: go test -bench Continue/single -benchtime 1x).
func BenchmarkContinue(b *testing.B) {
	exe, prof := benchExecutable(b)
	cases := []struct {
		name   string
		eng    cpu.Engine
		single bool
		cmds   []string
	}{
		{"fast/break", cpu.Fast{}, false, []string{benchBreak}},
		{"fast/break+watch", cpu.Fast{}, false, []string{benchBreak, benchWatch}},
		{"interp/break", cpu.Interp{}, false, []string{benchBreak}},
		{"fast/break/single-step", cpu.Fast{}, true, []string{benchBreak}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				target, err := NewUserTarget(UserConfig{Profile: prof, Executable: exe, Args: []string{"cksum", benchArg}, RAMSize: benchRAMMiB << 20, Engine: c.eng})
				if err != nil {
					b.Fatal(err)
				}
				d, err := New(Config{Target: target, Executable: exe, SnapshotBudget: 512 << 20})
				if err != nil {
					b.Fatal(err)
				}
				d.singleStep = c.single
				for _, cmd := range c.cmds {
					if err := d.Execute(context.Background(), cmd); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if err := d.Execute(context.Background(), "continue"); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if n := d.m.Stats.Instructions; n != benchInsts {
					b.Fatalf("stopped after %d instructions, want %d", n, benchInsts)
				}
				b.StartTimer()
			}
		})
	}
}
