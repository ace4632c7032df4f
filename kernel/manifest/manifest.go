// Package manifest reads and writes SPIN extension manifests: the list of
// kernel domains (named sets of exported kernel functions) an extension
// object imports. The kernel's linker reads the same manifest in guest C
// (glink_manifest, kernel/csrc/link); this package is its specification and
// must agree with it exactly: the same code, line and mask for every
// object.
//
// # Format
//
// The manifest is the contents of the ELF section named .graftlab.manifest
// (Section), of type SHT_PROGBITS and without SHF_ALLOC. An object without
// such a section has an empty manifest: it imports nothing.
//
// The section is found as misfit/sign finds the signature note: the ELF
// header, the section header table and the section-name table must be
// readable (an ELF32 little-endian header, 40-byte section headers inside
// the file, e_shstrndx in range, the name table inside the file), else
// EManSect. A section's name runs to a NUL or to the end of the name table;
// names starting outside it are no name. Two sections named
// .graftlab.manifest, the section not SHT_PROGBITS, or with SHF_ALLOC, or
// its contents outside the file: EManSect. More than Max (1024) bytes:
// EManSize. These errors have line 0.
//
// The text is lines separated by '\n'; the last line may lack its '\n'.
// Every byte must be 0x20 to 0x7e, '\t' or '\n'; a line holding any other
// byte is EManifest, whatever else it holds. Each line, after leading
// spaces and tabs, is empty, a comment ('#' to the end of the line), or
//
//	import NAME
//
// the keyword import exactly, at least one space or tab, a NAME of 1 to
// NameMax (31) characters from [a-z0-9._-], optional spaces and tabs, then
// the end of the line or a '#' comment. Anything else (another keyword, no
// name, a name too long, a character outside the set right after the name,
// text after the name) is EManifest. A NAME that is not one of the domains
// given is EDomain; a domain imported twice is EDup; more than 32 domains
// given is EDomain at line 0. Errors are reported at the first offending
// line, counted from 1.
//
// The signature note (misfit/sign) covers the whole file, the manifest
// included: add the manifest (Add), then sign.
package manifest

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Section is the name of the manifest's ELF section.
const Section = ".graftlab.manifest"

// Max is the largest manifest, in bytes (GLINK_MANIFEST_MAX).
const Max = 1024

// NameMax is the longest domain name, in characters.
const NameMax = 31

// MaxDomains is the most domains a manifest may be read against: one bit
// of the mask each.
const MaxDomains = 32

// Code is a refusal: the negative GLINK_E* value glink_manifest returns.
type Code int32

// The codes, equal to glink.h's.
const (
	EManSect  Code = -42 // GLINK_EMANSECT: the section (or the headers to find it)
	EManSize  Code = -43 // GLINK_EMANSIZE: more than Max bytes
	EManifest Code = -44 // GLINK_EMANIFEST: a line that is not blank, a comment or an import
	EDomain   Code = -45 // GLINK_EDOMAIN: an unknown domain
	EDup      Code = -46 // GLINK_EDUP: a domain imported twice
)

// String returns the C name, such as "GLINK_EDOMAIN".
func (c Code) String() string {
	switch c {
	case EManSect:
		return "GLINK_EMANSECT"
	case EManSize:
		return "GLINK_EMANSIZE"
	case EManifest:
		return "GLINK_EMANIFEST"
	case EDomain:
		return "GLINK_EDOMAIN"
	case EDup:
		return "GLINK_EDUP"
	}
	return fmt.Sprintf("Code(%d)", int32(c))
}

// Error is a refusal: its code, the line (0 for the section itself) and
// what is wrong.
type Error struct {
	Code Code
	Line int
	Msg  string
}

// Error returns "manifest:LINE: MSG", or "manifest: MSG" for line 0.
func (e *Error) Error() string {
	if e.Line == 0 {
		return "manifest: " + e.Msg
	}
	return fmt.Sprintf("manifest:%d: %s", e.Line, e.Msg)
}

func sectionError(format string, args ...any) *Error {
	return &Error{Code: EManSect, Msg: fmt.Sprintf(format, args...)}
}

// ELF constants the search needs.
const (
	ehdrSize    = 52
	shdrSize    = 40
	shtProgbits = 1
	shfAlloc    = 2
)

// Find returns obj's manifest: the contents of its Section (nil and no
// error when there is none). Its errors are *Error with Code EManSect or
// EManSize.
func Find(obj []byte) ([]byte, error) {
	le := binary.LittleEndian
	if len(obj) < ehdrSize || string(obj[:4]) != "\x7fELF" || obj[4] != 1 || obj[5] != 1 {
		return nil, sectionError("not an ELF32 little-endian object")
	}
	n := uint64(len(obj))
	shoff := uint64(le.Uint32(obj[0x20:]))
	shentsize := le.Uint16(obj[0x2e:])
	shnum := uint64(le.Uint16(obj[0x30:]))
	shstrndx := uint64(le.Uint16(obj[0x32:]))
	if shentsize != shdrSize || shoff > n || shnum*shdrSize > n-shoff || shstrndx >= shnum {
		return nil, sectionError("no readable section headers")
	}
	hdr := func(i uint64) []byte { return obj[shoff+shdrSize*i:] }
	stro, strs := uint64(le.Uint32(hdr(shstrndx)[16:])), uint64(le.Uint32(hdr(shstrndx)[20:]))
	if stro > n || strs > n-stro {
		return nil, sectionError("the section-name table lies outside the file")
	}
	tab := obj[stro : stro+strs]
	var found []byte
	for i := range shnum {
		name := uint64(le.Uint32(hdr(i)))
		if name >= strs {
			continue
		}
		s := tab[name:]
		if j := bytes.IndexByte(s, 0); j >= 0 {
			s = s[:j]
		}
		if string(s) != Section {
			continue
		}
		if found != nil {
			return nil, sectionError("two %s sections", Section)
		}
		found = hdr(i)
	}
	if found == nil {
		return nil, nil
	}
	typ, flags := le.Uint32(found[4:]), le.Uint32(found[8:])
	off, size := uint64(le.Uint32(found[16:])), uint64(le.Uint32(found[20:]))
	switch {
	case typ != shtProgbits:
		return nil, sectionError("%s: section type %#x, want SHT_PROGBITS", Section, typ)
	case flags&shfAlloc != 0:
		return nil, sectionError("%s: allocated (SHF_ALLOC)", Section)
	case off > n || size > n-off:
		return nil, sectionError("%s: contents outside the file", Section)
	case size > Max:
		return nil, &Error{Code: EManSize, Msg: fmt.Sprintf("%d bytes, more than %d", size, Max)}
	}
	return obj[off : off+size], nil
}

// Parse reads a manifest's text against the kernel's domains and returns
// the mask of those imported: bit i for domains[i] (the first, if a name
// is given twice). Its errors are *Error. Text over Max bytes is EManSize,
// as Find would refuse it.
func Parse(text []byte, domains []string) (uint32, error) {
	if len(text) > Max {
		return 0, &Error{Code: EManSize, Msg: fmt.Sprintf("%d bytes, more than %d", len(text), Max)}
	}
	if len(domains) > MaxDomains {
		return 0, &Error{Code: EDomain, Msg: fmt.Sprintf("%d domains, more than %d", len(domains), MaxDomains)}
	}
	var mask uint32
	for line := 1; len(text) > 0; line++ {
		l := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		name, code, msg := parseLine(l)
		if code == 0 && name != "" {
			i := domainIndex(domains, name)
			switch {
			case i < 0:
				code, msg = EDomain, fmt.Sprintf("unknown domain %q", name)
			case mask&(1<<i) != 0:
				code, msg = EDup, fmt.Sprintf("domain %q imported twice", name)
			default:
				mask |= 1 << i
			}
		}
		if code != 0 {
			return 0, &Error{Code: code, Line: line, Msg: msg}
		}
	}
	return mask, nil
}

// Imports returns the mask of the domains obj's manifest imports: Find,
// then Parse. It is what glink_manifest computes.
func Imports(obj []byte, domains []string) (uint32, error) {
	text, err := Find(obj)
	if err != nil {
		return 0, err
	}
	return Parse(text, domains)
}

func domainIndex(domains []string, name string) int {
	for i, d := range domains {
		if d == name {
			return i
		}
	}
	return -1
}

func blank(c byte) bool { return c == ' ' || c == '\t' }

func nameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-'
}

// allowed reports whether c may appear in a manifest line.
func allowed(c byte) bool { return c >= 0x20 && c <= 0x7e || c == '\t' }

// parseLine reads one line (without its '\n'): the domain it imports ("" for
// a blank or comment line), or EManifest and why.
func parseLine(l []byte) (string, Code, string) {
	for _, c := range l {
		if !allowed(c) {
			return "", EManifest, fmt.Sprintf("byte %#02x not allowed", c)
		}
	}
	q := 0
	for q < len(l) && blank(l[q]) {
		q++
	}
	if q == len(l) || l[q] == '#' {
		return "", 0, ""
	}
	const keyword = "import"
	rest, ok := bytes.CutPrefix(l[q:], []byte(keyword))
	if !ok || len(rest) == 0 || !blank(rest[0]) {
		return "", EManifest, `want "import NAME", a comment or a blank line`
	}
	q = 0
	for q < len(rest) && blank(rest[q]) {
		q++
	}
	name := q
	for q < len(rest) && nameChar(rest[q]) {
		q++
	}
	switch n := q - name; {
	case n == 0:
		return "", EManifest, "import: want a domain name of [a-z0-9._-]"
	case n > NameMax:
		return "", EManifest, fmt.Sprintf("import: a domain name of %d characters, more than %d", n, NameMax)
	}
	end := q
	for q < len(rest) && blank(rest[q]) {
		q++
	}
	if q < len(rest) && rest[q] != '#' {
		return "", EManifest, fmt.Sprintf("import %s: unexpected %q", rest[name:end], rest[q:])
	}
	return string(rest[name:end]), 0, ""
}
