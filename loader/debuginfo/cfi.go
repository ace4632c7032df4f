package debuginfo

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// RuleKind says where a register of the caller is kept.
type RuleKind uint8

const (
	RuleSame      RuleKind = iota // unchanged: the caller's value is the current one
	RuleUndefined                 // lost
	RuleOffset                    // saved in memory at CFA + Offset
	RuleValOffset                 // the value CFA + Offset itself
	RuleRegister                  // in register Reg
)

// RegRule is the rule for one register.
type RegRule struct {
	Kind   RuleKind
	Offset int32
	Reg    int
}

// Row is the CFI row at one address: the CFA is CFAReg + CFAOffset, and
// Rules say where the caller's registers are (a register without a rule
// keeps its value). RAReg is the column of the return address (31).
type Row struct {
	CFAReg    int
	CFAOffset int32
	Rules     map[int]RegRule
	RAReg     int
}

// fde is one frame description entry with its CIE's parameters.
type fde struct {
	begin, end  uint32
	codeAlign   uint64
	dataAlign   int64
	raReg       int
	initial     []byte // the CIE's initial instructions
	insts       []byte
	fromEHFrame bool
}

// readCFI reads .debug_frame and .eh_frame. Where both cover an address,
// .debug_frame wins (it is what -g adds; .eh_frame comes from libgcc).
func (d *Info) readCFI(f *elf.File) error {
	for _, name := range []string{".debug_frame", ".eh_frame"} {
		s := f.Section(name)
		if s == nil || s.Type == elf.SHT_NOBITS {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return fmt.Errorf("debuginfo: %s: %w", name, err)
		}
		fdes, err := parseFrames(data, uint32(s.Addr), name == ".eh_frame")
		if err != nil {
			return fmt.Errorf("debuginfo: %s: %w", name, err)
		}
		for _, e := range fdes {
			if _, ok := d.findFDE(e.begin); ok && e.fromEHFrame {
				continue
			}
			d.fdes = append(d.fdes, e)
		}
		sort.SliceStable(d.fdes, func(i, j int) bool { return d.fdes[i].begin < d.fdes[j].begin })
	}
	return nil
}

func (d *Info) findFDE(pc uint32) (*fde, bool) {
	i := sort.Search(len(d.fdes), func(i int) bool { return d.fdes[i].begin > pc }) - 1
	for ; i >= 0; i-- {
		if pc < d.fdes[i].end {
			return &d.fdes[i], true
		}
		if d.fdes[i].end <= d.fdes[i].begin {
			continue
		}
		break
	}
	return nil, false
}

// errTruncated reports a frame section that ends inside an entry.
var errTruncated = errors.New("truncated entry")

type cie struct {
	codeAlign uint64
	dataAlign int64
	raReg     int
	initial   []byte
	ptrEnc    byte
	hasAug    bool // 'z': FDEs carry augmentation data
}

// parseFrames parses the CIEs and FDEs of a .debug_frame (32-bit DWARF) or
// .eh_frame section loaded at addr.
func parseFrames(data []byte, addr uint32, eh bool) ([]fde, error) {
	cies := map[uint32]*cie{}
	var out []fde
	// CIEs may follow the FDEs that use them in .debug_frame: parse CIEs
	// first.
	for pass := 0; pass < 2; pass++ {
		for off := 0; off+4 <= len(data); {
			length := binary.LittleEndian.Uint32(data[off:])
			if length == 0 {
				if eh {
					break // .eh_frame's terminator
				}
				off += 4
				continue
			}
			if length == 0xffffffff {
				return nil, fmt.Errorf("entry at %#x: 64-bit DWARF is not supported", off)
			}
			if uint64(off)+4+uint64(length) > uint64(len(data)) || length < 4 {
				return nil, fmt.Errorf("entry at %#x: %w", off, errTruncated)
			}
			body := data[off+4 : off+4+int(length)]
			id := binary.LittleEndian.Uint32(body)
			isCIE := eh && id == 0 || !eh && id == 0xffffffff
			switch {
			case isCIE && pass == 0:
				c, err := parseCIE(body[4:], eh)
				if err != nil {
					return nil, fmt.Errorf("CIE at %#x: %w", off, err)
				}
				cies[uint32(off)] = c
			case !isCIE && pass == 1:
				cieOff := id
				if eh {
					cieOff = uint32(off+4) - id
				}
				c := cies[cieOff]
				if c == nil {
					return nil, fmt.Errorf("FDE at %#x: no CIE at %#x", off, cieOff)
				}
				e, err := parseFDE(body[4:], c, addr+uint32(off)+8, eh)
				if err != nil {
					return nil, fmt.Errorf("FDE at %#x: %w", off, err)
				}
				out = append(out, e)
			}
			off += 4 + int(length)
		}
	}
	return out, nil
}

func parseCIE(b []byte, eh bool) (*cie, error) {
	if len(b) < 1 {
		return nil, errTruncated
	}
	version := b[0]
	if version != 1 && version != 3 && version != 4 {
		return nil, fmt.Errorf("version %d is not supported", version)
	}
	b = b[1:]
	i := 0
	for i < len(b) && b[i] != 0 {
		i++
	}
	if i == len(b) {
		return nil, errTruncated
	}
	aug := string(b[:i])
	b = b[i+1:]
	if version == 4 {
		if len(b) < 2 {
			return nil, errTruncated
		}
		b = b[2:] // address size, segment size
	}
	c := &cie{}
	var n int
	if c.codeAlign, n = uleb(b); n == 0 {
		return nil, errTruncated
	}
	b = b[n:]
	if c.dataAlign, n = sleb(b); n == 0 {
		return nil, errTruncated
	}
	b = b[n:]
	if version == 1 {
		if len(b) < 1 {
			return nil, errTruncated
		}
		c.raReg, b = int(b[0]), b[1:]
	} else {
		var ra uint64
		if ra, n = uleb(b); n == 0 {
			return nil, errTruncated
		}
		c.raReg, b = int(ra), b[n:]
	}
	if len(aug) > 0 && aug[0] == 'z' {
		c.hasAug = true
		alen, n := uleb(b)
		if n == 0 || uint64(len(b)-n) < alen {
			return nil, errTruncated
		}
		augData := b[n : n+int(alen)]
		b = b[n+int(alen):]
		for _, ch := range aug[1:] {
			switch ch {
			case 'R':
				if len(augData) < 1 {
					return nil, errTruncated
				}
				c.ptrEnc, augData = augData[0], augData[1:]
			case 'L':
				if len(augData) < 1 {
					return nil, errTruncated
				}
				augData = augData[1:]
			case 'P':
				if len(augData) < 1 {
					return nil, errTruncated
				}
				enc := augData[0]
				size := encSize(enc)
				if size == 0 || len(augData) < 1+size {
					return nil, fmt.Errorf("personality encoding %#x not supported", enc)
				}
				augData = augData[1+size:]
			case 'S':
			default:
				return nil, fmt.Errorf("augmentation %q not supported", aug)
			}
		}
	} else if aug != "" {
		return nil, fmt.Errorf("augmentation %q not supported", aug)
	}
	if c.raReg < 0 || c.raReg > 31 {
		return nil, fmt.Errorf("return address column %d is not a MIPS register", c.raReg)
	}
	c.initial = b
	return c, nil
}

// encSize is the size of a DW_EH_PE pointer encoding's value, or 0 if not
// supported.
func encSize(enc byte) int {
	switch enc & 0x0f {
	case 0x00, 0x03, 0x0b: // absptr (32-bit here), udata4, sdata4
		return 4
	case 0x02, 0x0a: // udata2, sdata2
		return 2
	}
	return 0
}

func parseFDE(b []byte, c *cie, fieldAddr uint32, eh bool) (fde, error) {
	e := fde{codeAlign: c.codeAlign, dataAlign: c.dataAlign, raReg: c.raReg, initial: c.initial, fromEHFrame: eh}
	enc := byte(0)
	if eh {
		enc = c.ptrEnc
	}
	size := encSize(enc)
	if size == 0 || enc&0x70 != 0 && enc&0x70 != 0x10 {
		return e, fmt.Errorf("pointer encoding %#x not supported", enc)
	}
	if len(b) < 2*size {
		return e, errTruncated
	}
	read := func(p []byte) uint32 {
		if size == 2 {
			v := uint32(binary.LittleEndian.Uint16(p))
			if enc&0x08 != 0 {
				v = uint32(int32(int16(v)))
			}
			return v
		}
		return binary.LittleEndian.Uint32(p)
	}
	e.begin = read(b)
	if enc&0x70 == 0x10 { // pcrel
		e.begin += fieldAddr
	}
	e.end = e.begin + read(b[size:])
	b = b[2*size:]
	if c.hasAug {
		// Skip the FDE's augmentation data.
		alen, n := uleb(b)
		if n == 0 || uint64(len(b)-n) < alen {
			return e, errTruncated
		}
		b = b[n+int(alen):]
	}
	e.insts = b
	return e, nil
}

// FrameRule returns the CFI row that holds at pc, and whether any FDE
// covers pc.
func (d *Info) FrameRule(pc uint32) (Row, error) {
	e, ok := d.findFDE(pc)
	if !ok {
		return Row{}, fmt.Errorf("no call-frame information for %#08x", pc)
	}
	return e.row(pc)
}

// row runs the CIE's initial instructions and the FDE's up to pc.
func (e *fde) row(pc uint32) (Row, error) {
	st := &cfaState{row: Row{Rules: map[int]RegRule{}, RAReg: e.raReg}, loc: e.begin, e: e}
	if err := st.exec(e.initial, ^uint32(0)); err != nil {
		return Row{}, err
	}
	st.initial = cloneRules(st.row.Rules)
	if err := st.exec(e.insts, pc); err != nil {
		return Row{}, err
	}
	return st.row, nil
}

func cloneRules(m map[int]RegRule) map[int]RegRule {
	c := make(map[int]RegRule, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

type cfaState struct {
	row     Row
	initial map[int]RegRule
	stack   []Row
	loc     uint32
	e       *fde
}

// exec runs CFA instructions until the location passes pc.
func (s *cfaState) exec(p []byte, pc uint32) error {
	for len(p) > 0 {
		op := p[0]
		p = p[1:]
		var n int
		advance := func(delta uint64) bool {
			s.loc += uint32(delta * s.e.codeAlign)
			return s.loc > pc
		}
		reg := func() (int, bool) {
			r, k := uleb(p)
			if k == 0 || r > 31 {
				return 0, false
			}
			p = p[k:]
			return int(r), true
		}
		// offset reads an offset operand: an unsigned LEB128, or a signed
		// one when signed.
		offset := func(signed bool) (int64, bool) {
			var v int64
			var k int
			if signed {
				v, k = sleb(p)
			} else {
				var u uint64
				u, k = uleb(p)
				v = int64(u)
			}
			if k == 0 {
				return 0, false
			}
			p = p[k:]
			return v, true
		}
		bad := fmt.Errorf("malformed CFA instruction %#x", op)
		switch op >> 6 {
		case 1: // DW_CFA_advance_loc
			if advance(uint64(op & 0x3f)) {
				return nil
			}
			continue
		case 2: // DW_CFA_offset
			var off uint64
			if off, n = uleb(p); n == 0 || op&0x3f > 31 {
				return bad
			}
			p = p[n:]
			s.row.Rules[int(op&0x3f)] = RegRule{Kind: RuleOffset, Offset: int32(int64(off) * s.e.dataAlign)}
			continue
		case 3: // DW_CFA_restore
			s.restore(int(op & 0x3f))
			continue
		}
		switch op {
		case 0x00: // nop
		case 0x01: // set_loc
			if len(p) < 4 {
				return bad
			}
			s.loc = binary.LittleEndian.Uint32(p)
			p = p[4:]
			if s.loc > pc {
				return nil
			}
		case 0x02, 0x03, 0x04: // advance_loc1, 2, 4
			size := 1 << (op - 2)
			if len(p) < size {
				return bad
			}
			var delta uint64
			for i := size - 1; i >= 0; i-- {
				delta = delta<<8 | uint64(p[i])
			}
			p = p[size:]
			if advance(delta) {
				return nil
			}
		case 0x05, 0x11, 0x14, 0x15: // offset_extended(_sf), val_offset(_sf)
			r, ok := reg()
			if !ok {
				return bad
			}
			off, ok := offset(op == 0x11 || op == 0x15)
			if !ok {
				return bad
			}
			kind := RuleOffset
			if op == 0x14 || op == 0x15 {
				kind = RuleValOffset
			}
			s.row.Rules[r] = RegRule{Kind: kind, Offset: int32(off * s.e.dataAlign)}
		case 0x06: // restore_extended
			r, ok := reg()
			if !ok {
				return bad
			}
			s.restore(r)
		case 0x07, 0x08: // undefined, same_value
			r, ok := reg()
			if !ok {
				return bad
			}
			if op == 0x07 {
				s.row.Rules[r] = RegRule{Kind: RuleUndefined}
			} else {
				delete(s.row.Rules, r)
			}
		case 0x09: // register
			r, ok := reg()
			if !ok {
				return bad
			}
			r2v, ok := reg()
			if !ok {
				return bad
			}
			s.row.Rules[r] = RegRule{Kind: RuleRegister, Reg: r2v}
		case 0x0a: // remember_state
			if len(s.stack) >= 64 {
				return bad
			}
			s.stack = append(s.stack, Row{CFAReg: s.row.CFAReg, CFAOffset: s.row.CFAOffset, Rules: cloneRules(s.row.Rules), RAReg: s.row.RAReg})
		case 0x0b: // restore_state
			if len(s.stack) == 0 {
				return bad
			}
			s.row = s.stack[len(s.stack)-1]
			s.stack = s.stack[:len(s.stack)-1]
		case 0x0c, 0x12: // def_cfa, def_cfa_sf
			r, ok := reg()
			if !ok {
				return bad
			}
			off, ok := offset(op == 0x12)
			if !ok {
				return bad
			}
			if op == 0x12 {
				off *= s.e.dataAlign
			}
			s.row.CFAReg, s.row.CFAOffset = r, int32(off)
		case 0x0d: // def_cfa_register
			r, ok := reg()
			if !ok {
				return bad
			}
			s.row.CFAReg = r
		case 0x0e, 0x13: // def_cfa_offset, def_cfa_offset_sf
			off, ok := offset(op == 0x13)
			if !ok {
				return bad
			}
			if op == 0x13 {
				off *= s.e.dataAlign
			}
			s.row.CFAOffset = int32(off)
		case 0x2e: // GNU_args_size
			if _, n = uleb(p); n == 0 {
				return bad
			}
			p = p[n:]
		default:
			return fmt.Errorf("CFA instruction %#x is not supported", op)
		}
	}
	return nil
}

func (s *cfaState) restore(r int) {
	if rule, ok := s.initial[r]; ok {
		s.row.Rules[r] = rule
	} else {
		delete(s.row.Rules, r)
	}
}

// uleb decodes an unsigned LEB128 number; n is 0 when it is malformed.
func uleb(b []byte) (v uint64, n int) {
	var shift uint
	for i, c := range b {
		if shift >= 64 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}

// sleb decodes a signed LEB128 number; n is 0 when it is malformed.
func sleb(b []byte) (v int64, n int) {
	var shift uint
	for i, c := range b {
		if shift >= 64 {
			return 0, 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return 0, 0
}
