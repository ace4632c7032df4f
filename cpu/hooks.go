package cpu

import "fmt"

// Range is a half-open address range [Begin, End). The zero Range, and any
// Range with End <= Begin, covers every address.
type Range struct {
	Begin, End uint32
}

// Contains reports whether addr lies in r.
func (r Range) Contains(addr uint32) bool {
	return r.End <= r.Begin || addr >= r.Begin && addr < r.End
}

// HookID identifies a hook for RemoveHook.
type HookID int

// CodeHook runs before the instruction at pc executes.
type CodeHook func(m *Machine, pc uint32)

// MemKind selects data accesses: reads, writes or both.
type MemKind uint8

const (
	MemRead MemKind = 1 << iota
	MemWrite
)

// MemEvent describes one completed data access.
type MemEvent struct {
	Kind  MemKind // MemRead or MemWrite
	PC    uint32  // the instruction that made it
	VAddr uint32
	PAddr uint32
	Size  int
	Value uint32
}

// MemHook runs after a data access in its range completes.
type MemHook func(m *Machine, ev MemEvent)

// ExceptionHook observes every exception as it is raised, before the
// Handler and before delivery.
type ExceptionHook func(m *Machine, e *Exception)

type hook struct {
	id    HookID
	r     Range
	kind  MemKind
	code  CodeHook
	mem   MemHook
	excep ExceptionHook
}

type hooks struct {
	next HookID
	code []hook
	mem  []hook
	exc  []hook
}

// AddCodeHook calls fn before every instruction whose address is in r.
// The Fast engine single-steps only the blocks that hold an address in r:
// a hook on a few addresses (a debugger's breakpoints) leaves the rest of
// the program on the fast path.
func (m *Machine) AddCodeHook(r Range, fn CodeHook) HookID {
	m.hooks.next++
	m.hooks.code = append(m.hooks.code, hook{id: m.hooks.next, r: r, code: fn})
	// Links between blocks were made without this hook: none may lead
	// into a block it covers (see codeHooked).
	m.invalidateEngines(InvalidateCodeHooks)
	return m.hooks.next
}

// AddMemHook calls fn after every data access of the given kinds whose
// virtual address is in r.
func (m *Machine) AddMemHook(kind MemKind, r Range, fn MemHook) HookID {
	m.hooks.next++
	m.hooks.mem = append(m.hooks.mem, hook{id: m.hooks.next, r: r, kind: kind, mem: fn})
	return m.hooks.next
}

// AddExceptionHook calls fn for every exception raised.
func (m *Machine) AddExceptionHook(fn ExceptionHook) HookID {
	m.hooks.next++
	m.hooks.exc = append(m.hooks.exc, hook{id: m.hooks.next, excep: fn})
	return m.hooks.next
}

// RemoveHook removes a hook added by one of the Add*Hook methods.
func (m *Machine) RemoveHook(id HookID) error {
	for _, list := range []*[]hook{&m.hooks.code, &m.hooks.mem, &m.hooks.exc} {
		for i, h := range *list {
			if h.id == id {
				*list = append((*list)[:i:i], (*list)[i+1:]...)
				return nil
			}
		}
	}
	return fmt.Errorf("remove hook: no hook %d", id)
}

// codeHooked reports whether a code hook covers an instruction of b. The
// Fast engine steps such a block, so that the hooks run, and does not link
// blocks to it.
func (m *Machine) codeHooked(b *block) bool {
	return m.codeHookedRange(uint64(b.pc), uint64(b.pc)+4*uint64(len(b.ops)))
}

// codeHookedRange reports whether a code hook covers an address in
// [lo, hi).
func (m *Machine) codeHookedRange(lo, hi uint64) bool {
	for _, h := range m.hooks.code {
		if h.r.End <= h.r.Begin || uint64(h.r.Begin) < hi && lo < uint64(h.r.End) {
			return true
		}
	}
	return false
}

func (m *Machine) runCodeHooks(pc uint32) {
	for _, h := range m.hooks.code {
		if h.r.Contains(pc) {
			h.code(m, pc)
		}
	}
	m.scheduleDevices() // a hook may reach a device
}

func (m *Machine) runMemHooks(ev MemEvent) {
	for _, h := range m.hooks.mem {
		if h.kind&ev.Kind != 0 && h.r.Contains(ev.VAddr) {
			h.mem(m, ev)
		}
	}
	m.scheduleDevices()
}

func (m *Machine) runExceptionHooks(e *Exception) {
	for _, h := range m.hooks.exc {
		h.excep(m, e)
	}
	m.scheduleDevices()
}
