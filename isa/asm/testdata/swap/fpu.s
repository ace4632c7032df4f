# FPU instructions and delay slots: a bc1 branch does not take the compare or
# ctc1 before it (they set its condition code); other branches may take FPU
# instructions.
	.set mips32r2
	.text
f:	c.eq.s $f0,$f2
	bc1t f
	add.s $f4,$f6,$f8
	bc1f f
	c.lt.d $f0,$f2
	beq $2,$3,f
	ctc1 $2,$31
	bc1t f
	addu $2,$3,$4
	bc1t f
