	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
$Ltext0:
	.cfi_sections	.debug_frame
	.file 1 "strings.c"
	.align	2
	.globl	strlen
$LVL0 = .
$LFB0 = .
	.loc 1 4 30 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	strlen
	.type	strlen, @function
strlen:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 4 32 view $LVU1
	.loc 1 4 51 view $LVU2
	.loc 1 4 58 view $LVU3
	lb	$2,0($4)
	beq	$2,$0,$L4
	nop

	.loc 1 4 44 is_stmt 0 view $LVU4
	move	$2,$4
$LVL1 = .
$L3:
	.loc 1 4 62 is_stmt 1 discriminator 3 view $LVU5
	.loc 1 4 58 is_stmt 0 discriminator 3 view $LVU6
	lb	$3,1($2)
$LVL2 = .
	.loc 1 4 58 is_stmt 1 discriminator 3 view $LVU7
	bne	$3,$0,$L3
	addiu	$2,$2,1

$LVL3 = .
	.loc 1 4 76 is_stmt 0 view $LVU8
	jr	$31
	subu	$2,$2,$4

$LVL4 = .
$L4:
	.loc 1 4 67 is_stmt 1 view $LVU9
	.loc 1 4 81 is_stmt 0 view $LVU10
	jr	$31
	move	$2,$0

	.set	macro
	.set	reorder
	.end	strlen
	.cfi_endproc
$LFE0:
	.size	strlen, .-strlen
	.align	2
	.globl	strcmp
$LVL5 = .
$LFB1 = .
	.loc 1 7 1 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	strcmp
	.type	strcmp, @function
strcmp:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 8 2 view $LVU12
	.loc 1 8 9 is_stmt 0 view $LVU13
	lb	$3,0($4)
	.loc 1 8 12 is_stmt 1 view $LVU14
	bne	$3,$0,$L8
	nop

	.loc 1 9 44 is_stmt 0 view $LVU15
	b	$L13
	lb	$2,0($5)

$LVL6 = .
$L10:
	.loc 1 8 9 discriminator 3 view $LVU16
	lb	$3,0($4)
	.loc 1 8 12 discriminator 3 view $LVU17
	beq	$3,$0,$L14
	nop

	.loc 1 8 33 view $LVU18
	move	$5,$6
$LVL7 = .
$L8:
	.loc 1 8 27 is_stmt 1 discriminator 2 view $LVU19
	.loc 1 8 21 is_stmt 0 discriminator 2 view $LVU20
	lb	$2,0($5)
	.loc 1 8 28 discriminator 2 view $LVU21
	addiu	$4,$4,1
$LVL8 = .
	.loc 1 8 32 is_stmt 1 discriminator 2 view $LVU22
	.loc 1 8 12 discriminator 2 view $LVU23
	beq	$2,$3,$L10
	addiu	$6,$5,1

	.loc 1 9 9 is_stmt 0 view $LVU24
	andi	$3,$3,0x00ff
$LVL9 = .
	.loc 1 9 2 is_stmt 1 view $LVU25
	.loc 1 9 29 is_stmt 0 view $LVU26
	andi	$2,$2,0x00ff
$L15:
	.loc 1 10 1 view $LVU27
	jr	$31
	subu	$2,$3,$2

$LVL10 = .
$L14:
	.loc 1 9 44 view $LVU28
	lb	$2,1($5)
	.loc 1 9 2 is_stmt 1 view $LVU29
	.loc 1 9 29 is_stmt 0 view $LVU30
	andi	$2,$2,0x00ff
	.loc 1 10 1 view $LVU31
	jr	$31
	subu	$2,$3,$2

$LVL11 = .
$L13:
	.loc 1 9 29 view $LVU32
	b	$L15
	andi	$2,$2,0x00ff

	.set	macro
	.set	reorder
	.end	strcmp
	.cfi_endproc
$LFE1:
	.size	strcmp, .-strcmp
	.align	2
	.globl	memcpy
$LVL12 = .
$LFB2 = .
	.loc 1 13 1 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	memcpy
	.type	memcpy, @function
memcpy:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 14 2 view $LVU34
	.loc 1 14 17 view $LVU35
	.loc 1 15 2 view $LVU36
	.loc 1 15 9 view $LVU37
	.loc 1 15 9 is_stmt 0 view $LVU38
	beq	$6,$0,$L23
	move	$2,$4

	addu	$6,$4,$6
$LVL13 = .
	.loc 1 14 8 view $LVU39
	move	$3,$4
$LVL14 = .
$L18:
	.loc 1 15 14 is_stmt 1 discriminator 2 view $LVU40
	.loc 1 15 21 is_stmt 0 discriminator 2 view $LVU41
	lb	$7,0($5)
	.loc 1 15 16 discriminator 2 view $LVU42
	addiu	$3,$3,1
$LVL15 = .
	.loc 1 15 23 discriminator 2 view $LVU43
	addiu	$5,$5,1
$LVL16 = .
	.loc 1 15 9 is_stmt 1 discriminator 2 view $LVU44
	.loc 1 15 9 is_stmt 0 discriminator 2 view $LVU45
	bne	$3,$6,$L18
	sb	$7,-1($3)

$LVL17 = .
	.loc 1 16 2 is_stmt 1 view $LVU46
$L23:
	.loc 1 17 1 is_stmt 0 view $LVU47
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memcpy
	.cfi_endproc
$LFE2:
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
$LVL18 = .
$LFB3 = .
	.loc 1 20 1 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	memset
	.type	memset, @function
memset:
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 21 2 view $LVU49
	.loc 1 20 1 is_stmt 0 view $LVU50
	addiu	$sp,$sp,-24
	.cfi_def_cfa_offset 24
	sw	$16,16($sp)
	sw	$31,20($sp)
	.cfi_offset 16, -8
	.cfi_offset 31, -4
$LVL19 = .
	.loc 1 22 2 is_stmt 1 view $LVU51
	.loc 1 22 9 view $LVU52
	.loc 1 22 9 is_stmt 0 view $LVU53
	beq	$6,$0,$L27
	move	$16,$4

$LVL20 = .
	.loc 1 22 19 view $LVU54
	jal	memset
$LVL21 = .
	andi	$5,$5,0x00ff

$LVL22 = .
	.loc 1 23 2 is_stmt 1 view $LVU55
$L27:
	.loc 1 24 1 is_stmt 0 view $LVU56
	lw	$31,20($sp)
	move	$2,$16
	lw	$16,16($sp)
$LVL23 = .
	.loc 1 24 1 view $LVU57
	jr	$31
	addiu	$sp,$sp,24

	.cfi_def_cfa_offset 0
	.cfi_restore 16
	.cfi_restore 31
	.set	macro
	.set	reorder
	.end	memset
	.cfi_endproc
$LFE3:
	.size	memset, .-memset
	.align	2
	.globl	utoa
$LVL24 = .
$LFB4 = .
	.loc 1 29 1 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	utoa
	.type	utoa, @function
utoa:
	.frame	$sp,40,$31		# vars= 40, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 30 2 view $LVU59
	.loc 1 30 16 view $LVU60
	.loc 1 30 16 is_stmt 0 view $LVU61
	lui	$10,%hi(digits)
	.loc 1 29 1 view $LVU62
	move	$2,$5
	.loc 1 30 20 view $LVU63
	move	$8,$0
	addiu	$10,$10,%lo(digits)
	.loc 1 29 1 view $LVU64
	addiu	$sp,$sp,-40
	.cfi_def_cfa_offset 40
$LVL25 = .
$L30:
	.loc 1 31 2 is_stmt 1 discriminator 1 view $LVU65
	.loc 1 31 7 discriminator 1 view $LVU66
	divu	$0,$4,$6
	teq	$6,$0,7
	.loc 1 31 56 is_stmt 0 discriminator 1 view $LVU67
	sltu	$9,$4,$6
	.loc 1 31 12 discriminator 1 view $LVU68
	addiu	$8,$8,1
	addu	$3,$sp,$8
	mfhi	$7
$LVL26 = .
	.loc 1 31 24 discriminator 1 view $LVU69
	addu	$4,$10,$7
$LVL27 = .
	.loc 1 31 16 discriminator 1 view $LVU70
	lbu	$7,0($4)
	.loc 1 31 38 discriminator 1 view $LVU71
	mflo	$4
	.loc 1 31 36 is_stmt 1 discriminator 1 view $LVU72
$LVL28 = .
	.loc 1 31 56 discriminator 1 view $LVU73
	beq	$9,$0,$L30
	sb	$7,-1($3)

	move	$4,$2
$LVL29 = .
$L31:
	.loc 1 33 12 discriminator 2 view $LVU74
	.loc 1 33 17 is_stmt 0 discriminator 2 view $LVU75
	lbu	$6,-1($3)
	.loc 1 33 9 discriminator 2 view $LVU76
	addiu	$3,$3,-1
$LVL30 = .
	.loc 1 33 17 discriminator 2 view $LVU77
	sb	$6,0($4)
	.loc 1 33 9 is_stmt 1 discriminator 2 view $LVU78
$LVL31 = .
	.loc 1 33 9 is_stmt 0 discriminator 2 view $LVU79
	bne	$3,$sp,$L31
	addiu	$4,$4,1

	.loc 1 34 2 is_stmt 1 view $LVU80
	.loc 1 34 5 is_stmt 0 view $LVU81
	addu	$8,$2,$8
	sb	$0,0($8)
	.loc 1 35 2 is_stmt 1 view $LVU82
$LVL32 = .
	.loc 1 36 1 is_stmt 0 view $LVU83
	jr	$31
	addiu	$sp,$sp,40

	.cfi_def_cfa_offset 0
	.set	macro
	.set	reorder
	.end	utoa
	.cfi_endproc
$LFE4:
	.size	utoa, .-utoa
	.align	2
	.globl	sum_points
$LVL33 = .
$LFB5 = .
	.loc 1 43 1 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	sum_points
	.type	sum_points, @function
sum_points:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 44 2 view $LVU85
	.loc 1 45 2 view $LVU86
$LBB2 = .
	.loc 1 45 7 view $LVU87
	.loc 1 45 20 view $LVU88
	blez	$5,$L38
	sll	$7,$5,1

	addu	$7,$7,$5
	sll	$7,$7,1
	addu	$7,$4,$7
$LBE2 = .
	.loc 1 44 6 is_stmt 0 view $LVU89
	move	$2,$0
$LVL34 = .
$L37:
$LBB3 = .
	.loc 1 45 30 is_stmt 1 discriminator 3 view $LVU90
	.loc 1 45 39 is_stmt 0 discriminator 3 view $LVU91
	lh	$3,0($4)
	.loc 1 45 48 discriminator 3 view $LVU92
	lh	$6,2($4)
	.loc 1 45 57 discriminator 3 view $LVU93
	lbu	$5,4($4)
	.loc 1 45 51 discriminator 3 view $LVU94
	mul	$8,$3,$6
	.loc 1 45 20 discriminator 3 view $LVU95
	addiu	$4,$4,6
	.loc 1 45 51 discriminator 3 view $LVU96
	addu	$3,$8,$5
$LVL35 = .
	.loc 1 45 26 is_stmt 1 discriminator 3 view $LVU97
	.loc 1 45 20 discriminator 3 view $LVU98
	bne	$7,$4,$L37
	addu	$2,$2,$3

	jr	$31
	nop

$LVL36 = .
$L38:
	.loc 1 45 20 is_stmt 0 discriminator 3 view $LVU99
$LBE3 = .
	.loc 1 46 2 is_stmt 1 view $LVU100
	.loc 1 47 1 is_stmt 0 view $LVU101
	jr	$31
	move	$2,$0

	.set	macro
	.set	reorder
	.end	sum_points
	.cfi_endproc
$LFE5:
	.size	sum_points, .-sum_points
	.globl	names
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC0:
	.ascii	"zero\000"
	.align	2
$LC1:
	.ascii	"one\000"
	.align	2
$LC2:
	.ascii	"two\000"
	.data
	.align	2
	.type	names, @object
	.size	names, 16
names:
	.word	$LC0
	.word	$LC1
	.word	$LC2
	.word	0
	.globl	origin
	.align	2
	.type	origin, @object
	.size	origin, 6
origin:
	.half	1
	.half	-2
	.byte	111
	.space	1
	.rdata
	.align	2
	.type	digits, @object
	.size	digits, 17
digits:
	.ascii	"0123456789abcdef\000"
	.text
$Letext0:
	.file 2 "<built-in>"
	.section	.debug_info,"",@progbits
$Ldebug_info0:
	.4byte	0x35e
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	$Ldebug_abbrev0
	.uleb128 0xd
	.4byte	$LASF14
	.byte	0x1d
	.4byte	$LASF15
	.4byte	$LASF16
	.4byte	$Ltext0
	.4byte	$Letext0-$Ltext0
	.4byte	$Ldebug_line0
	.uleb128 0xe
	.4byte	$LASF17
	.byte	0x1
	.byte	0x2
	.byte	0x16
	.4byte	0x32
	.uleb128 0x5
	.byte	0x4
	.byte	0x7
	.4byte	$LASF0
	.uleb128 0x6
	.4byte	0x55
	.4byte	0x49
	.uleb128 0x7
	.4byte	0x32
	.byte	0x10
	.byte	0
	.uleb128 0x8
	.4byte	0x39
	.uleb128 0x5
	.byte	0x1
	.byte	0x6
	.4byte	$LASF1
	.uleb128 0x8
	.4byte	0x4e
	.uleb128 0xf
	.4byte	$LASF9
	.byte	0x1
	.byte	0x1a
	.byte	0x13
	.4byte	0x49
	.uleb128 0x5
	.byte	0x3
	.4byte	digits
	.uleb128 0x10
	.4byte	$LASF18
	.byte	0x6
	.byte	0x1
	.byte	0x26
	.byte	0x8
	.4byte	0x97
	.uleb128 0x9
	.ascii	"x\000"
	.byte	0x16
	.4byte	0x9c
	.byte	0
	.uleb128 0x9
	.ascii	"y\000"
	.byte	0x19
	.4byte	0x9c
	.byte	0x2
	.uleb128 0x9
	.ascii	"tag\000"
	.byte	0x2a
	.4byte	0xa3
	.byte	0x4
	.byte	0
	.uleb128 0x8
	.4byte	0x6c
	.uleb128 0x5
	.byte	0x2
	.byte	0x5
	.4byte	$LASF2
	.uleb128 0x5
	.byte	0x1
	.byte	0x8
	.4byte	$LASF3
	.uleb128 0xb
	.4byte	$LASF4
	.byte	0x27
	.byte	0xe
	.4byte	0x6c
	.uleb128 0x5
	.byte	0x3
	.4byte	origin
	.uleb128 0x6
	.4byte	0xcb
	.4byte	0xcb
	.uleb128 0x7
	.4byte	0x32
	.byte	0x3
	.byte	0
	.uleb128 0x4
	.4byte	0x55
	.uleb128 0xb
	.4byte	$LASF5
	.byte	0x28
	.byte	0xd
	.4byte	0xbb
	.uleb128 0x5
	.byte	0x3
	.4byte	names
	.uleb128 0x3
	.4byte	$LASF6
	.byte	0x2a
	.byte	0x5
	.4byte	0x145
	.4byte	$LFB5
	.4byte	$LFE5-$LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x145
	.uleb128 0x1
	.ascii	"p\000"
	.byte	0x2a
	.byte	0x24
	.4byte	0x14c
	.4byte	$LLST16
	.4byte	$LVUS16
	.uleb128 0x1
	.ascii	"n\000"
	.byte	0x2a
	.byte	0x2b
	.4byte	0x145
	.4byte	$LLST17
	.4byte	$LVUS17
	.uleb128 0x2
	.ascii	"s\000"
	.byte	0x2c
	.byte	0x6
	.4byte	0x145
	.4byte	$LLST18
	.4byte	$LVUS18
	.uleb128 0x11
	.4byte	$LLRL19
	.uleb128 0x2
	.ascii	"i\000"
	.byte	0x2d
	.byte	0xb
	.4byte	0x145
	.4byte	$LLST20
	.4byte	$LVUS20
	.byte	0
	.byte	0
	.uleb128 0x12
	.byte	0x4
	.byte	0x5
	.ascii	"int\000"
	.uleb128 0x4
	.4byte	0x97
	.uleb128 0x3
	.4byte	$LASF7
	.byte	0x1c
	.byte	0x7
	.4byte	0x1ce
	.4byte	$LFB4
	.4byte	$LFE4-$LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ce
	.uleb128 0x1
	.ascii	"v\000"
	.byte	0x1c
	.byte	0x15
	.4byte	0x32
	.4byte	$LLST12
	.4byte	$LVUS12
	.uleb128 0xc
	.ascii	"buf\000"
	.byte	0x1c
	.byte	0x1e
	.4byte	0x1ce
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x13
	.4byte	$LASF8
	.byte	0x1
	.byte	0x1c
	.byte	0x27
	.4byte	0x145
	.4byte	$LLST13
	.4byte	$LVUS13
	.uleb128 0x14
	.ascii	"tmp\000"
	.byte	0x1
	.byte	0x1e
	.byte	0x7
	.4byte	0x1d3
	.uleb128 0x2
	.byte	0x91
	.sleb128 -40
	.uleb128 0x2
	.ascii	"i\000"
	.byte	0x1e
	.byte	0x14
	.4byte	0x145
	.4byte	$LLST14
	.4byte	$LVUS14
	.uleb128 0x2
	.ascii	"p\000"
	.byte	0x20
	.byte	0x8
	.4byte	0x1ce
	.4byte	$LLST15
	.4byte	$LVUS15
	.byte	0
	.uleb128 0x4
	.4byte	0x4e
	.uleb128 0x6
	.4byte	0x4e
	.4byte	0x1e3
	.uleb128 0x7
	.4byte	0x32
	.byte	0x20
	.byte	0
	.uleb128 0x3
	.4byte	$LASF10
	.byte	0x13
	.byte	0x7
	.4byte	0x264
	.4byte	$LFB3
	.4byte	$LFE3-$LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x264
	.uleb128 0x1
	.ascii	"dst\000"
	.byte	0x13
	.byte	0x14
	.4byte	0x264
	.4byte	$LLST8
	.4byte	$LVUS8
	.uleb128 0x1
	.ascii	"c\000"
	.byte	0x13
	.byte	0x1d
	.4byte	0x145
	.4byte	$LLST9
	.4byte	$LVUS9
	.uleb128 0x1
	.ascii	"n\000"
	.byte	0x13
	.byte	0x27
	.4byte	0x26
	.4byte	$LLST10
	.4byte	$LVUS10
	.uleb128 0x2
	.ascii	"d\000"
	.byte	0x15
	.byte	0x11
	.4byte	0x266
	.4byte	$LLST11
	.4byte	$LVUS11
	.uleb128 0x15
	.4byte	$LVL21
	.4byte	0x356
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x80
	.sleb128 0
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.uleb128 0xa
	.uleb128 0x1
	.byte	0x56
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x56
	.byte	0
	.byte	0
	.uleb128 0x16
	.byte	0x4
	.uleb128 0x4
	.4byte	0xa3
	.uleb128 0x3
	.4byte	$LASF11
	.byte	0xc
	.byte	0x7
	.4byte	0x264
	.4byte	$LFB2
	.4byte	$LFE2-$LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x2de
	.uleb128 0x1
	.ascii	"dst\000"
	.byte	0xc
	.byte	0x14
	.4byte	0x264
	.4byte	$LLST3
	.4byte	$LVUS3
	.uleb128 0x1
	.ascii	"src\000"
	.byte	0xc
	.byte	0x25
	.4byte	0x2de
	.4byte	$LLST4
	.4byte	$LVUS4
	.uleb128 0x1
	.ascii	"n\000"
	.byte	0xc
	.byte	0x31
	.4byte	0x26
	.4byte	$LLST5
	.4byte	$LVUS5
	.uleb128 0x2
	.ascii	"d\000"
	.byte	0xe
	.byte	0x8
	.4byte	0x1ce
	.4byte	$LLST6
	.4byte	$LVUS6
	.uleb128 0x2
	.ascii	"s\000"
	.byte	0xe
	.byte	0x1d
	.4byte	0xcb
	.4byte	$LLST7
	.4byte	$LVUS7
	.byte	0
	.uleb128 0x4
	.4byte	0x2e3
	.uleb128 0x17
	.uleb128 0x3
	.4byte	$LASF12
	.byte	0x6
	.byte	0x5
	.4byte	0x145
	.4byte	$LFB1
	.4byte	$LFE1-$LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x320
	.uleb128 0x1
	.ascii	"a\000"
	.byte	0x6
	.byte	0x18
	.4byte	0xcb
	.4byte	$LLST1
	.4byte	$LVUS1
	.uleb128 0x1
	.ascii	"b\000"
	.byte	0x6
	.byte	0x27
	.4byte	0xcb
	.4byte	$LLST2
	.4byte	$LVUS2
	.byte	0
	.uleb128 0x3
	.4byte	$LASF13
	.byte	0x4
	.byte	0x8
	.4byte	0x26
	.4byte	$LFB0
	.4byte	$LFE0-$LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x356
	.uleb128 0xc
	.ascii	"s\000"
	.byte	0x4
	.byte	0x1b
	.4byte	0xcb
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.ascii	"p\000"
	.byte	0x4
	.byte	0x2c
	.4byte	0xcb
	.4byte	$LLST0
	.4byte	$LVUS0
	.byte	0
	.uleb128 0x18
	.4byte	$LASF10
	.4byte	$LASF19
	.byte	0x2
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
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
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 38
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x16
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
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0x5
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x18
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x6e
	.uleb128 0xe
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
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
$LVUS16:
	.uleb128 0
	.uleb128 $LVU90
	.uleb128 $LVU90
	.uleb128 $LVU99
	.uleb128 $LVU99
	.uleb128 0
$LLST16:
	.byte	0x4
	.uleb128 $LVL33-$Ltext0
	.uleb128 $LVL34-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL34-$Ltext0
	.uleb128 $LVL36-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL36-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS17:
	.uleb128 0
	.uleb128 $LVU90
	.uleb128 $LVU90
	.uleb128 $LVU99
	.uleb128 $LVU99
	.uleb128 0
$LLST17:
	.byte	0x4
	.uleb128 $LVL33-$Ltext0
	.uleb128 $LVL34-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL34-$Ltext0
	.uleb128 $LVL36-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL36-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
$LVUS18:
	.uleb128 $LVU86
	.uleb128 $LVU90
	.uleb128 $LVU90
	.uleb128 $LVU99
	.uleb128 $LVU99
	.uleb128 0
$LLST18:
	.byte	0x4
	.uleb128 $LVL33-$Ltext0
	.uleb128 $LVL34-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL34-$Ltext0
	.uleb128 $LVL36-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 $LVL36-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
$LVUS20:
	.uleb128 $LVU88
	.uleb128 $LVU90
	.uleb128 $LVU99
	.uleb128 0
$LLST20:
	.byte	0x4
	.uleb128 $LVL33-$Ltext0
	.uleb128 $LVL34-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL36-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
$LVUS12:
	.uleb128 0
	.uleb128 $LVU65
	.uleb128 $LVU65
	.uleb128 $LVU70
	.uleb128 $LVU73
	.uleb128 $LVU74
	.uleb128 $LVU74
	.uleb128 0
$LLST12:
	.byte	0x4
	.uleb128 $LVL24-$Ltext0
	.uleb128 $LVL25-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL25-$Ltext0
	.uleb128 $LVL27-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL28-$Ltext0
	.uleb128 $LVL29-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LFE4-$Ltext0
	.uleb128 0x2
	.byte	0x90
	.uleb128 0x41
	.byte	0
$LVUS13:
	.uleb128 0
	.uleb128 $LVU74
	.uleb128 $LVU74
	.uleb128 0
$LLST13:
	.byte	0x4
	.uleb128 $LVL24-$Ltext0
	.uleb128 $LVL29-$Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LFE4-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x56
	.byte	0x9f
	.byte	0
$LVUS14:
	.uleb128 $LVU61
	.uleb128 $LVU65
	.uleb128 $LVU69
	.uleb128 $LVU74
	.uleb128 $LVU74
	.uleb128 $LVU75
	.uleb128 $LVU75
	.uleb128 $LVU77
	.uleb128 $LVU77
	.uleb128 $LVU83
	.uleb128 $LVU83
	.uleb128 0
$LLST14:
	.byte	0x4
	.uleb128 $LVL24-$Ltext0
	.uleb128 $LVL25-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL26-$Ltext0
	.uleb128 $LVL29-$Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LVL29-$Ltext0
	.uleb128 0x8
	.byte	0x73
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x28
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LVL30-$Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -40
	.byte	0x20
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL30-$Ltext0
	.uleb128 $LVL32-$Ltext0
	.uleb128 0x8
	.byte	0x73
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x28
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL32-$Ltext0
	.uleb128 $LFE4-$Ltext0
	.uleb128 0x8
	.byte	0x73
	.sleb128 0
	.byte	0x8d
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x28
	.byte	0x9f
	.byte	0
$LVUS15:
	.uleb128 $LVU74
	.uleb128 $LVU75
	.uleb128 $LVU75
	.uleb128 $LVU79
	.uleb128 $LVU79
	.uleb128 0
$LLST15:
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LVL29-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LVL31-$Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL31-$Ltext0
	.uleb128 $LFE4-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS8:
	.uleb128 0
	.uleb128 $LVU55
	.uleb128 $LVU55
	.uleb128 $LVU57
	.uleb128 $LVU57
	.uleb128 0
$LLST8:
	.byte	0x4
	.uleb128 $LVL18-$Ltext0
	.uleb128 $LVL22-1-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL22-1-$Ltext0
	.uleb128 $LVL23-$Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0x4
	.uleb128 $LVL23-$Ltext0
	.uleb128 $LFE3-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
$LVUS9:
	.uleb128 0
	.uleb128 $LVU54
	.uleb128 $LVU54
	.uleb128 0
$LLST9:
	.byte	0x4
	.uleb128 $LVL18-$Ltext0
	.uleb128 $LVL20-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL20-$Ltext0
	.uleb128 $LFE3-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
$LVUS10:
	.uleb128 0
	.uleb128 $LVU53
	.uleb128 $LVU53
	.uleb128 $LVU55
	.uleb128 $LVU55
	.uleb128 $LVU55
$LLST10:
	.byte	0x4
	.uleb128 $LVL18-$Ltext0
	.uleb128 $LVL19-$Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 $LVL19-$Ltext0
	.uleb128 $LVL22-1-$Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL22-1-$Ltext0
	.uleb128 $LVL22-$Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x56
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
$LVUS11:
	.uleb128 $LVU51
	.uleb128 $LVU55
	.uleb128 $LVU55
	.uleb128 $LVU55
$LLST11:
	.byte	0x4
	.uleb128 $LVL19-$Ltext0
	.uleb128 $LVL22-1-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL22-1-$Ltext0
	.uleb128 $LVL22-$Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0
$LVUS3:
	.uleb128 0
	.uleb128 $LVU40
	.uleb128 $LVU40
	.uleb128 0
$LLST3:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL14-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL14-$Ltext0
	.uleb128 $LFE2-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
$LVUS4:
	.uleb128 0
	.uleb128 $LVU40
	.uleb128 $LVU40
	.uleb128 0
$LLST4:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL14-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL14-$Ltext0
	.uleb128 $LFE2-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
$LVUS5:
	.uleb128 0
	.uleb128 $LVU38
	.uleb128 $LVU38
	.uleb128 $LVU39
	.uleb128 $LVU39
	.uleb128 $LVU46
$LLST5:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL12-$Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL13-$Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL13-$Ltext0
	.uleb128 $LVL17-$Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x56
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
$LVUS6:
	.uleb128 $LVU35
	.uleb128 $LVU40
	.uleb128 $LVU40
	.uleb128 $LVU43
	.uleb128 $LVU43
	.uleb128 $LVU44
	.uleb128 $LVU44
	.uleb128 $LVU46
$LLST6:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL14-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL14-$Ltext0
	.uleb128 $LVL15-$Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 $LVL15-$Ltext0
	.uleb128 $LVL16-$Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL16-$Ltext0
	.uleb128 $LVL17-$Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
$LVUS7:
	.uleb128 $LVU36
	.uleb128 0
$LLST7:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LFE2-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
$LVUS1:
	.uleb128 0
	.uleb128 $LVU22
	.uleb128 $LVU22
	.uleb128 0
$LLST1:
	.byte	0x4
	.uleb128 $LVL5-$Ltext0
	.uleb128 $LVL8-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL8-$Ltext0
	.uleb128 $LFE1-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS2:
	.uleb128 0
	.uleb128 $LVU16
	.uleb128 $LVU16
	.uleb128 $LVU19
	.uleb128 $LVU19
	.uleb128 $LVU23
	.uleb128 $LVU23
	.uleb128 $LVU25
	.uleb128 $LVU28
	.uleb128 $LVU32
	.uleb128 $LVU32
	.uleb128 0
$LLST2:
	.byte	0x4
	.uleb128 $LVL5-$Ltext0
	.uleb128 $LVL6-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL6-$Ltext0
	.uleb128 $LVL7-$Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 $LVL7-$Ltext0
	.uleb128 $LVL8-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL8-$Ltext0
	.uleb128 $LVL9-$Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 $LVL10-$Ltext0
	.uleb128 $LVL11-$Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 $LVL11-$Ltext0
	.uleb128 $LFE1-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
$LVUS0:
	.uleb128 $LVU2
	.uleb128 $LVU5
	.uleb128 $LVU5
	.uleb128 $LVU8
	.uleb128 $LVU9
	.uleb128 0
$LLST0:
	.byte	0x4
	.uleb128 $LVL0-$Ltext0
	.uleb128 $LVL1-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL1-$Ltext0
	.uleb128 $LVL3-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 $LVL4-$Ltext0
	.uleb128 $LFE0-$Ltext0
	.uleb128 0x1
	.byte	0x54
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
	.section	.debug_rnglists,"",@progbits
$Ldebug_ranges0:
	.4byte	$Ldebug_ranges3-$Ldebug_ranges2
$Ldebug_ranges2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
$LLRL19:
	.byte	0x4
	.uleb128 $LBB2-$Ltext0
	.uleb128 $LBE2-$Ltext0
	.byte	0x4
	.uleb128 $LBB3-$Ltext0
	.uleb128 $LBE3-$Ltext0
	.byte	0
$Ldebug_ranges3:
	.section	.debug_line,"",@progbits
$Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
$LASF14:
	.ascii	"GNU C17 12.2.0 -G 0 -mel -march=mips32 -mno-abicalls -ms"
	.ascii	"oft-float -mllsc -mno-lxc1-sxc1 -mno-madd4 -mips32 -mno-"
	.ascii	"shared -mabi=32 -g -O2 -fno-pic\000"
$LASF17:
	.ascii	"size_t\000"
$LASF15:
	.ascii	"strings.c\000"
$LASF19:
	.ascii	"__builtin_memset\000"
$LASF6:
	.ascii	"sum_points\000"
$LASF4:
	.ascii	"origin\000"
$LASF16:
	.ascii	"/work/main/isa/asm/testdata/gcc\000"
$LASF8:
	.ascii	"base\000"
$LASF3:
	.ascii	"unsigned char\000"
$LASF7:
	.ascii	"utoa\000"
$LASF1:
	.ascii	"char\000"
$LASF13:
	.ascii	"strlen\000"
$LASF12:
	.ascii	"strcmp\000"
$LASF11:
	.ascii	"memcpy\000"
$LASF18:
	.ascii	"point\000"
$LASF9:
	.ascii	"digits\000"
$LASF5:
	.ascii	"names\000"
$LASF10:
	.ascii	"memset\000"
$LASF2:
	.ascii	"short int\000"
$LASF0:
	.ascii	"unsigned int\000"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
