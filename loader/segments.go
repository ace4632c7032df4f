package loader

import (
	"debug/elf"
	"fmt"
)

// segmentLayout is one PT_LOAD segment being built.
type segmentLayout struct {
	addr, offset uint32
	fileSize     uint32
	memSize      uint32
	flags        uint32
	data         []byte
}

// linkerSymbol is a symbol that ld's default script defines.
type linkerSymbol struct {
	name    string
	provide bool // PROVIDE: only defined when referenced
	local   bool // HIDDEN in the script, so local in the output
}

var linkerSymbols = []linkerSymbol{
	{name: "__executable_start", provide: true},
	{name: "_ftext"},
	{name: "__etext", provide: true},
	{name: "_etext", provide: true},
	{name: "etext", provide: true},
	{name: "_fdata"},
	{name: "_gp", local: true},
	{name: "_edata"},
	{name: "edata", provide: true},
	{name: "__bss_start"},
	{name: "_fbss"},
	{name: "_end"},
	{name: "end", provide: true},
}

// layout places every section and common symbol, gives every output
// section and global symbol its address, and allocates the segments.
func (l *linker) layout() error {
	if err := l.place(); err != nil {
		return err
	}
	if err := l.sizeOutputs(); err != nil {
		return err
	}
	hasData := false
	for _, o := range l.outs {
		if o.spec.seg == dataSegment && o.size > 0 {
			hasData = true
		}
	}
	l.nphdr = 1
	if hasData {
		l.nphdr++
	}
	if l.hasStack {
		l.nphdr++
	}
	base := uint64(l.opt.TextAddress)
	dot := base + ehdrSize + uint64(l.nphdr)*phdrSize
	values := map[string]uint64{"__executable_start": base}
	// assign gives o its address at dot, as ld does for a non-empty
	// output section, and returns the address of its start.
	assign := func(o *outSection) uint64 {
		if o.size == 0 {
			return dot
		}
		dot = alignUp(dot, o.align)
		o.addr = uint32(dot)
		start := dot
		dot += uint64(o.size)
		return start
	}
	for i, o := range l.outs {
		if o.spec.seg != textSegment {
			continue
		}
		start := assign(o)
		if i == specText {
			values["_ftext"] = start
			values["__etext"], values["_etext"], values["etext"] = dot, dot, dot
		}
	}
	textEnd := dot
	dataStart := alignUp(dot, maxPageSize) + dot&(maxPageSize-1) // DATA_SEGMENT_ALIGN
	dot = dataStart
	for i, o := range l.outs {
		if o.spec.seg != dataSegment {
			continue
		}
		if i == specSdata {
			values["_gp"] = alignUp(dot, 16) + gpBias
		}
		if i == specSbss {
			values["_edata"], values["edata"], values["__bss_start"], values["_fbss"] = dot, dot, dot, dot
		}
		start := assign(o)
		if i == specData {
			values["_fdata"] = start
		}
	}
	dot = alignUp(dot, 4)
	values["_end"], values["end"] = dot, dot
	if dot > 1<<32-1 || values["_gp"] > 1<<32-1 {
		return fmt.Errorf("image does not fit below 4 GiB (ends at %#x)", dot)
	}
	l.gp = uint32(values["_gp"])
	l.defineLinkerSymbols(values)
	if err := l.makeSegments(uint32(textEnd), uint32(dataStart)); err != nil {
		return err
	}
	for _, o := range l.outs {
		for _, p := range o.pieces {
			p.addr = o.addr + p.off
		}
	}
	l.assignGlobals()
	return nil
}

// defineLinkerSymbols defines the script's symbols that no input defines.
func (l *linker) defineLinkerSymbols(values map[string]uint64) {
	for _, ls := range linkerSymbols {
		g := l.globals[ls.name]
		if g != nil && g.state != stUndefined {
			continue
		}
		if g == nil {
			if ls.provide {
				continue
			}
			g = &global{name: ls.name}
			l.globals[ls.name] = g
			l.order = append(l.order, g)
		}
		g.state, g.linker, g.addr = stDefined, true, uint32(values[ls.name])
	}
}

// assignGlobals gives every defined global its address.
func (l *linker) assignGlobals() {
	for _, g := range l.order {
		switch {
		case g.linker || g.state == stUndefined:
		case g.state == stCommon:
			g.addr = g.block.addr + g.blockOff
		case g.sym.Section != nil:
			if p := l.pieces[g.sym.Section]; p != nil {
				g.addr = p.addr + g.sym.Value
			}
		default:
			g.addr = g.sym.Value
		}
	}
}

// makeSegments allocates the text and data segments and points each
// SHT_PROGBITS output section's data into them.
func (l *linker) makeSegments(textEnd, dataStart uint32) error {
	base := l.opt.TextAddress
	text := segmentLayout{addr: base, fileSize: textEnd - base, memSize: textEnd - base, flags: uint32(elf.PF_R | elf.PF_X)}
	segs := []segmentLayout{text}
	var data segmentLayout
	for _, o := range l.outs {
		if o.spec.seg != dataSegment || o.size == 0 {
			continue
		}
		if data.memSize == 0 {
			data = segmentLayout{addr: o.addr, offset: text.fileSize + (o.addr - dataStart), flags: uint32(elf.PF_R | elf.PF_W)}
		}
		data.memSize = o.end() - data.addr
		if o.typ != uint32(elf.SHT_NOBITS) {
			data.fileSize = o.end() - data.addr
		}
	}
	if data.memSize > 0 {
		segs = append(segs, data)
	}
	if total := uint64(text.fileSize) + uint64(data.fileSize); total > maxImageSize {
		return fmt.Errorf("image is %#x bytes, more than the %#x Link builds: %w", total, maxImageSize, ErrUnsupported)
	}
	for i := range segs {
		segs[i].data = make([]byte, segs[i].fileSize)
	}
	for _, o := range l.outs {
		if o.size == 0 || o.typ == uint32(elf.SHT_NOBITS) {
			continue
		}
		s := &segs[0]
		if o.spec.seg == dataSegment {
			s = &segs[1]
		}
		o.data = s.data[o.addr-s.addr : o.end()-s.addr]
		for _, p := range o.pieces {
			if !p.nobits && p.sec != nil {
				copy(o.data[p.off:], p.sec.Data)
			}
		}
	}
	l.segs = segs
	return nil
}
