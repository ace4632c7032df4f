# ipc.s: processes and pipes for the conventional personality: fork,
# waitpid, pipe, close, and read and write on pipes (doc/kernel.md,
# "Processes and pipes"). Linked after vectors.s: none of it is on a hot
# path.
#
# A system call that must wait (a read of an empty pipe, a write to a full
# one, waitpid of a running child) is restarted rather than suspended: its
# trap frame's EPC goes back to the syscall instruction and the process
# blocks on a channel (a kernel address); wakeup makes it runnable, and it
# executes the call again. So no kernel context outlives a switch.

	.include "layout.inc"
	.include "frame.inc"

	.equ EBADF,	9
	.equ ECHILD,	10
	.equ EAGAIN,	11
	.equ EFAULT,	14
	.equ EMFILE,	24
	.equ ENFILE,	23
	.equ EPIPE,	32
	.equ NFD,	16
	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ FD_CONSOLE, 1
	.equ FD_WRITE,	2		# a pipe's write end: the pipe's address | 2

# A pipe: a ring of PIPE_BUF bytes.
	.equ P_USED,	0
	.equ P_RPOS,	4		# where the next byte is read
	.equ P_COUNT,	8		# bytes in the ring
	.equ P_READERS,	12		# open read ends
	.equ P_WRITERS,	16		# open write ends
	.equ P_GRAFT,	20		# its encryption graft (vino.s), 0: none
	.equ P_WLOCK,	24		# 1 while a write's encryption graft may be preempted
	.equ P_BUF,	32
	.equ PIPE_BUF,	512
	.equ PIPE_SIZE,	544
	.equ NPIPE,	32

	.set	reorder
	.text

# block_restart(a0 = channel): the current system call waits: its trap
# frame will execute the syscall again when a wakeup on the channel makes
# the process runnable. s0 = frame, s1 = environment. Does not return.
	.globl	block_restart
block_restart:
	lw	$t0, F_EPC($s0)
	addiu	$t0, $t0, -4		# back to the syscall (never in a delay slot)
	sw	$t0, F_EPC($s0)
	sw	$a0, ENV_CHAN($s1)
	li	$t0, ES_BLOCKED
	sw	$t0, ENV_STATE($s1)
	sw	$zero, ENV_RESUME($s1)
	j	sched_next

# wakeup(a0 = channel): every environment blocked on it becomes runnable
# (of those ever made: env_top). Clobbers t0-t3.
	.globl	wakeup
wakeup:
	la	$t0, envs
	lw	$t1, env_top		# environments ever made
	move	$t3, $zero
1:	lw	$t2, ENV_STATE($t0)
	addiu	$t2, $t2, -ES_BLOCKED
	bnez	$t2, 2f
	lw	$t2, ENV_CHAN($t0)
	bne	$t2, $a0, 2f
	li	$t2, ES_RUNNABLE
	sw	$t2, ENV_STATE($t0)
	sw	$zero, ENV_CHAN($t0)
	li	$t3, 1
2:	addiu	$t0, $t0, ENV_SIZE
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	beqz	$t3, 3f
	j	slice_rearm		# another environment can run
3:	jr	$ra

# fd_lookup(a0 = fd) -> v0 = the descriptor's entry (0: not open).
fd_lookup:
	move	$v0, $zero
	sltiu	$t0, $a0, NFD
	beqz	$t0, 1f
	sll	$t0, $a0, 2
	addu	$t0, $t0, $s1
	lw	$v0, ENV_FDS($t0)
1:	jr	$ra

# fd_alloc() -> v0 = the lowest free descriptor, or -1.
fd_alloc:
	move	$v0, $zero
1:	sll	$t0, $v0, 2
	addu	$t0, $t0, $s1
	lw	$t1, ENV_FDS($t0)
	beqz	$t1, 2f
	addiu	$v0, $v0, 1
	sltiu	$t1, $v0, NFD
	bnez	$t1, 1b
	li	$v0, -1
2:	jr	$ra

# ring_copy(s2 = pipe, s3 = bytes, s4 = user address, a0 = position in
# the ring, a3 = 1 to the user, 0 from it) -> v0 = 0 or -EFAULT: the bytes
# in at most two pieces, the second from the ring's start. Clobbers s5,
# t0-t9, a0-a2.
ring_copy:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	li	$t1, PIPE_BUF
	subu	$t1, $t1, $a0		# bytes before the ring wraps
	sltu	$t2, $s3, $t1
	move	$s5, $s3
	bnez	$t2, 1f
	move	$s5, $t1		# the first piece
1:	addu	$a1, $s2, $a0
	addiu	$a1, $a1, P_BUF
	move	$a0, $s4
	move	$a2, $s5
	jal	copy_user
	bnez	$v0, 9f
	subu	$a2, $s3, $s5		# the second piece, from the ring's start
	beqz	$a2, 9f
	addu	$a0, $s4, $s5
	addiu	$a1, $s2, P_BUF
	jal	copy_user
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# read(fd, buf, count): the console (what it has, without waiting) or a
# pipe's read end (waits while it is empty and has writers; 0 at its end).
	.globl	sys_read
sys_read:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	jal	fd_lookup
	li	$t0, FD_CONSOLE
	bne	$v0, $t0, 10f
	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	j	console_read
10:	beqz	$v0, 8f
	andi	$t0, $v0, FD_WRITE
	bnez	$t0, 8f
	move	$s2, $v0		# the pipe
	lw	$t0, P_COUNT($s2)
	bnez	$t0, 1f
	move	$v0, $zero		# empty: end of file without writers
	lw	$t0, P_WRITERS($s2)
	beqz	$t0, 9f
	move	$a0, $s2
	j	block_restart
1:	beqz	$a2, 7f
	sltu	$t1, $a2, $t0
	bnez	$t1, 2f
	move	$a2, $t0		# min(count, bytes in the ring)
2:	move	$s3, $a2
	move	$s4, $a1
	lw	$a0, P_RPOS($s2)
	li	$a3, 1
	jal	ring_copy
	bnez	$v0, 6f
4:	lw	$t0, P_RPOS($s2)
	addu	$t0, $t0, $s3
	andi	$t0, $t0, PIPE_BUF-1
	sw	$t0, P_RPOS($s2)
	lw	$t0, P_COUNT($s2)
	subu	$t0, $t0, $s3
	sw	$t0, P_COUNT($s2)
	move	$a0, $s2		# writers waiting for room
	jal	wakeup
	move	$v0, $s3
	b	9f
6:	li	$v0, -EFAULT
	b	9f
7:	move	$v0, $zero
	b	9f
8:	li	$v0, -EBADF
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# write(fd, buf, count): the console, or a pipe's write end. A write of at
# most PIPE_BUF bytes is atomic (it waits for room for all of it); a larger
# one takes what room there is. Without readers: -EPIPE.
	.globl	sys_write
sys_write:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	jal	fd_lookup
	li	$t0, FD_CONSOLE
	bne	$v0, $t0, 1f
	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	j	write_console
1:	beqz	$v0, 8f
	andi	$t0, $v0, FD_WRITE
	beqz	$t0, 8f
	xori	$s2, $v0, FD_WRITE	# the pipe
	li	$v0, -EPIPE
	lw	$t0, P_READERS($s2)
	beqz	$t0, 9f
	move	$v0, $zero
	beqz	$a2, 9f
	lw	$t0, P_WLOCK($s2)	# a write waits for another's graft
	bnez	$t0, 5f
	lw	$t0, P_COUNT($s2)
	li	$t1, PIPE_BUF
	subu	$t1, $t1, $t0		# room
	sltu	$t2, $t1, $a2
	beqz	$t2, 2f			# room for all of it
	sltiu	$t2, $a2, PIPE_BUF+1
	bnez	$t2, 5f			# atomic: wait for room for all of it
	beqz	$t1, 5f
	move	$a2, $t1
2:	move	$s3, $a2
	move	$s4, $a1
	lw	$a0, P_RPOS($s2)
	addu	$a0, $a0, $t0
	andi	$a0, $a0, PIPE_BUF-1	# where the bytes go
	lw	$t9, P_GRAFT($s2)
	bnez	$t9, 3f
	move	$a3, $zero
	jal	ring_copy
	bnez	$v0, 6f
	b	4f
	# Through its encryption graft, which the timer may preempt: other
	# writes wait meanwhile (the room and the position stay this write's;
	# reads only move the ring's start), and are woken after.
3:	li	$t0, 1
	sw	$t0, P_WLOCK($s2)
	jal	pipe_encrypt
	sw	$zero, P_WLOCK($s2)
	sw	$v0, 8($sp)
	move	$a0, $s2
	jal	wakeup
	lw	$v0, 8($sp)
	bnez	$v0, 6f
4:	lw	$t0, P_COUNT($s2)
	addu	$t0, $t0, $s3
	sw	$t0, P_COUNT($s2)
	move	$a0, $s2		# readers waiting for bytes
	jal	wakeup
	move	$v0, $s3
	b	9f
5:	move	$a0, $s2
	j	block_restart
6:	li	$v0, -EFAULT
	b	9f
8:	li	$v0, -EBADF
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# pipe_forget_graft(a0 = graft record): no pipe is encrypted by it any
# more (vino_remove).
	.globl	pipe_forget_graft
pipe_forget_graft:
	la	$t0, pipes
	li	$t1, NPIPE
1:	lw	$t2, P_GRAFT($t0)
	bne	$t2, $a0, 2f
	sw	$zero, P_GRAFT($t0)
2:	addiu	$t0, $t0, PIPE_SIZE
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	jr	$ra

# pipe(): a new pipe; as MIPS Linux's pipe, v0 = the read end's descriptor
# and v1 = the write end's (the trap frame's v1).
	.globl	sys_pipe
sys_pipe:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	la	$t0, pipes
	li	$t1, NPIPE
1:	lw	$t2, P_USED($t0)
	beqz	$t2, 2f
	addiu	$t0, $t0, PIPE_SIZE
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	li	$v0, -ENFILE
	b	9f
2:	move	$s2, $t0
	jal	fd_alloc
	bltz	$v0, 8f
	move	$s3, $v0
	sll	$t0, $s3, 2
	addu	$t0, $t0, $s1
	sw	$s2, ENV_FDS($t0)	# hold it while looking for the second
	jal	fd_alloc
	bltz	$v0, 7f
	sll	$t0, $v0, 2
	addu	$t0, $t0, $s1
	ori	$t1, $s2, FD_WRITE
	sw	$t1, ENV_FDS($t0)
	li	$t0, 1
	sw	$t0, P_USED($s2)
	sw	$zero, P_RPOS($s2)
	sw	$zero, P_COUNT($s2)
	sw	$zero, P_GRAFT($s2)
	sw	$zero, P_WLOCK($s2)
	sw	$t0, P_READERS($s2)
	sw	$t0, P_WRITERS($s2)
	sw	$v0, 12($s0)		# v1 = the write end
	move	$v0, $s3
	b	9f
7:	sll	$t0, $s3, 2
	addu	$t0, $t0, $s1
	sw	$zero, ENV_FDS($t0)
8:	li	$v0, -EMFILE
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# close(fd)
	.globl	sys_close
sys_close:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	jal	fd_lookup
	beqz	$v0, 8f
	sll	$t0, $a0, 2
	addu	$t0, $t0, $s1
	sw	$zero, ENV_FDS($t0)
	li	$t0, FD_CONSOLE
	beq	$v0, $t0, 7f
	andi	$t0, $v0, FD_WRITE
	xor	$a0, $v0, $t0		# the pipe
	li	$t1, P_READERS
	beqz	$t0, 1f
	li	$t1, P_WRITERS
1:	addu	$t1, $t1, $a0
	lw	$t2, 0($t1)
	addiu	$t2, $t2, -1
	sw	$t2, 0($t1)
	lw	$t1, P_READERS($a0)
	lw	$t2, P_WRITERS($a0)
	or	$t1, $t1, $t2
	bnez	$t1, 2f
	sw	$zero, P_USED($a0)	# no ends left
2:	jal	wakeup			# the other side sees the end
7:	move	$v0, $zero
	b	9f
8:	li	$v0, -EBADF
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# fork(): a new process with a copy of every page of the caller, its
# descriptors (pipes gain an end each), its signal handlers and its trap
# frame; the child's fork returns 0, the parent's the child's pid. The
# child gets a slice of its own.
	.globl	sys_fork
sys_fork:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	# A free descriptor.
	la	$s2, envs
	li	$t1, NENV
1:	lw	$t2, ENV_STATE($s2)
	beqz	$t2, 2f			# ES_FREE
	addiu	$s2, $s2, ENV_SIZE
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	li	$v0, -EAGAIN
	b	9f
2:	# Copy the parent's descriptor, then make it the child's.
	move	$t0, $s1
	move	$t1, $s2
	li	$t2, ENV_SIZE/4
3:	lw	$t3, 0($t0)
	sw	$t3, 0($t1)
	addiu	$t0, $t0, 4
	addiu	$t1, $t1, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 3b
	la	$t0, envs
	subu	$t0, $s2, $t0
	srl	$t0, $t0, ENV_SHIFT	# the child's index
	sw	$t0, ENV_ID($s2)
	addiu	$t1, $t0, 1
	lw	$t2, env_top
	sltu	$t2, $t2, $t1
	beqz	$t2, 22f
	sw	$t1, env_top
22:
	sll	$t1, $t1, 4
	sw	$t1, ENV_VSID($s2)
	sw	$s1, ENV_PARENT($s2)
	sw	$zero, ENV_BOOTREC($s2)
	sw	$zero, ENV_STATUS($s2)
	sw	$zero, ENV_SIGNALED($s2)
	sw	$zero, ENV_CHAN($s2)
	sw	$zero, ENV_DEADLINE($s2)
	sw	$zero, ENV_RESUME($s2)
	sw	$zero, ENV_XSAVE($s2)	# nothing of the parent's exokernel state
	sw	$zero, ENV_XHANDLER($s2)
	li	$t2, ES_DEAD		# not runnable until complete
	sw	$t2, ENV_STATE($s2)
	# Its segment registers: the parent's, with the child's VSIDs.
	lw	$t2, ENV_VSID($s1)
	move	$t3, $zero
4:	sll	$t4, $t3, 2
	addu	$t4, $t4, $s2
	lw	$t5, ENV_SEGS($t4)
	beqz	$t5, 5f
	subu	$t5, $t5, $t2
	addu	$t5, $t5, $t1
	sw	$t5, ENV_SEGS($t4)
5:	addiu	$t3, $t3, 1
	sltiu	$t4, $t3, 8
	bnez	$t4, 4b
	# Pipes gain the child's ends.
	move	$t3, $zero
6:	sll	$t4, $t3, 2
	addu	$t4, $t4, $s2
	lw	$t5, ENV_FDS($t4)
	sltiu	$t6, $t5, 2
	bnez	$t6, 7f			# free, or the console
	andi	$t6, $t5, FD_WRITE
	xor	$t5, $t5, $t6
	li	$t7, P_READERS
	beqz	$t6, 8f
	li	$t7, P_WRITERS
8:	addu	$t7, $t7, $t5
	lw	$t8, 0($t7)
	addiu	$t8, $t8, 1
	sw	$t8, 0($t7)
7:	addiu	$t3, $t3, 1
	sltiu	$t4, $t3, NFD
	bnez	$t4, 6b
	# Its kernel page and trap frame: the parent's frame, returning 0.
	jal	alloc_page
	beqz	$v0, 20f
	addiu	$t0, $v0, 4096-FRAME
	sw	$t0, ENV_KFRAME($s2)
	move	$t1, $s0
	li	$t2, FRAME/4
10:	lw	$t3, 0($t1)
	sw	$t3, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t1, $t1, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 10b
	lw	$t0, ENV_KFRAME($s2)
	sw	$zero, F_V0($t0)
	sw	$zero, F_A3($t0)
	# Its pages: a copy of each page the parent maps in segments 0-7.
	move	$s3, $zero		# the segment
11:	sll	$t0, $s3, 2
	addu	$t0, $t0, $s1
	lw	$t0, ENV_SEGS($t0)
	beqz	$t0, 16f
	lw	$t1, ENV_VSID($s1)
	addu	$t1, $t1, $s3
	sll	$t1, $t1, 2
	la	$t2, vsid_dir
	addu	$t1, $t1, $t2
	lw	$s4, 0($t1)		# the parent's segment table
	move	$s5, $zero		# EA[27:22]
12:	sll	$t0, $s5, 2
	addu	$t0, $t0, $s4
	lw	$s6, 0($t0)		# a leaf
	la	$t1, empty_leaf
	beq	$s6, $t1, 15f
	move	$s7, $zero		# EA[21:12]
13:	sll	$t0, $s7, 2
	addu	$t0, $t0, $s6
	lw	$t1, 0($t0)		# the PTE
	andi	$t2, $t1, PTE_V
	beqz	$t2, 14f
	sw	$t1, 28($sp)
	jal	alloc_page
	beqz	$v0, 20f
	sw	$v0, 24($sp)
	lw	$t1, 28($sp)		# copy the parent's page
	srl	$t1, $t1, 6
	sll	$t1, $t1, 12
	lui	$t2, 0x8000
	or	$t1, $t1, $t2
	move	$t0, $v0
	addiu	$t3, $t1, 4096
17:	lw	$t2, 0($t1)
	sw	$t2, 0($t0)
	addiu	$t1, $t1, 4
	addiu	$t0, $t0, 4
	bne	$t1, $t3, 17b
	# map it in the child: the PTE with the new page, the same flags
	lw	$t1, 28($sp)
	andi	$t1, $t1, 0x3f
	lw	$t0, 24($sp)
	sll	$t0, $t0, 3
	srl	$t0, $t0, 15
	sll	$t0, $t0, 6
	or	$a1, $t0, $t1
	sll	$a0, $s3, 28
	sll	$t0, $s5, 22
	or	$a0, $a0, $t0
	sll	$t0, $s7, 12
	or	$a0, $a0, $t0
	sw	$s2, curenv		# map_page maps into the current environment
	jal	map_page
	sw	$s1, curenv
	bnez	$v0, 20f
14:	addiu	$s7, $s7, 1
	sltiu	$t0, $s7, 1024
	bnez	$t0, 13b
15:	addiu	$s5, $s5, 1
	sltiu	$t0, $s5, 64
	bnez	$t0, 12b
16:	addiu	$s3, $s3, 1
	sltiu	$t0, $s3, 8
	bnez	$t0, 11b
	# Runnable, with a slice of its own unless it has one already.
	li	$t0, ES_RUNNABLE
	sw	$t0, ENV_STATE($s2)
	la	$t0, slice_vec
	lw	$t1, nslices
	move	$t2, $t1
18:	beqz	$t2, 19f
	lw	$t3, 0($t0)
	beq	$t3, $s2, 21f
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	b	18b
19:	sltiu	$t2, $t1, NENV
	beqz	$t2, 21f
	sw	$s2, 0($t0)
	addiu	$t1, $t1, 1
	sw	$t1, nslices
21:	jal	slice_rearm
	lw	$v0, ENV_ID($s2)
	addiu	$v0, $v0, 1
	b	9f
20:	# Out of memory: the child never runs. (Its pages are not reclaimed:
	# doc/kernel.md, "Limitations".)
	sw	$s1, curenv
	sw	$zero, ENV_STATE($s2)
	li	$v0, -EAGAIN
9:	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# waitpid(pid, status, options): wait for the child pid (or, with -1, any
# child) to end; return its pid and store its wait status (the exit status
# << 8, or the signal that killed it). Its descriptor is freed.
	.globl	sys_waitpid
sys_waitpid:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	la	$s2, envs
	lw	$t1, env_top
	move	$s3, $zero		# a child exists
1:	lw	$t2, ENV_STATE($s2)
	beqz	$t2, 3f
	lw	$t3, ENV_PARENT($s2)
	bne	$t3, $s1, 3f
	lw	$t3, ENV_ID($s2)
	addiu	$t3, $t3, 1
	li	$t4, -1
	beq	$a0, $t4, 2f
	bne	$a0, $t3, 3f
2:	li	$s3, 1
	li	$t4, ES_DEAD
	beq	$t2, $t4, 4f
3:	addiu	$s2, $s2, ENV_SIZE
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	li	$v0, -ECHILD
	beqz	$s3, 9f
	move	$a0, $s1		# wait for a child to end
	j	block_restart
4:	lw	$t0, ENV_SIGNALED($s2)
	bnez	$t0, 5f
	lw	$t0, ENV_STATUS($s2)
	andi	$t0, $t0, 0xff
	sll	$t0, $t0, 8
5:	sw	$t0, 16($sp)
	beqz	$a1, 6f
	addiu	$t1, $sp, 16
	move	$a0, $a1
	move	$a1, $t1
	li	$a2, 4
	li	$a3, 1
	jal	copy_user
	bnez	$v0, 9f			# -EFAULT
6:	sw	$zero, ENV_STATE($s2)	# reaped
	lw	$v0, ENV_ID($s2)
	addiu	$v0, $v0, 1
9:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# env_close_fds(a0 = environment): close every descriptor of an environment
# that ends, so that the other ends of its pipes see it. Clobbers t0-t9,
# a0-a3, s2-s3.
	.globl	env_close_fds
env_close_fds:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	sw	$s1, 8($sp)
	move	$s1, $a0
	move	$s3, $zero
1:	move	$a0, $s3
	jal	sys_close
	addiu	$s3, $s3, 1
	sltiu	$t0, $s3, NFD
	bnez	$t0, 1b
	lw	$s1, 8($sp)
	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# ---- exokernel: a new environment from the caller's pages ------------

# exo_env_alloc(a0 = descriptor in the caller's memory): a new environment
# with the pages it is given. The descriptor: entry, sp, npages (at most
# 32), 0, then npages pairs (child address | flags, caller's address):
# flags 1 writable, 2 executable, 4 shared. A shared page stays the
# caller's too; any other is taken from the caller (unmapped there). A page
# is writable for the child only if it is for the caller. The child starts
# at entry with sp and every other register zero, runnable, with a slice
# of its own. v0 = its index, or -EINVAL, -EFAULT, -EAGAIN, -ENOMEM.
	.equ XA_ENTRY,	0
	.equ XA_SP,	4
	.equ XA_NPAGES,	8
	.equ XA_PAGES,	16
	.equ XA_WRITE,	1
	.equ XA_EXEC,	2
	.equ XA_SHARE,	4
	.equ EINVAL,	22
	.equ ENOMEM,	12
	.globl	exo_env_alloc
exo_env_alloc:
	# The stack path: the caller's kernel stack, below its trap frame.
	lui	$k1, %hi(curenv)
	lw	$k1, %lo(curenv)($k1)
	lw	$k0, ENV_KFRAME($k1)
	addiu	$k0, $k0, -48
	sw	$sp, 44($k0)
	sw	$ra, 40($k0)
	sw	$s0, 36($k0)
	sw	$s1, 32($k0)
	sw	$s2, 28($k0)
	sw	$s3, 24($k0)
	sw	$s4, 20($k0)
	sw	$s5, 16($k0)
	move	$sp, $k0
	move	$s1, $k1		# the caller
	move	$s4, $a0
	# The header.
	la	$s0, xa_rec
	move	$a1, $s0
	li	$a2, XA_PAGES
	move	$a3, $zero
	jal	copy_user
	li	$s5, -EFAULT
	bnez	$v0, 90f
	lw	$s2, XA_NPAGES($s0)
	li	$s5, -EINVAL
	sltiu	$t0, $s2, BI_MAX_REGIONS+1
	beqz	$t0, 90f
	# The pairs, into the record's region slots (checked, then used).
	addiu	$a0, $s4, XA_PAGES
	la	$a1, xa_pairs
	sll	$a2, $s2, 3
	move	$a3, $zero
	jal	copy_user
	li	$s5, -EFAULT
	bnez	$v0, 90f
	# A free descriptor.
	la	$s3, envs
	li	$t1, NENV
1:	lw	$t2, ENV_STATE($s3)
	beqz	$t2, 2f
	addiu	$s3, $s3, ENV_SIZE
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	li	$s5, -EAGAIN
	b	90f
2:	# Each page: the caller must map it; the region is the child's.
	la	$s0, xa_rec
	move	$t9, $zero		# pair index
3:	beq	$t9, $s2, 6f
	sll	$t0, $t9, 3
	la	$t1, xa_pairs
	addu	$t0, $t0, $t1
	lw	$a0, 0($t0)		# child address | flags
	lw	$a1, 4($t0)		# the caller's address
	li	$s5, -EINVAL
	andi	$t1, $a1, 0xfff
	bnez	$t1, 90f
	bltz	$a1, 90f
	bltz	$a0, 90f
	li	$t1, -4096
	and	$t2, $a0, $t1		# the child's page
	andi	$t3, $a0, 0xfff
	sltiu	$t4, $t3, 8
	beqz	$t4, 90f
	move	$t8, $a1		# the caller's PTE, through its tables
	jal	pte_of
	li	$s5, -EFAULT
	andi	$t4, $v0, PTE_V
	beqz	$t4, 90f
	sll	$t4, $t9, 4		# the region: va, pa, 1 page, flags
	addu	$t4, $t4, $s0
	sw	$t2, BE_REGIONS+R_VA($t4)
	srl	$t5, $v0, 6
	sll	$t5, $t5, 12
	sw	$t5, BE_REGIONS+R_PA($t4)
	li	$t5, 1
	sw	$t5, BE_REGIONS+R_PAGES($t4)
	move	$t5, $zero
	andi	$t6, $t3, XA_WRITE
	beqz	$t6, 4f
	andi	$t6, $v0, PTE_D		# writable for the caller too
	beqz	$t6, 4f
	ori	$t5, $t5, RF_WRITE
4:	andi	$t6, $t3, XA_EXEC
	beqz	$t6, 5f
	ori	$t5, $t5, RF_EXEC
5:	sw	$t5, BE_REGIONS+R_FLAGS($t4)
	addiu	$t9, $t9, 1
	b	3b
6:	# Take the pages that are not shared from the caller.
	move	$t9, $zero
7:	beq	$t9, $s2, 8f
	sll	$t0, $t9, 3
	la	$t1, xa_pairs
	addu	$t0, $t0, $t1
	lw	$t1, 0($t0)
	andi	$t1, $t1, XA_SHARE
	bnez	$t1, 71f
	lw	$a0, 4($t0)
	sw	$t9, 8($sp)
	jal	unmap_page
	lw	$t9, 8($sp)
71:	addiu	$t9, $t9, 1
	b	7b
8:	# The record, and the environment.
	sw	$s2, BE_NREGIONS($s0)
	sw	$zero, BE_BRK($s0)
	sw	$zero, BE_BRK_MAX($s0)
	la	$t0, envs
	subu	$a0, $s3, $t0
	srl	$a0, $a0, ENV_SHIFT
	move	$a1, $s0
	jal	env_create
	bnez	$v0, 81f
	li	$s5, -ENOMEM
	b	89f
81:	sw	$zero, ENV_BOOTREC($s3)	# the record was a scratch one
	sw	$s1, ENV_PARENT($s3)
	# Its slice.
	la	$t0, slice_vec
	lw	$t1, nslices
	sltiu	$t2, $t1, NENV
	beqz	$t2, 82f
	sll	$t2, $t1, 2
	addu	$t2, $t2, $t0
	sw	$s3, 0($t2)
	addiu	$t1, $t1, 1
	sw	$t1, nslices
82:	jal	slice_rearm
	lw	$s5, ENV_ID($s3)
89:	# Back to the caller's environment and segments.
	sw	$s1, curenv
	move	$k1, $s1
	LOAD_SEGS
90:	move	$v0, $s5
	lw	$ra, 40($sp)
	lw	$s0, 36($sp)
	lw	$s1, 32($sp)
	lw	$s2, 28($sp)
	lw	$s3, 24($sp)
	lw	$s4, 20($sp)
	lw	$s5, 16($sp)
	lw	$sp, 44($sp)
	move	$k0, $zero
	move	$k1, $zero
	eret

# pte_of(t8 = user address) -> v0 = the current environment's PTE for it,
# or 0. Clobbers t4-t7.
	.globl	pte_of
pte_of:
	move	$v0, $zero
	bltz	$t8, 1f
	lw	$t4, curenv
	lw	$t4, ENV_VSID($t4)
	srl	$t5, $t8, 28
	addu	$t4, $t4, $t5
	sll	$t4, $t4, 2
	la	$t5, vsid_dir
	addu	$t4, $t4, $t5
	lw	$t4, 0($t4)
	srl	$t5, $t8, 20
	andi	$t5, $t5, 0xfc
	addu	$t4, $t4, $t5
	lw	$t4, 0($t4)
	srl	$t5, $t8, 10
	andi	$t5, $t5, 0xffc
	addu	$t4, $t4, $t5
	lw	$v0, 0($t4)
1:	jr	$ra

	.bss
	.align	4
	.globl	pipes
pipes:	.space	NPIPE*PIPE_SIZE
	.align	4
xa_rec:	.space	BI_ENV_SIZE		# exo_env_alloc's record for env_create
xa_pairs: .space	BI_MAX_REGIONS*8
