package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/kernel"
	"graftlab/misfit/suite"
)

// inetChecksum is RFC 1071's checksum, written here independently of the
// graft: what the cksum graft must return.
func inetChecksum(p []byte) uint32 {
	var sum uint32
	for ; len(p) > 1; p = p[2:] {
		sum += uint32(p[0])<<8 | uint32(p[1])
	}
	if len(p) == 1 {
		sum += uint32(p[0]) << 8
	}
	for sum>>16 != 0 {
		sum = sum&0xffff + sum>>16
	}
	return ^sum & 0xffff
}

// TestGraftPipeline runs a rewriting pipeline end to end from the command
// line, as the README shows it: keygen, misfit, verify, graft run, on the
// suite's checksum graft with its data region from a file.
func TestGraftPipeline(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "k")
	obj := filepath.Join(dir, "cksum.o")
	data := filepath.Join(dir, "cksum.data")
	_, region, args, ok := suite.Case("cksum", kernel.GraftDataBase)
	if !ok || args[0] != kernel.GraftDataBase+0x1000 || args[1] != 4095 {
		t.Fatalf("the suite's cksum case changed: %v %#x", ok, args)
	}
	if err := os.WriteFile(data, region, 0o644); err != nil {
		t.Fatal(err)
	}
	want := inetChecksum(region[0x1000 : 0x1000+4095])
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"misfit", "--key", key, "-o", obj, "../../misfit/suite/grafts/cksum.o"},
		{"verify", "--key", key + ".pub", obj},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}

	run := []string{"graft", "run", "--key", key + ".pub", "--entry", "inet_cksum", "--data", data}
	status, stdout, stderr := runCmd(t, "", append(run, obj, "@0x1000", "4095")...)
	wantText := fmt.Sprintf("%s: inet_cksum returned %#x (%d)\n", obj, want, want) +
		"cycles 37072, instructions 26640, stalls 10432 (1482.88 µs on dec5000)\n"
	if status != 0 || stdout != wantText || stderr != "" {
		t.Errorf("graft run: status %d\n got %q\nwant %q\nstderr %q", status, stdout, wantText, stderr)
	}

	// --json and --watch: the same run, watched, as one JSON object; the
	// figures are the bench's misfit.suite.cksum row (bench/misfit_test.go).
	status, stdout, stderr = runCmd(t, "", append(run, "--json", "--watch", obj, "@0x1000", "4095")...)
	if status != 0 {
		t.Fatalf("graft run --json: status %d: %s", status, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || strings.Count(stdout, "\n") != 1 {
		t.Fatalf("graft run --json: %v: %q", err, stdout)
	}
	wantJSON := map[string]any{
		"object": obj, "entry": "inet_cksum", "profile": "dec5000",
		"returned": true, "result": float64(want), "aborted": false, "exception": nil,
		"cycles": 37072.0, "instructions": 26640.0, "stalls": 10432.0, "micros": 1482.88,
		"watched": true, "escapes": []any{},
	}
	if d := cmp.Diff(wantJSON, got); d != "" {
		t.Errorf("graft run --json (-want +got):\n%s", d)
	}

	// The README's tour: a message of our own, placed past the graft's
	// own data sections (at the region's base) with --data-offset.
	msg := filepath.Join(dir, "msg.txt")
	os.WriteFile(msg, []byte("hello, graft"), 0o644)
	status, stdout, stderr = runCmd(t, "", "graft", "run", "--key", key+".pub", "--entry", "inet_cksum", "--data", msg, "--data-offset", "0x1000", obj, "@0x1000", "12")
	wantText = fmt.Sprintf("%s: inet_cksum returned 0xc2c4 (49860)\ncycles 291, instructions 101, stalls 190 (11.64 µs on dec5000)\n", obj)
	if inetChecksum([]byte("hello, graft")) != 0xc2c4 || status != 0 || stdout != wantText || stderr != "" {
		t.Errorf("graft run --data-offset: status %d\n got %q\nwant %q\nstderr %q", status, stdout, wantText, stderr)
	}
}

// TestGraftAbort: a graft whose load leaves the region is aborted under the
// checking policy (exit status 3), and with the sandbox policy reads inside
// the region instead; --dump writes the region after the call.
func TestGraftAbort(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "k")
	src := filepath.Join(dir, "peek.s")
	os.WriteFile(src, []byte(".text\n.globl peek\npeek:\n lw $v0, 0($a0)\n sw $a1, 4($a0)\n jr $ra\n nop\n"), 0o644)
	data := filepath.Join(dir, "data")
	os.WriteFile(data, []byte("\x00\x00\x00\x00\x00\x00\x00\x00\x78\x56\x34\x12"), 0o644)
	raw := filepath.Join(dir, "peek.o")
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"asm", "-c", "-o", raw, src},
		{"misfit", "--policy", "check", "--key", key, "-o", filepath.Join(dir, "check.o"), raw},
		{"misfit", "--key", key, "-o", filepath.Join(dir, "sandbox.o"), raw},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	run := func(obj string, extra ...string) (int, graftOutcome, string) {
		t.Helper()
		a0 := "0x1000"
		if extra[0] == "@8" {
			a0, extra = extra[0], extra[1:]
		}
		args := append([]string{"graft", "run", "--key", key + ".pub", "--entry", "peek", "--data", data, "--json"}, extra...)
		status, stdout, stderr := runCmd(t, "", append(args, filepath.Join(dir, obj), a0, "7")...)
		var o graftOutcome
		if err := json.Unmarshal([]byte(stdout), &o); err != nil {
			t.Fatalf("%s: %v: %q %q", obj, err, stdout, stderr)
		}
		return status, o, stderr
	}
	status, o, stderr := run("check.o", "--region", "64K")
	if status != statusGraftFailed || !o.Aborted || o.Returned || o.Result != 0 || o.Exception != nil || stderr != "" {
		t.Errorf("checking policy, load outside the region: status %d %+v %q", status, o, stderr)
	}
	dump := filepath.Join(dir, "region")
	status, o, stderr = run("sandbox.o", "--region", "4K", "--dump", dump, "--watch")
	// 0x1000 masked into a 4 KiB region is its base + 0: the first word.
	if status != 0 || !o.Returned || o.Result != 0 || len(o.Escapes) != 0 || stderr != "" {
		t.Errorf("sandbox policy: status %d %+v %q", status, o, stderr)
	}
	reg, err := os.ReadFile(dump)
	if err != nil || len(reg) != 4096 || string(reg[:12]) != "\x00\x00\x00\x00\x07\x00\x00\x00\x78\x56\x34\x12" {
		t.Errorf("--dump: %v, %d bytes, % x", err, len(reg), reg[:min(len(reg), 12)])
	}
	// @OFFSET is an address in the region.
	status, o, _ = run("sandbox.o", "@8")
	if status != 0 || !o.Returned || o.Result != 0x12345678 {
		t.Errorf("sandbox policy again: %d %+v", status, o)
	}
}

func TestGraftUsage(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "k")
	other := filepath.Join(dir, "other")
	signed := filepath.Join(dir, "xor.o")
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"keygen", "-o", other},
		{"misfit", "--key", key, "-o", signed, xorGraft},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"graft"}, 2, "graftlab graft: want a subcommand: run\nusage: graftlab graft run "},
		{[]string{"graft", "load"}, 2, `graftlab graft: unknown graft subcommand "load": want run`},
		{[]string{"graft", "run", "--key", key + ".pub", signed}, 2, "graftlab graft: want --entry FUNC\n"},
		{[]string{"graft", "run", "--entry", "xor_crypt", signed}, 2, "graftlab graft: want --key PUB (the key the graft was signed with), or --allow-unsigned\n"},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", signed, "1", "2", "3", "4", "5"}, 2, "5 arguments: a graft takes at most four (a0-a3)"},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", signed, "@x"}, 2, `argument "@x": want @OFFSET`},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", "--region", "lots", signed}, 2, `invalid value "lots" for flag -region: bad size "lots"`},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", "--region", "3K", signed}, 1, "region size 0xc00: want a power of two from 4 KiB to 0x100000"},
		{[]string{"graft", "run", "--key", other + ".pub", "--entry", "xor_crypt", signed}, 1, "graft refused: " + signed + ": "},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", xorGraft}, 1, "graft refused: " + xorGraft + ": "},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "nope", signed}, 1, "graft refused: " + signed + ": no entry"},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", "--dump", "/nonexistent/x", signed}, 1, "graftlab graft: open /nonexistent/x: no such file or directory\n"},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", "--data-offset", "16", signed}, 2, "graftlab graft: --data-offset without --data\n"},
		{[]string{"graft", "run", "--key", key + ".pub", "--entry", "xor_crypt", "--data", signed, "--data-offset", "0x100000", signed}, 2, "graftlab graft: --data-offset 0x100000 with "},
	} {
		status, stdout, stderr := runCmd(t, "", c.args...)
		if status != c.status || !strings.Contains(stderr, c.stderr) || stdout != "" {
			t.Errorf("graftlab %v: status %d stdout %q stderr %q; want %d and %q", c.args, status, stdout, stderr, c.status, c.stderr)
		}
	}
	status, stdout, _ := runCmd(t, "", "graft", "run", "-h")
	if status != 0 || !strings.HasPrefix(stdout, "usage: graftlab graft run [--key PUB]... ") || !strings.Contains(stdout, "\n  --data-offset OFFSET\n") {
		t.Errorf("graft run -h: %d %q", status, stdout)
	}
	// --allow-unsigned says so on stderr.
	unsigned := filepath.Join(dir, "unsigned.o")
	if status, _, stderr := runCmd(t, "", "misfit", "-o", unsigned, xorGraft); status != 0 {
		t.Fatal(stderr)
	}
	status, stdout, stderr := runCmd(t, "", "graft", "run", "--allow-unsigned", "--entry", "xor_crypt", unsigned, "@0x1000", "16", "@0x2000", "15")
	if status != 0 || !strings.HasPrefix(stdout, unsigned+": xor_crypt returned ") ||
		stderr != "graftlab graft: warning: "+unsigned+": --allow-unsigned: the signature is not required (the code is still verified)\n" {
		t.Errorf("--allow-unsigned: %d %q %q", status, stdout, stderr)
	}
}
