// Package link holds glink, the guest kernel's graft linker: freestanding C
// (glink.c, glink.h) built by Debian's cross gcc into glink.o, which is
// committed here and embedded, for the kernel to link into its image with
// package loader.
//
// When the kernel loads a graft itself, a user program hands it a signed
// graft object; the kernel finds the signature note with glink_signature,
// checks the ed25519 signature, places and links the graft against its
// export list with glink_link, and maps it. glink_link produces exactly the
// bytes that misfit/verify's Go linker (verify.Load; verify.LinkUnchecked
// with GLINK_UNCHECKED) produces for the same object and placement: the
// code, the data region, the data end, the target table, the return stub
// and the entry points. It does not run the MiSFIT verifier (the kernel
// trusts the signature, as MiSFIT does) but refuses every object the Go
// linker refuses for a structural reason, each kind of refusal with its own
// negative code (Error names them).
//
// A SPIN extension may carry a manifest naming the kernel domains it
// imports; glink_manifest reads it exactly as package kernel/manifest does
// (Imports), with the same codes (GLINK_EMANSECT to GLINK_EDUP) and line
// numbers.
//
// The C API (glink.h):
//
//	int glink_signature(const uint8_t *obj, uint32_t len, uint32_t *key_off, uint32_t *sig_off);
//	int glink_link(const uint8_t *obj, uint32_t len, const struct glink_place *pl, struct glink_image *img);
//	int glink_manifest(const uint8_t *obj, uint32_t len, const char *const *domains, uint32_t ndomains, uint32_t *mask, uint32_t *line);
//
// glink_place gives the code region (code_base, code_size), the data region
// (data_base, region_size, stack_reserve, as verify.Placement), where to
// write them (code_dst, data_dst), the exports and flags; glink_image
// returns code_base, code_len, data_end, table_lo, table_hi, ret and up to
// 16 entries. The object may be at most 256 KiB; every offset, size, index
// and string in it is bounded before use, no loop runs longer than a small
// multiple of its size, and the stack use is under 1 KiB (the tests measure
// it).
//
// Rebuild glink.o with build.sh (gcc 12.2.0, binutils 2.40); the output is
// byte for byte the committed one, which TestRebuild checks when the cross
// compiler is installed.
package link

import (
	_ "embed"
	"fmt"
)

//go:embed glink.o
var glinkObject []byte

// Object returns glink.o, the relocatable object that defines glink_link,
// glink_signature and glink_manifest. It has no undefined symbols.
func Object() []byte { return glinkObject }

// FlagUnchecked is GLINK_UNCHECKED, the glink_place flag that links an unrewritten object
// as verify.LinkUnchecked does.
const FlagUnchecked = 1

// Limits of glink that the Go linker does not have.
const (
	MaxObject  = 256 << 10 // GLINK_MAXOBJ
	MaxSection = 64        // GLINK_MAXSECT
	HIWindow   = 64        // GLINK_HIWINDOW
	MaxEntries = 16        // GLINK_MAXENT
	NameLen    = 32        // GLINK_NAMELEN
)

// Error is a glink refusal code: a negative GLINK_E* value.
type Error int32

// The refusal codes, as in glink.h.
const (
	ETooBig        Error = -1
	EHeader        Error = -2
	EShdrs         Error = -3
	ESections      Error = -4
	EShstrndx      Error = -5
	ETrunc         Error = -6
	EOverlap       Error = -7
	EName          Error = -8
	ESecType       Error = -9
	ESymtab        Error = -10
	ESymbol        Error = -11
	EShndx         Error = -12
	ERelSec        Error = -13
	ERelSym        Error = -14
	EPlace         Error = -15
	EAlign         Error = -16
	ECode          Error = -17
	ENoCode        Error = -18
	ECodeSize      Error = -19
	EDataSize      Error = -20
	ERelTarget     Error = -21
	EUndef         Error = -22
	ESymSect       Error = -23
	EAbs           Error = -24
	ECommon        Error = -25
	ERelOff        Error = -26
	ERelType       Error = -27
	ERange         Error = -28
	EHI16          Error = -29
	EHIWindow      Error = -30
	ENotRewritten  Error = -31
	ENote          Error = -32
	ETable         Error = -33
	ETableAlign    Error = -34
	EStubs         Error = -35
	EEntry         Error = -36
	EEntries       Error = -37
	EEntryName     Error = -38
	EUnsigned      Error = -39
	ESigFormat     Error = -40
	ESigNote       Error = -41
	EManSect       Error = -42
	EManSize       Error = -43
	EManifest      Error = -44
	EDomain        Error = -45
	EDup           Error = -46
	errorCodeCount       = 46
)

// errorTable gives each code's C name, whether it is a limit of glink's own,
// and what it means.
var errorTable = [...]struct {
	name  string
	limit bool
	text  string
}{
	-ETooBig:       {"GLINK_ETOOBIG", true, "the object is larger than 256 KiB"},
	-EHeader:       {"GLINK_EHEADER", false, "not an ELF32 little-endian MIPS relocatable object"},
	-EShdrs:        {"GLINK_ESHDRS", false, "bad section header table (entry size, or past the end of the file)"},
	-ESections:     {"GLINK_ESECTIONS", true, "more than 64 section headers"},
	-EShstrndx:     {"GLINK_ESHSTRNDX", false, "bad section-name table index"},
	-ETrunc:        {"GLINK_ETRUNC", false, "a section's contents run past the end of the file"},
	-EOverlap:      {"GLINK_EOVERLAP", false, "two sections' contents overlap"},
	-EName:         {"GLINK_ENAME", false, "a section or symbol name outside its string table or not NUL-terminated"},
	-ESecType:      {"GLINK_ESECTYPE", false, "a section type the linker does not take (RELA, group, dynamic, a second symbol table)"},
	-ESymtab:       {"GLINK_ESYMTAB", false, "bad symbol table (string table link, entry size, size)"},
	-ESymbol:       {"GLINK_ESYMBOL", false, "a symbol's binding or type is not one the linker takes"},
	-EShndx:        {"GLINK_ESHNDX", false, "a symbol's section index is not a content section"},
	-ERelSec:       {"GLINK_ERELSEC", false, "bad relocation section (target, symbol table link, entry size, size)"},
	-ERelSym:       {"GLINK_ERELSYM", false, "a relocation's symbol index is out of range"},
	-EPlace:        {"GLINK_EPLACE", false, "bad placement (region size or alignment, stack reserve, code region, flags)"},
	-EAlign:        {"GLINK_EALIGN", false, "a section's alignment is not a power of two up to 64 KiB"},
	-ECode:         {"GLINK_ECODE", false, "a code section is writable, not PROGBITS, or not the only one"},
	-ENoCode:       {"GLINK_ENOCODE", false, "no code section"},
	-ECodeSize:     {"GLINK_ECODESIZE", false, "the code does not fit the code region"},
	-EDataSize:     {"GLINK_EDATASIZE", false, "the data sections do not fit the region below its stack"},
	-ERelTarget:    {"GLINK_ERELTARGET", false, "relocations in a NOBITS or MIPS information section"},
	-EUndef:        {"GLINK_EUNDEF", false, "an undefined symbol is not exported by the kernel"},
	-ESymSect:      {"GLINK_ESYMSECT", false, "a relocation's symbol is in an unplaced section or past its end"},
	-EAbs:          {"GLINK_EABS", false, "a relocation names an absolute symbol"},
	-ECommon:       {"GLINK_ECOMMON", false, "a relocation names a common symbol"},
	-ERelOff:       {"GLINK_ERELOFF", false, "a relocation is not on a word inside its section"},
	-ERelType:      {"GLINK_ERELTYPE", false, "a relocation type the graft linker does not apply"},
	-ERange:        {"GLINK_ERANGE", false, "a jump or branch target is out of reach"},
	-EHI16:         {"GLINK_EHI16", false, "an R_MIPS_HI16 without a matching R_MIPS_LO16"},
	-EHIWindow:     {"GLINK_EHIWINDOW", true, "no R_MIPS_LO16 within 64 relocations of an R_MIPS_HI16"},
	-ENotRewritten: {"GLINK_ENOTREWRITTEN", false, "not a MiSFIT-rewritten graft (no .note.graftlab.misfit)"},
	-ENote:         {"GLINK_ENOTE", false, "malformed MiSFIT note"},
	-ETable:        {"GLINK_ETABLE", false, "the note's table does not fit the code section"},
	-ETableAlign:   {"GLINK_ETABLEALIGN", false, "the placed code is not aligned to its table"},
	-EStubs:        {"GLINK_ESTUBS", false, "the code does not end with the return and fault stubs"},
	-EEntry:        {"GLINK_EENTRY", false, "an entry point outside the code, or defined twice"},
	-EEntries:      {"GLINK_EENTRIES", true, "more than 16 entry points"},
	-EEntryName:    {"GLINK_EENTRYNAME", true, "an entry point's name is longer than 31 bytes"},
	-EUnsigned:     {"GLINK_EUNSIGNED", false, "the graft is not signed"},
	-ESigFormat:    {"GLINK_ESIGFORMAT", false, "no readable section headers or note section for the signature"},
	-ESigNote:      {"GLINK_ESIGNOTE", false, "a malformed note in the note section"},
	-EManSect:      {"GLINK_EMANSECT", false, "no readable section headers, or a bad .graftlab.manifest section"},
	-EManSize:      {"GLINK_EMANSIZE", false, "the manifest is larger than 1024 bytes"},
	-EManifest:     {"GLINK_EMANIFEST", false, "a manifest line is not \"import NAME\", a comment or blank"},
	-EDomain:       {"GLINK_EDOMAIN", false, "the manifest imports an unknown domain"},
	-EDup:          {"GLINK_EDUP", false, "the manifest imports a domain twice"},
}

func (e Error) known() bool { return e < 0 && -e <= errorCodeCount }

// Error returns "GLINK_ENAME: what it means".
func (e Error) Error() string {
	if !e.known() {
		return fmt.Sprintf("glink: unknown code %d", int32(e))
	}
	return errorTable[-e].name + ": " + errorTable[-e].text
}

// Name returns the C name, such as "GLINK_EUNDEF".
func (e Error) Name() string {
	if !e.known() {
		return fmt.Sprintf("glink(%d)", int32(e))
	}
	return errorTable[-e].name
}

// Limit reports whether e is a limit of glink that the Go linker does not
// have: an object that Go links may get it.
func (e Error) Limit() bool { return e.known() && errorTable[-e].limit }

// ErrorText gives a message for a value glink_link, glink_signature or
// glink_manifest returned: "" for 0.
func ErrorText(code int32) string {
	if code == 0 {
		return ""
	}
	return Error(code).Error()
}
