// Package objdump lists the code of ELF files and raw binaries: the
// disassembler behind `graftlab disasm`, and the listing code of the
// debugger.
//
// A File is read from an ELF32 little-endian MIPS relocatable object or
// executable (Open), or from a raw binary at a base address (NewRaw). Write
// lists its executable sections in one of two formats.
//
// # The objdump format
//
// FormatObjdump reproduces mipsel-linux-gnu-objdump -d (binutils 2.40) for
// MIPS32 files: the same header lines, the same choice of symbols, the same
// skipping of zero bytes (the rules are at objdumpWriter), and instruction
// lines identical to objdump's for every word that isa.Decode accepts (see
// isa.GNU). Known differences:
//   - graftlab's segment-register instructions print as themselves, where
//     objdump prints ".word";
//   - words that isa.Decode rejects print as ".word" (or "c1 0x..." for
//     coprocessor 1's arithmetic group, as objdump does), where objdump
//     knows some of them (coprocessor 2, MIPS-3D, SmartMIPS, jalx);
//   - MIPS16 and microMIPS code (odd addresses, compressed-mode symbols) is
//     listed as MIPS32; register names are always o32's (objdump uses the
//     n32 names for n32 files).
//
// The dialect follows the file's architecture flags (SyntaxOf): a MIPS32
// Release 2 file, as Debian's gcc makes, gets Release 2's CP0 names and
// aliases (pause, sync_wmb, ...), and in a MIPS32 (Release 1) file the
// Release 2 instructions print as objdump prints them there (".word" or
// "c1 0x...").
//
// # The graftlab format
//
// FormatGraftlab, the default, is graftlab's own listing. It is stable;
// tools may parse it:
//
//	FILE: ELF32 little-endian MIPS KIND, flags 0xFLAGS
//
//	section NAME: 0xSTART-0xEND, N bytes
//
//	SYMBOL:  TYPE BIND[, size N]
//	ADDR: WORD  MNEMONIC OPERANDS  CLASS  <SYM+0xOFF>
//
// One line per 32-bit word. ADDR and WORD are 8 hex digits; MNEMONIC is
// padded to 7 columns and OPERANDS to 24; CLASS is the instruction's cycle
// class (isa.Inst.Info().Class); trailing blanks are dropped. Branch and
// jump targets print as absolute addresses (0x...) and, at the end of the
// line, as <SYM+0xOFF> when a symbol or section covers them (File.Symbolize).
// Instructions use GNU syntax (isa.GNU), with objdump's aliases unless
// NoAliases is set. A raw binary's first line is "FILE: raw binary, N bytes
// at 0xBASE". Other lines:
//   - a blank line and symbol headers precede the word at a symbol's
//     address, one line for each symbol there, objdump's choice first
//     (whose type decides whether the words that follow are code or data);
//     a listing that starts inside a symbol starts with "SYMBOL+0xOFF:";
//   - a word that does not decode prints as ".word 0x..." (the word in hex),
//     class "-", and "; reserved instruction" or "; coprocessor N
//     instruction";
//   - words under an STT_OBJECT symbol print as ".word 0x...", class "data";
//   - three or more zero words in a row, not after a delay-slot
//     instruction and not crossing a symbol, collapse into
//     "ADDR: ...       N zero words";
//   - one to three bytes left at the end print as ".byte 0xBB,...", class
//     "data".
//
// Reading never trusts the input: every offset and size is checked against
// the file before debug/elf follows it, so malformed input gives an error,
// never a panic or an allocation larger than the file.
package objdump

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"graftlab/isa"
)

// Format is a listing format.
type Format int

const (
	FormatGraftlab Format = iota // graftlab's listing (the default)
	FormatObjdump                // mipsel-linux-gnu-objdump -d's listing
)

var formatNames = [...]string{"graftlab", "objdump"}

func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return "Format(" + strconv.Itoa(int(f)) + ")"
	}
	return formatNames[f]
}

// ParseFormat returns the format with the given name.
func ParseFormat(name string) (Format, error) {
	for i, n := range formatNames {
		if n == name {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want graftlab or objdump)", name)
}

// Options select what Write lists and how.
type Options struct {
	Format    Format
	Section   string // list only the sections of this name; "" for every executable section
	Start     uint32 // list from this address
	Stop      uint32 // list up to (not including) this address; 0 for no limit
	NoAliases bool   // print instructions as objdump -M no-aliases does

	syntax isa.Syntax // objdump's dialect for the file's architecture (set by Write)
}

// SyntaxOf is the dialect in which objdump disassembles a file with ELF
// flags flags: MIPS32 Release 2 for a Release 2 architecture (Debian's
// default), else MIPS32.
func SyntaxOf(flags uint32) isa.Syntax {
	switch flags & efMIPSArch {
	case efMIPSArch32R2, efMIPSArch64R2:
		return isa.SyntaxMIPS32R2
	}
	return isa.SyntaxMIPS32
}

// Write lists f.
func (f *File) Write(w io.Writer, opts Options) error {
	var secs []*Section
	for _, s := range f.Sections {
		if opts.Section == "" && s.Exec && s.Data != nil || opts.Section != "" && s.Name == opts.Section {
			secs = append(secs, s)
		}
	}
	if opts.Section != "" {
		if len(secs) == 0 {
			return fmt.Errorf("%s: no section %q", f.Name, opts.Section)
		}
		for _, s := range secs {
			if s.Data == nil {
				return fmt.Errorf("%s: section %s has no contents in the file", f.Name, s.Name)
			}
		}
	}
	opts.syntax = SyntaxOf(f.Flags)
	var text string
	if opts.Format == FormatObjdump {
		ow := &objdumpWriter{f: f, opts: &opts}
		ow.file()
		for _, s := range secs {
			ow.section(s)
		}
		text = ow.b.String()
	} else {
		text = f.listing(secs, &opts)
	}
	if _, err := io.WriteString(w, text); err != nil {
		return fmt.Errorf("%s: write listing: %w", f.Name, err)
	}
	return nil
}

// bounds returns the offsets in sec of the listed range [start, stop).
func (o *Options) bounds(sec *Section) (start, stop uint64) {
	stop = uint64(sec.Size)
	if o.Start > sec.Addr {
		start = uint64(o.Start - sec.Addr)
	}
	if o.Stop != 0 {
		stop = min(stop, uint64(o.Stop)-min(uint64(o.Stop), uint64(sec.Addr)))
	}
	return start, stop
}

// text formats the instruction word at addr in GNU syntax.
// objdump's format prints the word as objdump does for the file's
// architecture; graftlab's names every instruction it decodes.
func (o *Options) text(word, addr uint32, sym isa.Symbolizer) string {
	if o.Format == FormatObjdump {
		return isa.GNUWordSyntax(word, addr, sym, o.syntax, !o.NoAliases)
	}
	inst, err := isa.Decode(word)
	if err != nil {
		return ".word\t0x" + strconv.FormatUint(uint64(word), 16)
	}
	return isa.GNUSyntax(inst, addr, sym, o.syntax, !o.NoAliases)
}

// splitText splits "mnemonic\toperands".
func splitText(s string) (mnemonic, operands string) {
	m, ops, _ := strings.Cut(s, "\t")
	return m, ops
}
