	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
$Ltext0:
	.cfi_sections	.debug_frame
	.file 1 "misc.c"
	.align	2
	.globl	sum
$LVL0 = .
$LFB0 = .
	.loc 1 6 25 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	sum
	.type	sum, @function
sum:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 6 27 view $LVU1
	.loc 1 6 38 view $LVU2
	.loc 1 6 45 view $LVU3
	beq	$4,$0,$L8
	move	$2,$0

$LVL1 = .
$L3:
	.loc 1 6 61 discriminator 3 view $LVU4
	.loc 1 6 63 is_stmt 0 discriminator 3 view $LVU5
	lw	$3,4($4)
	.loc 1 6 50 discriminator 3 view $LVU6
	lw	$4,0($4)
$LVL2 = .
	.loc 1 6 50 is_stmt 1 discriminator 3 view $LVU7
	.loc 1 6 45 discriminator 3 view $LVU8
	bne	$4,$0,$L3
	addu	$2,$2,$3

$L8:
	jr	$31
	nop

	.loc 1 6 74 view $LVU9
	.set	macro
	.set	reorder
	.end	sum
	.cfi_endproc
$LFE0:
	.size	sum, .-sum
	.align	2
	.globl	mul64
$LVL3 = .
$LFB1 = .
	.loc 1 7 43 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	mul64
	.type	mul64, @function
mul64:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 7 45 view $LVU11
	.loc 1 7 54 is_stmt 0 view $LVU12
	mult	$7,$4
	madd	$5,$6
	mflo	$5
	multu	$4,$6
	mfhi	$3
	mflo	$2
	.loc 1 7 59 view $LVU13
	jr	$31
	addu	$3,$5,$3

	.set	macro
	.set	reorder
	.end	mul64
	.cfi_endproc
$LFE1:
	.size	mul64, .-mul64
	.align	2
	.globl	divmod
$LVL4 = .
$LFB2 = .
	.loc 1 8 26 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	divmod
	.type	divmod, @function
divmod:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 8 28 view $LVU15
	div	$0,$4,$5
	teq	$5,$0,7
	mfhi	$4
$LVL5 = .
	.loc 1 8 28 is_stmt 0 view $LVU16
	mflo	$2
	.loc 1 8 50 view $LVU17
	jr	$31
	addu	$2,$2,$4

	.set	macro
	.set	reorder
	.end	divmod
	.cfi_endproc
$LFE2:
	.size	divmod, .-divmod
	.align	2
	.globl	udiv
$LVL6 = .
$LFB3 = .
	.loc 1 9 39 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	udiv
	.type	udiv, @function
udiv:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 9 41 view $LVU19
	.loc 1 9 55 is_stmt 0 view $LVU20
	divu	$0,$4,$5
	teq	$5,$0,7
	jr	$31
	mflo	$2

	.set	macro
	.set	reorder
	.end	udiv
	.cfi_endproc
$LFE3:
	.size	udiv, .-udiv
	.align	2
	.globl	sw
$LVL7 = .
$LFB4 = .
	.loc 1 10 15 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	sw
	.type	sw, @function
sw:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 10 17 view $LVU22
	sltu	$2,$4,5
	beq	$2,$0,$L13
	sll	$4,$4,2

	lui	$2,%hi($L15)
$LVL8 = .
	.loc 1 10 17 is_stmt 0 view $LVU23
	addiu	$2,$2,%lo($L15)
	addu	$2,$2,$4
	lw	$2,0($2)
	jr	$2
	nop

	.rdata
	.align	2
	.align	2
$L15:
	.word	$L19
	.word	$L18
	.word	$L20
	.word	$L16
	.word	$L14
	.text
$L20:
	.loc 1 10 156 view $LVU24
	jr	$31
	li	$2,9			# 0x9

$L19:
	.loc 1 10 45 view $LVU25
	jr	$31
	li	$2,3			# 0x3

$L18:
	.loc 1 10 56 is_stmt 1 discriminator 3 view $LVU26
	.loc 1 10 63 is_stmt 0 discriminator 3 view $LVU27
	j	ext
$LVL9 = .
	li	$4,4			# 0x4

$L16:
	.loc 1 10 97 is_stmt 1 discriminator 5 view $LVU28
	.loc 1 10 111 is_stmt 0 discriminator 5 view $LVU29
	lui	$3,%hi(counter)
	lw	$2,%lo(counter)($3)
	addiu	$4,$2,1
	jr	$31
	sw	$4,%lo(counter)($3)

$L14:
	.loc 1 10 123 is_stmt 1 discriminator 6 view $LVU30
	.loc 1 10 130 is_stmt 0 discriminator 6 view $LVU31
	jr	$31
	li	$2,11			# 0xb

$LVL10 = .
$L13:
	.loc 1 10 143 is_stmt 1 discriminator 1 view $LVU32
	.loc 1 10 150 is_stmt 0 discriminator 1 view $LVU33
	jr	$31
	li	$2,-1			# 0xffffffffffffffff

	.set	macro
	.set	reorder
	.end	sw
	.cfi_endproc
$LFE4:
	.size	sw, .-sw
	.align	2
	.globl	callit
$LVL11 = .
$LFB5 = .
	.loc 1 11 34 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	callit
	.type	callit, @function
callit:
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 11 36 view $LVU35
	.loc 1 11 34 is_stmt 0 view $LVU36
	addiu	$sp,$sp,-32
	.cfi_def_cfa_offset 32
	move	$2,$4
	.loc 1 11 43 view $LVU37
	move	$4,$5
$LVL12 = .
	.loc 1 11 34 view $LVU38
	sw	$31,28($sp)
	sw	$17,24($sp)
	sw	$16,20($sp)
	.cfi_offset 31, -4
	.cfi_offset 17, -8
	.cfi_offset 16, -12
	.loc 1 11 43 view $LVU39
	jalr	$2
$LVL13 = .
	move	$16,$5

$LVL14 = .
	.loc 1 11 50 view $LVU40
	move	$4,$16
	.loc 1 11 43 view $LVU41
	move	$17,$2
$LVL15 = .
	.loc 1 11 50 view $LVU42
	jal	ext
$LVL16 = .
	andi	$16,$16,0xf

$LVL17 = .
	.loc 1 11 64 view $LVU43
	lui	$3,%hi(table)
	addiu	$3,$3,%lo(table)
	sll	$16,$16,2
	addu	$16,$16,$3
	.loc 1 11 57 view $LVU44
	lw	$3,0($16)
	.loc 1 11 74 view $LVU45
	lw	$31,28($sp)
	.loc 1 11 48 view $LVU46
	addu	$2,$17,$2
	.loc 1 11 74 view $LVU47
	lw	$16,20($sp)
	lw	$17,24($sp)
	addu	$2,$2,$3
	jr	$31
	addiu	$sp,$sp,32

	.cfi_def_cfa_offset 0
	.cfi_restore 16
	.cfi_restore 17
	.cfi_restore 31
	.set	macro
	.set	reorder
	.end	callit
	.cfi_endproc
$LFE5:
	.size	callit, .-callit
	.globl	buf
	.section	.bss,"aw",@nobits
	.align	2
	.type	buf, @object
	.size	buf, 100
buf:
	.space	100
	.globl	msg
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC0:
	.ascii	"hello\011world\012\000"
	.data
	.align	2
	.type	msg, @object
	.size	msg, 4
msg:
	.word	$LC0
	.globl	table
	.align	2
	.type	table, @object
	.size	table, 64
table:
	.word	1
	.word	2
	.word	3
	.word	4
	.word	5
	.space	44
	.local	counter
	.comm	counter,4,4
	.text
$Letext0:
	.section	.debug_info,"",@progbits
$Ldebug_info0:
	.4byte	0x27b
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	$Ldebug_abbrev0
	.uleb128 0xb
	.4byte	$LASF9
	.byte	0x1d
	.4byte	$LASF10
	.4byte	$LASF11
	.4byte	$Ltext0
	.4byte	$Letext0-$Ltext0
	.4byte	$Ldebug_line0
	.uleb128 0xc
	.4byte	$LASF12
	.byte	0x8
	.byte	0x1
	.byte	0x1
	.byte	0x8
	.4byte	0x4e
	.uleb128 0xd
	.4byte	$LASF0
	.byte	0x1
	.byte	0x1
	.byte	0x1c
	.4byte	0x4e
	.byte	0
	.uleb128 0xe
	.ascii	"val\000"
	.byte	0x1
	.byte	0x1
	.byte	0x26
	.4byte	0x53
	.byte	0x4
	.byte	0
	.uleb128 0x4
	.4byte	0x26
	.uleb128 0xf
	.byte	0x4
	.byte	0x5
	.ascii	"int\000"
	.uleb128 0x10
	.4byte	$LASF13
	.byte	0x1
	.byte	0x2
	.byte	0xc
	.4byte	0x53
	.uleb128 0x5
	.byte	0x3
	.4byte	counter
	.uleb128 0x7
	.4byte	0x53
	.4byte	0x7c
	.uleb128 0x8
	.4byte	0x7c
	.byte	0xf
	.byte	0
	.uleb128 0x5
	.byte	0x4
	.byte	0x7
	.4byte	$LASF1
	.uleb128 0x11
	.4byte	$LASF2
	.byte	0x1
	.byte	0x3
	.byte	0x5
	.4byte	0x6c
	.uleb128 0x5
	.byte	0x3
	.4byte	table
	.uleb128 0x9
	.ascii	"msg\000"
	.byte	0x4
	.byte	0xd
	.4byte	0xa6
	.uleb128 0x5
	.byte	0x3
	.4byte	msg
	.uleb128 0x4
	.4byte	0xb2
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.4byte	$LASF3
	.uleb128 0x12
	.4byte	0xab
	.uleb128 0x7
	.4byte	0xab
	.4byte	0xc7
	.uleb128 0x8
	.4byte	0x7c
	.byte	0x63
	.byte	0
	.uleb128 0x9
	.ascii	"buf\000"
	.byte	0xc
	.byte	0x6
	.4byte	0xb7
	.uleb128 0x5
	.byte	0x3
	.4byte	buf
	.uleb128 0x13
	.ascii	"ext\000"
	.byte	0x1
	.byte	0x5
	.byte	0xc
	.4byte	0x53
	.4byte	0xee
	.uleb128 0xa
	.4byte	0x53
	.byte	0
	.uleb128 0x3
	.4byte	$LASF4
	.byte	0xb
	.byte	0x5
	.4byte	0x53
	.4byte	$LFB5
	.4byte	$LFE5-$LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x14f
	.uleb128 0x1
	.ascii	"f\000"
	.byte	0xb
	.byte	0x12
	.4byte	0x15e
	.4byte	$LLST4
	.4byte	$LVUS4
	.uleb128 0x1
	.ascii	"v\000"
	.byte	0xb
	.byte	0x1f
	.4byte	0x53
	.4byte	$LLST5
	.4byte	$LVUS5
	.uleb128 0x14
	.4byte	$LVL13
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.4byte	0x13d
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x80
	.sleb128 0
	.byte	0
	.uleb128 0x15
	.4byte	$LVL16
	.4byte	0xd8
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.uleb128 0x16
	.4byte	0x53
	.4byte	0x15e
	.uleb128 0xa
	.4byte	0x53
	.byte	0
	.uleb128 0x4
	.4byte	0x14f
	.uleb128 0x17
	.ascii	"sw\000"
	.byte	0x1
	.byte	0xa
	.byte	0x5
	.4byte	0x53
	.4byte	$LFB4
	.4byte	$LFE4-$LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x19d
	.uleb128 0x1
	.ascii	"x\000"
	.byte	0xa
	.byte	0xc
	.4byte	0x53
	.4byte	$LLST3
	.4byte	$LVUS3
	.uleb128 0x18
	.4byte	$LVL9
	.4byte	0xd8
	.uleb128 0x6
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	$LASF5
	.byte	0x9
	.byte	0xa
	.4byte	0x7c
	.4byte	$LFB3
	.4byte	$LFE3-$LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1cd
	.uleb128 0x2
	.ascii	"a\000"
	.byte	0x9
	.byte	0x18
	.4byte	0x7c
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.ascii	"b\000"
	.byte	0x9
	.byte	0x24
	.4byte	0x7c
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x3
	.4byte	$LASF6
	.byte	0x8
	.byte	0x5
	.4byte	0x53
	.4byte	$LFB2
	.4byte	$LFE2-$LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x203
	.uleb128 0x1
	.ascii	"a\000"
	.byte	0x8
	.byte	0x10
	.4byte	0x53
	.4byte	$LLST2
	.4byte	$LVUS2
	.uleb128 0x2
	.ascii	"b\000"
	.byte	0x8
	.byte	0x17
	.4byte	0x53
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x3
	.4byte	$LASF7
	.byte	0x7
	.byte	0xb
	.4byte	0x23d
	.4byte	$LFB1
	.4byte	$LFE1-$LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x23d
	.uleb128 0x2
	.ascii	"a\000"
	.byte	0x7
	.byte	0x1b
	.4byte	0x23d
	.uleb128 0x6
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x55
	.byte	0x93
	.uleb128 0x4
	.uleb128 0x2
	.ascii	"b\000"
	.byte	0x7
	.byte	0x28
	.4byte	0x23d
	.uleb128 0x6
	.byte	0x56
	.byte	0x93
	.uleb128 0x4
	.byte	0x57
	.byte	0x93
	.uleb128 0x4
	.byte	0
	.uleb128 0x5
	.byte	0x8
	.byte	0x5
	.4byte	$LASF8
	.uleb128 0x19
	.ascii	"sum\000"
	.byte	0x1
	.byte	0x6
	.byte	0x5
	.4byte	0x53
	.4byte	$LFB0
	.4byte	$LFE0-$LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.ascii	"n\000"
	.byte	0x6
	.byte	0x16
	.4byte	0x4e
	.4byte	$LLST0
	.4byte	$LVUS0
	.uleb128 0x1a
	.ascii	"s\000"
	.byte	0x1
	.byte	0x6
	.byte	0x1f
	.4byte	0x53
	.4byte	$LLST1
	.4byte	$LVUS1
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
$Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1b
	.uleb128 0xe
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x83
	.uleb128 0x18
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	$Ldebug_loc3-$Ldebug_loc2
$Ldebug_loc2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
$Ldebug_loc0:
$LVUS4:
	.uleb128 0
	.uleb128 $LVU38
	.uleb128 $LVU38
	.uleb128 $LVU40
	.uleb128 $LVU40
	.uleb128 0
$LLST4:
	.byte	0x4
	.uleb128 $LVL11-$Ltext0
	.uleb128 $LVL12-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL14-1-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 $LVL14-1-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
$LVUS5:
	.uleb128 0
	.uleb128 $LVU40
	.uleb128 $LVU40
	.uleb128 $LVU42
	.uleb128 $LVU42
	.uleb128 $LVU43
	.uleb128 $LVU43
	.uleb128 0
$LLST5:
	.byte	0x4
	.uleb128 $LVL11-$Ltext0
	.uleb128 $LVL14-1-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL14-1-$Ltext0
	.uleb128 $LVL15-$Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0x4
	.uleb128 $LVL15-$Ltext0
	.uleb128 $LVL17-1-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL17-1-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
$LVUS3:
	.uleb128 0
	.uleb128 $LVU23
	.uleb128 $LVU23
	.uleb128 $LVU32
	.uleb128 $LVU32
	.uleb128 0
$LLST3:
	.byte	0x4
	.uleb128 $LVL7-$Ltext0
	.uleb128 $LVL8-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL8-$Ltext0
	.uleb128 $LVL10-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL10-$Ltext0
	.uleb128 $LFE4-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS2:
	.uleb128 0
	.uleb128 $LVU16
	.uleb128 $LVU16
	.uleb128 0
$LLST2:
	.byte	0x4
	.uleb128 $LVL4-$Ltext0
	.uleb128 $LVL5-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL5-$Ltext0
	.uleb128 $LFE2-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
$LVUS0:
	.uleb128 0
	.uleb128 $LVU7
	.uleb128 $LVU8
	.uleb128 0
$LLST0:
	.byte	0x4
	.uleb128 $LVL0-$Ltext0
	.uleb128 $LVL2-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL2-$Ltext0
	.uleb128 $LFE0-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS1:
	.uleb128 $LVU2
	.uleb128 $LVU4
	.uleb128 $LVU4
	.uleb128 0
$LLST1:
	.byte	0x4
	.uleb128 $LVL0-$Ltext0
	.uleb128 $LVL1-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL1-$Ltext0
	.uleb128 $LFE0-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
$Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x1c
	.2byte	0x2
	.4byte	$Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	$Ltext0
	.4byte	$Letext0-$Ltext0
	.4byte	0
	.4byte	0
	.section	.debug_line,"",@progbits
$Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
$LASF10:
	.ascii	"misc.c\000"
$LASF9:
	.ascii	"GNU C17 12.2.0 -G 0 -mel -march=mips32 -mno-abicalls -ms"
	.ascii	"oft-float -mllsc -mno-lxc1-sxc1 -mno-madd4 -mips32 -mno-"
	.ascii	"shared -mabi=32 -g -O2 -fno-pic\000"
$LASF1:
	.ascii	"unsigned int\000"
$LASF11:
	.ascii	"/work/main/isa/asm/testdata/gcc\000"
$LASF7:
	.ascii	"mul64\000"
$LASF5:
	.ascii	"udiv\000"
$LASF6:
	.ascii	"divmod\000"
$LASF3:
	.ascii	"char\000"
$LASF2:
	.ascii	"table\000"
$LASF8:
	.ascii	"long long int\000"
$LASF12:
	.ascii	"node\000"
$LASF13:
	.ascii	"counter\000"
$LASF4:
	.ascii	"callit\000"
$LASF0:
	.ascii	"next\000"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
