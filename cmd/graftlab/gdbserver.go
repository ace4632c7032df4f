package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"net"

	"graftlab/cpu"
	"graftlab/debugger/gdbstub"
	"graftlab/user"
)

func init() {
	register(&command{
		name:    "gdbserver",
		summary: "serve a user-mode program to gdb over the GDB remote protocol, as gdbserver does",
		usage:   "[--listen ADDR] [--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [--max-instructions N] [--ram MiB] [--log] PROG.elf [ARGS...]",
		setup:   setupGDBServer,
	})
}

func setupGDBServer(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	listen := fs.String("listen", "127.0.0.1:1234", "TCP `ADDR` to listen on, host:port (port 0: any free port; the port is printed)")
	prof := profileFlag(fs)
	engine := engineFlag(fs)
	maxInst := fs.Uint64("max-instructions", defaultMaxInstructions, "bound each continue to `N` instructions; gdb then sees SIGXCPU and may continue (0: no limit)")
	ram := ramFlag(fs)
	logPackets := fs.Bool("log", false, "log every packet received and sent on stderr")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usageError{"want a program to serve"}
		}
		if err := checkRAM(*ram); err != nil {
			return err
		}
		eng, err := engine.choose()
		if err != nil {
			return err
		}
		name := args[0]
		p, _, x, err := loadProgram(*prof, name)
		if err != nil {
			return err
		}
		proc, err := newProcess(e, p, x, args, *ram, eng)
		if err != nil {
			return err
		}
		ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", *listen)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "Process %s created; pid = 1\nListening on %s\n", name, ln.Addr())
		conn, err := accept(ctx, ln)
		ln.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "Remote debugging from host %s\n", conn.RemoteAddr())
		opts := gdbstub.Options{MaxInstructions: *maxInst}
		if *maxInst == 0 {
			opts.MaxInstructions = math.MaxUint64 // no limit: gdb's Ctrl-C ends a run
		}
		if *logPackets {
			opts.Log = e.stderr
		}
		out, err := gdbstub.NewServer(gdbstub.NewUserTarget(proc), opts).Serve(ctx, conn)
		conn.Close()
		if err != nil {
			return err
		}
		return finishServed(ctx, e, proc, name, out, *maxInst)
	}
}

// accept waits for one connection, or for ctx to end.
func accept(ctx context.Context, ln net.Listener) (net.Conn, error) {
	type res struct {
		c   net.Conn
		err error
	}
	ch := make(chan res, 1)
	go func() {
		c, err := ln.Accept()
		ch <- res{c, err}
	}()
	select {
	case r := <-ch:
		return r.c, r.err
	case <-ctx.Done():
		ln.Close()
		return nil, fmt.Errorf("waiting for gdb: %w", ctx.Err())
	}
}

// finishServed ends the command as gdbserver ends: with the program's exit
// status once it has ended; after a detach, the program first runs on to
// its end without the debugger.
func finishServed(ctx context.Context, e *env, proc *user.Process, name string, out gdbstub.Outcome, maxInst uint64) error {
	switch {
	case out.Ended && out.Signal != 0:
		fmt.Fprintf(e.stderr, "Child terminated with signal = %d\n", out.Signal)
		return exitError{128 + out.Signal}
	case out.Ended:
		fmt.Fprintf(e.stderr, "Child exited with status %d\n", out.Status)
		if out.Status != 0 {
			return exitError{out.Status}
		}
		return nil
	case out.Kind == gdbstub.Killed:
		fmt.Fprintf(e.stderr, "Killing process 1\n")
		return nil
	case out.Kind == gdbstub.Disconnected:
		return fmt.Errorf("gdb went away: %v", out.Err)
	}
	fmt.Fprintf(e.stderr, "Detaching from process 1\n")
	status, err := proc.Run(ctx, cpu.Limits{MaxInstructions: maxInst})
	var f *user.Fault
	switch {
	case errors.As(err, &f):
		fmt.Fprintf(e.stderr, "graftlab gdbserver: %s: %v\n", name, f)
	case errors.Is(err, user.ErrLimit):
		fmt.Fprintf(e.stderr, "graftlab gdbserver: %s: %v\n", name, err)
		status = statusLimit
	case err != nil && ctx.Err() != nil:
		status = statusInterrupted
	case err != nil:
		return fmt.Errorf("%s: %w", name, err)
	}
	if status != 0 {
		return exitError{status}
	}
	return nil
}
