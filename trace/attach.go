package trace

import (
	"encoding/binary"

	"graftlab/cpu"
)

// Tracer traces a machine: each instruction the machine attempts becomes a
// record of its Writer.
type Tracer struct {
	m    *cpu.Machine
	w    *Writer
	read func(addr uint32, n int) ([]byte, error)
	ids  []cpu.HookID

	pending     bool
	cur         Record
	startCycles uint64
	startInst   uint64
	err         error
	Records     uint64 // records written so far
}

// Attach starts tracing m into w. read reads guest memory for the
// instruction words (for user mode, user.Process.PeekMemory, which does
// not allocate pages); a word that cannot be read is recorded as 0.
// Call Finish when the run ends.
func Attach(m *cpu.Machine, w *Writer, read func(addr uint32, n int) ([]byte, error)) *Tracer {
	t := &Tracer{m: m, w: w, read: read}
	t.ids = append(t.ids,
		m.AddCodeHook(cpu.Range{}, t.code),
		m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, t.mem),
		m.AddExceptionHook(t.exception))
	return t
}

func (t *Tracer) code(m *cpu.Machine, pc uint32) {
	t.flush()
	t.pending = true
	t.cur = Record{PC: pc}
	if b, err := t.read(pc, 4); err == nil && len(b) == 4 {
		t.cur.Word = binary.LittleEndian.Uint32(b)
	}
	t.startCycles, t.startInst = m.Stats.Cycles, m.Stats.Instructions
}

func (t *Tracer) mem(m *cpu.Machine, ev cpu.MemEvent) {
	if !t.pending {
		return
	}
	t.cur.Addr = ev.VAddr
	t.cur.Access = Load
	if ev.Kind == cpu.MemWrite {
		t.cur.Access = Store
	}
}

func (t *Tracer) exception(m *cpu.Machine, e *cpu.Exception) {
	if !t.pending {
		return
	}
	t.cur.HasException, t.cur.Exception = true, e.Code
}

// flush writes the current record, if any, with the counts since it began.
func (t *Tracer) flush() {
	if !t.pending {
		return
	}
	t.pending = false
	t.cur.Cycles = t.m.Stats.Cycles - t.startCycles
	t.cur.Restart = t.m.Stats.Instructions == t.startInst
	if t.err == nil {
		t.err = t.w.Write(t.cur)
		t.Records++
	}
}

// Finish writes the last record and the end record and removes the hooks.
// It returns the first error writing met.
func (t *Tracer) Finish() error {
	t.flush()
	for _, id := range t.ids {
		t.m.RemoveHook(id)
	}
	t.ids = nil
	if err := t.w.Close(); err != nil && t.err == nil {
		t.err = err
	}
	return t.err
}
