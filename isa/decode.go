package isa

import (
	"errors"
	"fmt"

	"graftlab/isa/internal/spec"
)

// ErrReserved is the error of a word that is no instruction: the machine
// raises Reserved Instruction for it.
var ErrReserved = errors.New("reserved instruction")

// ErrCoprocessor is the error of a coprocessor 1, 2 or 3 instruction. graftlab
// has no such coprocessor: the machine raises Coprocessor Unusable.
var ErrCoprocessor = errors.New("coprocessor instruction")

// DecodeError tells why a word does not decode.
type DecodeError struct {
	Word        uint32
	Coprocessor int // 1-3 for a coprocessor instruction, else 0
}

func (e *DecodeError) Error() string {
	if e.Coprocessor != 0 {
		return fmt.Sprintf("coprocessor %d instruction %#08x: coprocessor unusable", e.Coprocessor, e.Word)
	}
	return fmt.Sprintf("reserved instruction %#08x", e.Word)
}

func (e *DecodeError) Unwrap() error {
	if e.Coprocessor != 0 {
		return ErrCoprocessor
	}
	return ErrReserved
}

var decodeTable = func() *[1 << spec.KeyBits]Op {
	var t [1 << spec.KeyBits]Op
	for _, k := range decodeKeys {
		t[k.key] = k.op
	}
	return &t
}()

// Lookup returns the operation of w without extracting its fields, or
// Invalid.
func Lookup(w uint32) Op {
	op := decodeTable[spec.Key(w)]
	if op == Invalid || w&opTable[op].Mask != opTable[op].Match {
		return Invalid
	}
	return op
}

// Decode decodes one instruction word.
func Decode(w uint32) (Inst, error) {
	op := Lookup(w)
	if op == Invalid {
		return Inst{}, &DecodeError{Word: w, Coprocessor: coprocessorOf(w)}
	}
	inst := Inst{Op: op}
	for _, f := range opTable[op].Fields {
		v := w >> f.Shift & (1<<f.Width - 1)
		switch f.Arg {
		case ArgRs:
			inst.Rs = Reg(v)
		case ArgRt, ArgCacheOp, ArgHint:
			inst.Rt = Reg(v)
		case ArgRd, ArgC0, ArgSR, ArgFCR, ArgHWR, ArgMSB, ArgMSBD, ArgHintX:
			inst.Rd = Reg(v)
		case ArgFs:
			inst.Fs = FReg(v)
		case ArgFt:
			inst.Ft = FReg(v)
		case ArgFd:
			inst.Fd = FReg(v)
		case ArgFr:
			inst.Fr = FReg(v)
		case ArgCC:
			inst.CC = uint8(v)
		case ArgSa, ArgStype, ArgLSB:
			inst.Sa = uint8(v)
		case ArgSel:
			inst.Sel = uint8(v)
		case ArgSImm, ArgOff:
			inst.Imm = int32(int16(v))
		case ArgUImm:
			inst.Imm = int32(v)
		case ArgTarget:
			inst.Target = v
		case ArgCode20, ArgCode19, ArgCode10:
			inst.Code = v
		}
	}
	return inst, nil
}

// coprocessorOf returns the coprocessor (1-3) that a word addresses: COPz,
// COP1X, LWCz, SWCz, LDCz, SDCz and MOVCI (which tests CP1 conditions).
func coprocessorOf(w uint32) int {
	switch w >> 26 {
	case 0x11, 0x13, 0x31, 0x35, 0x39, 0x3d:
		return 1
	case 0x12, 0x32, 0x36, 0x3a, 0x3e:
		return 2
	case 0x00:
		if w&0x3f == 0x01 {
			return 1 // MOVF/MOVT
		}
	}
	return 0
}
