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
//	Verify(obj, Options) (*Report, error)  check the code (and the signature when Keys are given)
//	Accept(obj, Config) error              what the kernel's graft loader calls: signature required unless Config.AllowUnsigned
//	*Violation                             a broken rule: function, offset, instruction, rule
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

	noteSection = ".note.graftlab.misfit"
	noteName    = "graftlab"
	noteInfo    = 1
	maxSlots    = 1 << 14

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

// Accept is the graft loader's check: by default the object must be signed
// by a trusted key, and its code must verify.
func Accept(obj []byte, c Config) error {
	if !c.AllowUnsigned || len(c.Keys) > 0 {
		if err := sign.Check(obj, c.Keys); err != nil {
			if !(c.AllowUnsigned && errors.Is(err, sign.ErrUnsigned)) {
				return err
			}
		}
	}
	_, err := Verify(obj, Options{Callable: c.Callable})
	return err
}

// Verify checks obj's code, and its signature when opt.Keys is not empty.
func Verify(obj []byte, opt Options) (*Report, error) {
	rep := &Report{}
	if len(opt.Keys) > 0 {
		if err := sign.Check(obj, opt.Keys); err != nil {
			return nil, err
		}
		rep.Signed = true
	}
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	v := &verifier{f: f, rep: rep, callable: map[string]bool{}}
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
	return rep, nil
}

// readNote finds the info note: policy, code end, table slots.
func readNote(f *object.File) (policy, flags, codeEnd, slots uint32, err error) {
	s := f.Section(noteSection)
	if s == nil {
		return 0, 0, 0, 0, ErrNotRewritten
	}
	d := s.Data
	for p := 0; p+12 <= len(d); {
		namesz := int(binary.LittleEndian.Uint32(d[p:]))
		descsz := int(binary.LittleEndian.Uint32(d[p+4:]))
		typ := binary.LittleEndian.Uint32(d[p+8:])
		if namesz > len(d) || descsz > len(d) {
			break
		}
		name := p + 12
		desc := name + (namesz+3)&^3
		next := desc + (descsz+3)&^3
		if next > len(d) {
			break
		}
		if typ == noteInfo && namesz == len(noteName)+1 && string(d[name:name+namesz-1]) == noteName {
			if descsz != 20 {
				return 0, 0, 0, 0, fmt.Errorf("%s: info note of %d bytes, want 20", noteSection, descsz)
			}
			w := func(i int) uint32 { return binary.LittleEndian.Uint32(d[desc+4*i:]) }
			if w(0) != 1 {
				return 0, 0, 0, 0, fmt.Errorf("%s: note version %d, want 1", noteSection, w(0))
			}
			return w(1), w(2), w(3), w(4), nil
		}
		p = next
	}
	return 0, 0, 0, 0, fmt.Errorf("%s: no info note", noteSection)
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
