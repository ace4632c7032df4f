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
//   - Position-independent code is not supported: .abicalls without
//     ".option pic0" makes the address macros an error.
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
// Nothing panics on any input and nothing runs unbounded: includes, macro
// nesting, expansions, .rept counts, section sizes and the error count are
// limited (see Options).
package asm
