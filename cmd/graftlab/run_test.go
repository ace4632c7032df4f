package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"graftlab/cpu/jit"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const progs = "../../testdata/progs/"

func TestRunPrograms(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string   // exact, when not ""
		stderr []string // substrings
	}{
		{name: "hello", args: []string{progs + "hello.elf"}, stdout: "hello, world\n"},
		{name: "arguments after the program are the guest's", args: []string{"--profile", "ideal", progs + "args.elf", "--stats", "-x"},
			status: 3, stderr: nil},
		{name: "exit status", args: []string{progs + "fib.elf"}, status: 144},
		{name: "stdin", args: []string{progs + "wc.elf"}, stdin: "one two\nthree\n", stdout: "2 3 14 0x4a6e2468\n"},
		{name: "wild jump", args: []string{progs + "wildjump.elf"}, status: 139,
			stderr: []string{"graftlab run: " + progs + "wildjump.elf: SIGSEGV (segmentation fault): segment violation exception at pc 0x12345678",
				"nothing is mapped in segment 1", "pc 12345678  badvaddr 12345678", " ra 004"}},
		{name: "illegal instruction", args: []string{progs + "illegal.elf"}, status: 132,
			stderr: []string{"SIGILL (illegal instruction): reserved instruction exception at pc 0x", "<main+0x", "reserved instruction 0x70000030"}},
		{name: "divide by zero", args: []string{progs + "divzero.elf"}, status: 136, stderr: []string{"SIGFPE", "trap 7"}},
		{name: "store to text", args: []string{progs + "textwrite.elf"}, status: 139, stderr: []string{"store to the read-only text page"}},
		{name: "instruction limit", args: []string{"--max-instructions", "100000", progs + "loop.elf"}, status: 124,
			stderr: []string{"loop.elf: stopped (instruction limit) at pc 0x", "after 100000 instructions"}},
		{name: "cycle limit", args: []string{"--max-cycles=5000", progs + "loop.elf"}, status: 124,
			stderr: []string{"stopped (cycle limit)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := runCmd(t, tc.stdin, append([]string{"run"}, tc.args...)...)
			if status != tc.status {
				t.Errorf("status %d, want %d; stderr:\n%s", status, tc.status, stderr)
			}
			if tc.stdout != "" && stdout != tc.stdout {
				t.Errorf("stdout %q, want %q", stdout, tc.stdout)
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not say %q:\n%s", want, stderr)
				}
			}
		})
	}
}

func TestRunGuestArguments(t *testing.T) {
	status, stdout, _ := runCmd(t, "", "run", progs+"args.elf", "--stats", "-x")
	if status != 3 || !strings.Contains(stdout, "argv[1] --stats\nargv[2] -x\n") {
		t.Errorf("status %d, stdout:\n%s", status, stdout)
	}
}

func TestRunStats(t *testing.T) {
	status, stdout, stderr := runCmd(t, "", "run", "--stats", progs+"checksum.elf")
	if status != 0 || !strings.Contains(stdout, "crc32   0x0202f7a4") {
		t.Fatalf("status %d\n%s\n%s", status, stdout, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	var s map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatalf("last line of stderr: %v\n%s", err, stderr)
	}
	for _, key := range []string{"instructions", "cycles", "host_seconds", "guest_mips", "stalls", "icache_misses",
		"dcache_misses", "tlb_misses", "exceptions", "micros"} {
		if _, ok := s[key]; !ok {
			t.Errorf("no %q in %s", key, lines[len(lines)-1])
		}
	}
	// The instruction count is Unicorn's (testdata/progs/counts.txt); the
	// profile is dec5000, whose clock is 25 MHz.
	if s["instructions"] != 1980718.0 || s["profile"] != "dec5000" || s["micros"] != s["cycles"].(float64)/25 {
		t.Errorf("stats %v", s)
	}
	exc := s["exceptions"].(map[string]any)
	if exc["Sys"] != 2.0 || exc["TLBL"] == nil {
		t.Errorf("exceptions %v", exc)
	}
}

// --stats reports the jit engine's work; --jit-dump writes the listing of
// every block it compiled.
func TestRunJIT(t *testing.T) {
	if !jit.Supported {
		t.Skip("no jit engine on this host")
	}
	dump := filepath.Join(t.TempDir(), "jit.txt")
	status, stdout, stderr := runCmd(t, "", "run", "--engine", "jit", "--stats", "--jit-dump", dump, progs+"checksum.elf")
	if status != 0 || !strings.Contains(stdout, "crc32   0x0202f7a4") {
		t.Fatalf("status %d\n%s\n%s", status, stdout, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	var s struct {
		Instructions uint64
		JIT          struct {
			CompiledBlocks uint64 `json:"compiled_blocks"`
			RefusedBlocks  uint64 `json:"refused_blocks"`
			CodeBytes      int    `json:"code_bytes"`
		}
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &s); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Count(string(data), "\nblock 0x") + 1
	if s.Instructions != 1980718 || s.JIT.CompiledBlocks == 0 || s.JIT.RefusedBlocks != 0 || s.JIT.CodeBytes == 0 ||
		!strings.HasPrefix(string(data), "block 0x") || uint64(blocks) != s.JIT.CompiledBlocks {
		t.Errorf("stats %+v; %d blocks in the dump:\n%.300s", s, blocks, data)
	}
	// A code cache of 1 MiB, and one of no size.
	status, _, stderr = runCmd(t, "", "run", "--jit-cache", "1", "--stats", progs+"checksum.elf")
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); status != 0 || !strings.Contains(lines[len(lines)-1], `"cache_bytes":1048576,`) {
		t.Errorf("--jit-cache 1: status %d, %s", status, stderr)
	}
	status, _, stderr = runCmd(t, "", "run", "--jit-cache", "0", progs+"checksum.elf")
	if status != 2 || !strings.Contains(stderr, "graftlab run: --jit-cache 0: want 1 to 1024 MiB") {
		t.Errorf("--jit-cache 0: status %d, %s", status, stderr)
	}
	// A dump that cannot be written fails the run.
	status, _, stderr = runCmd(t, "", "run", "--jit-dump", "/dev/full", progs+"checksum.elf")
	if status != 1 || !strings.Contains(stderr, "graftlab run: --jit-dump: write /dev/full: no space left on device") {
		t.Errorf("--jit-dump /dev/full: status %d, %s", status, stderr)
	}
	status, _, stderr = runCmd(t, "", "run", "--engine", "fast", "--jit-dump", dump, progs+"checksum.elf")
	if status != 2 || !strings.Contains(stderr, "graftlab run: --jit-dump: the engine is fast: it needs --engine jit") {
		t.Errorf("--jit-dump with --engine fast: status %d, %s", status, stderr)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hello, err := os.ReadFile(progs + "hello.elf")
	if err != nil {
		t.Fatal(err)
	}
	dynamic := bytes.Clone(hello)
	binary.LittleEndian.PutUint32(dynamic[52+4*32:], 3) // program header 4 (PT_NOTE) becomes PT_INTERP
	truncated := hello[:len(hello)/3]
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"run"}, 2, "graftlab run: want a program to run\nusage: graftlab run "},
		{[]string{"run", "--ram", "0", progs + "hello.elf"}, 2, "--ram 0: want 1 to 496 MiB"},
		{[]string{"run", "--profile", "nonesuch", progs + "hello.elf"}, 1, "graftlab run: profile nonesuch: open nonesuch: no such file or directory"},
		{[]string{"run", "/nonexistent/prog.elf"}, 1, "graftlab run: open /nonexistent/prog.elf: no such file or directory"},
		{[]string{"run", write("script", []byte("#!/bin/sh\n"))}, 1, "script: executable: not an ELF file"},
		{[]string{"run", write("dynamic.elf", dynamic)}, 1, "executable: dynamically linked executables are not supported"},
		{[]string{"run", write("truncated.elf", truncated)}, 1, "truncated.elf: truncated ELF file: 1706 bytes, but its section headers end at byte 5120 ("},
		{[]string{"run", progs + "hello.c"}, 1, "executable: not an ELF file"},
	}
	for _, tc := range tests {
		status, _, stderr := runCmd(t, "", tc.args...)
		if status != tc.status || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("graftlab %v: status %d stderr %q; want %d and %q", tc.args, status, stderr, tc.status, tc.stderr)
		}
	}
}

func TestRunInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	status := runMain(ctx, &env{strings.NewReader(""), &out, &errb}, []string{"run", progs + "loop.elf"})
	if status != 130 || !strings.Contains(errb.String(), "loop.elf: interrupted: stopped at pc 0x") {
		t.Errorf("status %d stderr %q", status, errb.String())
	}
}
