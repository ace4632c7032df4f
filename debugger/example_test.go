package debugger_test

import (
	"context"
	"fmt"
	"os"

	"graftlab/debugger"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
)

// Drive the debugger from Go: a breakpoint on a function, a source-level
// step, a variable, and the cycles between two points (on the ideal
// profile, the default: one cycle per instruction).
func Example() {
	data, err := os.ReadFile("../testdata/debug/sum.elf")
	if err != nil {
		panic(err)
	}
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		panic(err)
	}
	info, err := debuginfo.Load(data)
	if err != nil {
		panic(err)
	}
	target, err := debugger.NewUserTarget(debugger.UserConfig{Executable: exe, Args: []string{"sum.elf"}, RAMSize: 4 << 20})
	if err != nil {
		panic(err)
	}
	d, err := debugger.New(debugger.Config{Target: target, Executable: exe, Info: info, Out: os.Stdout, ExeDir: "../testdata/debug"})
	if err != nil {
		panic(err)
	}
	for _, cmd := range []string{"break sum_squares", "continue", "next", "mark", "tbreak 20", "continue", "print s", "cycles"} {
		fmt.Printf("(graftlab) %s\n", cmd)
		if err := d.Execute(context.Background(), cmd); err != nil {
			fmt.Println("error:", err)
		}
	}
	// Output:
	// (graftlab) break sum_squares
	// Breakpoint 1 at 0x00400bb0 <sum_squares+0x14>: file sum.c, line 15.
	// (graftlab) continue
	//
	// Breakpoint 1, sum_squares (n=8) at sum.c:15
	// 15		int s = 0;
	// (graftlab) next
	// 16		for (int i = 0; i < n; i++) {
	// (graftlab) mark
	// Mark set at cycle 24, instruction 24, pc 0x00400bb4.
	// (graftlab) tbreak 20
	// Temporary breakpoint 2 at 0x00400c2c <sum_squares+0x90>: file sum.c, line 20.
	// (graftlab) continue
	//
	// Temporary breakpoint 2, sum_squares (n=8) at sum.c:20
	// 20		return s;
	// (graftlab) print s
	// 140
	// (graftlab) cycles
	// 336 cycles, 336 instructions (13.44 µs at 25 MHz)
	// since the mark at 0x00400bb4: 312 cycles, 312 instructions
}
