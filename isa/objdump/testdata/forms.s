# forms.s: every instruction form of isa/opcodes.txt and every alias that
# mipsel-linux-gnu-objdump -d prints, with extreme operands, for the golden
# listing tests of isa/objdump. Assemble with regen.sh (GNU as, -march=mips32).
# Words that GNU as has no syntax for are .word lines: graftlab's segment
# instructions (which objdump prints as .word), reserved words, and encodings
# that GNU as would not produce.

	.set	noreorder
	.set	noat
	.text

# Data before the first symbol: objdump names it after the next symbol.
	.word	0x00851021

	.globl	start
	.type	start, @function
start:
# SPECIAL: shifts, with the extreme shift amounts, and shift aliases.
	nop
	ssnop
	ehb
	sll	$zero, $zero, 5
	sll	$2, $3, 0
	sll	$31, $30, 31
	srl	$2, $3, 1
	srl	$29, $28, 31
	sra	$2, $3, 16
	sra	$27, $26, 31
	sllv	$2, $3, $4
	srlv	$25, $24, $23
	srav	$22, $21, $20
# Jumps through registers.
	jr	$31
	jr	$zero
	jalr	$25
	jalr	$2, $25
	jalr	$zero, $1
	.word	0x03e0f809		# jalr ra,ra
# Conditional moves and every register in some position.
	movz	$1, $2, $3
	movn	$4, $5, $6
	addu	$7, $8, $9
	addu	$10, $11, $12
	addu	$13, $14, $15
	addu	$16, $17, $18
	addu	$19, $20, $21
	addu	$22, $23, $24
	addu	$25, $26, $27
	addu	$28, $29, $30
	addu	$31, $0, $1
	add	$sp, $fp, $gp
	sub	$k0, $k1, $t8
	subu	$t9, $s7, $s6
	and	$s5, $s4, $s3
	or	$s2, $s1, $s0
	xor	$t7, $t6, $t5
	nor	$t4, $t3, $t2
	slt	$t1, $t0, $a3
	sltu	$a2, $a1, $a0
	nor	$2, $4, $zero
# Aliases of SPECIAL ALU instructions.
	move	$2, $4
	addu	$2, $4, $zero
	addu	$2, $zero, $4
	or	$2, $zero, $4
	move	$2, $zero
	negu	$2, $4
	neg	$2, $4
	subu	$2, $zero, $zero
	sub	$2, $zero, $31
# Exception codes.
	syscall
	syscall	1
	syscall	0xfffff
	break
	break	7
	break	7, 3
	break	0x3ff, 0x3ff
	break	0, 1
	sync
	.word	0x0000004f		# sync 1
	.word	0x000007cf		# sync 0x1f
# HI and LO, multiply and divide.
	mfhi	$2
	mthi	$31
	mflo	$31
	mtlo	$2
	mult	$4, $5
	multu	$31, $zero
	div	$zero, $4, $5
	divu	$zero, $31, $30
	.word	0x0000001a		# div zero,zero,zero
# Traps with and without codes.
	tge	$4, $5
	tgeu	$4, $5, 1
	tlt	$4, $5, 0x3ff
	tltu	$zero, $31, 512
	teq	$4, $5, 7
	tne	$31, $31
# REGIMM branches to local and global symbols, backward and forward.
1:	bltz	$4, 1b
	nop
	bgez	$5, 2f
	nop
	bltzl	$6, start
	nop
	bgezl	$7, forward
	nop
	bltzal	$8, 1b
	nop
	bgezal	$9, 2f
	nop
	bltzall	$10, 1b
	nop
	.word	0x07f30001		# bgezall ra (GAS refuses the rs=ra form)
	nop
	b	1b
	nop
	bal	2f
	nop
	.word	0x04110000		# bal with offset 0
	nop
	.word	0x0410ffff		# bltzal zero
	nop
2:	tgei	$4, -32768
	tgeiu	$5, 32767
	tlti	$6, -1
	tltiu	$7, 0
	teqi	$31, 1
	tnei	$zero, -2
# Jumps and branches.
	j	start
	nop
	jal	forward
	nop
	j	2b
	nop
	beq	$4, $5, 1b
	nop
	bne	$4, $5, 3f
	nop
	beq	$zero, $zero, 3f
	nop
	beqz	$4, 3f
	nop
	beq	$zero, $4, 3f
	nop
	bnez	$31, 3f
	nop
	bne	$zero, $zero, 3f
	nop
	blez	$4, 1b
	nop
	bgtz	$31, 3f
	nop
	.word	0x1000ffff		# b to itself
	nop
	.word	0x10007fff		# beq zero,zero: the largest forward offset
	nop
	.word	0x10008000		# the largest backward offset
	nop
3:	beql	$4, $5, 3b
	nop
	bnel	$4, $5, 3b
	nop
	beqzl	$4, 3b
	nop
	bnezl	$4, 3b
	nop
	beql	$zero, $zero, 3b
	nop
	blezl	$4, 3b
	nop
	bgtzl	$31, 3b
	nop
# Immediates: extremes, and the li aliases.
	addi	$2, $3, -32768
	addi	$2, $zero, 32767
	addiu	$2, $3, -1
	addiu	$31, $31, 32767
	li	$2, -5
	li	$2, 0
	addiu	$2, $zero, -32768
	slti	$2, $3, -32768
	sltiu	$2, $3, -1
	sltiu	$2, $3, 32767
	andi	$2, $3, 0
	andi	$2, $3, 0xffff
	ori	$2, $3, 0x8000
	li	$2, 0x8000
	ori	$2, $zero, 0xffff
	xori	$2, $3, 1
	lui	$2, 0
	lui	$31, 0xffff
# SPECIAL2.
	madd	$4, $5
	maddu	$31, $zero
	mul	$2, $3, $4
	msub	$4, $5
	msubu	$30, $31
	clz	$2, $4
	clo	$31, $31
	.word	0x70851020		# clz v0 or a1,a0
	.word	0x70041020		# clz with rt zero
	.word	0x70050020		# clz with rd zero
	.word	0x70851021		# clo v0 or a1,a0
	sdbbp
	sdbbp	3
	sdbbp	0xfffff
# Loads and stores: extreme offsets.
	lb	$2, -32768($3)
	lh	$2, 32767($3)
	lwl	$2, 3($31)
	lw	$2, -4($sp)
	lbu	$2, 0($zero)
	lhu	$31, 2($gp)
	lwr	$2, 0($3)
	sb	$2, -1($3)
	sh	$2, 32767($3)
	swl	$2, 0($3)
	sw	$31, 16($sp)
	swr	$2, -32768($3)
	cache	0, 0($4)
	cache	0x14, 8($4)
	cache	31, -32768($31)
	ll	$2, 0($3)
	pref	0, 0($4)
	pref	5, 16($4)
	pref	31, 32767($31)
	sc	$2, -4($3)
# Coprocessor 0 and the TLB.
	tlbr
	tlbwi
	tlbwr
	tlbp
	eret
	deret
	wait
	wait	5
	.word	0x43ffffe0		# wait 0x7ffff
# graftlab's segment-register instructions: objdump prints these as .word.
	.word	0x41850800		# mfsr a1,1
	.word	0x41800000		# mfsr zero,0
	.word	0x419f7800		# mfsr ra,15
	.word	0x41857801		# mtsr 15,a1
	.word	0x41800001		# mtsr 0,zero
	.word	0x41852002		# mfsrin a1,a0
	.word	0x419ff802		# mfsrin ra,ra
	.word	0x41852003		# mtsrin a1,a0
	.word	0x41800003		# mtsrin zero,zero
# Reserved words that objdump also prints as .word.
	.word	0xffffffff		# opcode 0x3f
	.word	0x7c000000		# SPECIAL3 (Release 2)
	.word	0x00a51060		# add with a non-zero shift field
	.word	0x0020000f		# sync with rs set
	.word	0x00000808		# jr with rd set
	.word	0x70000042		# mul with sa set
	.word	0x40000008		# mfc0 with bits 10:3 set
	.word	0x41000001		# COP0 rs=8
	.word	0x41808001		# mtsr with rd[4] set
	.word	0x41850804		# COP0 rs=12, function 4
# A forward target.
	.globl	forward
forward:
	jr	$31
	nop

# Every CP0 register and select, read and written.
	.globl	cp0
	.type	cp0, @function
cp0:

	mfc0	$8, $0, 0; mfc0	$8, $0, 1; mfc0	$8, $0, 2; mfc0	$8, $0, 3; mfc0	$8, $0, 4; mfc0	$8, $0, 5; mfc0	$8, $0, 6; mfc0	$8, $0, 7
	mfc0	$8, $1, 0; mfc0	$8, $1, 1; mfc0	$8, $1, 2; mfc0	$8, $1, 3; mfc0	$8, $1, 4; mfc0	$8, $1, 5; mfc0	$8, $1, 6; mfc0	$8, $1, 7
	mfc0	$8, $2, 0; mfc0	$8, $2, 1; mfc0	$8, $2, 2; mfc0	$8, $2, 3; mfc0	$8, $2, 4; mfc0	$8, $2, 5; mfc0	$8, $2, 6; mfc0	$8, $2, 7
	mfc0	$8, $3, 0; mfc0	$8, $3, 1; mfc0	$8, $3, 2; mfc0	$8, $3, 3; mfc0	$8, $3, 4; mfc0	$8, $3, 5; mfc0	$8, $3, 6; mfc0	$8, $3, 7
	mfc0	$8, $4, 0; mfc0	$8, $4, 1; mfc0	$8, $4, 2; mfc0	$8, $4, 3; mfc0	$8, $4, 4; mfc0	$8, $4, 5; mfc0	$8, $4, 6; mfc0	$8, $4, 7
	mfc0	$8, $5, 0; mfc0	$8, $5, 1; mfc0	$8, $5, 2; mfc0	$8, $5, 3; mfc0	$8, $5, 4; mfc0	$8, $5, 5; mfc0	$8, $5, 6; mfc0	$8, $5, 7
	mfc0	$8, $6, 0; mfc0	$8, $6, 1; mfc0	$8, $6, 2; mfc0	$8, $6, 3; mfc0	$8, $6, 4; mfc0	$8, $6, 5; mfc0	$8, $6, 6; mfc0	$8, $6, 7
	mfc0	$8, $7, 0; mfc0	$8, $7, 1; mfc0	$8, $7, 2; mfc0	$8, $7, 3; mfc0	$8, $7, 4; mfc0	$8, $7, 5; mfc0	$8, $7, 6; mfc0	$8, $7, 7
	mfc0	$8, $8, 0; mfc0	$8, $8, 1; mfc0	$8, $8, 2; mfc0	$8, $8, 3; mfc0	$8, $8, 4; mfc0	$8, $8, 5; mfc0	$8, $8, 6; mfc0	$8, $8, 7
	mfc0	$8, $9, 0; mfc0	$8, $9, 1; mfc0	$8, $9, 2; mfc0	$8, $9, 3; mfc0	$8, $9, 4; mfc0	$8, $9, 5; mfc0	$8, $9, 6; mfc0	$8, $9, 7
	mfc0	$8, $10, 0; mfc0	$8, $10, 1; mfc0	$8, $10, 2; mfc0	$8, $10, 3; mfc0	$8, $10, 4; mfc0	$8, $10, 5; mfc0	$8, $10, 6; mfc0	$8, $10, 7
	mfc0	$8, $11, 0; mfc0	$8, $11, 1; mfc0	$8, $11, 2; mfc0	$8, $11, 3; mfc0	$8, $11, 4; mfc0	$8, $11, 5; mfc0	$8, $11, 6; mfc0	$8, $11, 7
	mfc0	$8, $12, 0; mfc0	$8, $12, 1; mfc0	$8, $12, 2; mfc0	$8, $12, 3; mfc0	$8, $12, 4; mfc0	$8, $12, 5; mfc0	$8, $12, 6; mfc0	$8, $12, 7
	mfc0	$8, $13, 0; mfc0	$8, $13, 1; mfc0	$8, $13, 2; mfc0	$8, $13, 3; mfc0	$8, $13, 4; mfc0	$8, $13, 5; mfc0	$8, $13, 6; mfc0	$8, $13, 7
	mfc0	$8, $14, 0; mfc0	$8, $14, 1; mfc0	$8, $14, 2; mfc0	$8, $14, 3; mfc0	$8, $14, 4; mfc0	$8, $14, 5; mfc0	$8, $14, 6; mfc0	$8, $14, 7
	mfc0	$8, $15, 0; mfc0	$8, $15, 1; mfc0	$8, $15, 2; mfc0	$8, $15, 3; mfc0	$8, $15, 4; mfc0	$8, $15, 5; mfc0	$8, $15, 6; mfc0	$8, $15, 7
	mfc0	$8, $16, 0; mfc0	$8, $16, 1; mfc0	$8, $16, 2; mfc0	$8, $16, 3; mfc0	$8, $16, 4; mfc0	$8, $16, 5; mfc0	$8, $16, 6; mfc0	$8, $16, 7
	mfc0	$8, $17, 0; mfc0	$8, $17, 1; mfc0	$8, $17, 2; mfc0	$8, $17, 3; mfc0	$8, $17, 4; mfc0	$8, $17, 5; mfc0	$8, $17, 6; mfc0	$8, $17, 7
	mfc0	$8, $18, 0; mfc0	$8, $18, 1; mfc0	$8, $18, 2; mfc0	$8, $18, 3; mfc0	$8, $18, 4; mfc0	$8, $18, 5; mfc0	$8, $18, 6; mfc0	$8, $18, 7
	mfc0	$8, $19, 0; mfc0	$8, $19, 1; mfc0	$8, $19, 2; mfc0	$8, $19, 3; mfc0	$8, $19, 4; mfc0	$8, $19, 5; mfc0	$8, $19, 6; mfc0	$8, $19, 7
	mfc0	$8, $20, 0; mfc0	$8, $20, 1; mfc0	$8, $20, 2; mfc0	$8, $20, 3; mfc0	$8, $20, 4; mfc0	$8, $20, 5; mfc0	$8, $20, 6; mfc0	$8, $20, 7
	mfc0	$8, $21, 0; mfc0	$8, $21, 1; mfc0	$8, $21, 2; mfc0	$8, $21, 3; mfc0	$8, $21, 4; mfc0	$8, $21, 5; mfc0	$8, $21, 6; mfc0	$8, $21, 7
	mfc0	$8, $22, 0; mfc0	$8, $22, 1; mfc0	$8, $22, 2; mfc0	$8, $22, 3; mfc0	$8, $22, 4; mfc0	$8, $22, 5; mfc0	$8, $22, 6; mfc0	$8, $22, 7
	mfc0	$8, $23, 0; mfc0	$8, $23, 1; mfc0	$8, $23, 2; mfc0	$8, $23, 3; mfc0	$8, $23, 4; mfc0	$8, $23, 5; mfc0	$8, $23, 6; mfc0	$8, $23, 7
	mfc0	$8, $24, 0; mfc0	$8, $24, 1; mfc0	$8, $24, 2; mfc0	$8, $24, 3; mfc0	$8, $24, 4; mfc0	$8, $24, 5; mfc0	$8, $24, 6; mfc0	$8, $24, 7
	mfc0	$8, $25, 0; mfc0	$8, $25, 1; mfc0	$8, $25, 2; mfc0	$8, $25, 3; mfc0	$8, $25, 4; mfc0	$8, $25, 5; mfc0	$8, $25, 6; mfc0	$8, $25, 7
	mfc0	$8, $26, 0; mfc0	$8, $26, 1; mfc0	$8, $26, 2; mfc0	$8, $26, 3; mfc0	$8, $26, 4; mfc0	$8, $26, 5; mfc0	$8, $26, 6; mfc0	$8, $26, 7
	mfc0	$8, $27, 0; mfc0	$8, $27, 1; mfc0	$8, $27, 2; mfc0	$8, $27, 3; mfc0	$8, $27, 4; mfc0	$8, $27, 5; mfc0	$8, $27, 6; mfc0	$8, $27, 7
	mfc0	$8, $28, 0; mfc0	$8, $28, 1; mfc0	$8, $28, 2; mfc0	$8, $28, 3; mfc0	$8, $28, 4; mfc0	$8, $28, 5; mfc0	$8, $28, 6; mfc0	$8, $28, 7
	mfc0	$8, $29, 0; mfc0	$8, $29, 1; mfc0	$8, $29, 2; mfc0	$8, $29, 3; mfc0	$8, $29, 4; mfc0	$8, $29, 5; mfc0	$8, $29, 6; mfc0	$8, $29, 7
	mfc0	$8, $30, 0; mfc0	$8, $30, 1; mfc0	$8, $30, 2; mfc0	$8, $30, 3; mfc0	$8, $30, 4; mfc0	$8, $30, 5; mfc0	$8, $30, 6; mfc0	$8, $30, 7
	mfc0	$8, $31, 0; mfc0	$8, $31, 1; mfc0	$8, $31, 2; mfc0	$8, $31, 3; mfc0	$8, $31, 4; mfc0	$8, $31, 5; mfc0	$8, $31, 6; mfc0	$8, $31, 7
	mtc0	$31, $0, 0; mtc0	$31, $0, 1; mtc0	$31, $0, 2; mtc0	$31, $0, 3; mtc0	$31, $0, 4; mtc0	$31, $0, 5; mtc0	$31, $0, 6; mtc0	$31, $0, 7
	mtc0	$31, $1, 0; mtc0	$31, $1, 1; mtc0	$31, $1, 2; mtc0	$31, $1, 3; mtc0	$31, $1, 4; mtc0	$31, $1, 5; mtc0	$31, $1, 6; mtc0	$31, $1, 7
	mtc0	$31, $2, 0; mtc0	$31, $2, 1; mtc0	$31, $2, 2; mtc0	$31, $2, 3; mtc0	$31, $2, 4; mtc0	$31, $2, 5; mtc0	$31, $2, 6; mtc0	$31, $2, 7
	mtc0	$31, $3, 0; mtc0	$31, $3, 1; mtc0	$31, $3, 2; mtc0	$31, $3, 3; mtc0	$31, $3, 4; mtc0	$31, $3, 5; mtc0	$31, $3, 6; mtc0	$31, $3, 7
	mtc0	$31, $4, 0; mtc0	$31, $4, 1; mtc0	$31, $4, 2; mtc0	$31, $4, 3; mtc0	$31, $4, 4; mtc0	$31, $4, 5; mtc0	$31, $4, 6; mtc0	$31, $4, 7
	mtc0	$31, $5, 0; mtc0	$31, $5, 1; mtc0	$31, $5, 2; mtc0	$31, $5, 3; mtc0	$31, $5, 4; mtc0	$31, $5, 5; mtc0	$31, $5, 6; mtc0	$31, $5, 7
	mtc0	$31, $6, 0; mtc0	$31, $6, 1; mtc0	$31, $6, 2; mtc0	$31, $6, 3; mtc0	$31, $6, 4; mtc0	$31, $6, 5; mtc0	$31, $6, 6; mtc0	$31, $6, 7
	mtc0	$31, $7, 0; mtc0	$31, $7, 1; mtc0	$31, $7, 2; mtc0	$31, $7, 3; mtc0	$31, $7, 4; mtc0	$31, $7, 5; mtc0	$31, $7, 6; mtc0	$31, $7, 7
	mtc0	$31, $8, 0; mtc0	$31, $8, 1; mtc0	$31, $8, 2; mtc0	$31, $8, 3; mtc0	$31, $8, 4; mtc0	$31, $8, 5; mtc0	$31, $8, 6; mtc0	$31, $8, 7
	mtc0	$31, $9, 0; mtc0	$31, $9, 1; mtc0	$31, $9, 2; mtc0	$31, $9, 3; mtc0	$31, $9, 4; mtc0	$31, $9, 5; mtc0	$31, $9, 6; mtc0	$31, $9, 7
	mtc0	$31, $10, 0; mtc0	$31, $10, 1; mtc0	$31, $10, 2; mtc0	$31, $10, 3; mtc0	$31, $10, 4; mtc0	$31, $10, 5; mtc0	$31, $10, 6; mtc0	$31, $10, 7
	mtc0	$31, $11, 0; mtc0	$31, $11, 1; mtc0	$31, $11, 2; mtc0	$31, $11, 3; mtc0	$31, $11, 4; mtc0	$31, $11, 5; mtc0	$31, $11, 6; mtc0	$31, $11, 7
	mtc0	$31, $12, 0; mtc0	$31, $12, 1; mtc0	$31, $12, 2; mtc0	$31, $12, 3; mtc0	$31, $12, 4; mtc0	$31, $12, 5; mtc0	$31, $12, 6; mtc0	$31, $12, 7
	mtc0	$31, $13, 0; mtc0	$31, $13, 1; mtc0	$31, $13, 2; mtc0	$31, $13, 3; mtc0	$31, $13, 4; mtc0	$31, $13, 5; mtc0	$31, $13, 6; mtc0	$31, $13, 7
	mtc0	$31, $14, 0; mtc0	$31, $14, 1; mtc0	$31, $14, 2; mtc0	$31, $14, 3; mtc0	$31, $14, 4; mtc0	$31, $14, 5; mtc0	$31, $14, 6; mtc0	$31, $14, 7
	mtc0	$31, $15, 0; mtc0	$31, $15, 1; mtc0	$31, $15, 2; mtc0	$31, $15, 3; mtc0	$31, $15, 4; mtc0	$31, $15, 5; mtc0	$31, $15, 6; mtc0	$31, $15, 7
	mtc0	$31, $16, 0; mtc0	$31, $16, 1; mtc0	$31, $16, 2; mtc0	$31, $16, 3; mtc0	$31, $16, 4; mtc0	$31, $16, 5; mtc0	$31, $16, 6; mtc0	$31, $16, 7
	mtc0	$31, $17, 0; mtc0	$31, $17, 1; mtc0	$31, $17, 2; mtc0	$31, $17, 3; mtc0	$31, $17, 4; mtc0	$31, $17, 5; mtc0	$31, $17, 6; mtc0	$31, $17, 7
	mtc0	$31, $18, 0; mtc0	$31, $18, 1; mtc0	$31, $18, 2; mtc0	$31, $18, 3; mtc0	$31, $18, 4; mtc0	$31, $18, 5; mtc0	$31, $18, 6; mtc0	$31, $18, 7
	mtc0	$31, $19, 0; mtc0	$31, $19, 1; mtc0	$31, $19, 2; mtc0	$31, $19, 3; mtc0	$31, $19, 4; mtc0	$31, $19, 5; mtc0	$31, $19, 6; mtc0	$31, $19, 7
	mtc0	$31, $20, 0; mtc0	$31, $20, 1; mtc0	$31, $20, 2; mtc0	$31, $20, 3; mtc0	$31, $20, 4; mtc0	$31, $20, 5; mtc0	$31, $20, 6; mtc0	$31, $20, 7
	mtc0	$31, $21, 0; mtc0	$31, $21, 1; mtc0	$31, $21, 2; mtc0	$31, $21, 3; mtc0	$31, $21, 4; mtc0	$31, $21, 5; mtc0	$31, $21, 6; mtc0	$31, $21, 7
	mtc0	$31, $22, 0; mtc0	$31, $22, 1; mtc0	$31, $22, 2; mtc0	$31, $22, 3; mtc0	$31, $22, 4; mtc0	$31, $22, 5; mtc0	$31, $22, 6; mtc0	$31, $22, 7
	mtc0	$31, $23, 0; mtc0	$31, $23, 1; mtc0	$31, $23, 2; mtc0	$31, $23, 3; mtc0	$31, $23, 4; mtc0	$31, $23, 5; mtc0	$31, $23, 6; mtc0	$31, $23, 7
	mtc0	$31, $24, 0; mtc0	$31, $24, 1; mtc0	$31, $24, 2; mtc0	$31, $24, 3; mtc0	$31, $24, 4; mtc0	$31, $24, 5; mtc0	$31, $24, 6; mtc0	$31, $24, 7
	mtc0	$31, $25, 0; mtc0	$31, $25, 1; mtc0	$31, $25, 2; mtc0	$31, $25, 3; mtc0	$31, $25, 4; mtc0	$31, $25, 5; mtc0	$31, $25, 6; mtc0	$31, $25, 7
	mtc0	$31, $26, 0; mtc0	$31, $26, 1; mtc0	$31, $26, 2; mtc0	$31, $26, 3; mtc0	$31, $26, 4; mtc0	$31, $26, 5; mtc0	$31, $26, 6; mtc0	$31, $26, 7
	mtc0	$31, $27, 0; mtc0	$31, $27, 1; mtc0	$31, $27, 2; mtc0	$31, $27, 3; mtc0	$31, $27, 4; mtc0	$31, $27, 5; mtc0	$31, $27, 6; mtc0	$31, $27, 7
	mtc0	$31, $28, 0; mtc0	$31, $28, 1; mtc0	$31, $28, 2; mtc0	$31, $28, 3; mtc0	$31, $28, 4; mtc0	$31, $28, 5; mtc0	$31, $28, 6; mtc0	$31, $28, 7
	mtc0	$31, $29, 0; mtc0	$31, $29, 1; mtc0	$31, $29, 2; mtc0	$31, $29, 3; mtc0	$31, $29, 4; mtc0	$31, $29, 5; mtc0	$31, $29, 6; mtc0	$31, $29, 7
	mtc0	$31, $30, 0; mtc0	$31, $30, 1; mtc0	$31, $30, 2; mtc0	$31, $30, 3; mtc0	$31, $30, 4; mtc0	$31, $30, 5; mtc0	$31, $30, 6; mtc0	$31, $30, 7
	mtc0	$31, $31, 0; mtc0	$31, $31, 1; mtc0	$31, $31, 2; mtc0	$31, $31, 3; mtc0	$31, $31, 4; mtc0	$31, $31, 5; mtc0	$31, $31, 6; mtc0	$31, $31, 7
	jr	$31
	nop

# Zero runs: objdump shows a delay slot, skips 8 or more zero bytes, and
# shows a single zero word.
	.globl	zeros
	.type	zeros, @function
zeros:
	jr	$31
	.word	0, 0, 0
	addu	$2, $3, $4
	.word	0
	addu	$2, $3, $4
	.word	0, 0
	addu	$2, $3, $4
	.word	0, 0, 0, 0, 0

# Several symbols at one address: objdump names the function.
	.globl	alias_b
	.globl	alias_a
alias_b:
alias_a:
	.type	both, @function
both:
	jr	$31
	nop
	.type	lonely, @function
lonely:
	addu	$2, $3, $4

# Data in a code section: objdump dumps an object's bytes.
	.type	table, @object
	.size	table, 24
table:
	.word	0x12345678, 0, 0x41424344, 0x00851021, 0, 0
	.byte	0x61, 0x62, 0x0a

# A second code section, branching into itself.
	.section .text.more, "ax", @progbits
	.globl	more
more:
	b	more
	nop
	bal	more
	nop
	j	more
	nop
