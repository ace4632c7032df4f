package psl

import (
	"bytes"
	"context"
	"testing"

	"graftlab/cpu"
	"graftlab/kernel"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/psl/kv"
)

// The recorded workload of the key-value store (psl/kv/client.mips):
// two tasks, each with its own handle, put and read the same keys.
const kvWorkload = `task 0: key 1 = 100
task 0: key 2 = 200
task 0: key 3 =  -1
task 1: key 1 = 101
task 1: key 2 = 201
task 1: key 3 =  -1
`

// assembleKV assembles a front end of the store (package kv).
func assembleKV(t *testing.T, name string, defs map[string]int64) *object.File {
	t.Helper()
	f, err := kv.Assemble(name, defs)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func linkKV(t *testing.T, name string, defs map[string]int64) *loader.Executable {
	t.Helper()
	f := assembleKV(t, name, defs)
	im, err := loader.Link([]*object.File{f}, []string{name}, loader.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := im.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// kvSystem boots the workload with the store reached the way mode says:
// 0 a protected shared library, 1 conventional system calls, 2 LRPC to a
// server environment, 3 a plain library over an unprotected shared page.
func kvSystem(t *testing.T, mode int) kernel.Config {
	t.Helper()
	defs := func(id int) map[string]int64 {
		d := map[string]int64{"MODE": int64(mode), "ID": int64(id)}
		if mode == 2 {
			d["EXO"] = 1
		}
		return d
	}
	cfg := kernel.Config{Program: linkKV(t, "client.mips", defs(0)),
		Programs: []kernel.Program{{Executable: linkKV(t, "client.mips", defs(1))}}}
	switch mode {
	case 0:
		lib := assembleKV(t, "kvlib.mips", nil)
		b, err := lib.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		l, err := Build(Spec{Name: "kvlib", Object: b, Services: kv.Services}, 0)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Libraries, cfg.PSL, cfg.Programs[0].Libraries = []kernel.Library{l}, []int{0}, []int{0}
	case 2:
		cfg.Personality = kernel.Exokernel
		cfg.Programs = append(cfg.Programs, kernel.Program{Executable: linkKV(t, "server.mips", nil)})
	case 3:
		shared := kernel.Region{VA: 0x00800000, Pages: 1, Write: true, Share: "kv"}
		cfg.Regions, cfg.Programs[0].Regions = []kernel.Region{shared}, []kernel.Region{shared}
	}
	return cfg
}

// One service, four ways, one output.
func TestKVFourWays(t *testing.T) {
	for mode, name := range []string{"psl", "conv", "lrpc", "lib"} {
		cfg := kvSystem(t, mode)
		var out bytes.Buffer
		cfg.Console = &out
		sys, err := kernel.Boot(cfg)
		if err != nil {
			t.Fatal(err)
		}
		stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 2_000_000})
		if err != nil || stop.Reason != cpu.StopHalted || stop.Status != 0 {
			t.Fatalf("%s: %v %v", name, stop, err)
		}
		if out.String() != kvWorkload {
			t.Errorf("%s: output\n%s\nwant\n%s", name, out.String(), kvWorkload)
		}
	}
}
