package debugger

import (
	"context"
	"regexp"
	"testing"

	"graftlab/cpu"
)

const checksumELF = "../testdata/progs/checksum.elf"

// cyclesNote is the "[N cycles]" that stepped instructions carry in
// disassembly: instructions run on the fast path have none.
var cyclesNote = regexp.MustCompile(` +\[\d+ cycles?\]`)

// TestFastResumeExact drives the same commands through four sessions: on
// the interpreter and on the Fast engine, each single-stepping every
// resumption (as the debugger did before it ran on the fast path) and
// running on the fast path from the second instruction on, with a
// snapshot every 200,003 instructions so that runs stop for snapshots too.
// After every command the output (without the cycles notes) and the
// whole state — registers, CP0, counters, segment registers, TLB, RAM —
// must be those of the single-stepping interpreter.
func TestFastResumeExact(t *testing.T) {
	scripts := []struct {
		prog string
		cmds []string
	}{
		{checksumELF, []string{
			// A breakpoint inside crc32's loop, in the middle of a block.
			"break *0x400cb8", "continue", "continue", "continue 1000", "info registers",
			"info breakpoints", "delete", "tbreak *0x400cc8", "continue", "stepi", "nexti 5",
			"break put_hex", "continue", "finish", "next", "delete", "advance flush",
			"break put", "reverse-continue", "reverse-stepi 3", "reverse-continue", "continue",
			"delete", "continue", "reverse-stepi", "reverse-continue",
			"break crc32", "run", "watch 0x411210 4", "rwatch 0x411610 8", "continue", "continue", "info breakpoints", "delete",
			"awatch 0x411614 2", "continue", "continue", "delete", "continue",
		}},
		{sumELF, []string{
			"break square", "run", "continue 3", "finish", "next", "until", "until", "advance 20",
			"watch total", "continue", "delete", "break sum_squares", "run", "next", "step", "reverse-step",
			"reverse-next", "watch squares", "continue", "continue", "rwatch squares[3]", "continue",
			"delete", "tbreak 20", "continue", "continue",
		}},
	}
	for _, sc := range scripts {
		t.Run(sc.prog, func(t *testing.T) {
			type variant struct {
				name   string
				eng    cpu.Engine
				single bool
			}
			var variants []variant // the reference first: the others are compared with it
			for _, eng := range cpu.Engines() {
				variants = append(variants, variant{eng.Name() + ", single steps", eng, true}, variant{eng.Name(), eng, false})
			}
			var sessions []*session
			for _, v := range variants {
				s := newSessionOn(t, sc.prog, Config{SnapshotInterval: 200_003}, v.eng)
				s.d.singleStep = v.single
				s.d.stepFirst = 1
				s.d.fastSnapEvery = 200_003
				sessions = append(sessions, s)
			}
			for _, c := range sc.cmds {
				var want string
				var wantState machineState
				for i, s := range sessions {
					s.out.Reset()
					if err := s.d.Execute(context.Background(), c); err != nil {
						t.Fatalf("%s: %s: %v", variants[i].name, c, err)
					}
					out := cyclesNote.ReplaceAllString(s.out.String(), "")
					if i == 0 {
						want, wantState = out, s.state()
						continue
					}
					if out != want {
						t.Errorf("%s: %s printed\n%s\nwant\n%s", variants[i].name, c, out, want)
					}
					diffState(t, variants[i].name+": "+c, wantState, s.state())
				}
				if t.Failed() {
					t.FailNow()
				}
			}
			for i, s := range sessions {
				if got, want := s.stdout.String(), sessions[0].stdout.String(); got != want {
					t.Errorf("%s: the program wrote %q, want %q", variants[i].name, got, want)
				}
			}
		})
	}
}
