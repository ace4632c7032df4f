// Package asm is graftlab's assembler: it reads MIPS32 assembly in the GNU as
// dialect, as mipsel-linux-gnu-gcc emits it and as people write it, and
// produces ELF32 relocatable objects (graftlab/loader/object Files).
//
// The reference is GNU as 2.40 run as
//
//	mipsel-linux-gnu-as -march=mips32 -G0 -O<n> -mno-fix-loongson3-llsc
//
// with n the Options.Optimize level, and the tests compare graftlab's
// section bytes, relocations and symbols with its output, file by file
// (with Options.MIPSSections, the .reginfo, .MIPS.abiflags, .pdr and
// .gnu.attributes sections too). Where the two differ on purpose, the
// difference is written down in this comment.
//
// # Design
//
// Assembly is one pass over the statements, as in GNU as: each statement is
// decided with what is known when it is read. An instruction whose operand is
// not yet a constant (a forward label, an external symbol) is emitted with a
// fixup, and fixups are resolved when the whole source has been read: into
// bytes when the value is then known (a branch to a label of the same
// section, an equate defined later), or into an R_MIPS_* relocation. Section
// offsets are always known at the point of emission, so layout needs no
// relaxation. The pieces:
//
//   - source.go, lexer.go: lines from files, .include and expansions;
//     statements, labels, operands; comments (#, /* */) and ';' separators.
//   - expr.go, eval.go: GNU expressions (GNU precedence, 64-bit arithmetic,
//     symbol differences, %hi/%lo/%gp_rel) evaluated to a constant, a symbol
//     plus a constant, or a difference resolved later.
//   - symbols.go, sections.go: the symbol table (numeric local labels
//     included) and the sections being filled.
//   - directives.go, dir_section.go, dir_reloc.go, data.go, macros.go,
//     cond.go: the directives, .macro/.rept/.irp and conditional assembly.
//   - forms.go, operands.go, inst.go: instruction forms. The machine
//     instructions come from the isa table (isa.OpInfo.Args gives each
//     form's operands); forms.go adds only GNU's syntax variants (omitted
//     operands, optional codes) and the aliases and macros that are not
//     machine instructions. Forms are tried in GNU's order, strictly first
//     and then laxly, as GNU as does.
//   - pseudo.go, pseudo_branch.go, pseudo_mem.go: the macro instructions
//     (li, la, branch comparisons, div/rem with their checks,
//     set-on-condition, rotates, unaligned loads and stores, address macros
//     through $at), expanded exactly as GNU as expands them for MIPS32
//     without PIC.
//   - reorder.go: .set reorder/noreorder/at/macro/nomove, and delay slots
//     in reorder mode. At Optimize 0 and 1 (as -O0 and -O1, the same for
//     MIPS32) a nop fills every slot. At 2 (as -O2) the instruction before
//     a branch or jump moves into its slot when GNU as's can_swap_branch_p
//     allows it: the instruction is movable (emitted in reorder mode, not
//     already moved, not after a noreorder instruction, no label between
//     it and the branch, no data, alignment or section change since), is
//     not one GNU as keeps out of slots (sync, eret, deret, wait, traps,
//     syscall, break, sdbbp), and neither writes a register the branch
//     reads or writes nor reads one the branch writes; branch-likely
//     instructions always get a nop. MIPS32 interlocks, so no other hazard
//     nops are needed.
//   - mipsinfo.go: .reginfo (the registers the instructions use),
//     .MIPS.abiflags, .pdr (from .ent, .frame, .mask, .fmask and .end) and
//     .gnu.attributes (.gnu_attribute, or the floating-point ABI that the
//     .module options imply), with Options.MIPSSections.
//   - fixups.go, output.go: fixup resolution, GNU's HI16/LO16 pairing order,
//     conversion of relocations against local symbols to section symbols
//     with in-place addends, and the object.File.
//
// # Differences from GNU as
//
//   - Small data is not used (as with -G0): .lcomm and local .comm go to
//     .bss, and no gp-relative macro expansions are made. %gp_rel is
//     accepted.
//   - Position-independent code as gcc writes it is supported: .abicalls,
//     .cpload, .cprestore, %got, %call16 and .reloc R_MIPS_JALR, with
//     GOT16s against local symbols paired with their LO16s as GNU as pairs
//     them (testdata/o2/pic-*.s: Debian's gcc -O2 output, assembled as GNU
//     as assembles it; testdata/o2/r2-*.s the same with -fno-pic). The
//     address macros (la, lw of a symbol, ...) are not expanded for PIC:
//     with .abicalls and without ".option pic0" they are an error, and
//     .cprestore does not reload gp after a jal macro.
//   - Release 2 and FPU instructions are accepted whatever the file's
//     architecture (GNU as refuses them in a MIPS32 Release 1 file);
//     ".module arch=mips32r2" makes a Release 2 file (e_flags,
//     .MIPS.abiflags), and ".set mips32r2" makes ror and rol use rotr and
//     rotrv, as GNU as does.
//   - A branch to a constant address is resolved as an offset within its
//     section, modulo 2**32 (so "b 0x40" at offset 0 of a section branches
//     to offset 0x40), instead of GNU's relocation against the absolute
//     section. Disassembled code (isa.GNU) thus assembles back.
//   - Options' zero value is as -O0, and writes none of .reginfo,
//     .MIPS.abiflags, .pdr and .gnu.attributes: the kernel's sources, the
//     guest programs and the cycle tables built from them were written
//     against that. GNU as's own default is -O2 with those sections
//     (Options{Optimize: GNUDefaultOptimize, MIPSSections: true}). Package
//     loader's linker leaves .reginfo and .MIPS.abiflags out, so only GNU
//     ld sees a difference.
//   - .include also looks in the including file's directory (GNU as looks
//     only in the current directory and the -I directories).
//   - .uleb128/.sleb128 of a value not yet known is written as a padded
//     five-byte encoding instead of being relaxed.
//   - .loc, .file N and .cfi_* are accepted, but no .debug_line or
//     .debug_frame is generated; .loc view symbols are defined.
//   - ".set nomacro" makes a multi-instruction macro an error, not a
//     warning. Warnings are otherwise not reported.
//   - Register names without '$' (v0, a1, s8, ...) are accepted where only a
//     register can stand, so that objdump's output assembles.
//
// # Directives
//
// Every directive of GNU as 2.40's generic and MIPS lists that means
// something for a MIPS32 o32 ELF object is accepted: sections (.text, .data,
// .bss, .rdata, .sdata, .sbss, .section, .sect, .pushsection, .popsection,
// .previous), data (.byte, .half, .hword, .short, .word, .int, .long, .quad,
// .dword, .2byte, .4byte, .8byte, .dc, .dc.b, .dc.w, .dc.l, .dc.a,
// .uleb128, .sleb128), strings (.ascii, .asciz, .asciiz, .string,
// .string8), space (.space, .skip, .zero, .fill, .org, .origin), alignment
// (.align, .balign, .p2align), symbols (.globl, .global, .local, .weak,
// .weakext NAME, .hidden, .protected, .internal, .type, .size, .comm, .lcomm,
// .set, .equ, .equiv, .eqv, =), macros and conditionals (.macro, .endm,
// .exitm, .purgem, .rept, .irp, .irpc, .endr, .if*, .else, .elseif,
// .endif), files (.include, .incbin), messages (.err, .error, .warning,
// .print), .reloc, .nop, and the MIPS ones (.set, .module, .option pic0,
// .abicalls, .ent, .aent, .end, .frame, .mask, .fmask, .gnu_attribute,
// .nan legacy, .insn). Debugging and listing directives are accepted and
// produce nothing: .file, .loc, .cfi_*, .stabs/.stabn/.stabd/.xstabs,
// .desc, .line, .linefile, .func, .endfunc, .ident (which fills .comment),
// .title, .sbttl, .ttl, .list, .nolist, .page, .nopage, .plen, .llen,
// .spc, .psize, .eject, .lflags, .format, .noformat, .livereg, .verstamp,
// .bgnb, .endb, .this_gcc_requires_the_gnu_assembler.
//
// These stay refused, each with an error naming it:
//
//   - .cpload, .cpsetup, .cplocal, .cprestore, .cpreturn, .cpadd, .gpword,
//     .gpdword, .gpvalue, .ehword: position-independent code and $gp
//     tables, which graftlab does not assemble.
//   - .dtprelword, .dtpreldword, .tprelword, .tpreldword, .tls_common:
//     thread-local storage; graftlab's machines have no TLS.
//   - .float, .single, .double, .dc.s, .dc.d, .dc.x, .octa: floating-point
//     and 128-bit data (write the bits with .word); .ds*, .dcb*: MRI forms.
//   - .balignw, .balignl, .p2alignw, .p2alignl: alignment with 2- and
//     4-byte fill patterns.
//   - .repeat, .rep, .irep, .irepc, .mexit, .elsec, .endc, .ifeqs, .ifnes,
//     .altmacro, .noaltmacro, .mri, .abort, .fail: MRI and alternate-macro
//     syntax.
//   - .symver, .weakref, .linkonce, .attach_to_group, .subsection,
//     .vtable_inherit, .vtable_entry, .version, .tls_common: symbol
//     versions, COMDAT groups, subsections and C++ garbage collection,
//     which package loader does not link.
//   - .struct, .offset, .common, .common.s, .lsym, .name, .xcom, .xdef,
//     .xref, .rva, .bundle_align_mode, .bundle_lock, .bundle_unlock,
//     .string16, .string32, .string64, .debug: MRI, PE, NaCl and wide-string
//     forms with no use in a MIPS32 ELF object.
//   - .nops: GNU as 2.40 refuses it on MIPS too ("unimplemented").
//   - .nan 2008, and .set/.module options that leave MIPS32 o32 (mips16,
//     micromips, 64-bit registers, fp=64, ASEs).
//
// Nothing panics on any input and nothing runs unbounded: includes, macro
// nesting, expansions, .rept counts, section sizes and the error count are
// limited (see Options).
package asm
