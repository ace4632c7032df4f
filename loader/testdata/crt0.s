# crt0.s: a minimal entry for prog.c: set $gp and $sp, call main, then
# exit through the o32 Linux exit system call. Rebuild with regen.sh.
	.set	noreorder
	.text
	.globl	__start
	.ent	__start
__start:
	lui	$gp, %hi(_gp)
	addiu	$gp, $gp, %lo(_gp)
	lui	$sp, %hi(stack_top)
	addiu	$sp, $sp, %lo(stack_top)
	jal	main
	nop
	move	$4, $2
	li	$2, 4001
	syscall
	.end	__start

	.bss
	.align	3
	.space	4096
stack_top:
