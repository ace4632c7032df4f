package asm

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// assembleErrors assembles src as t.s (with inc.s and self.s available to
// .include) and returns the errors as "file:line:col: message".
func assembleErrors(t *testing.T, src string, opt Options) []string {
	t.Helper()
	files := map[string]string{
		"inc.s":  "\t.include \"self.s\"\n",
		"self.s": "\t.include \"inc.s\"\n",
	}
	opt.ReadFile = func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("not found")
	}
	_, err := Assemble("t.s", []byte(src), opt)
	if err == nil {
		return nil
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	var msgs []string
	for _, e := range list {
		msgs = append(msgs, e.Error())
	}
	return msgs
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"bad mnemonic", "\tnop\n\tfrob $2, $3\n", []string{"t.s:2:2: unknown instruction frob"}},
		{"bad register", "\taddu $2, $3, $44\n", []string{"t.s:1:15: bad register name $44"}},
		{"register expected", "\tjr 5\n", []string{"t.s:1:5: jr: operand 1 must be a general-purpose register"}},
		{"wrong operand count", "\taddu $2\n", []string{"t.s:1:2: invalid operands for addu"}},
		{"immediate out of range", "\t.set noreorder\n\taddiu $2, $3, 0x12345\n",
			[]string{"t.s:2:16: addiu: operand 3 out of range (-32768 to 32767)"}},
		{"unsigned immediate out of range", "\tori $2, $3, -1\n",
			[]string{"t.s:1:14: ori: operand 3 out of range (0 to 65535)"}},
		{"shift out of range", "\tsll $2, $3, 32\n", []string{"t.s:1:14: sll: operand 3 out of range (0-31)"}},
		{"not a constant", "\taddu $2, $3, sym\n", []string{"t.s:1:15: addu: operand 3 must be a constant"}},
		{"undefined local label", "\tb .L5\n\tnop\n", []string{"t.s:1:4: undefined local label .L5"}},
		{"undefined numeric label", "1:\tj 1f\n", []string{"t.s:1:6: undefined local label 1f"}},
		{"backward label not defined", "\tb 2b\n", []string{"t.s:1:4: local label 2b is not defined"}},
		{"unterminated macro", "\t.macro m\n\tnop\n", []string{"t.s:1:2: .macro without .endm"}},
		{"unterminated rept", "\t.rept 2\n\tnop\n", []string{"t.s:1:2: .rept without .endr"}},
		{"stray endm", "\t.endm\n", []string{"t.s:1:2: .endm without a matching opening directive"}},
		{"recursive include", "\t.include \"inc.s\"\n", []string{"self.s:1:10: recursive .include of inc.s"}},
		{"missing include", "\t.include \"none.s\"\n", []string{"t.s:1:10: cannot find include file none.s (tried none.s)"}},
		{"macro uses $at", "\t.set noat\n\tsw $2, 0x12345($3)\n", []string{"t.s:2:2: macro used $at after \".set noat\""}},
		{"nomacro", "\t.set noreorder\n\t.set nomacro\n\tli $2, 0x12345\n",
			[]string{"t.s:3:2: macro instruction expanded into 2 instructions (\".set nomacro\" is in effect)"}},
		{"nomacro needs noreorder", "\t.set nomacro\n", []string{"t.s:1:7: `noreorder' must be set before `nomacro'"}},
		{"symbol redefined", "x:\tnop\nx:\tnop\n", []string{"t.s:2:1: symbol x is already defined (at line 1)"}},
		{"equate of a label", "x:\tnop\n\t.set x, 5\n", []string{"t.s:2:7: symbol x is already defined"}},
		{"division by zero", "\t.word 1/0\n", []string{"t.s:1:8: division by zero"}},
		{"self reference", "\tx = y + 1\n\ty = x + 1\n\t.word x\n", []string{"t.s:2:6: symbol y is defined in terms of itself"}},
		{"unknown directive", "\t.frobnicate 1\n", []string{"t.s:1:2: unknown directive .frobnicate"}},
		{"junk", "\tnop 1\n", []string{"t.s:1:2: invalid operands for nop"}},
		{"junk after directive", "\t.word 1 2\n", []string{"t.s:1:10: junk at end of statement: \"2\""}},
		{"unterminated string", "\t.ascii \"abc\n", []string{"t.s:1:13: unterminated string"}},
		{"if without endif", "\t.if 1\n\tnop\n", []string{"t.s:1:2: conditional without .endif"}},
		{"endif without if", "\t.endif\n", []string{"t.s:1:2: .endif without .if"}},
		{"recursive macro", "\t.macro m\n\tm\n\t.endm\n\tm\n",
			[]string{"t.s:2:2: macro expansions nested more than 100 deep (recursive macro?) (in macro m used at t.s:2)"}},
		{"huge rept", "\t.rept 100000000\n\tnop\n\t.endr\n", []string{"t.s:1:2: .rept count 100000000 is too large"}},
		{"huge space", "\t.space 0x7fffffff\n", []string{"t.s:1:2: section .text would exceed 67108864 bytes"}},
		{"negative space", "\t.space -1\n", []string{"t.s:1:2: .space size -1 is negative"}},
		{"store in bss", "\t.bss\n\t.word 1\n", []string{"t.s:2:2: attempt to store non-zero value in section .bss"}},
		{"relocation in bss", "\t.bss\n\t.word x\n", []string{"t.s:2:8: cannot store a relocatable value in section .bss, which has no contents"}},
		{"byte relocation", "\t.byte x\n", []string{"t.s:1:2: cannot relocate a 1-byte field against x"}},
		{"difference across sections", "a:\t.word a - b\n\t.data\nb:\t.word 0\n",
			[]string{"t.s:1:10: cannot represent the difference of a and b, which are not in one section"}},
		{"branch out of range", "\tb x\n\t.space 0x20000\nx:\tnop\n", []string{"t.s:1:2: branch out of range"}},
		{"jump misaligned", "\tj 0x1002\n", []string{"t.s:1:4: jump target 0x1002 is not word aligned"}},
		{"number too large", "\t.word 0x10000000000000000\n", []string{"t.s:1:8: number 0x10000000000000000 does not fit in 64 bits"}},
		{"li too large", "\tli $2, 0x100000000\n", []string{"t.s:1:2: number (0x100000000) larger than 32 bits"}},
		{"register as expression", "\t.word $3\n", []string{"t.s:1:8: register $3 used as an expression"}},
		{"unsupported relocation operator", "\tlw $2, %got_disp(x)($28)\n",
			[]string{"t.s:1:9: relocation operator %got_disp is not supported (only %hi, %lo, %gp_rel, %got and %call16)"}},
		{"cpload without a register", "\t.abicalls\n\t.cpload\n", []string{"t.s:2:9: .cpload needs a register"}},
		{"pic", "\t.abicalls\n\tla $2, x\n", []string{"t.s:2:9: PIC address macros are not supported (add \".option pic0\" after .abicalls)"}},
		{"error directive", "\t.error \"stop here\"\n", []string{"t.s:1:2: stop here"}},
		{"set pop", "\t.set pop\n", []string{"t.s:1:7: .set pop with no .set push"}},
		{"module", "\t.module mips16\n", []string{"t.s:1:2: unsupported .module mips16 (graftlab assembles MIPS32 o32 only)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := assembleErrors(t, tt.src, Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTooManyErrors(t *testing.T) {
	src := strings.Repeat("\tfrob\n", 30)
	got := assembleErrors(t, src, Options{MaxErrors: 5})
	want := []string{"t.s:1:2: unknown instruction frob", "t.s:2:2: unknown instruction frob",
		"t.s:3:2: unknown instruction frob", "t.s:4:2: unknown instruction frob",
		"t.s:5:2: unknown instruction frob", "t.s:5: too many errors; stopping"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

func TestErrorDetail(t *testing.T) {
	_, err := Assemble("t.s", []byte("\tnop\n\taddiu\t$2, $3, 0x12345\n"), Options{})
	want := "t.s:2:16: addiu: operand 3 out of range (-32768 to 32767)\n\taddiu\t$2, $3, 0x12345\n\t     \t        ^"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
	var e *Error
	if !errors.As(err, &e) || e.Line != 2 || e.Col != 16 || e.File != "t.s" {
		t.Errorf("errors.As: %+v", e)
	}
}
