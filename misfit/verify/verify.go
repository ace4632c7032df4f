// Package verify is MiSFIT's independent verifier: it decides from a
// rewritten graft object alone whether every memory access and every
// indirect jump of its code is confined, and checks its signature.
//
// It is written apart from the rewriter (package misfit) and imports none of
// it: it reads the object with loader/object, decodes with isa, and
// recognises the inserted sequences from its own description of them
// (doc/misfit.md, "Verifier rules"). The rewriter is not trusted: whatever
// it emits, this package must refuse anything unsafe.
//
// API:
//
//	Verify(obj, Options) (*Report, error)       check the code (and the signature when Keys are given)
//	Accept(obj, Config) error                   check the signature (required unless Config.AllowUnsigned) and the code
//	Load(obj, Config, Placement) (*Image, error) what a kernel calls: Accept, then place and link the graft with
//	                                            this package's own linker and confirm that every linked code word
//	                                            is what was verified; the kernel copies Image as it is, enters it
//	                                            only at Image.Entries and passes Image.Return as ra
//	LinkUnchecked(obj, Placement)               link without verifying (unrewritten baselines only)
//	*Violation                                  a broken rule: function, offset, instruction, rule
//
// The verdict is about the bytes that run (link.go): nothing a kernel uses
// comes from the object except through Load.
//
// The rules, briefly: one code section; no privileged or unsafe instruction;
// the dedicated registers s5 (mask) and s6 (base) are never written, s4 and
// s7 only inside recognised sequences, sp only when the next instruction
// begins its check; every load and store goes through s7 or sp (sandbox
// policy) or follows a check of its base register (check policy); every jr
// and jalr is the last instruction of the table check and jumps through s4;
// no branch lands inside a sequence, in a delay slot, or outside the code;
// the code cannot fall into the table; every table word is a code address
// where landing is allowed.
package verify

import (
	"crypto/ed25519"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"

	"graftlab/isa"
	"graftlab/loader/object"
	"graftlab/misfit/sign"
)

// The ABI, as the verifier understands it (doc/misfit.md).
const (
	regTarget = isa.S4
	regMask   = isa.S5
	regBase   = isa.S6
	regAddr   = isa.S7

	noteSection   = ".note.graftlab.misfit"
	noteName      = "graftlab"
	noteInfo      = 1
	noteSignature = 2
	maxSlots      = 1 << 14

	policySandbox = 0
	policyCheck   = 1
)

// DefaultCallable is the verifier's own copy of the default graft-callable
// list (doc/misfit.md); misfit_return and misfit_fault are always allowed.
var DefaultCallable = []string{
	"memcpy", "memmove", "memset", "memcmp",
	"__divdi3", "__moddi3", "__udivdi3", "__umoddi3",
	"graft_log", "graft_time",
}

var alwaysCallable = []string{"misfit_return", "misfit_fault"}

// Options control Verify.
type Options struct {
	// Callable is the kernel's graft-callable list; nil means DefaultCallable.
	Callable []string
	// Keys, when not empty, are trusted signing keys: the object must carry
	// a good signature by one of them.
	Keys []ed25519.PublicKey
}

// Config is the kernel loader's configuration for Accept.
type Config struct {
	Keys     []ed25519.PublicKey
	Callable []string
	// AllowUnsigned accepts grafts without a signature (still verified).
	// The default, false, requires a good signature by one of Keys.
	AllowUnsigned bool
}

// Report describes an accepted graft.
type Report struct {
	Policy       string
	CodeWords    int
	TableSlots   int
	Accesses     int // loads and stores checked
	Indirect     int // checked indirect jumps (returns included)
	LeafReturns  int // returns left unchecked: ra is the caller's (rule 6a)
	Sequences    int // recognised inserted sequences
	Signed       bool
	SignatureKey ed25519.PublicKey
}

// Violation is a broken rule.
type Violation struct {
	Func    string // enclosing function, "" if unknown
	FuncOff uint32
	Offset  uint32 // in the code section
	Inst    string
	Rule    string
}

func (v *Violation) Error() string {
	where := fmt.Sprintf(".text+%#x", v.Offset)
	if v.Func != "" {
		where = fmt.Sprintf("%s+%#x (%s)", v.Func, v.FuncOff, where)
	}
	if v.Inst != "" {
		return fmt.Sprintf("%s: %s: %s", where, v.Inst, v.Rule)
	}
	return fmt.Sprintf("%s: %s", where, v.Rule)
}

// ErrNotRewritten: the object has no MiSFIT note.
var ErrNotRewritten = errors.New("not a MiSFIT-rewritten object (no " + noteSection + ")")

// Accept checks a graft as a kernel's loader would before linking it: by
// default the object must be signed by a trusted key, and its code must
// verify. A kernel should call Load instead, which also links the graft and
// confirms that the linked code is what was verified.
func Accept(obj []byte, c Config) error {
	if !c.AllowUnsigned || len(c.Keys) > 0 {
		if err := checkSignature(obj, c); err != nil {
			return err
		}
	}
	_, err := verifyObject(obj, Options{Callable: c.Callable})
	return err
}

// checkSignature: a good signature by one of c.Keys; with AllowUnsigned, an
// object without a signature passes (a bad or untrusted one does not).
func checkSignature(obj []byte, c Config) error {
	err := sign.Check(obj, c.Keys)
	if err != nil && c.AllowUnsigned && errors.Is(err, sign.ErrUnsigned) {
		return nil
	}
	return err
}

// Verify checks obj's code, and its signature when opt.Keys is not empty.
func Verify(obj []byte, opt Options) (*Report, error) {
	var signed bool
	if len(opt.Keys) > 0 {
		if err := sign.Check(obj, opt.Keys); err != nil {
			return nil, err
		}
		signed = true
	}
	v, err := verifyObject(obj, opt)
	if err != nil {
		return nil, err
	}
	v.rep.Signed = signed
	return v.rep, nil
}

// verifyObject runs the code rules on obj and returns the verifier with its
// model of the code (for confirm).
func verifyObject(obj []byte, opt Options) (*verifier, error) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	v := &verifier{f: f, rep: &Report{}, callable: map[string]bool{}}
	list := opt.Callable
	if list == nil {
		list = DefaultCallable
	}
	for _, s := range append(list, alwaysCallable...) {
		v.callable[s] = true
	}
	if err := v.run(); err != nil {
		return nil, err
	}
	return v, nil
}

// readNote finds the info note: policy, code end, table slots. The note
// section may hold the info note once and the signature note at most once,
// both named "graftlab", and nothing else.
func readNote(f *object.File) (policy, flags, codeEnd, slots uint32, err error) {
	var s *object.Section
	for _, sec := range f.Sections {
		if sec.Name == noteSection {
			if s != nil {
				return 0, 0, 0, 0, fmt.Errorf("two %s sections", noteSection)
			}
			s = sec
		}
	}
	if s == nil {
		return 0, 0, 0, 0, ErrNotRewritten
	}
	d := s.Data
	var info []byte
	seen := map[uint32]bool{}
	for p := 0; p < len(d); {
		if p+12 > len(d) {
			return 0, 0, 0, 0, fmt.Errorf("%s: truncated note header at %#x", noteSection, p)
		}
		namesz := uint64(binary.LittleEndian.Uint32(d[p:]))
		descsz := uint64(binary.LittleEndian.Uint32(d[p+4:]))
		typ := binary.LittleEndian.Uint32(d[p+8:])
		name := uint64(p) + 12
		desc := name + (namesz+3)&^3
		next := desc + (descsz+3)&^3
		if next > uint64(len(d)) {
			return 0, 0, 0, 0, fmt.Errorf("%s: note at %#x runs past the section", noteSection, p)
		}
		if namesz != uint64(len(noteName)+1) || string(d[name:name+namesz]) != noteName+"\x00" {
			return 0, 0, 0, 0, fmt.Errorf("%s: note at %#x is not named %q", noteSection, p, noteName)
		}
		if typ != noteInfo && typ != noteSignature {
			return 0, 0, 0, 0, fmt.Errorf("%s: note at %#x has unknown type %d", noteSection, p, typ)
		}
		if seen[typ] {
			return 0, 0, 0, 0, fmt.Errorf("%s: two notes of type %d", noteSection, typ)
		}
		seen[typ] = true
		if typ == noteInfo {
			info = d[desc : desc+descsz]
		}
		p = int(next)
	}
	if info == nil {
		return 0, 0, 0, 0, fmt.Errorf("%s: no info note", noteSection)
	}
	if len(info) != 20 {
		return 0, 0, 0, 0, fmt.Errorf("%s: info note of %d bytes, want 20", noteSection, len(info))
	}
	w := func(i int) uint32 { return binary.LittleEndian.Uint32(info[4*i:]) }
	if w(0) != 1 {
		return 0, 0, 0, 0, fmt.Errorf("%s: note version %d, want 1", noteSection, w(0))
	}
	return w(1), w(2), w(3), w(4), nil
}

// codeSection returns the only executable section.
func codeSection(f *object.File) (*object.Section, error) {
	var text *object.Section
	for _, s := range f.Sections {
		if s.Flags&uint32(elf.SHF_EXECINSTR) == 0 {
			continue
		}
		if text != nil {
			return nil, fmt.Errorf("two code sections, %s and %s", text.Name, s.Name)
		}
		text = s
	}
	if text == nil {
		return nil, errors.New("no code section")
	}
	if text.Flags&uint32(elf.SHF_WRITE) != 0 {
		return nil, fmt.Errorf("%s is writable", text.Name)
	}
	if text.Type != uint32(elf.SHT_PROGBITS) {
		return nil, fmt.Errorf("%s is not PROGBITS", text.Name)
	}
	return text, nil
}
