package main

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
)

// elfError wraps the error of reading the ELF file path: when the file is
// cut short, it says how long the file is and how long its headers say it
// should be, where the reader alone may say only "EOF".
func elfError(path string, data []byte, err error) error {
	if bytes.HasPrefix(data, []byte(elf.ELFMAG)) {
		if len(data) < elfHeaderSize {
			return fmt.Errorf("%s: truncated ELF file: %d bytes, shorter than the %d-byte ELF32 header (%w)", path, len(data), elfHeaderSize, err)
		}
		if want, what := elfExtent(data); want > uint64(len(data)) {
			return fmt.Errorf("%s: truncated ELF file: %d bytes, but its %s end at byte %d (%w)", path, len(data), what, want, err)
		}
	}
	return fmt.Errorf("%s: %w", path, err)
}

// elfHeaderSize is the size of an ELF32 file header.
const elfHeaderSize = 52

// elfExtent returns the file size that an ELF32 file's headers imply, and
// what ends there: the ELF header, the program or section header table, or
// a segment's file bytes. Segments with no file bytes are skipped (GNU ld
// gives a .bss-only segment an offset past the end of the file).
func elfExtent(data []byte) (uint64, string) {
	if len(data) < elfHeaderSize {
		return elfHeaderSize, "ELF header"
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if data[5] == 2 {
		bo = binary.BigEndian
	}
	phoff, shoff := uint64(bo.Uint32(data[28:])), uint64(bo.Uint32(data[32:]))
	phent, phnum := uint64(bo.Uint16(data[42:])), uint64(bo.Uint16(data[44:]))
	shent, shnum := uint64(bo.Uint16(data[46:])), uint64(bo.Uint16(data[48:]))
	end, what := uint64(elfHeaderSize), "ELF header"
	grow := func(e uint64, w string) {
		if e > end {
			end, what = e, w
		}
	}
	if phnum > 0 {
		grow(phoff+phent*phnum, "program headers")
	}
	if shnum > 0 {
		grow(shoff+shent*shnum, "section headers")
	}
	for i := uint64(0); i < phnum && phent >= 32; i++ {
		h := phoff + i*phent
		if h+32 > uint64(len(data)) {
			break
		}
		off, filesz := uint64(bo.Uint32(data[h+4:])), uint64(bo.Uint32(data[h+16:]))
		if filesz > 0 {
			grow(off+filesz, fmt.Sprintf("segment %d's bytes", i))
		}
	}
	return end, what
}
