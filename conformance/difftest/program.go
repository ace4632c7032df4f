package difftest

import (
	"debug/elf"
	"encoding/binary"
	"fmt"

	"graftlab/isa"
	"graftlab/loader"
	"graftlab/loader/object"
)

// The output block of a sequence, written to standard output by the
// epilogue: a header, the registers, and the buffer.
const (
	blockMagic  = 0x46464944 // "DIFF"
	offIndex    = 4
	offGPR      = 8             // r1 ... r31
	offHI       = offGPR + 31*4 // 132
	offLO       = offHI + 4     // 136
	blockHeader = offLO + 4 + 4 // 144, a pad word keeps the buffer 16-aligned
	initSize    = 33 * 4        // r1 ... r31, HI, LO
	sysExit     = 4001          // o32 exit
	sysWrite    = 4004          // o32 write
	dataSymbol  = ".data"       // the name Builder relocations use for the data section
	textAddress = loader.DefaultTextAddress
)

// Program is a batch of sequences linked into one static executable that
// runs them in order, writing one output block per sequence to standard
// output, and exits with status 0.
type Program struct {
	Seqs []*Sequence
	ELF  []byte
	// Image is the linked image, for symbols and addresses.
	Image *loader.Image
	// Code[i] is the address of sequence i's first instruction (after the
	// prologue); Buffer[i] the address of its buffer.
	Code   []uint32
	Buffer []uint32
	// Overhead is the number of instructions outside the sequences: the
	// prologues, the epilogues and the exit, each run once.
	Overhead int
}

// blockSize is the size of one output block.
func blockSize(bufferSize int) int { return blockHeader + bufferSize }

// Build links seqs into a program. All must have buffers of one size.
func Build(seqs []*Sequence) (*Program, error) {
	if len(seqs) == 0 {
		return nil, fmt.Errorf("difftest: build: no sequences")
	}
	bsize := len(seqs[0].Buffer)
	block := blockSize(bsize)
	initBase := block * len(seqs)
	data := make([]byte, initBase+initSize*len(seqs))
	var dataRelocs []uint32 // offsets of R_MIPS_32 words whose addend is in place

	b := isa.NewBuilder()
	b.Export("__start", b.Here("start"))
	codeOff := make([]uint32, len(seqs))
	overhead := 0
	for i, s := range seqs {
		if len(s.Buffer) != bsize {
			return nil, fmt.Errorf("difftest: build: sequence %d has a %d-byte buffer, sequence %d one of %d bytes", s.Index, len(s.Buffer), seqs[0].Index, bsize)
		}
		blk := i * block
		buf := blk + blockHeader
		le.PutUint32(data[blk:], blockMagic)
		le.PutUint32(data[blk+offIndex:], uint32(s.Index))
		copy(data[buf:], s.Buffer)
		init := initBase + i*initSize
		for r := 1; r < 32; r++ {
			le.PutUint32(data[init+4*(r-1):], s.Init.GPR[r])
		}
		for _, bs := range s.Bases {
			// The base registers start as addresses in the buffer.
			at := init + 4*(int(bs.Reg)-1)
			le.PutUint32(data[at:], uint32(buf+bs.Offset))
			dataRelocs = append(dataRelocs, uint32(at))
		}
		le.PutUint32(data[init+31*4:], s.Init.HI)
		le.PutUint32(data[init+32*4:], s.Init.LO)

		start := b.Len()
		prologue(b, s, init)
		codeOff[i] = b.Len()
		if err := body(b, s); err != nil {
			return nil, err
		}
		end := b.Len()
		epilogue(b, s, blk, block)
		overhead += int(codeOff[i]-start+b.Len()-end) / 4
	}
	end := b.Len()
	b.Li(isa.A0, 0)
	b.Li(isa.V0, sysExit)
	b.Emit(isa.Inst{Op: isa.SYSCALL})
	overhead += int(b.Len()-end) / 4
	code, err := b.Finish()
	if err != nil {
		return nil, fmt.Errorf("difftest: build: %w", err)
	}
	p, err := link(seqs, code, codeOff, data, dataRelocs, block)
	if err != nil {
		return nil, err
	}
	p.Overhead = overhead
	return p, nil
}

var le = binary.LittleEndian

// scratch is a register other than x, for the prologue and epilogue.
func scratch(x isa.Reg) isa.Reg {
	if x == isa.AT {
		return isa.V0
	}
	return isa.AT
}

// prologue loads the initial state from the table at data offset init,
// through the first base register, which it loads last.
func prologue(b *isa.Builder, s *Sequence, init int) {
	x := s.Bases[0].Reg
	t := scratch(x)
	b.La(x, dataSymbol, int32(init))
	b.Lw(t, 31*4, x)
	b.Emit(isa.Inst{Op: isa.MTHI, Rs: t})
	b.Lw(t, 32*4, x)
	b.Emit(isa.Inst{Op: isa.MTLO, Rs: t})
	for r := isa.Reg(1); r < 32; r++ {
		if r != x {
			b.Lw(r, 4*(int32(r)-1), x)
		}
	}
	b.Lw(x, 4*(int32(x)-1), x)
}

// body emits the sequence's items.
func body(b *isa.Builder, s *Sequence) error {
	labels := make([]isa.Label, len(s.Items)+1)
	for i := range labels {
		labels[i] = b.NewLabel(fmt.Sprintf("seq%d+%d", s.Index, i))
	}
	for i, it := range s.Items {
		b.Bind(labels[i])
		if it.Target > len(s.Items) {
			return fmt.Errorf("difftest: sequence %d item %d: target %d past the end", s.Index, i, it.Target)
		}
		inst := it.Inst
		switch {
		case it.La:
			b.LaLabel(inst.Rt, labels[it.Target])
		case it.Target < 0:
			b.Emit(inst)
		case inst.Op == isa.J:
			b.J(labels[it.Target])
		case inst.Op == isa.JAL:
			b.Jal(labels[it.Target])
		default:
			b.Branch(inst.Op, inst.Rs, inst.Rt, labels[it.Target])
		}
	}
	b.Bind(labels[len(s.Items)])
	return nil
}

// epilogue stores the registers into the output block at data offset blk
// through the first base register, then writes the block.
func epilogue(b *isa.Builder, s *Sequence, blk, block int) {
	x, off := s.Bases[0].Reg, s.Bases[0].Offset
	at := func(o int) int32 { return int32(o - blockHeader - off) }
	for r := isa.Reg(1); r < 32; r++ {
		b.Sw(r, at(offGPR+4*(int(r)-1)), x)
	}
	t := scratch(x)
	b.Emit(isa.Inst{Op: isa.MFHI, Rd: t})
	b.Sw(t, at(offHI), x)
	b.Emit(isa.Inst{Op: isa.MFLO, Rd: t})
	b.Sw(t, at(offLO), x)
	b.Li(isa.A0, 1)
	b.La(isa.A1, dataSymbol, int32(blk))
	b.Li(isa.A2, uint32(block))
	b.Li(isa.V0, sysWrite)
	b.Emit(isa.Inst{Op: isa.SYSCALL})
}

// link makes the object file and links it.
func link(seqs []*Sequence, code *isa.Code, codeOff []uint32, data []byte, dataRelocs []uint32, block int) (*Program, error) {
	text := &object.Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR),
		Align: 16, Data: append([]byte(nil), code.Bytes...)}
	dsec := &object.Section{Name: ".data", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE),
		Align: 16, Data: data}
	textSym, dataSym := object.SectionSymbol(text), object.SectionSymbol(dsec)
	for _, r := range code.Relocs {
		sym := textSym
		if !r.Local {
			if r.Symbol != dataSymbol {
				return nil, fmt.Errorf("difftest: build: relocation against unknown symbol %q", r.Symbol)
			}
			sym = dataSym
		}
		// REL: the addend goes in the field.
		w := le.Uint32(text.Data[r.Offset:])
		a := uint32(r.Addend)
		switch r.Kind {
		case isa.Reloc32:
			w = a
		case isa.Reloc26:
			w = w&^0x03ffffff | a>>2&0x03ffffff
		case isa.RelocHi16:
			w = w&^0xffff | (a+0x8000)>>16
		case isa.RelocLo16:
			w = w&^0xffff | a&0xffff
		default:
			return nil, fmt.Errorf("difftest: build: unexpected relocation %v", r.Kind)
		}
		le.PutUint32(text.Data[r.Offset:], w)
		text.Relocs = append(text.Relocs, object.Reloc{Offset: r.Offset, Type: object.RelocType(r.Kind), Symbol: sym})
	}
	for _, off := range dataRelocs {
		dsec.Relocs = append(dsec.Relocs, object.Reloc{Offset: off, Type: object.R_MIPS_32, Symbol: dataSym})
	}
	f := &object.File{Sections: []*object.Section{text, dsec}}
	f.Symbols = append(f.Symbols, &object.Symbol{Name: "__start", Section: text, Bind: object.Global, Type: object.SymFunc})
	for i, s := range seqs {
		f.Symbols = append(f.Symbols,
			&object.Symbol{Name: fmt.Sprintf("seq%d", s.Index), Section: text, Value: codeOff[i], Type: object.SymFunc},
			&object.Symbol{Name: fmt.Sprintf("block%d", s.Index), Section: dsec, Value: uint32(i * block), Size: uint32(block), Type: object.SymObject})
	}
	im, err := loader.Link([]*object.File{f}, []string{"difftest.o"}, loader.LinkOptions{TextAddress: textAddress})
	if err != nil {
		return nil, fmt.Errorf("difftest: build: %w", err)
	}
	elfBytes, err := im.ELF()
	if err != nil {
		return nil, fmt.Errorf("difftest: build: %w", err)
	}
	p := &Program{Seqs: seqs, ELF: elfBytes, Image: im}
	var textAddr, dataAddr uint32
	for _, s := range im.Sections {
		switch s.Name {
		case ".text":
			textAddr = s.Addr
		case ".data":
			dataAddr = s.Addr
		}
	}
	for i := range seqs {
		p.Code = append(p.Code, textAddr+codeOff[i])
		p.Buffer = append(p.Buffer, dataAddr+uint32(i*block+blockHeader))
	}
	return p, nil
}
