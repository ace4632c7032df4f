package gdbstub

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"graftlab/cpu"
	"graftlab/isa"
)

// Options configure a Server.
type Options struct {
	// MaxInstructions bounds each continue: a run that reaches it stops
	// with SIGXCPU (the program can be continued). 0: 10,000,000,000.
	MaxInstructions uint64
	// Log, when set, receives one line per packet received and sent.
	Log io.Writer
}

// DefaultMaxInstructions is the bound of one continue when Options names none.
const DefaultMaxInstructions = 10_000_000_000

// OutcomeKind says how a session ended.
type OutcomeKind int

const (
	Disconnected OutcomeKind = iota // the connection closed or ctx ended
	Detached                        // D: the program may run on without the debugger
	Killed                          // k or vKill
)

func (k OutcomeKind) String() string {
	switch k {
	case Detached:
		return "detached"
	case Killed:
		return "killed"
	}
	return "disconnected"
}

// Outcome is how a session ended. Program and Status say whether the
// program had ended by then, and how.
type Outcome struct {
	Kind OutcomeKind
	// Ended is true once the program has exited (Status) or been killed by
	// a signal (Signal).
	Ended          bool
	Status, Signal int
	Err            error // for Disconnected: the read error, or ctx's
}

// pointKind is a breakpoint or watchpoint kind, as the Z packets number
// them.
type pointKind int

const (
	swBreak pointKind = iota
	hwBreak
	watchWrite
	watchRead
	watchAccess
)

type point struct {
	kind pointKind
	addr uint32
	len  uint32
}

// stopInfo is why the target last stopped.
type stopInfo struct {
	signal   int
	reason   string // "swbreak", "hwbreak", "watch", "rwatch", "awatch" or ""
	dataAddr uint32 // for watchpoints
	pc       uint32
	exited   bool // W: the program exited with status
	killed   bool // X: a signal killed it
	status   int
}

// Server is one debugging session of a target.
type Server struct {
	t     Target
	opts  Options
	w     *bufio.Writer
	noAck bool
	last  []byte // the last packet sent, resent on -

	breaks  map[uint32]pointKind
	watches []point
	stop    stopInfo
	pending *Event // a fault reported but not yet delivered

	// gdb's features from its qSupported.
	gdbSwbreak, gdbHwbreak bool
}

// NewServer returns a session for t. The target is stopped where it is;
// the first stop reply reports SIGTRAP, as gdbserver does after starting a
// program.
func NewServer(t Target, opts Options) *Server {
	if opts.MaxInstructions == 0 {
		opts.MaxInstructions = DefaultMaxInstructions
	}
	return &Server{
		t:      t,
		opts:   opts,
		breaks: map[uint32]pointKind{},
		stop:   stopInfo{signal: sigTRAP, pc: t.Machine().PC},
	}
}

// Serve runs the session on conn until gdb detaches, kills the program or
// goes away, or ctx ends. The caller closes conn afterwards; a reader
// goroutine blocked on conn ends then.
func (s *Server) Serve(ctx context.Context, conn io.ReadWriter) (Outcome, error) {
	s.w = bufio.NewWriter(conn)
	events := make(chan event, 16)
	done := make(chan struct{})
	defer close(done)
	go func() {
		r := bufio.NewReader(conn)
		for {
			ev := readEvent(r)
			select {
			case events <- ev:
			case <-done:
				return
			}
			if ev.kind == evClosed {
				return
			}
		}
	}()
	var queued []event
	for {
		var ev event
		if len(queued) > 0 {
			ev, queued = queued[0], queued[1:]
		} else {
			select {
			case <-ctx.Done():
				return s.outcome(Disconnected, ctx.Err()), nil
			case ev = <-events:
			}
		}
		switch ev.kind {
		case evClosed:
			return s.outcome(Disconnected, ev.err), nil
		case evNak:
			if s.last != nil {
				if err := s.flush(s.last); err != nil {
					return s.outcome(Disconnected, err), nil
				}
			}
			continue
		case evAck, evInterrupt:
			// Acks need no action (a lost reply is resent on -); Ctrl-C
			// while stopped has nothing to stop.
			continue
		case evBad:
			s.logf("<- bad packet: %v", ev.err)
			if !s.noAck {
				if err := s.raw("-"); err != nil {
					return s.outcome(Disconnected, err), nil
				}
			}
			continue
		}
		s.logf("<- %s", ev.data)
		if !s.noAck {
			if err := s.raw("+"); err != nil {
				return s.outcome(Disconnected, err), nil
			}
		}
		res := s.dispatch(ev.data)
		if res.resume != nil {
			var q []event
			var closed *event
			res.reply, q, closed = s.resume(ctx, *res.resume, events)
			queued = append(queued, q...)
			if closed != nil {
				return s.outcome(Disconnected, closed.err), nil
			}
		}
		if !res.noReply {
			if err := s.send(res.reply); err != nil {
				return s.outcome(Disconnected, err), nil
			}
		}
		if res.noAckNext {
			s.noAck = true
		}
		if res.end != nil {
			return s.outcome(*res.end, nil), nil
		}
	}
}

func (s *Server) outcome(k OutcomeKind, err error) Outcome {
	o := Outcome{Kind: k, Err: err}
	switch {
	case s.stop.exited:
		o.Ended, o.Status = true, s.stop.status
	case s.stop.killed:
		o.Ended, o.Signal = true, s.stop.signal
	}
	return o
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		fmt.Fprintf(s.opts.Log, format+"\n", args...)
	}
}

func (s *Server) raw(b string) error {
	if _, err := s.w.WriteString(b); err != nil {
		return err
	}
	return s.w.Flush()
}

// send sends a reply packet; the payload is escaped already if binary.
func (s *Server) send(payload string) error {
	s.logf("-> %s", payload)
	s.last = frame([]byte(payload))
	return s.flush(s.last)
}

func (s *Server) flush(pkt []byte) error {
	if _, err := s.w.Write(pkt); err != nil {
		return err
	}
	return s.w.Flush()
}

// resumeReq is a request to run the target.
type resumeReq struct {
	step   bool
	signal int // a signal to deliver (C, S, vCont;C): only a pending fault's signal is deliverable
}

// resume runs the target until it stops and returns the stop reply. Packets
// that arrive meanwhile are queued; Ctrl-C interrupts the run. If the
// connection closes, closed is that event (the run is stopped first).
func (s *Server) resume(ctx context.Context, req resumeReq, events <-chan event) (reply string, queued []event, closed *event) {
	if s.stop.exited || s.stop.killed {
		return s.stopReply(), nil, nil
	}
	if s.pending != nil && req.signal == s.pending.Signal {
		// Passing the fault's signal on delivers it: the program dies.
		s.stop = stopInfo{killed: true, signal: s.pending.Signal}
		s.pending = nil
		return s.stopReply(), nil, nil
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		ev  Event
		hit stopInfo
		err error
	}
	results := make(chan result, 1)
	go func() {
		ev, hit, err := s.run(runCtx, req.step)
		results <- result{ev, hit, err}
	}()
	interrupted := false
	for {
		select {
		case r := <-results:
			s.record(r.ev, r.hit, r.err, interrupted, req.step)
			return s.stopReply(), queued, closed
		case ev := <-events:
			switch ev.kind {
			case evInterrupt:
				interrupted = true
				cancel()
			case evClosed:
				closed = &ev
				cancel()
			case evPacket, evBad:
				queued = append(queued, ev)
			}
		}
	}
}

// record turns the end of a run into the stop state.
func (s *Server) record(ev Event, hit stopInfo, err error, interrupted, step bool) {
	m := s.t.Machine()
	s.stop = stopInfo{signal: sigTRAP, pc: m.PC}
	switch {
	case err != nil:
		// A host error: report it as a SIGKILL-like stop gdb can inspect.
		s.logf("target error: %v", err)
		s.stop.signal = sigKILL
	case ev.Kind == Exited:
		s.stop = stopInfo{exited: true, status: ev.Status}
	case ev.Kind == Signaled:
		s.stop.signal = ev.Signal
		s.pending = &ev
	case ev.Reason == cpu.StopRequested && hit.reason != "":
		hit.pc, hit.signal = m.PC, sigTRAP
		s.stop = hit
	case ev.Reason == cpu.StopCanceled || interrupted:
		s.stop.signal = sigINT
	case ev.Reason == cpu.StopInstructionLimit && !step, ev.Reason == cpu.StopCycleLimit:
		s.stop.signal = sigXCPU
	}
}

// run runs the target once, with the breakpoint and watchpoint hook
// installed for the run only.
func (s *Server) run(ctx context.Context, step bool) (Event, stopInfo, error) {
	m := s.t.Machine()
	var hit stopInfo
	if len(s.breaks) > 0 || len(s.watches) > 0 {
		resumePC, resumeCount := m.PC, m.Stats.Instructions
		fromWatch := s.stop.reason == "watch" || s.stop.reason == "rwatch" || s.stop.reason == "awatch"
		hook := func(m *cpu.Machine, pc uint32) {
			// The instruction the run starts at runs first: gdb resumes
			// from a breakpoint's address, or past a watchpoint's access.
			first := pc == resumePC && m.Stats.Instructions == resumeCount
			if k, ok := s.breaks[pc]; ok && !first {
				hit.reason = "swbreak"
				if k == hwBreak {
					hit.reason = "hwbreak"
				}
				m.RequestStop(hit.reason)
				return
			}
			if len(s.watches) > 0 && !(first && fromWatch) {
				if r, addr, ok := s.watchHit(m, pc); ok {
					hit.reason, hit.dataAddr = r, addr
					m.RequestStop(r)
				}
			}
		}
		// Watchpoints look at every instruction before it runs; breakpoints
		// alone need hooks on their addresses only, and the rest of the
		// program stays on the engine's fast path.
		ranges := []cpu.Range{{}}
		if len(s.watches) == 0 {
			ranges = ranges[:0]
			for pc := range s.breaks {
				ranges = append(ranges, cpu.Range{Begin: pc, End: pc + 4})
			}
		}
		for _, r := range ranges {
			id := m.AddCodeHook(r, hook)
			defer m.RemoveHook(id)
		}
	}
	lim := cpu.Limits{MaxInstructions: s.opts.MaxInstructions}
	if step {
		lim.MaxInstructions = 1
	}
	ev, err := s.t.Run(ctx, lim)
	return ev, hit, err
}

// watchHit decodes the instruction at pc and reports whether its load or
// store touches a watchpoint: the stop reason and the address to report
// (the first watched byte it touches).
func (s *Server) watchHit(m *cpu.Machine, pc uint32) (string, uint32, bool) {
	b, err := s.t.ReadMemory(pc, 4)
	if err != nil {
		return "", 0, false
	}
	inst, err := isa.Decode(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	if err != nil {
		return "", 0, false
	}
	info := inst.Info()
	load, store := info.Flags&isa.FlagLoad != 0, info.Flags&isa.FlagStore != 0
	size := uint64(info.Mem.Size())
	if !load && !store || size == 0 {
		return "", 0, false
	}
	ea := m.GPR[inst.Rs] + uint32(inst.Imm)
	if info.Mem == isa.MemWordLeft || info.Mem == isa.MemWordRight {
		ea &^= 3
	}
	for _, w := range s.watches {
		var reason string
		switch {
		case w.kind == watchWrite && store:
			reason = "watch"
		case w.kind == watchRead && load:
			reason = "rwatch"
		case w.kind == watchAccess:
			reason = "awatch"
		default:
			continue
		}
		lo := max(uint64(ea), uint64(w.addr))
		hi := min(uint64(ea)+size, uint64(w.addr)+uint64(w.len))
		if lo < hi {
			return reason, uint32(lo), true
		}
	}
	return "", 0, false
}

// stopReply formats the last stop: T with the PC, SP, FP and RA and the
// reason, W after an exit, X after a fatal signal.
func (s *Server) stopReply() string {
	st := s.stop
	switch {
	case st.exited:
		return fmt.Sprintf("W%02x", st.status&0xff)
	case st.killed:
		return fmt.Sprintf("X%02x", st.signal&0xff)
	}
	m := s.t.Machine()
	r := fmt.Sprintf("T%02x%02x:%s;%02x:%s;%02x:%s;%02x:%s;thread:1;", st.signal&0xff,
		regPC, word32(m.PC), int(isa.SP), word32(m.GPR[isa.SP]), int(isa.FP), word32(m.GPR[isa.FP]), int(isa.RA), word32(m.GPR[isa.RA]))
	switch st.reason {
	case "swbreak":
		if s.gdbSwbreak {
			r += "swbreak:;"
		}
	case "hwbreak":
		if s.gdbHwbreak {
			r += "hwbreak:;"
		}
	case "watch", "rwatch", "awatch":
		r += fmt.Sprintf("%s:%x;", st.reason, st.dataAddr)
	}
	return r
}
