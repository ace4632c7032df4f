// Package sign signs MiSFIT-rewritten grafts with ed25519 and checks their
// signatures: VINO's proof that a graft went through MiSFIT.
//
// The signature is an ELF note in the rewritten object's note section
// (.note.graftlab.misfit): name "graftlab", type 2, a 96-byte descriptor
// holding the signer's public key (32 bytes) and the signature (64 bytes).
// The signature covers the whole object file as written, with the 64
// signature bytes set to zero; since the rewriter's output is deterministic
// and the note has a fixed size, signing changes nothing but those bytes.
//
// Keys are text files (doc/misfit.md, "Keys"):
//
//	graftlab-ed25519-private-key <base64 of the 32-byte seed>
//	graftlab-ed25519-public-key <base64 of the 32-byte public key>
//
// The kernel's graft loader calls Check (through misfit/verify.Accept) with
// its trusted keys; Check refuses unsigned objects and objects signed by
// any other key.
package sign

import (
	"bytes"
	"crypto/ed25519"
	"debug/elf"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"graftlab/loader/object"
)

// SectionName is the note section that carries the signature.
const SectionName = ".note.graftlab.misfit"

const (
	noteName    = "graftlab"
	noteTypeSig = 2
	descSize    = ed25519.PublicKeySize + ed25519.SignatureSize
	privPrefix  = "graftlab-ed25519-private-key"
	pubPrefix   = "graftlab-ed25519-public-key"
)

var (
	// ErrUnsigned: the object carries no signature note.
	ErrUnsigned = errors.New("graft is not signed")
	// ErrBadSignature: the signature does not match the object.
	ErrBadSignature = errors.New("graft signature does not verify")
	// ErrUntrustedKey: signed by a key the kernel does not trust.
	ErrUntrustedKey = errors.New("graft is signed by an untrusted key")
	// ErrKeyFormat: a key file is malformed.
	ErrKeyFormat = errors.New("malformed key file")
)

// GenerateKey makes a key pair from rand (crypto/rand.Reader in use).
func GenerateKey(rand io.Reader) (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKey(rand)
}

// MarshalPrivateKey and MarshalPublicKey encode keys as key files.
func MarshalPrivateKey(k ed25519.PrivateKey) []byte {
	return []byte(privPrefix + " " + base64.StdEncoding.EncodeToString(k.Seed()) + "\n")
}

func MarshalPublicKey(k ed25519.PublicKey) []byte {
	return []byte(pubPrefix + " " + base64.StdEncoding.EncodeToString(k) + "\n")
}

func parseKeyLine(data []byte, prefix string, size int) ([]byte, error) {
	s := strings.TrimRight(string(data), "\r\n")
	if strings.ContainsAny(s, "\n") {
		return nil, fmt.Errorf("%w: want one line", ErrKeyFormat)
	}
	rest, ok := strings.CutPrefix(s, prefix+" ")
	if !ok {
		return nil, fmt.Errorf("%w: want a line starting %q", ErrKeyFormat, prefix)
	}
	// The decoder skips \r and \n even in strict mode: allow only the
	// alphabet, so that a key has exactly one spelling.
	for _, c := range rest {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			return nil, fmt.Errorf("%w: %q is not base64", ErrKeyFormat, c)
		}
	}
	b, err := base64.StdEncoding.Strict().DecodeString(rest)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKeyFormat, err)
	}
	if len(b) != size {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrKeyFormat, len(b), size)
	}
	return b, nil
}

// ParsePrivateKey reads a private key file.
func ParsePrivateKey(data []byte) (ed25519.PrivateKey, error) {
	seed, err := parseKeyLine(data, privPrefix, ed25519.SeedSize)
	if err != nil {
		return nil, err
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// ParsePublicKey reads a public key file, or the public half of a private
// key file.
func ParsePublicKey(data []byte) (ed25519.PublicKey, error) {
	if bytes.HasPrefix(data, []byte(privPrefix)) {
		k, err := ParsePrivateKey(data)
		if err != nil {
			return nil, err
		}
		return k.Public().(ed25519.PublicKey), nil
	}
	b, err := parseKeyLine(data, pubPrefix, ed25519.PublicKeySize)
	if err != nil {
		return nil, err
	}
	return ed25519.PublicKey(b), nil
}

// EmptyNote returns a signature note for key with a zero signature, for the
// rewriter to append to its note section before marshalling.
func EmptyNote(key ed25519.PrivateKey) []byte {
	b := make([]byte, 0, 24+descSize)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(noteName)+1))
	b = binary.LittleEndian.AppendUint32(b, descSize)
	b = binary.LittleEndian.AppendUint32(b, noteTypeSig)
	b = append(b, noteName...)
	b = append(b, 0, 0, 0, 0)
	b = append(b, key.Public().(ed25519.PublicKey)...)
	return append(b, make([]byte, ed25519.SignatureSize)...)
}

// Sign fills in the signature of obj, which must carry EmptyNote(key) in its
// note section. It returns a new slice.
func Sign(obj []byte, key ed25519.PrivateKey) ([]byte, error) {
	pubOff, err := findSignature(obj)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(obj[pubOff:pubOff+ed25519.PublicKeySize], key.Public().(ed25519.PublicKey)) {
		return nil, errors.New("sign: the note names another public key")
	}
	out := bytes.Clone(obj)
	sigOff := pubOff + ed25519.PublicKeySize
	clear(out[sigOff : sigOff+ed25519.SignatureSize])
	copy(out[sigOff:], ed25519.Sign(key, out))
	return out, nil
}

// Check verifies obj's signature against the trusted keys. With no keys it
// refuses everything.
func Check(obj []byte, trusted []ed25519.PublicKey) error {
	pubOff, err := findSignature(obj)
	if err != nil {
		return err
	}
	pub := ed25519.PublicKey(obj[pubOff : pubOff+ed25519.PublicKeySize])
	ok := false
	for _, k := range trusted {
		if bytes.Equal(k, pub) {
			ok = true
		}
	}
	if !ok {
		return ErrUntrustedKey
	}
	sigOff := pubOff + ed25519.PublicKeySize
	sig := bytes.Clone(obj[sigOff : sigOff+ed25519.SignatureSize])
	msg := bytes.Clone(obj)
	clear(msg[sigOff : sigOff+ed25519.SignatureSize])
	if !ed25519.Verify(pub, msg, sig) {
		return ErrBadSignature
	}
	return nil
}

// findSignature returns the file offset of the signature note's descriptor.
func findSignature(obj []byte) (int, error) {
	off, size, err := noteSection(obj)
	if err != nil {
		return 0, err
	}
	end := off + size
	for p := off; p+12 <= end; {
		namesz := int(binary.LittleEndian.Uint32(obj[p:]))
		descsz := int(binary.LittleEndian.Uint32(obj[p+4:]))
		typ := binary.LittleEndian.Uint32(obj[p+8:])
		if namesz > size || descsz > size {
			return 0, fmt.Errorf("sign: malformed note at file offset %#x", p)
		}
		name := p + 12
		desc := name + (namesz+3)&^3
		next := desc + (descsz+3)&^3
		if next > end {
			return 0, fmt.Errorf("sign: note at file offset %#x overruns its section", p)
		}
		if typ == noteTypeSig && namesz == len(noteName)+1 && string(obj[name:name+namesz-1]) == noteName && descsz == descSize {
			return desc, nil
		}
		p = next
	}
	return 0, ErrUnsigned
}

// noteSection finds SectionName in an ELF32 little-endian file by its
// section headers.
func noteSection(obj []byte) (off, size int, err error) {
	bad := func(what string) (int, int, error) {
		return 0, 0, fmt.Errorf("sign: not an ELF32 little-endian object: %s", what)
	}
	if len(obj) < 52 || string(obj[:4]) != "\x7fELF" || obj[4] != 1 || obj[5] != 1 {
		return bad("header")
	}
	shoff := int(binary.LittleEndian.Uint32(obj[0x20:]))
	shentsize := int(binary.LittleEndian.Uint16(obj[0x2e:]))
	shnum := int(binary.LittleEndian.Uint16(obj[0x30:]))
	shstrndx := int(binary.LittleEndian.Uint16(obj[0x32:]))
	if shentsize != 40 || shoff < 0 || shoff > len(obj) || shnum*40 > len(obj)-shoff || shstrndx >= shnum {
		return bad("section headers")
	}
	hdr := func(i int) (name, typ, off, size int) {
		h := obj[shoff+40*i:]
		return int(binary.LittleEndian.Uint32(h)), int(binary.LittleEndian.Uint32(h[4:])),
			int(binary.LittleEndian.Uint32(h[16:])), int(binary.LittleEndian.Uint32(h[20:]))
	}
	_, _, stro, strs := hdr(shstrndx)
	if stro < 0 || strs < 0 || stro > len(obj) || strs > len(obj)-stro {
		return bad("section-name table")
	}
	strtab := obj[stro : stro+strs]
	found := -1
	for i := 0; i < shnum; i++ {
		n, typ, o, s := hdr(i)
		if n < 0 || n >= len(strtab) || typ == 8 /* SHT_NOBITS */ {
			continue
		}
		name := strtab[n:]
		if j := bytes.IndexByte(name, 0); j >= 0 {
			name = name[:j]
		}
		if string(name) != SectionName {
			continue
		}
		if found >= 0 {
			return bad("two " + SectionName + " sections")
		}
		if o < 0 || s < 0 || o > len(obj) || s > len(obj)-o {
			return bad(SectionName + " outside the file")
		}
		found, off, size = i, o, s
	}
	if found < 0 {
		return 0, 0, ErrUnsigned
	}
	return off, size, nil
}

// SignObject signs an object that does not carry a signature yet: the
// signature note is appended to its note section (SectionName, made if it
// has none, as for an object MiSFIT did not rewrite), the object is
// written again, and the note is filled in. This is how a trusted
// compiler signs its output for the kernel (doc/spin.md), and how a
// rewritten object is signed after something was added to it (a
// manifest). An object that is signed already is refused.
func SignObject(obj []byte, key ed25519.PrivateKey) ([]byte, error) {
	if _, err := findSignature(obj); err == nil {
		return nil, errors.New("sign: the object is signed already")
	}
	f, err := object.Parse(obj)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	note := EmptyNote(key)
	if s := f.Section(SectionName); s != nil {
		if s.Type != uint32(elf.SHT_NOTE) || s.Flags&uint32(elf.SHF_ALLOC) != 0 {
			return nil, fmt.Errorf("sign: %s is not a note section outside the image", SectionName)
		}
		s.Data = append(bytes.Clone(s.Data), note...)
		s.Size = 0
	} else {
		f.Sections = append(f.Sections, &object.Section{Name: SectionName, Type: uint32(elf.SHT_NOTE), Align: 4, Data: note})
	}
	out, err := f.Marshal()
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return Sign(out, key)
}
