// Package user runs static Linux MIPS32 (o32) executables in user mode, as
// qemu-user does: the program runs on a graftlab Machine in user mode, and
// Go code plays the kernel's part.
//
// # Design
//
// New maps the executable's PT_LOAD segments through the segment registers
// and a page table kept on the host. User addresses 0x00000000–0x7FFFFFFF
// use segment registers 0–7; each gets its own VSID (pid×16 + segment) and
// is made valid, user-accessible, writable if any area in it is writable,
// and no-execute unless an area in it is executable. A segment holding
// nothing stays invalid, so a wild pointer into it is a segment violation.
// The page table maps (VSID, EA[27:12]) to a 4 KiB frame of RAM, allocated
// when the page is first touched (the pages that hold the file's bytes are
// filled at load). Areas, as in Linux's VMAs, say which pages may exist and
// with what protection: the text and data of the program, the brk heap, the
// anonymous mmap regions and an 8 MiB stack. doc/machine.md ("User mode")
// gives the layout.
//
// Segments load by Linux's rules (loader.ParseExecutable checks them): a
// segment's p_filesz bytes come from the file, the rest up to p_memsz is
// zero, and a segment with no file bytes (GNU ld's .bss alone) maps none,
// whatever its file offset. The initial break is the end of the highest
// segment, rounded up to a page. One difference: Linux maps whole pages of
// the file, so the bytes that share a page with a segment before its start,
// or past the end of a segment with no zero part, show the file's
// neighbouring bytes there; here they read as zero. The link-shape corpus (testdata/linkshapes) checks every shape
// of GNU ld's output against qemu-mipsel.
//
// The machine starts in user mode (Status.UM set; EXL, ERL and BEV clear) at
// the entry point, with the initial stack that Linux's binfmt_elf builds:
// argc, argv[], envp[], the auxiliary vector, AT_RANDOM's 16 bytes and the
// strings at the top.
//
// The kernel's work is a cpu.ExceptionHandler:
//
//   - A TLB refill looks the page up in the page table (allocating it if an
//     area allows it) and writes the TLB entry, taking the entries in turn
//     (CP0 Random would not move on between the two misses of one
//     instruction, as no guest handler runs); read-only pages get EntryLo.D
//     clear, so a store to them raises Mod. It costs profile.UserTLBRefill
//     cycles.
//   - A system call (o32: number in v0, arguments in a0–a3, sp+16 and
//     sp+20; result in v0 and a3 = 0, or a positive MIPS errno in v0 and
//     a3 = 1) is served in Go, moves the PC past the syscall instruction and
//     costs profile.UserSyscall cycles. The calls served are listed in
//     syscall.go; any other returns ENOSYS.
//   - rdhwr $29 (the TLS pointer, UserLocal) is a Release 2 instruction. On a
//     Release 2 profile it runs (HWREna allows it); on a Release 1 profile it
//     raises Reserved Instruction, and, as Linux does in its RI handler on
//     such CPUs, this package returns the value of set_thread_area, at the
//     cost of a system call. That is what gcc's TLS accesses and glibc's
//     start-up need.
//   - The FPU is usable (Status.CU1) when the profile has one.
//   - Host files are opened read-only by path, as under qemu-user, and read
//     whole when opened (doc/machine.md lists the calls).
//   - Any other exception ends the run with a *Fault that carries the
//     exception, the registers and the signal Linux would deliver: SIGSEGV
//     for TLB, Mod and segment faults, SIGBUS for address and bus errors,
//     SIGILL for Reserved Instruction and Coprocessor Unusable, SIGFPE for
//     overflow and for break or trap with code 6 or 7 (gcc's divide-by-zero
//     check), SIGTRAP for other breaks and traps. The exit status is
//     128+signal, as a shell reports a process killed by a signal.
//
// Everything is deterministic: the clocks are the cycle counter at the
// profile's clock rate, pid and uid are constants, AT_RANDOM's bytes are
// fixed. The same program, arguments, input and profile give the same
// output and the same counts on every host.
//
// Guest memory reached by system calls goes through the page table, never
// around it: a bad pointer is EFAULT, and no guest input makes the package
// panic.
package user
