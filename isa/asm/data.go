package asm

import (
	"math/bits"
)

// dataDirective returns the handler of .byte, .half, .word and the like:
// size bytes per value; aligned values align themselves unless ".align 0"
// turned that off (MIPS GNU as behaviour).
func dataDirective(size int, aligned bool) func(*assembler, string, *cursor) {
	return func(a *assembler, _ string, c *cursor) {
		if aligned && a.autoAlign {
			a.align(uint8(bits.TrailingZeros(uint(size))), 0, 0)
		}
		if c.eof() {
			return
		}
		for {
			n := a.parseExpr(c)
			if n == nil {
				return
			}
			a.emitValue(n, size)
			if !c.accept(',') {
				break
			}
		}
		a.endOfStatement(c)
	}
}

// emitValue appends an expression of size bytes, with a fixup when it is
// not yet a constant.
func (a *assembler) emitValue(n *node, size int) {
	kind := map[int]fixKind{1: fixData1, 2: fixData2, 4: fixData4, 8: fixData8}[size]
	off := a.cur.offset()
	v, err := a.eval(n, false)
	if err == nil && v.isConst() {
		a.emitFill(1, size, uint64(v.off))
		return
	}
	a.emitFill(1, size, 0)
	if a.cur.offset() == off+uint32(size) {
		a.addFixup(off, kind, n, v)
	}
}

// dirLEB handles .uleb128 and .sleb128.
func dirLEB(a *assembler, name string, c *cursor) {
	signed := name == ".sleb128"
	for {
		n := a.parseExpr(c)
		if n == nil {
			return
		}
		v, err := a.eval(n, false)
		if err == nil && v.isConst() {
			a.emit(appendLEB(nil, v.off, signed))
		} else {
			off := a.cur.offset()
			a.emitFill(5, 1, 0)
			kind := fixULEB
			if signed {
				kind = fixSLEB
			}
			if a.cur.offset() == off+5 {
				a.addFixup(off, kind, n, v)
			}
		}
		if !c.accept(',') {
			break
		}
	}
	a.endOfStatement(c)
}

// appendLEB appends the shortest LEB128 encoding of v.
func appendLEB(b []byte, v int64, signed bool) []byte {
	for {
		x := byte(v & 0x7f)
		if signed {
			v >>= 7
			if v == 0 && x&0x40 == 0 || v == -1 && x&0x40 != 0 {
				return append(b, x)
			}
		} else {
			v = int64(uint64(v) >> 7)
			if v == 0 {
				return append(b, x)
			}
		}
		b = append(b, x|0x80)
	}
}

// dirString handles .ascii, .asciz and .string.
func dirString(a *assembler, name string, c *cursor) {
	for {
		s, ok := a.parseString(c)
		if !ok {
			return
		}
		b := []byte(s)
		if name != ".ascii" {
			b = append(b, 0)
		}
		a.emit(b)
		if !c.accept(',') {
			break
		}
	}
	a.endOfStatement(c)
}

// dirSpace handles .space/.skip size[,fill] and .zero size.
func dirSpace(a *assembler, name string, c *cursor) {
	n, ok := a.absolute(c)
	if !ok {
		return
	}
	var fill int64
	if name != ".zero" && c.accept(',') {
		if fill, ok = a.absolute(c); !ok {
			return
		}
	}
	a.endOfStatement(c)
	if n < 0 {
		a.err("%s size %d is negative", name, n)
		return
	}
	a.emitFill(uint64(n), 1, uint64(fill))
}

// dirFill handles .fill repeat[,size[,value]].
func dirFill(a *assembler, _ string, c *cursor) {
	rep, ok := a.absolute(c)
	if !ok {
		return
	}
	size, val := int64(1), int64(0)
	if c.accept(',') {
		if size, ok = a.absolute(c); !ok {
			return
		}
		if c.accept(',') {
			if val, ok = a.absolute(c); !ok {
				return
			}
		}
	}
	a.endOfStatement(c)
	if rep < 0 || size < 0 {
		a.err(".fill repeat count and size must not be negative")
		return
	}
	size = min(size, 8)
	if size > 4 { // GNU as stores the value in the low four bytes
		val = int64(uint32(val))
	}
	a.emitFill(uint64(rep), int(size), uint64(val))
}

// dirAlign handles .align (a power of two on MIPS), .p2align and .balign.
func dirAlign(a *assembler, name string, c *cursor) {
	n, ok := a.absolute(c)
	if !ok {
		return
	}
	fill, max := int64(0), int64(0)
	if c.accept(',') {
		if c.peek() != ',' {
			if fill, ok = a.absolute(c); !ok {
				return
			}
		}
		if c.accept(',') {
			if max, ok = a.absolute(c); !ok {
				return
			}
		}
	}
	a.endOfStatement(c)
	if name == ".balign" {
		if n != 0 && n&(n-1) != 0 {
			a.err("alignment %d is not a power of 2", n)
			return
		}
		if n != 0 {
			n = int64(bits.TrailingZeros64(uint64(n)))
		}
	}
	if n < 0 {
		n = 0
	}
	if n > 28 {
		a.err("alignment too large (at most 2**28)")
		return
	}
	if name == ".align" {
		if n == 0 {
			a.autoAlign = false
			return
		}
		a.autoAlign = true
		a.align(uint8(n), byte(fill), 0)
		return
	}
	// Only .align moves the labels defined just before it.
	a.pendingLabels = a.pendingLabels[:0]
	a.align(uint8(n), byte(fill), max)
}

// dirOrg handles .org offset[,fill]: pad the section up to offset.
func dirOrg(a *assembler, _ string, c *cursor) {
	n, ok := a.absolute(c)
	if !ok {
		return
	}
	var fill int64
	if c.accept(',') {
		if fill, ok = a.absolute(c); !ok {
			return
		}
	}
	a.endOfStatement(c)
	cur := int64(a.cur.offset())
	if n < cur {
		a.err(".org %#x moves backwards (section %s is at %#x)", n, a.cur.name, cur)
		return
	}
	a.emitFill(uint64(n-cur), 1, uint64(fill))
}
