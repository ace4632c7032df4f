package misfit

import "encoding/binary"

// The note section (doc/misfit.md, "The note"): ELF notes named "graftlab".
// Note type NoteTypeInfo describes the rewrite; misfit/sign appends a note of
// type 2 with the signature.
const (
	NoteName     = "graftlab"
	NoteTypeInfo = 1
	NoteVersion  = 1
)

// Note flags.
const (
	NoteFlagNoSPOpt = 1 << iota
	NoteFlagNoGuard
)

// Note is the content of the info note: six little-endian words.
type Note struct {
	Policy     Policy
	Flags      uint32
	CodeEnd    uint32 // offset of the table in the code section; code before it
	TableSlots uint32 // words of the table
}

func (n Note) encode() []byte {
	b := make([]byte, 0, 48)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(NoteName)+1))
	b = binary.LittleEndian.AppendUint32(b, 20)
	b = binary.LittleEndian.AppendUint32(b, NoteTypeInfo)
	b = append(b, NoteName...)
	b = append(b, 0, 0, 0, 0) // NUL and padding to 12 bytes
	for _, v := range []uint32{NoteVersion, uint32(n.Policy), n.Flags, n.CodeEnd, n.TableSlots} {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}
