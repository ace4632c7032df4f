/*
 * glink: the guest kernel's graft linker (freestanding C, mips32 o32).
 *
 * It finds a graft's signature note (glink_signature), reads a SPIN
 * extension's manifest (glink_manifest), and places and links a
 * MiSFIT-rewritten graft object against the kernel's export list
 * (glink_link), producing exactly the bytes that misfit/verify's Go linker
 * produces for the same object and placement: the code, the data region,
 * the data end, the target table, the return stub and the entry points. It
 * does not run the MiSFIT verifier (the kernel trusts the signature, as
 * MiSFIT does), but it refuses every object the Go linker refuses for a
 * structural reason, each kind of refusal with its own code below.
 *
 * Input is hostile: every offset, size, index and string of the object is
 * checked against len before use. No recursion, no allocation, every loop
 * bounded by the input's size. Rebuild glink.o with build.sh.
 */
#ifndef GLINK_H
#define GLINK_H

#include <stdint.h>

struct glink_export {
	const char *name; /* NUL-terminated */
	uint32_t addr;
};

/* Offsets (o32): code_base 0, code_size 4, data_base 8, region_size 12,
 * stack_reserve 16, code_dst 20, data_dst 24, exports 28, nexports 32,
 * flags 36; 40 bytes in all. */
struct glink_place {
	/* Run-time address of the code region and its size: the code section is
	 * placed at code_base aligned to the section's alignment. */
	uint32_t code_base, code_size;
	/* The data region (as verify.Placement): region_size a power of two of
	 * at least 4 KiB, data_base aligned to it; the other allocated sections
	 * are laid out from data_base, below the top stack_reserve bytes. */
	uint32_t data_base, region_size, stack_reserve;
	/* Where glink_link writes the linked code and data region: the kernel's
	 * own view of those pages. code_dst covers code_size bytes and data_dst
	 * region_size bytes; glink_link zeroes data_dst first. */
	uint8_t *code_dst, *data_dst;
	/* The kernel functions a graft may name: the graft-callable exports,
	 * misfit_return and misfit_fault. */
	const struct glink_export *exports;
	uint32_t nexports;
	uint32_t flags; /* 0 or GLINK_UNCHECKED */
};

/* GLINK_UNCHECKED links an object that MiSFIT did not rewrite, as
 * verify.LinkUnchecked does: no note, every global symbol of a code section
 * an entry, ret the export misfit_return, no table. It is for measuring
 * unrewritten baselines; a kernel loading a user's graft never sets it. */
#define GLINK_UNCHECKED 1u

#define GLINK_MAXENT 16
#define GLINK_NAMELEN 32

/* Offsets (o32): code_base 0, code_len 4, data_end 8, table_lo 12,
 * table_hi 16, ret 20, nentries 24, entries 28 (36 bytes each: name 0,
 * addr 32); 604 bytes in all. */
struct glink_image {
	/* The code section lies at [code_base, code_base+code_len): code, the
	 * stubs, then the target table [table_lo, table_hi) (0, 0 unchecked). */
	uint32_t code_base, code_len;
	/* The first byte after the last data section (data_base if none). */
	uint32_t data_end;
	uint32_t table_lo, table_hi;
	/* The ra a kernel passes on entry: the graft's return stub
	 * (j misfit_return), or, unchecked, the export misfit_return (0 if the
	 * export list has none). */
	uint32_t ret;
	/* The addresses at which the kernel may enter the graft: its global
	 * function (or untyped) symbols of the code section, in symbol-table
	 * order, the rewriter's stubs excluded. */
	uint32_t nentries;
	struct {
		char name[GLINK_NAMELEN]; /* NUL-terminated */
		uint32_t addr;
	} entries[GLINK_MAXENT];
};

/* Limits of this implementation (the Go linker has none of them). */
#define GLINK_MAXOBJ (256u * 1024) /* bytes of object */
#define GLINK_MAXSECT 64           /* section headers */
#define GLINK_HIWINDOW 64          /* relocations searched for a HI16's LO16 */

/*
 * Refusals. Codes marked "limit" are limits of this implementation, which
 * the Go linker does not have; every other code is a refusal of the Go
 * linker (object.Parse, verify's link, or the verifier's structural rules).
 */
/* The object. */
#define GLINK_ETOOBIG     (-1)  /* limit: the object is larger than GLINK_MAXOBJ */
#define GLINK_EHEADER     (-2)  /* not an ELF32 little-endian MIPS ET_REL object (short, magic, class, byte order, version, type, machine), or extended section numbering */
#define GLINK_ESHDRS      (-3)  /* e_shentsize is not 40, or the section header table runs past the end of the file */
#define GLINK_ESECTIONS   (-4)  /* limit: more than GLINK_MAXSECT section headers */
#define GLINK_ESHSTRNDX   (-5)  /* e_shstrndx is 0, out of range, or not a SHT_STRTAB section */
#define GLINK_ETRUNC      (-6)  /* a section's contents run past the end of the file */
#define GLINK_EOVERLAP    (-7)  /* two sections' contents overlap in the file */
#define GLINK_ENAME       (-8)  /* a section or symbol name lies outside its string table or is not NUL-terminated */
#define GLINK_ESECTYPE    (-9)  /* a section type the linker does not take: SHT_RELA, GROUP, SYMTAB_SHNDX, DYNSYM, DYNAMIC, HASH, GNU_HASH, or a second SHT_SYMTAB */
#define GLINK_ESYMTAB     (-10) /* the symbol table: sh_link not a string table, sh_entsize not 16, size not a multiple of 16, or empty */
#define GLINK_ESYMBOL     (-11) /* a symbol's binding or type is not one the linker takes, or a section symbol has a value */
#define GLINK_ESHNDX      (-12) /* a symbol's section index is not a content section, or is a special index the linker does not take */
#define GLINK_ERELSEC     (-13) /* a SHT_REL section: sh_info not a content section, sh_link not the symbol table, sh_entsize not 8, size not a multiple of 8 */
#define GLINK_ERELSYM     (-14) /* a relocation's symbol index is out of range */
/* Placing and linking. */
#define GLINK_EPLACE      (-15) /* the placement: region not a power of two of at least 4 KiB, data base not aligned to it, stack reserve not below it; code region past 4 GiB or unknown flags (limits) */
#define GLINK_EALIGN      (-16) /* an allocated section's alignment is not a power of two up to 64 KiB */
#define GLINK_ECODE       (-17) /* a code section is writable or not SHT_PROGBITS, or there are two */
#define GLINK_ENOCODE     (-18) /* no allocated code section */
#define GLINK_ECODESIZE   (-19) /* the code section does not fit code_size */
#define GLINK_EDATASIZE   (-20) /* the data sections do not fit region_size - stack_reserve */
#define GLINK_ERELTARGET  (-21) /* relocations in a NOBITS section or a MIPS information section (.reginfo, .MIPS.abiflags) */
#define GLINK_EUNDEF      (-22) /* a relocation names an undefined symbol that is not exported */
#define GLINK_ESYMSECT    (-23) /* a relocation's symbol lies in a section that is not placed, or past its section's end */
#define GLINK_EABS        (-24) /* a relocation names an absolute symbol */
#define GLINK_ECOMMON     (-25) /* a relocation names a common symbol */
#define GLINK_ERELOFF     (-26) /* a relocation is not on a word inside its section */
#define GLINK_ERELTYPE    (-27) /* a relocation type other than R_MIPS_NONE, 32, 26, HI16, LO16, PC16 */
#define GLINK_ERANGE      (-28) /* a jump (R_MIPS_26) or branch (R_MIPS_PC16) target out of reach or misaligned */
#define GLINK_EHI16       (-29) /* an R_MIPS_HI16 without a matching R_MIPS_LO16 after it */
#define GLINK_EHIWINDOW   (-30) /* limit: no matching R_MIPS_LO16 within GLINK_HIWINDOW relocations after an R_MIPS_HI16 */
/* MiSFIT's note, table, stubs and entry points (not GLINK_UNCHECKED). */
#define GLINK_ENOTREWRITTEN (-31) /* no .note.graftlab.misfit section: not a MiSFIT-rewritten graft */
#define GLINK_ENOTE       (-32) /* the note section: two of them, a note truncated or overrunning it, not named "graftlab", of unknown or repeated type; no info note, or one not of 20 bytes, version 1, policy 0 or 1 */
#define GLINK_ETABLE      (-33) /* the info note's table: slots not a power of two up to 16384, or code end not a word offset of at least 8 that with the table fills the code section */
#define GLINK_ETABLEALIGN (-34) /* the placed code is not aligned to the table's size */
#define GLINK_ESTUBS      (-35) /* the linked code does not end with j misfit_return; nop; j misfit_fault; nop before the table (or the exports lack them) */
#define GLINK_EENTRY      (-36) /* an entry point is not a word of the code before the table, or its name is defined twice */
#define GLINK_EENTRIES    (-37) /* limit: more than GLINK_MAXENT entry points (unchecked: or more than 2*GLINK_MAXENT names of global symbols of code sections) */
#define GLINK_EENTRYNAME  (-38) /* limit: an entry point's name is longer than GLINK_NAMELEN-1 bytes */
/* The signature note (glink_signature). */
#define GLINK_EUNSIGNED   (-39) /* no .note.graftlab.misfit section, or no signature note in it */
#define GLINK_ESIGFORMAT  (-40) /* not an ELF32 little-endian object with a readable section header table and name table; two note sections; the note section outside the file */
#define GLINK_ESIGNOTE    (-41) /* a note of the note section has a size larger than the section or runs past its end */
/* The manifest (glink_manifest): package kernel/manifest refuses the same, with the same codes. */
#define GLINK_EMANSECT    (-42) /* no readable ELF header, section headers or name table (as GLINK_ESIGFORMAT); two .graftlab.manifest sections; the section not SHT_PROGBITS, allocated, or outside the file */
#define GLINK_EMANSIZE    (-43) /* the manifest is larger than GLINK_MANIFEST_MAX */
#define GLINK_EMANIFEST   (-44) /* a line of the manifest: a byte other than 0x20-0x7e or a tab, or not "import NAME" with an optional comment */
#define GLINK_EDOMAIN     (-45) /* the manifest imports a domain that is not in the list (or the list has more than 32) */
#define GLINK_EDUP        (-46) /* the manifest imports a domain twice */
#define GLINK_NERR 46

/*
 * glink_signature finds the signature note (name "graftlab", type 2,
 * 96-byte descriptor: 32-byte ed25519 public key, 64-byte signature) and
 * sets *key_off and *sig_off to the file offsets of the key and of the
 * signature. The signature covers the whole file with its 64 bytes zeroed.
 * It reads the object as misfit/sign does. 0 or a negative GLINK_E* code.
 */
int glink_signature(const uint8_t *obj, uint32_t len, uint32_t *key_off, uint32_t *sig_off);

/*
 * glink_link places and links obj by pl and describes the result in *img.
 * It writes only code_dst[0, code_size), data_dst[0, region_size) and *img:
 * the alignment padding before the code and the code itself, the whole data
 * region (zeros, then the sections), the image. 0 or a negative GLINK_E*
 * code; after a refusal what it wrote is unspecified.
 */
int glink_link(const uint8_t *obj, uint32_t len, const struct glink_place *pl, struct glink_image *img);

/*
 * The manifest of a SPIN extension names the kernel domains (named sets of
 * exported kernel functions) it imports. It is the contents of the section
 * .graftlab.manifest (SHT_PROGBITS, not SHF_ALLOC), at most
 * GLINK_MANIFEST_MAX bytes of text: lines separated by '\n' (the last may
 * lack it), each byte 0x20-0x7e, '\t' or '\n'. A line is, after leading
 * spaces and tabs, empty, a comment ('#' to the end of the line), or
 *
 *	import NAME [# comment]
 *
 * the keyword, at least one space or tab, a NAME of 1 to 31 characters of
 * [a-z0-9._-], optional spaces and tabs, then the end of the line or a
 * comment. An object without the section imports nothing. The signature
 * note covers the manifest as it covers the rest of the file.
 */
#define GLINK_MANIFEST_MAX 1024u
#define GLINK_MANIFEST_NAMEMAX 31

/*
 * glink_manifest reads obj's manifest against the kernel's domains
 * (ndomains at most 32, NUL-terminated names; a null pointer names none)
 * and sets bit i of *mask for each domains[i] imported (the first i, if
 * a name is listed twice). It reads the section headers as
 * glink_signature does, with no limit on len. 0 or a negative GLINK_E*
 * code: GLINK_EMANSECT or GLINK_EMANSIZE for the section (*line 0), else
 * GLINK_EMANIFEST, GLINK_EDOMAIN or GLINK_EDUP at the first offending line,
 * 1-based, in *line (a line with a byte outside the set is GLINK_EMANIFEST
 * whatever else it holds); more than 32 domains is GLINK_EDOMAIN at line 0
 * once the section has been found. It writes only *mask (0 after a
 * refusal) and *line (0 on success).
 */
int glink_manifest(const uint8_t *obj, uint32_t len, const char *const *domains, uint32_t ndomains, uint32_t *mask,
		   uint32_t *line);

#endif
