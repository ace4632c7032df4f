package isa

import "fmt"

// EncodeError tells why an Inst does not encode.
type EncodeError struct {
	Inst   Inst
	Reason string
}

func (e *EncodeError) Error() string {
	return fmt.Sprintf("encode %s: %s", e.Inst.Op, e.Reason)
}

// Encode returns the word of inst. It is the inverse of Decode: every member
// the operation uses must fit its field, and every other member must be zero.
func Encode(inst Inst) (uint32, error) {
	if !inst.Op.Valid() {
		return 0, &EncodeError{inst, "invalid operation"}
	}
	info := &opTable[inst.Op]
	w := info.Match
	used := Inst{Op: inst.Op}
	for _, f := range info.Fields {
		var v uint32
		var signed bool
		switch f.Arg {
		case ArgRs:
			v, used.Rs = uint32(inst.Rs), inst.Rs
		case ArgRt, ArgCacheOp, ArgHint:
			v, used.Rt = uint32(inst.Rt), inst.Rt
		case ArgRd, ArgC0, ArgSR, ArgFCR, ArgHWR, ArgMSB, ArgMSBD, ArgHintX:
			v, used.Rd = uint32(inst.Rd), inst.Rd
		case ArgFs:
			v, used.Fs = uint32(inst.Fs), inst.Fs
		case ArgFt:
			v, used.Ft = uint32(inst.Ft), inst.Ft
		case ArgFd:
			v, used.Fd = uint32(inst.Fd), inst.Fd
		case ArgFr:
			v, used.Fr = uint32(inst.Fr), inst.Fr
		case ArgCC:
			v, used.CC = uint32(inst.CC), inst.CC
		case ArgSa, ArgStype, ArgLSB:
			v, used.Sa = uint32(inst.Sa), inst.Sa
		case ArgSel:
			v, used.Sel = uint32(inst.Sel), inst.Sel
		case ArgSImm, ArgOff:
			v, used.Imm, signed = uint32(inst.Imm), inst.Imm, true
		case ArgUImm:
			v, used.Imm = uint32(inst.Imm), inst.Imm
		case ArgTarget:
			v, used.Target = inst.Target, inst.Target
		case ArgCode20, ArgCode19, ArgCode10:
			v, used.Code = inst.Code, inst.Code
		}
		limit := uint32(1)<<f.Width - 1
		if signed {
			if s := int32(v); s < -1<<(f.Width-1) || s > 1<<(f.Width-1)-1 {
				return 0, &EncodeError{inst, fmt.Sprintf("%s %d out of range [%d, %d]", f.Arg, s, -1<<(f.Width-1), 1<<(f.Width-1)-1)}
			}
			v &= limit
		} else if v > limit {
			return 0, &EncodeError{inst, fmt.Sprintf("%s %d out of range [0, %d]", f.Arg, v, limit)}
		}
		w |= v << f.Shift
	}
	if used != inst {
		return 0, &EncodeError{inst, "sets a field the instruction does not have"}
	}
	return w, nil
}

// MustEncode is Encode for instructions built from constants in Go code; it
// panics on an error, which is a bug in that code.
func MustEncode(inst Inst) uint32 {
	w, err := Encode(inst)
	if err != nil {
		panic(err)
	}
	return w
}
