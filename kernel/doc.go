// Package kernel is graftlab's nanokernel and its system-mode boot.
//
// The nanokernel is MIPS assembly in this directory (vectors.s, kernel.s and
// the shared constants layout.inc and frame.inc), embedded with go:embed,
// assembled by graftlab's own assembler (isa/asm) and linked by loader.Link
// at TextAddress in kseg0. Every exception, system call, TLB refill and
// interrupt of a system-mode run is handled by that guest code; Go only plays
// the boot firmware, as a PROM boot loader with an initrd would:
//
//   - it writes a tiny boot ROM (at the reset vector 0xBFC00000) that puts
//     the address of the boot-information block in a0 and jumps to the
//     kernel's __start;
//   - it places the kernel image and the user program's segments in physical
//     RAM, builds the program's initial stack (argc, argv, envp, auxv, as
//     Linux's exec would), allocates the u-page (UPage) and any extra
//     regions, and describes all of them in the boot-information block.
//
// From __start on, the kernel copies its vectors to 0x80000000/0x80000180,
// builds its page tables (keyed by VSID and page), loads the segment
// registers, wires a few TLB entries and drops to user mode. doc/kernel.md
// describes the kernel: its memory layout, the conventional and exokernel
// personalities, the system calls and the signal frame.
//
// The API: Build assembles and links the kernel (once; the Image is
// shared). Boot makes a cpu.Machine in its reset state with the ROM, the
// kernel and a program in place; System.Run runs it. Config.Personality
// chooses how the environment's exceptions and system calls go through the
// kernel: Conventional (trap frame, system-call table, signals) or Exokernel
// (Aegis: a few registers saved, straight to the user's handler). Both are
// paths of one kernel image. Package bench measures them. Config.Disk
// attaches a disk, which the kernel's driver and buffer cache serve
// (src/bcache.s; bread and bstat, CacheStats); a VINO graft on
// PointReadAhead chooses the blocks they prefetch. With a disk, a program
// may page a region of its memory to it (src/pager.s; pmap, System.Pager);
// a graft on PointEvict chooses the pages to evict.
//
// The graft kernel (graft.go, src/graft.s; BuildGraftKernel) is the same
// kernel with MiSFIT's kernel side linked after it: LoadGraft checks a
// graft's signature and code (misfit/verify.Accept), places it in kseg0
// regions, links it against the export list (GraftExports) with its own
// relocation pass and boots; Graft.Call runs the entry stub, which calls the
// graft once, and can watch that it stays confined (doc/misfit.md, "Loading
// in system mode"). Build's image does not contain it.
package kernel
