# Pseudo-instructions in the default .set reorder mode, as GNU as -O0
# assembles them: a nop fills each delay slot.
	.text
	.globl	pseudo
pseudo:
	nop
	ssnop
	ehb
	# li in every range
	li	$2, 0
	li	$2, 1
	li	$2, -1
	li	$2, 32767
	li	$2, -32768
	li	$2, 32768
	li	$2, 65535
	li	$2, 65536
	li	$2, -32769
	li	$2, 0x12345678
	li	$2, 0x7fffffff
	li	$2, 0x80000000
	li	$2, -0x80000000
	li	$2, 0xffffffff
	li	$2, 0xffff8000
	li	$2, 0xffff0000
	li	$2, 0x10000
	li	$2, 0x12340000
	li	$3, sym
	li	$3, sym+4
	li	$4, %hi(sym)
	li	$4, %lo(sym)
	li	$5, CONST
	li	$5, FWD
	# la
	la	$4, sym
	la	$4, sym+0x12345
	la	$4, sym-4
	la	$4, local
	la	$4, local+0x8000
	la	$4, 0x1234
	la	$4, 0x12345
	la	$4, -8
	la	$4, 8($5)
	la	$4, ($5)
	la	$4, 0x12345($5)
	la	$4, 0x12345($4)
	la	$4, sym($5)
	la	$4, sym($4)
	la	$4, %lo(sym)($5)
	la	$4, dlocal
	# move, not, neg, abs
	move	$2, $3
	move	$2, $0
	not	$2, $3
	not	$2
	neg	$2, $3
	neg	$2
	negu	$2, $3
	negu	$2
	abs	$2, $3
	abs	$2, $2
	abs	$2
	# immediates out of range through $at
	addu	$2, $3, 5
	addu	$2, $3, -32768
	addu	$2, $3, 32768
	addu	$2, $3, 0x12345
	addu	$2, 100000
	add	$2, $3, 7
	add	$2, $3, 0x10000
	addiu	$2, $3, %lo(sym)
	addiu	$2, $3, %hi(sym+0x8000)
	subu	$2, $3, 5
	subu	$2, $3, 32768
	subu	$2, $3, -32768
	subu	$2, $3, -32767
	subu	$2, $3, 0x12345
	sub	$2, $3, 1
	sub	$2, $3, 0x23456
	and	$2, $3, 0xff
	and	$2, $3, 0xffff
	and	$2, $3, 0x10000
	and	$2, $3, -1
	or	$2, $3, 1
	or	$2, $3, 0x12345678
	xor	$2, $3, 0x8000
	xor	$2, $3, -2
	nor	$2, $3, 0
	nor	$2, $3, 0x1234
	nor	$2, $3, 0x12345
	slt	$2, $3, 100
	slt	$2, $3, -40000
	sltu	$2, $3, 100
	sltu	$2, $3, 0x8000
	mul	$2, $3, 10
	mul	$2, $3, 0x12345
	mul	$2, 3
	# set on condition
	seq	$2, $3, $4
	seq	$2, $0, $4
	seq	$2, $3, $0
	seq	$2, $3, 0
	seq	$2, $3, 5
	seq	$2, $3, -5
	seq	$2, $3, 0x12345
	seq	$2, $3, -32768
	sne	$2, $3, $4
	sne	$2, $0, $4
	sne	$2, $3, $0
	sne	$2, $3, 0
	sne	$2, $3, 5
	sne	$2, $3, -5
	sne	$2, $3, 0x12345
	sge	$2, $3, $4
	sge	$2, $3, 5
	sge	$2, $3, 0x12345
	sgeu	$2, $3, $4
	sgeu	$2, $3, 5
	sgeu	$2, $3, 0x12345
	sgt	$2, $3, $4
	sgt	$2, $3, 5
	sgtu	$2, $3, $4
	sgtu	$2, $3, 5
	sle	$2, $3, $4
	sle	$2, $3, 5
	sleu	$2, $3, $4
	sleu	$2, $3, 5
	# rotates (MIPS32 release 1 has no rotr)
	rol	$2, $3, $4
	ror	$2, $3, $4
	rol	$2, $3, 0
	rol	$2, $3, 1
	rol	$2, $3, 31
	ror	$2, $3, 0
	ror	$2, $3, 8
	ror	$2, $3, 33
	rol	$2, $4
	# division with its checks
	div	$2, $3, $4
	divu	$2, $3, $4
	rem	$2, $3, $4
	remu	$2, $3, $4
	div	$2, $3
	divu	$2, $3
	div	$2, $3, 5
	div	$2, $3, 1
	div	$2, $3, -1
	div	$2, $3, 0x12345
	divu	$2, $3, 5
	divu	$2, $3, 1
	divu	$2, $3, -1
	rem	$2, $3, 7
	rem	$2, $3, 1
	rem	$2, $3, -1
	remu	$2, $3, 7
	remu	$2, $3, 1
	mulo	$2, $3, $4
	mulou	$2, $3, $4
	mulo	$2, $3, 10
	mulou	$2, $3, 10
	# traps against immediates
	teq	$2, 5
	teq	$2, 0x12345
	tge	$2, -3
	tgeu	$2, 0x10000
	tlt	$2, 7
	tltu	$2, 7
	tne	$2, 100000
	tge	$2, 0x12345
	tlt	$2, -100000
	tltu	$2, 0x8000
	# unaligned loads and stores
	ulw	$2, 0($3)
	ulw	$2, 5($3)
	ulw	$3, 0($3)
	ulw	$2, 0x7ffd($3)
	ulw	$2, 0x12345($3)
	ulw	$2, sym
	ulw	$2, sym($3)
	usw	$2, 0($3)
	usw	$2, 0x12345($3)
	usw	$2, sym
	ulh	$2, 0($3)
	ulh	$3, 2($3)
	ulh	$2, sym
	ulhu	$2, 0($3)
	ulhu	$2, 0x12345($3)
	ush	$2, 0($3)
	ush	$2, 0x12345($3)
	ush	$2, sym+4
	# loads and stores of symbols and large offsets
	lw	$2, sym
	lw	$2, sym+8
	lw	$2, sym($3)
	lw	$2, sym($2)
	lw	$0, sym
	lw	$2, local
	lw	$2, 0x12345
	lw	$2, 0x12345($3)
	lw	$2, 0x12345($2)
	lw	$2, 0x8000
	lw	$2, -0x8001($3)
	lw	$2, %lo(sym)
	lw	$2, %lo(sym)($3)
	lw	$2, %hi(sym)($3)
	lb	$2, sym
	lbu	$2, sym
	lh	$2, sym
	lhu	$2, sym
	lwl	$2, sym
	lwr	$2, sym
	ll	$2, sym
	ll	$2, 0x12345($3)
	sb	$2, sym
	sh	$2, sym
	sw	$2, sym
	sw	$2, sym+4($3)
	sw	$2, 0x12345($3)
	swl	$2, sym
	swr	$2, sym
	sc	$2, sym
	cache	0x14, sym
	cache	1, 0x12345($4)
	pref	4, sym
	lw	$2, dlocal
	sw	$2, dlocal+8
local:
	nop
	.data
dlocal:
	.word	1, 2, 3
CONST = 0x1234
FWD = 0x12345
