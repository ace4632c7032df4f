package user_test

import (
	"context"
	"errors"
	"fmt"
	"os"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

// Run a program to its end, as `graftlab run` does, and read the counters.
func Example() {
	data, err := os.ReadFile("../testdata/progs/hello.elf")
	if err != nil {
		panic(err)
	}
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		panic(err)
	}
	prof, err := profile.Lookup("ideal")
	if err != nil {
		panic(err)
	}
	p, err := user.New(user.Config{
		Profile:    prof,
		Executable: exe,
		Args:       []string{"hello.elf"},
		Stdout:     os.Stdout,
	})
	if err != nil {
		panic(err)
	}
	status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 1_000_000})
	if err != nil {
		panic(err)
	}
	fmt.Printf("exit status %d after %d instructions\n", status, p.Stats().Instructions)
	// Output:
	// hello, world
	// exit status 0 after 34 instructions
}

// A program that faults ends with a *Fault: the signal Linux would deliver,
// the exception and the registers.
func ExampleFault() {
	data, _ := os.ReadFile("../testdata/progs/wildjump.elf")
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		panic(err)
	}
	p, err := user.New(user.Config{Executable: exe, Args: []string{"wildjump.elf"}})
	if err != nil {
		panic(err)
	}
	status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 1_000_000})
	var f *user.Fault
	if errors.As(err, &f) {
		fmt.Println(f.Signal, status)
		fmt.Println(f.Reason)
		fmt.Printf("pc %#x, called from %#x\n", f.Exception.PC, f.State.GPR[31])
	}
	// Output:
	// SIGSEGV 139
	// nothing is mapped in segment 1 (0x10000000-0x1fffffff)
	// pc 0x12345678, called from 0x400184
}

// Run in slices: a limit stops the program, and Run goes on from there.
func ExampleProcess_Run_limits() {
	data, _ := os.ReadFile("../testdata/progs/loop.elf")
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		panic(err)
	}
	p, err := user.New(user.Config{Executable: exe, Args: []string{"loop.elf"}})
	if err != nil {
		panic(err)
	}
	for range 3 {
		_, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 1000})
		fmt.Println(errors.Is(err, user.ErrLimit), p.Stats().Instructions)
	}
	// Output:
	// true 1000
	// true 2000
	// true 3000
}
