// Package loader turns guest programs into memory images: it is graftlab's
// static linker for MIPS32 o32 relocatable objects, and it writes the
// result as an ELF32 executable.
//
// Link takes object.File values (parsed from GNU as or gcc output with
// object.Parse, or built by graftlab's assembler) and produces an Image: an
// entry point, PT_LOAD-style segments with their bytes, the output sections
// and the symbols. Image.ELF encodes it as an ET_EXEC file that GNU objdump
// and readelf read, and that `graftlab run` loads like any other static
// MIPS executable.
//
// Link mirrors GNU ld's default linker script for elf32-tradlittlemips,
// address for address, so that its output can be checked against GNU ld's
// byte for byte (see the tests):
//
//   - the text segment starts at LinkOptions.TextAddress (0x00400000); the
//     ELF and program headers occupy its start, then come .text (input
//     sections .text.unlikely*, .text.exit*, .text.startup*, .text.hot*, then
//     .text, .text.*), .rodata (.rodata, .rodata.*), .rodata1, .sdata2,
//     .eh_frame and .gcc_except_table;
//   - the data segment starts at the next 64 KiB boundary plus the text
//     segment's offset within its 64 KiB (ld's DATA_SEGMENT_ALIGN), so
//     file offset and address stay congruent modulo the page size; it holds
//     .data.rel.ro, .data, .data1, .sdata, .lit8, .lit4, .sbss (with common
//     symbols of at most 8 bytes, ld's default -G 8) and .bss (with the other
//     commons);
//   - _gp is the end of .data rounded up to 16 plus 0x7ff0; _ftext, _fdata,
//     _edata, __bss_start, _fbss, _end and the PROVIDEd etext, _etext,
//     __etext, edata, end and __executable_start are defined as ld defines
//     them, unless an input defines them first;
//   - relocations are applied as binutils' elfxx-mips.c applies them for a
//     static non-PIC link (REL: the addend is read from the field).
//
// Where Link knowingly differs from GNU ld: an R_MIPS_HI16 with no
// R_MIPS_LO16 after it takes its addend as hi<<16 (ld complains, then uses
// the unshifted field); an object's own definition of a script symbol
// (_gp, _end, ...) wins over the script's; TextAddress must be a multiple of
// 64 KiB (ld only warns and rounds the segment down).
//
// What Link does not do, and GNU ld does: merge .reginfo and
// .MIPS.abiflags into output sections with their own program headers (it
// drops them), merge SHF_MERGE strings, edit .eh_frame, place orphan
// sections in output sections of their own (Link appends them to .text,
// .rodata, .data or .bss by their flags), keep non-allocated sections
// (debug information, .comment, .pdr), PIC/abicalls, TLS, and shared
// libraries. When several common symbols come from one object, ld orders
// them by its hash table; Link keeps symbol-table order.
package loader
