package bench

import (
	"fmt"
	"strings"

	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/libos"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/psl/kv"
)

// skeleton is every scenario's program. The empty and measured loops have
// the same structure; the symbols around them are where the harness reads
// the counters.
const skeleton = `
	.set	noreorder
	.text
	.globl	__start
__start:
{{setup}}
	# Warm-up: both loops once (the operation twice), so that their code,
	# the caches and the TLB are warm.
	li	$s0, 1
	jal	empty_loop
	nop
	li	$s0, 2
	jal	bench_loop
	nop
	.globl	empty_begin, empty_end, bench_begin, bench_end
	# Two passes; the harness measures the second, when the code between
	# the loops is warm too.
	li	$s6, 2
4:
{{pre}}
	li	$s0, ITER
empty_begin:
	jal	empty_loop
	nop
empty_end:
	li	$s0, ITER
bench_begin:
	jal	bench_loop
	nop
bench_end:
	addiu	$s6, $s6, -1
	bnez	$s6, 4b
	nop
{{finish}}
	move	$a0, $zero
{{exit}}
fail:
	li	$a0, 1
{{exit}}

empty_loop:
	move	$s7, $ra
2:	{{empty}}
	addiu	$s0, $s0, -1
	bnez	$s0, 2b
	nop
	jr	$s7
	nop

bench_loop:
	move	$s7, $ra
3:	{{op}}
	addiu	$s0, $s0, -1
	bnez	$s0, 3b
	nop
	jr	$s7
	nop
{{extra}}
`

const (
	convExit = "\tli\t$v0, 4001\n\tsyscall\n"
	exoExit  = "\tli\t$v0, 2\n\tsyscall\n"
)

// Source returns the assembly of a scenario's program.
func (s Scenario) Source() string {
	exit := convExit
	if s.Personality == kernel.Exokernel {
		exit = exoExit
	}
	r := strings.NewReplacer(
		"{{setup}}", s.Setup,
		"{{op}}", s.Op,
		"{{empty}}", s.Empty,
		"{{pre}}", s.Pre,
		"{{exit}}", exit,
		"{{extra}}", s.Extra,
		"{{finish}}", s.Finish,
	)
	return r.Replace(skeleton)
}

// readFile resolves the programs' includes: the library OS's files
// (package libos), then the key-value store's.
func readFile(name string) ([]byte, error) {
	if b, err := libos.ReadFile(name); err == nil {
		return b, nil
	}
	return kv.ReadFile(name)
}

// PartnerProgram assembles and links a scenario's partner, environment 1,
// at PartnerText; nil without one.
func (s Scenario) PartnerProgram(n int) (*loader.Executable, error) {
	if s.Partner == "" {
		return nil, nil
	}
	name := s.ID + ".partner.s"
	obj, err := asm.Assemble(name, []byte(s.Partner), asm.Options{Defines: map[string]int64{"ITER": int64(n)}, ReadFile: readFile})
	if err != nil {
		return nil, fmt.Errorf("bench %s: %w", s.ID, err)
	}
	im, err := loader.Link([]*object.File{obj}, []string{name}, loader.LinkOptions{TextAddress: PartnerText})
	if err != nil {
		return nil, fmt.Errorf("bench %s: %w", s.ID, err)
	}
	return im.Executable()
}

// Program assembles and links a scenario's program for n iterations.
func (s Scenario) Program(n int) (*loader.Executable, error) {
	name := s.ID + ".s"
	obj, err := asm.Assemble(name, []byte(s.Source()), asm.Options{Defines: map[string]int64{"ITER": int64(n)}, ReadFile: readFile})
	if err != nil {
		return nil, fmt.Errorf("bench %s: %w", s.ID, err)
	}
	im, err := loader.Link([]*object.File{obj}, []string{name}, loader.LinkOptions{})
	if err != nil {
		return nil, fmt.Errorf("bench %s: %w", s.ID, err)
	}
	return im.Executable()
}
