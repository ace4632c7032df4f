package debuginfo

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The offset operands of the CFA instructions: unsigned, or signed (the
// _sf forms), factored by the data alignment where DWARF says so.
func TestCFAOffsetOperands(t *testing.T) {
	run := func(prog ...byte) Row {
		t.Helper()
		s := &cfaState{row: Row{Rules: map[int]RegRule{}}, e: &fde{codeAlign: 1, dataAlign: -4}}
		if err := s.exec(prog, 0); err != nil {
			t.Fatal(err)
		}
		return s.row
	}
	got := run(
		0x12, 29, 0x7e, // def_cfa_sf sp, -2: CFA = sp + 8
		0x11, 31, 0x7f, // offset_extended_sf ra, -1: at CFA+4
		0x14, 30, 3, // val_offset s8, 3: CFA-12
		0x15, 16, 0x7d, // val_offset_sf s0, -3: CFA+12
		0x05, 17, 2, // offset_extended s1, 2: at CFA-8
		0x13, 0x7a, // def_cfa_offset_sf -6: CFA = sp + 24
	)
	want := Row{CFAReg: 29, CFAOffset: 24, Rules: map[int]RegRule{
		31: {Kind: RuleOffset, Offset: 4},
		30: {Kind: RuleValOffset, Offset: -12},
		16: {Kind: RuleValOffset, Offset: 12},
		17: {Kind: RuleOffset, Offset: -8},
	}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("row (-want +got):\n%s", d)
	}
	got = run(
		0x0c, 29, 16, // def_cfa sp, 16: not factored
		0x0e, 40, // def_cfa_offset 40: not factored
	)
	if got.CFAReg != 29 || got.CFAOffset != 40 {
		t.Errorf("CFA = r%d + %d, want r29 + 40", got.CFAReg, got.CFAOffset)
	}
	for _, prog := range [][]byte{{0x12, 29}, {0x11, 31}, {0x13}, {0x0e}, {0x05, 17, 0x80}} {
		s := &cfaState{row: Row{Rules: map[int]RegRule{}}, e: &fde{codeAlign: 1, dataAlign: -4}}
		if err := s.exec(prog, 0); err == nil {
			t.Errorf("% x: no error for a missing operand", prog)
		}
	}
}
