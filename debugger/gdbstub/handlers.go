package gdbstub

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Error replies. gdb shows the number; doc/gdb.md lists them.
const (
	errSyntax   = "E01" // malformed packet
	errNoProc   = "E02" // the program has ended
	errRegister = "E03" // no such register, or one that cannot be written
	errMemory   = "E0e" // memory that the program cannot access (EFAULT)
	errPoint    = "E04" // a breakpoint or watchpoint that cannot be set
)

// result is what a packet's handler decided.
type result struct {
	reply     string
	noReply   bool // k: no reply
	resume    *resumeReq
	end       *OutcomeKind
	noAckNext bool
}

func reply(s string) result { return result{reply: s} }

// dispatch handles one packet. It never panics on a malformed packet: bad
// syntax gives errSyntax, unknown packets the empty reply.
func (s *Server) dispatch(p []byte) result {
	if len(p) == 0 {
		return reply("")
	}
	body := p[1:]
	switch p[0] {
	case '?':
		return reply(s.stopReply())
	case 'g':
		return s.readRegisters()
	case 'G':
		return s.writeRegisters(body)
	case 'p':
		return s.readRegister(body)
	case 'P':
		return s.writeRegister(body)
	case 'm':
		return s.readMemory(body)
	case 'M':
		return s.writeMemory(body, false)
	case 'X':
		return s.writeMemory(body, true)
	case 'c', 's':
		return s.cont(body, p[0] == 's', false)
	case 'C', 'S':
		return s.cont(body, p[0] == 'S', true)
	case 'Z', 'z':
		return s.point(body, p[0] == 'Z')
	case 'k':
		k := Killed
		return result{noReply: true, end: &k}
	case 'D':
		return s.detach()
	case 'H':
		// One thread: any thread selection is that thread.
		if len(body) == 0 || body[0] != 'g' && body[0] != 'c' {
			return reply(errSyntax)
		}
		return reply("OK")
	case 'T':
		if okThread(body) {
			return reply("OK")
		}
		return reply(errSyntax)
	case 'q':
		return s.query(p)
	case 'Q':
		if string(p) == "QStartNoAckMode" {
			return result{reply: "OK", noAckNext: true}
		}
		return reply("")
	case 'v':
		return s.vPacket(p)
	}
	return reply("")
}

// okThread accepts the thread IDs that name the one thread: 1, 0 (any),
// -1 (all), and the multiprocess forms p1.1, p1.-1.
func okThread(id []byte) bool {
	switch string(id) {
	case "1", "0", "-1", "p1.1", "p1.-1", "p1", "p-1.-1":
		return true
	}
	return false
}

func (s *Server) ended() bool { return s.stop.exited || s.stop.killed }

func (s *Server) readRegisters() result {
	if s.ended() {
		return reply(errNoProc)
	}
	m := s.t.Machine()
	var b strings.Builder
	for n := 0; n < numRegs; n++ {
		if v, ok := readRegister(m, n); ok {
			b.WriteString(word32(v))
		} else {
			b.WriteString("xxxxxxxx")
		}
	}
	return reply(b.String())
}

func (s *Server) writeRegisters(body []byte) result {
	if s.ended() {
		return reply(errNoProc)
	}
	if len(body)%8 != 0 || len(body) > 8*numRegs {
		return reply(errSyntax)
	}
	vals := make([]uint32, len(body)/8)
	avail := make([]bool, len(vals))
	for i := range vals {
		v, ok, err := parseWord32(body[8*i : 8*i+8])
		if err != nil {
			return reply(errSyntax)
		}
		vals[i], avail[i] = v, ok
	}
	m := s.t.Machine()
	for n, v := range vals {
		if _, ok := readRegister(m, n); ok && avail[n] {
			if err := writeRegister(m, n, v); err != nil {
				return reply(errRegister)
			}
		}
	}
	return reply("OK")
}

func (s *Server) readRegister(body []byte) result {
	if s.ended() {
		return reply(errNoProc)
	}
	n, err := parseHex(body)
	if err != nil {
		return reply(errSyntax)
	}
	if n >= numRegs {
		return reply(errRegister)
	}
	if v, ok := readRegister(s.t.Machine(), int(n)); ok {
		return reply(word32(v))
	}
	return reply("xxxxxxxx")
}

func (s *Server) writeRegister(body []byte) result {
	if s.ended() {
		return reply(errNoProc)
	}
	num, val, ok := bytes.Cut(body, []byte("="))
	if !ok {
		return reply(errSyntax)
	}
	n, err := parseHex(num)
	if err != nil {
		return reply(errSyntax)
	}
	v, avail, err := parseWord32(val)
	if err != nil {
		return reply(errSyntax)
	}
	if !avail {
		return reply(errRegister)
	}
	if err := writeRegister(s.t.Machine(), int(n), v); err != nil {
		return reply(errRegister)
	}
	return reply("OK")
}

// addrLen parses "ADDR,LEN".
func addrLen(b []byte) (addr, n uint32, err error) {
	a, l, ok := bytes.Cut(b, []byte(","))
	if !ok {
		return 0, 0, fmt.Errorf("want ADDR,LEN in %q", b)
	}
	if addr, err = parseHex(a); err != nil {
		return 0, 0, err
	}
	if n, err = parseHex(l); err != nil {
		return 0, 0, err
	}
	return addr, n, nil
}

// readMemory serves m: as many bytes as can be read from ADDR, up to LEN
// (and what fits a packet); an error only if not even the first byte can.
func (s *Server) readMemory(body []byte) result {
	if s.ended() {
		return reply(errNoProc)
	}
	addr, n, err := addrLen(body)
	if err != nil {
		return reply(errSyntax)
	}
	if n == 0 {
		return reply("")
	}
	n = min(n, PacketSize/2)
	var out []byte
	for n > 0 {
		// Page by page, so that a read running into unmapped memory
		// returns what precedes it, as gdbserver does.
		k := min(n, 0x1000-addr&0xfff)
		b, err := s.t.ReadMemory(addr, int(k))
		if err != nil {
			break
		}
		out = append(out, b...)
		addr += k
		n -= k
		if addr == 0 {
			break // wrapped around the address space
		}
	}
	if len(out) == 0 {
		return reply(errMemory)
	}
	return reply(hex.EncodeToString(out))
}

// writeMemory serves M (hex data) and X (binary data, escaped).
func (s *Server) writeMemory(body []byte, binary bool) result {
	if s.ended() {
		return reply(errNoProc)
	}
	head, data, ok := bytes.Cut(body, []byte(":"))
	if !ok {
		return reply(errSyntax)
	}
	addr, n, err := addrLen(head)
	if err != nil {
		return reply(errSyntax)
	}
	var b []byte
	if binary {
		b, err = unescape(data)
	} else {
		b, err = decodeHex(data)
	}
	if err != nil || uint32(len(b)) != n {
		return reply(errSyntax)
	}
	if n == 0 {
		return reply("OK") // gdb probes X with a zero-length write
	}
	if err := s.t.WriteMemory(addr, b); err != nil {
		return reply(errMemory)
	}
	return reply("OK")
}

// cont serves c, s, C and S: [SIG;][ADDR].
func (s *Server) cont(body []byte, step, withSignal bool) result {
	req := resumeReq{step: step}
	if withSignal {
		sig, rest, _ := bytes.Cut(body, []byte(";"))
		v, err := parseHex(sig)
		if err != nil || v > 0xff {
			return reply(errSyntax)
		}
		req.signal = int(v)
		body = rest
	}
	if len(body) > 0 {
		addr, err := parseHex(body)
		if err != nil {
			return reply(errSyntax)
		}
		if !s.ended() {
			_ = writeRegister(s.t.Machine(), regPC, addr)
		}
	}
	return result{resume: &req}
}

// point serves Z and z: TYPE,ADDR,KIND.
func (s *Server) point(body []byte, insert bool) result {
	f := bytes.Split(body, []byte(","))
	if len(f) < 3 || len(f[0]) != 1 || f[0][0] < '0' || f[0][0] > '4' {
		if len(f) >= 1 && len(f[0]) == 1 && f[0][0] >= '5' && f[0][0] <= '9' {
			return reply("") // a kind the stub does not support
		}
		return reply(errSyntax)
	}
	kind := pointKind(f[0][0] - '0')
	addr, err := parseHex(f[1])
	if err != nil {
		return reply(errSyntax)
	}
	// The kind may carry conditions after ';' (Z0,addr,kind;cond...):
	// unsupported, so they are refused rather than ignored.
	lenField := f[2]
	if bytes.IndexByte(lenField, ';') >= 0 || len(f) > 3 {
		return reply("")
	}
	n, err := parseHex(lenField)
	if err != nil {
		return reply(errSyntax)
	}
	switch kind {
	case swBreak, hwBreak:
		if addr&3 != 0 {
			return reply(errPoint)
		}
		if insert {
			s.breaks[addr] = kind
		} else {
			delete(s.breaks, addr)
		}
		return reply("OK")
	}
	if n == 0 || uint64(addr)+uint64(n) > 1<<32 {
		return reply(errPoint)
	}
	w := point{kind: kind, addr: addr, len: n}
	if insert {
		for _, x := range s.watches {
			if x == w {
				return reply("OK")
			}
		}
		s.watches = append(s.watches, w)
		return reply("OK")
	}
	for i, x := range s.watches {
		if x == w {
			s.watches = append(s.watches[:i:i], s.watches[i+1:]...)
			break
		}
	}
	return reply("OK")
}

func (s *Server) detach() result {
	s.breaks = map[uint32]pointKind{}
	s.watches = nil
	k := Detached
	return result{reply: "OK", end: &k}
}

// query serves the q packets.
func (s *Server) query(p []byte) result {
	name, args, _ := bytes.Cut(p, []byte(":"))
	switch string(name) {
	case "qSupported":
		for _, f := range strings.Split(string(args), ";") {
			switch f {
			case "swbreak+":
				s.gdbSwbreak = true
			case "hwbreak+":
				s.gdbHwbreak = true
			}
		}
		return reply(fmt.Sprintf("PacketSize=%x;QStartNoAckMode+;qXfer:features:read+;swbreak+;hwbreak+;vContSupported+", PacketSize))
	case "qXfer":
		return s.xfer(args)
	case "qAttached":
		return reply("0") // the stub started the program
	case "qC":
		return reply("QC1")
	case "qfThreadInfo":
		return reply("m1")
	case "qsThreadInfo":
		return reply("l")
	case "qSymbol":
		return reply("OK")
	}
	if bytes.HasPrefix(p, []byte("qRcmd,")) {
		return s.monitor(p[len("qRcmd,"):])
	}
	if bytes.HasPrefix(p, []byte("qThreadExtraInfo,")) {
		return reply(hex.EncodeToString([]byte("graftlab cpu")))
	}
	return reply("")
}

// xfer serves qXfer:features:read:target.xml:OFFSET,LENGTH.
func (s *Server) xfer(args []byte) result {
	f := bytes.SplitN(args, []byte(":"), 4)
	if len(f) != 4 || string(f[0]) != "features" || string(f[1]) != "read" {
		return reply("")
	}
	if string(f[2]) != "target.xml" {
		return reply("E00") // no such annex
	}
	off, n, err := addrLen(f[3])
	if err != nil {
		return reply(errSyntax)
	}
	doc := TargetXML
	if uint64(off) >= uint64(len(doc)) {
		return reply("l")
	}
	n = min(n, PacketSize/2)
	end := min(uint64(off)+uint64(n), uint64(len(doc)))
	prefix := "m"
	if end == uint64(len(doc)) {
		prefix = "l"
	}
	return reply(prefix + string(escape([]byte(doc[off:end]))))
}

// vPacket serves vCont, vCont?, vKill and vMustReplyEmpty.
func (s *Server) vPacket(p []byte) result {
	switch {
	case string(p) == "vCont?":
		return reply("vCont;c;C;s;S")
	case bytes.HasPrefix(p, []byte("vCont;")):
		return s.vCont(p[len("vCont;"):])
	case bytes.HasPrefix(p, []byte("vKill")):
		k := Killed
		return result{reply: "OK", end: &k}
	}
	return reply("")
}

// vCont serves vCont;ACTION[:TID][;ACTION[:TID]]...: the first action that
// applies to the one thread is taken.
func (s *Server) vCont(body []byte) result {
	for _, a := range bytes.Split(body, []byte(";")) {
		act, tid, hasTID := bytes.Cut(a, []byte(":"))
		if hasTID && !okThread(tid) {
			continue
		}
		if len(act) == 0 {
			return reply(errSyntax)
		}
		switch act[0] {
		case 'c', 's':
			if len(act) != 1 {
				return reply(errSyntax)
			}
			return result{resume: &resumeReq{step: act[0] == 's'}}
		case 'C', 'S':
			v, err := parseHex(act[1:])
			if err != nil || v > 0xff {
				return reply(errSyntax)
			}
			return result{resume: &resumeReq{step: act[0] == 'S', signal: int(v)}}
		default:
			return reply(errSyntax)
		}
	}
	return reply(errSyntax)
}

// monitor serves qRcmd (gdb's `monitor CMD`): the commands print through an
// O packet's worth of text in the reply, hex-encoded.
func (s *Server) monitor(hexCmd []byte) result {
	b, err := decodeHex(hexCmd)
	if err != nil {
		return reply(errSyntax)
	}
	var out string
	m := s.t.Machine()
	switch cmd := strings.TrimSpace(string(b)); cmd {
	case "stats", "cycles":
		st := m.Stats
		out = fmt.Sprintf("instructions %d\ncycles %d\nstalls %d\nicache_misses %d\ndcache_misses %d\ntlb_misses %d\n",
			st.Instructions, st.Cycles, st.Stalls, st.ICacheMisses, st.DCacheMisses, st.TLBMisses)
	case "help", "":
		out = "monitor commands:\n  stats   instructions, cycles and misses counted so far\n  help    this list\n"
	default:
		out = "unknown monitor command " + strconv.Quote(cmd) + " (try: monitor help)\n"
	}
	return reply(hex.EncodeToString([]byte(out)))
}
