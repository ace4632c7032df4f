package jit

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"graftlab/cpu"
)

// The listing of the loop's block: its instructions in order, each with
// its static prefix and amd64 code that decodes, the end and the exits;
// the dump streams the same listings as the blocks are compiled.
func TestListing(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	var dump strings.Builder
	m := newGuestMachine(t, "dec5000", loopGuest(50))
	if _, err := (Engine{Dump: &dump}).Run(context.Background(), m, cpu.Limits{MaxInstructions: 1000}); err != nil {
		t.Fatal(err)
	}
	const loop = codeBase + 8
	got, ok := Listing(m, loop)
	if !ok {
		t.Fatal("no listing of the loop's block")
	}
	if _, ok := Listing(m, loop+4); ok {
		t.Error("a listing of a block that was never compiled")
	}
	lines := strings.Split(strings.TrimSuffix(got, "\n\n"), "\n")
	if want := regexp.MustCompile(`^block 0x80001008: 7 instructions, 7 static cycles, \d+ bytes of amd64 at 0x[0-9a-f]+$`); !want.MatchString(lines[0]) {
		t.Errorf("header %q", lines[0])
	}
	// The guest lines, in order: the slot before the fused bne.
	var guest []string
	host := 0
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, "\t"):
			host++
			if strings.Contains(l, "(bad") {
				t.Errorf("undecodable host code: %q", l)
			}
		default:
			guest = append(guest, l)
		}
	}
	want := []string{
		"0x80001008  +0  addu\tt1,t1,t0",
		"0x8000100c  +1  xor\tt2,t2,t1",
		"0x80001010  +2  sll\tt3,t2,0x3",
		"0x80001014  +3  sltu\tt4,t3,t1",
		"0x80001018  +4  addiu\tt0,t0,-1",
		"0x80001020  +5  subu\tt5,t5,t4",
		"0x8000101c  +6  bnez\tt0,0x80001008  (decided after its delay slot, with the end)",
		"end       +7",
		"exits",
	}
	if strings.Join(guest, "\n") != strings.Join(want, "\n") {
		t.Errorf("guest lines:\n%s\nwant:\n%s", strings.Join(guest, "\n"), strings.Join(want, "\n"))
	}
	if host < 7*3 {
		t.Errorf("%d host instructions, want at least 3 per guest instruction", host)
	}
	if !strings.Contains(dump.String(), got) {
		t.Errorf("the dump does not hold the loop's listing:\n%s", dump.String())
	}
	var all strings.Builder
	n, err := Dump(&all, m)
	if st := engineStats(t, m); err != nil || uint64(n) != st.Compiled || all.String() != dump.String() {
		t.Errorf("Dump: %d blocks, %v; %d compiled; same as the stream: %v", n, err, st.Compiled, all.String() == dump.String())
	}
}
