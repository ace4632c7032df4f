package misfit_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/kernel"
	"graftlab/misfit"
	"graftlab/misfit/sign"
	"graftlab/profile"
)

// The system-mode loader (kernel.LoadGraft) against the user-mode harness:
// doc/misfit.md, "Loading in system mode".

var sysKey = ed25519.NewKeyFromSeed(make([]byte, 32))

func sysRun(t *testing.T, obj []byte, g graft, unverified bool) *kernel.GraftRun {
	t.Helper()
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	base := uint32(kernel.GraftDataBase)
	gr, err := kernel.LoadGraft(kernel.GraftConfig{
		Profile: p, Object: obj, Name: g.name, Entry: g.entry, Unverified: unverified,
		Keys: []ed25519.PublicKey{sysKey.Public().(ed25519.PublicKey)}, Watch: true,
		Shared: g.region(base), Args: g.args(base),
	})
	if err != nil {
		t.Fatalf("%s: load: %v", g.name, err)
	}
	run, err := gr.Call(context.Background(), cpu.Limits{})
	if err != nil {
		t.Fatalf("%s: %v", g.name, err)
	}
	if run.Aborted || run.Exception != nil || len(run.Escapes) > 0 {
		t.Fatalf("%s: aborted %v, exception %v, escapes %v", g.name, run.Aborted, run.Exception, run.Escapes)
	}
	return run
}

// TestSystemSuite loads every graft of the suite, unrewritten and rewritten
// and signed under both policies, into the graft kernel, calls it in system
// mode and requires the user-mode harness's result (and, for xor, the same
// ciphertext), with nothing touched outside the region.
func TestSystemSuite(t *testing.T) {
	for _, g := range grafts {
		obj := graftObject(t, g.name)
		user := runCase(t, obj, g)
		orig := sysRun(t, obj, g, true)
		if orig.Result != user.Result {
			t.Errorf("%s unrewritten: system-mode result %#x, user mode %#x", g.name, orig.Result, user.Result)
		}
		for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol, Key: sysKey})
			if err != nil {
				t.Fatal(err)
			}
			urun := runCase(t, res.Object, g)
			run := sysRun(t, res.Object, g, false)
			if run.Result != urun.Result || run.Result != user.Result {
				t.Errorf("%s/%v: system-mode result %#x, user mode %#x (unrewritten %#x)", g.name, pol, run.Result, urun.Result, user.Result)
			}
			if g.name == "xor" && !bytes.Equal(run.Region[bufOff:bufOff+4096], urun.Region[bufOff:bufOff+4096]) {
				t.Errorf("%s/%v: ciphertext differs from user mode's", g.name, pol)
			}
			t.Logf("%s/%v: result %#x, %d cycles (unrewritten %d; user mode %d and %d)", g.name, pol, run.Result, run.Cycles, orig.Cycles, urun.Cycles, user.Cycles)
		}
	}
}

func sysLoad(obj []byte, cfg kernel.GraftConfig) error {
	cfg.Object = obj
	if cfg.Entry == "" {
		cfg.Entry = "graft"
	}
	_, err := kernel.LoadGraft(cfg)
	return err
}

// TestSystemRefusals: unsigned, wrongly signed, and a call to a kernel
// function that is not exported.
func TestSystemRefusals(t *testing.T) {
	obj := graftObject(t, "xor")
	pub := sysKey.Public().(ed25519.PublicKey)
	keys := []ed25519.PublicKey{pub}
	unsigned, err := misfit.Rewrite(obj, misfit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	other := ed25519.NewKeyFromSeed(append(make([]byte, 31), 7))
	wrong, err := misfit.Rewrite(obj, misfit.Options{Key: other})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		obj  []byte
		cfg  kernel.GraftConfig
		want string
		is   error
	}{
		{"unsigned", unsigned.Object, kernel.GraftConfig{Keys: keys, Entry: "xor_crypt"}, "graft refused: unsigned: graft is not signed", sign.ErrUnsigned},
		{"wrong key", wrong.Object, kernel.GraftConfig{Keys: keys, Entry: "xor_crypt"}, "graft refused: wrong key: ", nil},
		{"no keys", wrong.Object, kernel.GraftConfig{Entry: "xor_crypt"}, "graft refused: no keys: ", nil},
		{"unrewritten", obj, kernel.GraftConfig{Keys: keys, AllowUnsigned: true, Entry: "xor_crypt"}, "not a MiSFIT-rewritten object", nil},
		{"no entry", unsigned.Object, kernel.GraftConfig{AllowUnsigned: true, Entry: "nope"}, `no entry point "nope"`, nil},
		{"region", unsigned.Object, kernel.GraftConfig{AllowUnsigned: true, Entry: "xor_crypt", RegionSize: 3000}, "want a power of two", nil},
	}
	for _, c := range cases {
		c.cfg.Name = c.name
		err := sysLoad(c.obj, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.Is(err, kernel.ErrGraft) {
			t.Errorf("%s: got %v, want an ErrGraft containing %q", c.name, err, c.want)
		} else if c.is != nil && !errors.Is(err, c.is) {
			t.Errorf("%s: %v is not %v", c.name, err, c.is)
		}
	}
	if err := sysLoad(wrong.Object, kernel.GraftConfig{Keys: keys, Entry: "xor_crypt"}); err == nil || !strings.Contains(err.Error(), "graft refused: graft: graft is signed by an untrusted key") {
		t.Errorf("wrong key: %v", err)
	}
	// AllowUnsigned accepts the unsigned graft, loudly.
	var warn bytes.Buffer
	if err := sysLoad(unsigned.Object, kernel.GraftConfig{AllowUnsigned: true, Entry: "xor_crypt", Warn: &warn}); err != nil {
		t.Errorf("allow unsigned: %v", err)
	}
	if !strings.Contains(warn.String(), "kernel: WARNING: graft: signature requirement turned off") {
		t.Errorf("allow unsigned: warning %q", warn.String())
	}

	// A call to a kernel function that exists (poweroff, in kernel.s) but
	// is not exported: rewritten with a callable list that names it, signed
	// by the trusted key, refused by the loader's verification and, without
	// it, by the link.
	src := "\t.text\n\t.globl graft\ngraft:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n\tjal poweroff\n\tnop\n\tlw $ra, 20($sp)\n\tjr $ra\n\taddiu $sp, $sp, 24\n"
	raw := assembleFile(t, "call_poweroff.s", []byte(src))
	res, err := misfit.Rewrite(raw, misfit.Options{Key: sysKey, Callable: append([]string{"poweroff"}, misfit.DefaultCallable...)})
	if err != nil {
		t.Fatal(err)
	}
	err = sysLoad(res.Object, kernel.GraftConfig{Keys: keys, Name: "call_poweroff"})
	if err == nil || !regexp.MustCompile(`graft refused: call_poweroff: .*poweroff.*callable`).MatchString(err.Error()) {
		t.Errorf("call to poweroff, verified: %v", err)
	}
	err = sysLoad(raw, kernel.GraftConfig{Unverified: true, Name: "call_poweroff"})
	if err == nil || !strings.Contains(err.Error(), `graft refused: call_poweroff: .text+0x8: undefined symbol "poweroff" is not exported by the kernel`) {
		t.Errorf("call to poweroff, unverified: %v", err)
	}
}

// TestSystemHostile loads every hostile graft the rewriter accepts,
// rewritten and signed under both policies, and runs it in system mode
// under the memory and code hooks: nothing outside the data region and its
// guard zones, the graft's code (its table read-only) and the kernel's
// exits and exports may be touched.
func TestSystemHostile(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "misfit", "hostile", "*.s"))
	if err != nil || len(files) < 20 {
		t.Fatalf("hostile corpus: %d files, %v", len(files), err)
	}
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if m := expectRE.FindSubmatch(src); m == nil || m[2] != nil {
			continue
		}
		obj := assembleFile(t, file, src)
		for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol, Key: sysKey})
			if err != nil {
				t.Fatalf("%s/%v: %v", file, pol, err)
			}
			base := uint32(kernel.GraftDataBase)
			g, err := kernel.LoadGraft(kernel.GraftConfig{
				Profile: p, Object: res.Object, Name: filepath.Base(file), Entry: "graft", Watch: true,
				Keys: []ed25519.PublicKey{sysKey.Public().(ed25519.PublicKey)},
				Args: [4]uint32{base + 0x1000, base + 0x2000, 3, 4},
			})
			if err != nil {
				t.Fatalf("%s/%v: %v", file, pol, err)
			}
			run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 200000})
			if err != nil && run == nil {
				t.Fatalf("%s/%v: %v", file, pol, err)
			}
			if len(run.Escapes) > 0 {
				t.Errorf("%s/%v: escaped: %v", file, pol, run.Escapes)
			}
			t.Logf("%s/%v: result %#x, aborted %v, exception %v, err %v", filepath.Base(file), pol, run.Result, run.Aborted, run.Exception, err)
			n++
		}
	}
	if n < 20 {
		t.Errorf("only %d hostile runs", n)
	}
}

// TestSystemMonitor: the hooks see an unrewritten wild store (the monitor
// is not blind), and the exported memset checks its range against the
// caller's region: inside it works, outside it aborts the graft.
func TestSystemMonitor(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "misfit", "hostile", "wild_store.s"))
	if err != nil {
		t.Fatal(err)
	}
	run := sysAsm(t, src, true, 0)
	if len(run.Escapes) == 0 || run.Escapes[0].Kind != "write outside the region" || run.Escapes[0].Addr != 0x80000000 {
		t.Errorf("unrewritten wild store: escapes %v", run.Escapes)
	}
	memset := []byte("\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n\tmove $a0, $a2\n\tli $a1, 0x5a\n\tjal memset\n\tli $a2, 16\n\tlw $ra, 20($sp)\n\tjr $ra\n\taddiu $sp, $sp, 24\n")
	base := uint32(kernel.GraftDataBase)
	run = sysAsm(t, memset, false, base+0x100)
	if run.Aborted || run.Result != base+0x100 || !bytes.Equal(run.Region[0xf0:0x120], append(append(make([]byte, 16), bytes.Repeat([]byte{0x5a}, 16)...), make([]byte, 16)...)) {
		t.Errorf("memset in the region: aborted %v, result %#x, region %x", run.Aborted, run.Result, run.Region[0xf0:0x120])
	}
	for _, a := range []uint32{0x80000000, base - 8, base + 0xfff8} {
		run = sysAsm(t, memset, false, a)
		if !run.Aborted || len(run.Escapes) > 0 {
			t.Errorf("memset at %#x: aborted %v, escapes %v", a, run.Aborted, run.Escapes)
		}
	}
}

// sysAsm assembles src, rewrites and signs it (unless raw) and calls its
// graft with a2 = arg under the monitor.
func sysAsm(t *testing.T, src []byte, raw bool, arg uint32) *kernel.GraftRun {
	t.Helper()
	obj := assembleFile(t, "graft.s", src)
	if !raw {
		res, err := misfit.Rewrite(obj, misfit.Options{Key: sysKey})
		if err != nil {
			t.Fatal(err)
		}
		obj = res.Object
	}
	g, err := kernel.LoadGraft(kernel.GraftConfig{Object: obj, Entry: "graft", Unverified: raw, Watch: true,
		Keys: []ed25519.PublicKey{sysKey.Public().(ed25519.PublicKey)}, Args: [4]uint32{0, 0, arg}})
	if err != nil {
		t.Fatal(err)
	}
	run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 100000})
	if run == nil {
		t.Fatal(err)
	}
	return run
}
