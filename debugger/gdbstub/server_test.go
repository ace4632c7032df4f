package gdbstub

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

func readExe(t testing.TB, path string) *loader.Executable {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

const sumELF = "../../testdata/debug/sum.elf"

func symbol(t testing.TB, x *loader.Executable, name string) uint32 {
	t.Helper()
	s, ok := x.Lookup(name)
	if !ok {
		t.Fatalf("no symbol %s", name)
	}
	return s.Value
}

func newProcess(t testing.TB, x *loader.Executable, stdout io.Writer) *user.Process {
	t.Helper()
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	proc, err := user.New(user.Config{Profile: p, Executable: x, Args: []string{"prog"}, Stdout: stdout})
	if err != nil {
		t.Fatal(err)
	}
	return proc
}

// client is a minimal gdb: it frames packets, checks checksums and acks.
type client struct {
	t     *testing.T
	conn  net.Conn
	r     *bufio.Reader
	noAck bool
	done  chan Outcome
}

// startSession serves target over a net.Pipe.
func startSession(t *testing.T, target Target, opts Options) *client {
	t.Helper()
	a, b := net.Pipe()
	c := &client{t: t, conn: a, r: bufio.NewReader(a), done: make(chan Outcome, 1)}
	go func() {
		out, err := NewServer(target, opts).Serve(context.Background(), b)
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
		b.Close()
		c.done <- out
	}()
	t.Cleanup(func() { a.Close() })
	return c
}

func (c *client) write(s string) {
	c.t.Helper()
	if _, err := c.conn.Write([]byte(s)); err != nil {
		c.t.Fatalf("write %q: %v", s, err)
	}
}

func (c *client) readByte() byte {
	c.t.Helper()
	c.conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // a hang guard, not a timing assertion
	b, err := c.r.ReadByte()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	return b
}

// send sends a packet and, in ack mode, expects its +.
func (c *client) send(payload string) {
	c.t.Helper()
	c.write(string(frame([]byte(payload))))
	if !c.noAck {
		if b := c.readByte(); b != '+' {
			c.t.Fatalf("sent %q: got %q, want +", payload, b)
		}
	}
}

// recv reads a reply packet, checks its checksum and acks it.
func (c *client) recv() string {
	c.t.Helper()
	if b := c.readByte(); b != '$' {
		c.t.Fatalf("got %q, want the start of a packet", b)
	}
	var data []byte
	for {
		b := c.readByte()
		if b == '#' {
			break
		}
		data = append(data, b)
	}
	cs := []byte{c.readByte(), c.readByte()}
	if want := fmt.Sprintf("%02x", checksum(data)); string(cs) != want {
		c.t.Fatalf("reply %q: checksum %s, want %s", data, cs, want)
	}
	if !c.noAck {
		// The stub may have ended the session with this reply (D, vKill)
		// and closed the connection: the ack is then lost, as with gdb.
		c.conn.Write([]byte("+"))
	}
	return string(data)
}

func (c *client) cmd(payload string) string {
	c.t.Helper()
	c.send(payload)
	return c.recv()
}

func (c *client) expect(payload, want string) {
	c.t.Helper()
	if got := c.cmd(payload); got != want {
		c.t.Errorf("%s: got %q, want %q", payload, got, want)
	}
}

func (c *client) end() Outcome {
	c.t.Helper()
	select {
	case o := <-c.done:
		return o
	case <-time.After(20 * time.Second):
		c.t.Fatal("the session did not end")
	}
	return Outcome{}
}

func le32(v uint32) string { return word32(v) }

func TestHandshakeAndRegisters(t *testing.T) {
	x := readExe(t, sumELF)
	proc := newProcess(t, x, nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	c.expect("qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+", "PacketSize=4000;QStartNoAckMode+;qXfer:features:read+;swbreak+;hwbreak+;vContSupported+")
	c.expect("QStartNoAckMode", "OK")
	c.noAck = true
	c.expect("?", fmt.Sprintf("T0525:%s;1d:%s;1e:00000000;1f:00000000;thread:1;", le32(x.Entry), le32(proc.Machine.GPR[isa.SP])))
	g := c.cmd("g")
	if len(g) != 8*numRegs {
		t.Fatalf("g: %d hex digits, want %d", len(g), 8*numRegs)
	}
	if got := g[8*regPC : 8*regPC+8]; got != le32(x.Entry) {
		t.Errorf("g: pc %s, want %s", got, le32(x.Entry))
	}
	if got := g[8*regStatus : 8*regStatus+8]; got != le32(cpu.StatusUM|cpu.StatusCU1) {
		t.Errorf("g: status %s, want %s", got, le32(cpu.StatusUM|cpu.StatusCU1))
	}
	// dec5000 has an FPU: f0-f31 and FCSR start at zero, FIR is the R3010's.
	if got, want := g[8*regF0:], strings.Repeat("0", 8*(regFIR-regF0))+le32(0x300); got != want {
		t.Errorf("g: FPU registers %s, want %s", got, want)
	}
	c.expect("p25", le32(x.Entry))
	c.expect("p26", "00000000")    // f0
	c.expect("P27=0000803f", "OK") // f1 = 1.0f
	if got := proc.Machine.FPR32(1); got != 0x3f800000 {
		t.Errorf("P27 set f1 to %#x", got)
	}
	c.expect("P46=03000000", "OK") // fcsr: round toward minus infinity
	if proc.Machine.FCSR != 3 {
		t.Errorf("P46 set FCSR to %#x", proc.Machine.FCSR)
	}
	c.expect("P46=00000000", "OK")
	c.expect("P27=00000000", "OK")
	c.expect("p48", errRegister)
	c.expect("P8=78563412", "OK")
	c.expect("p8", "78563412")
	if proc.Machine.GPR[8] != 0x12345678 {
		t.Errorf("P8 set t0 to %#x", proc.Machine.GPR[8])
	}
	c.expect("P0=01000000", "OK")
	c.expect("p0", "00000000")
	// G writes back what g read, plus a change to v1; unavailable
	// registers are skipped.
	g2 := g[:8*3] + "efbeadde" + g[8*4:]
	c.expect("G"+g2, "OK")
	if proc.Machine.GPR[3] != 0xdeadbeef || proc.Machine.PC != x.Entry {
		t.Errorf("after G: v1 %#x pc %#x", proc.Machine.GPR[3], proc.Machine.PC)
	}
	c.expect("Hg0", "OK")
	c.expect("Hc-1", "OK")
	c.expect("qC", "QC1")
	c.expect("qfThreadInfo", "m1")
	c.expect("qsThreadInfo", "l")
	c.expect("qAttached", "0")
	c.expect("T1", "OK")
	c.expect("vMustReplyEmpty", "")
	c.expect("vCont?", "vCont;c;C;s;S")
	c.send("k")
	if o := c.end(); o.Kind != Killed || o.Ended {
		t.Errorf("outcome %+v, want killed", o)
	}
}

func TestTargetDescription(t *testing.T) {
	proc := newProcess(t, readExe(t, sumELF), nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	var doc strings.Builder
	for off := 0; ; {
		r := c.cmd(fmt.Sprintf("qXfer:features:read:target.xml:%x,%x", off, 0x100))
		data, err := unescape([]byte(r[1:]))
		if err != nil {
			t.Fatal(err)
		}
		doc.Write(data)
		off += len(data)
		if r[0] == 'l' {
			break
		}
		if r[0] != 'm' || len(data) != 0x100 {
			t.Fatalf("reply %q", r)
		}
	}
	if doc.String() != TargetXML {
		t.Errorf("reassembled document differs from TargetXML")
	}
	var tgt struct {
		Arch     string `xml:"architecture"`
		Features []struct {
			Name string `xml:"name,attr"`
			Regs []struct {
				Name   string `xml:"name,attr"`
				Regnum int    `xml:"regnum,attr"`
				Bits   int    `xml:"bitsize,attr"`
			} `xml:"reg"`
		} `xml:"feature"`
	}
	if err := xml.Unmarshal([]byte(TargetXML), &tgt); err != nil {
		t.Fatal(err)
	}
	names := map[int]string{}
	for _, f := range tgt.Features {
		for _, r := range f.Regs {
			if r.Bits != 32 {
				t.Errorf("%s is %d bits", r.Name, r.Bits)
			}
			names[r.Regnum] = r.Name
		}
	}
	want := map[int]string{0: "r0", 29: "r29", 32: "status", 33: "lo", 34: "hi", 35: "badvaddr", 36: "cause", 37: "pc", 38: "f0", 69: "f31", 70: "fcsr", 71: "fir"}
	for n, name := range want {
		if names[n] != name {
			t.Errorf("regnum %d is %q, want %q", n, names[n], name)
		}
	}
	if len(names) != numRegs || tgt.Arch != "mips" {
		t.Errorf("%d registers, architecture %q", len(names), tgt.Arch)
	}
	c.expect("qXfer:features:read:target.xml:ffff,10", "l")
	c.expect("qXfer:features:read:other.xml:0,10", "E00")
	c.expect("qXfer:features:read:target.xml:zz", errSyntax)
}

func TestAcksAndChecksums(t *testing.T) {
	proc := newProcess(t, readExe(t, sumELF), nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	// A bad checksum is refused with -.
	c.write("$qC#00")
	if b := c.readByte(); b != '-' {
		t.Fatalf("bad checksum: got %q, want -", b)
	}
	c.write("$qC#zz")
	if b := c.readByte(); b != '-' {
		t.Fatalf("non-hex checksum: got %q, want -", b)
	}
	// Noise between packets is skipped.
	c.write("garbage")
	c.expect("qC", "QC1")
	// - asks for the last reply again.
	c.write("-")
	if got := c.recv(); got != "QC1" {
		t.Errorf("resent %q, want QC1", got)
	}
	// A packet longer than the stub accepts is refused.
	c.write("$" + strings.Repeat("m", maxInput+10) + "#00")
	if b := c.readByte(); b != '-' {
		t.Fatalf("long packet: got %q, want -", b)
	}
	c.expect("qC", "QC1")
	c.send("D")
	if got := c.recv(); got != "OK" {
		t.Errorf("D: %q", got)
	}
	if o := c.end(); o.Kind != Detached {
		t.Errorf("outcome %v, want detached", o.Kind)
	}
}

func TestMalformedPackets(t *testing.T) {
	proc := newProcess(t, readExe(t, sumELF), nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	tests := []struct{ in, want string }{
		{"", ""},
		{"p", errSyntax},
		{"pzz", errSyntax},
		{"p123456789", errSyntax},
		{"P25", errSyntax},
		{"P25=123", errSyntax},
		{"P25=xxxxxxxx", errRegister},
		{"G123", errSyntax},
		{"G" + strings.Repeat("0", 8*numRegs+8), errSyntax},
		{"Gzzzzzzzz", errSyntax},
		{"m", errSyntax},
		{"m400000", errSyntax},
		{"m400000,", errSyntax},
		{"m,4", errSyntax},
		{"m00000000000400000,4", errSyntax},
		{"m1ffffffff,4", errSyntax},
		{"mffffffff7fffffff,4", errSyntax},
		{"mffffffff80000000,4", errMemory},
		{"mfoo,4", errSyntax},
		{"m0,4", errMemory},
		{"m400000,0", ""},
		{"M400000,4", errSyntax},
		{"M400000,4:1234", errSyntax},
		{"M400000,2:zzzz", errSyntax},
		{"M10,1:00", errMemory},
		{"X400000,2:a", errSyntax},
		{"X400000,1:}", errSyntax},
		{"X411820,0:", "OK"},
		{"Z", errSyntax},
		{"Z0", errSyntax},
		{"Z0,400000", errSyntax},
		{"Z0,400001,4", errPoint},
		{"Z9,400000,4", ""},
		{"Z0,400000,4;X1,0f", ""},
		{"Z2,411820,0", errPoint},
		{"Z2,ffffffff,4", errPoint},
		{"Zx,400000,4", errSyntax},
		{"C", errSyntax},
		{"Czz", errSyntax},
		{"c1234567890", errSyntax},
		{"vCont;", errSyntax},
		{"vCont;x", errSyntax},
		{"vCont;c5", errSyntax},
		{"vCont;Czz", errSyntax},
		{"vCont;c:2", errSyntax},
		{"H", errSyntax},
		{"Hx1", errSyntax},
		{"T2", errSyntax},
		{"qRcmd,zz", errSyntax},
		{"qXfer:memory-map:read::0,10", ""},
		{"qUnknown", ""},
		{"!", ""},
		{"QNonStop:1", ""},
	}
	for _, tc := range tests {
		c.expect(tc.in, tc.want)
	}
	c.expect("qRcmd,"+hex.EncodeToString([]byte("frob")), hex.EncodeToString([]byte("unknown monitor command \"frob\" (try: monitor help)\n")))
	c.send("k")
	c.end()
}

func TestMemory(t *testing.T) {
	x := readExe(t, sumELF)
	proc := newProcess(t, x, nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	entry := x.Entry
	want, err := proc.ReadMemory(entry, 8)
	if err != nil {
		t.Fatal(err)
	}
	c.expect(fmt.Sprintf("m%x,8", entry), hex.EncodeToString(want))
	total := symbol(t, x, "total")
	c.expect(fmt.Sprintf("M%x,4:78563412", total), "OK")
	c.expect(fmt.Sprintf("m%x,4", total), "78563412")
	// X carries binary data: the bytes $ # } * must arrive escaped.
	data := []byte{'$', '#', '}', '*', 0, 0xff, 3, '+'}
	c.expect(fmt.Sprintf("X%x,%x:", total, len(data))+string(escape(data)), "OK")
	c.expect(fmt.Sprintf("m%x,%x", total, len(data)), hex.EncodeToString(data))
	// A read that runs into unmapped memory returns what precedes it.
	last := uint32(user.StackTop - 4)
	c.expect(fmt.Sprintf("m%x,10", last), strings.Repeat("0", 8))
	c.send("k")
	c.end()
}

// breakAt runs the session to a breakpoint at addr and removes it.
func (c *client) breakAt(addr uint32) string {
	c.t.Helper()
	c.expect(fmt.Sprintf("Z0,%x,4", addr), "OK")
	r := c.cmd("c")
	c.expect(fmt.Sprintf("z0,%x,4", addr), "OK")
	return r
}

func stopPC(t *testing.T, reply string) uint32 {
	t.Helper()
	i := strings.Index(reply, "25:")
	if !strings.HasPrefix(reply, "T") || i < 0 || len(reply) < i+11 {
		t.Fatalf("stop reply %q has no pc", reply)
	}
	v, _, err := parseWord32([]byte(reply[i+3 : i+11]))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestBreakStepWatchExit(t *testing.T) {
	x := readExe(t, sumELF)
	var out strings.Builder
	proc := newProcess(t, x, &out)
	c := startSession(t, NewUserTarget(proc), Options{})
	c.cmd("qSupported:swbreak+")
	mainPC := symbol(t, x, "main")
	r := c.breakAt(mainPC)
	if want := fmt.Sprintf("T0525:%s;", le32(mainPC)); !strings.HasPrefix(r, want) || !strings.HasSuffix(r, "thread:1;swbreak:;") {
		t.Errorf("breakpoint stop %q, want %q...swbreak:;", r, want)
	}
	// Continuing from a breakpoint's address runs its instruction first.
	c.expect(fmt.Sprintf("Z0,%x,4", mainPC), "OK")
	r = c.cmd("s")
	if pc := stopPC(t, r); pc != mainPC+4 || strings.Contains(r, "swbreak") {
		t.Errorf("step from main: %q, want pc %#x", r, mainPC+4)
	}
	c.expect(fmt.Sprintf("z0,%x,4", mainPC), "OK")
	r = c.cmd("vCont;s:1")
	if pc := stopPC(t, r); pc != mainPC+8 {
		t.Errorf("vCont;s: pc %#x, want %#x", pc, mainPC+8)
	}

	// A write watchpoint on total stops before the store, with the
	// watched address; the store has not happened yet.
	total := symbol(t, x, "total")
	c.expect(fmt.Sprintf("Z2,%x,4", total), "OK")
	r = c.cmd("vCont;c")
	if !strings.HasSuffix(r, fmt.Sprintf("watch:%x;", total)) {
		t.Fatalf("watch stop %q", r)
	}
	pc := stopPC(t, r)
	w := binary.LittleEndian.Uint32(must(proc.ReadMemory(pc, 4)))
	if inst, err := isa.Decode(w); err != nil || inst.Op != isa.SW {
		t.Errorf("stopped at %#x: %v, want the sw to total", pc, inst)
	}
	c.expect(fmt.Sprintf("m%x,4", total), "00000000")
	// The resume runs the store (gdb would step with watchpoints removed;
	// the stub lets the watched instruction run once) and the program then
	// ends with no other write to total.
	r = c.cmd("s")
	if stopPC(t, r) != pc+4 {
		t.Errorf("step past the store: %q", r)
	}
	c.expect(fmt.Sprintf("m%x,4", total), le32(140))
	c.expect(fmt.Sprintf("z2,%x,4", total), "OK")
	// A read watchpoint: main reads total for put_int.
	c.expect(fmt.Sprintf("Z3,%x,4", total), "OK")
	r = c.cmd("c")
	if !strings.HasSuffix(r, fmt.Sprintf("rwatch:%x;", total)) {
		t.Errorf("rwatch stop %q", r)
	}
	c.expect(fmt.Sprintf("z3,%x,4", total), "OK")
	c.expect("c", "W00")
	if out.String() != "sum of squares: 140\n" {
		t.Errorf("output %q", out.String())
	}
	c.expect("?", "W00")
	c.expect("g", errNoProc)
	c.expect("c", "W00")
	c.send("k")
	if o := c.end(); o.Kind != Killed || !o.Ended || o.Status != 0 {
		t.Errorf("outcome %+v", o)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// TestCycleExact checks that a debugged run counts what an undebugged run
// counts: breakpoints, watchpoints, steps and memory reads leave no trace.
func TestCycleExact(t *testing.T) {
	x := readExe(t, sumELF)
	plain := newProcess(t, x, nil)
	if status, err := plain.Run(context.Background(), cpu.Limits{MaxInstructions: 1e6}); status != 0 || err != nil {
		t.Fatalf("plain run: %d, %v", status, err)
	}
	proc := newProcess(t, x, nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	c.breakAt(symbol(t, x, "sum_squares"))
	for range 20 {
		c.cmd("s")
	}
	// Reads of untouched memory (the bottom of the stack) allocate nothing.
	c.expect(fmt.Sprintf("m%x,4", user.StackTop-user.StackSize), "00000000")
	c.expect(fmt.Sprintf("Z4,%x,20", symbol(t, x, "squares")), "OK")
	for range 5 {
		if r := c.cmd("c"); !strings.Contains(r, "awatch:") {
			t.Fatalf("awatch: %q", r)
		}
	}
	c.expect(fmt.Sprintf("z4,%x,20", symbol(t, x, "squares")), "OK")
	c.expect(fmt.Sprintf("Z1,%x,4", symbol(t, x, "flush")), "OK")
	if r := c.cmd("c"); !strings.Contains(r, "T05") {
		t.Fatalf("hbreak: %q", r)
	}
	c.expect("c", "W00")
	c.send("k")
	c.end()
	if got, want := proc.Stats(), plain.Stats(); got != want {
		t.Errorf("debugged run counted %+v\nundebugged run %+v", got, want)
	}
	// The same physical frames: the TLB's entries (with their PFNs) match.
	if diff := cmp.Diff(plain.Machine.MMU.TLB, proc.Machine.MMU.TLB); diff != "" {
		t.Errorf("TLB differs (-undebugged +debugged):\n%s", diff)
	}
}

func TestInterrupt(t *testing.T) {
	proc := newProcess(t, readExe(t, "../../testdata/progs/loop.elf"), nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	c.send("c")
	c.write("\x03")
	r := c.recv()
	if !strings.HasPrefix(r, "T02") {
		t.Errorf("after Ctrl-C: %q, want T02", r)
	}
	// The program can go on after the interrupt.
	before := proc.Stats().Instructions
	if r := c.cmd("s"); !strings.HasPrefix(r, "T05") {
		t.Errorf("step after Ctrl-C: %q", r)
	}
	if got := proc.Stats().Instructions; got != before+1 {
		t.Errorf("step ran %d instructions", got-before)
	}
	c.send("k")
	c.end()
}

func TestLimit(t *testing.T) {
	proc := newProcess(t, readExe(t, "../../testdata/progs/loop.elf"), nil)
	c := startSession(t, NewUserTarget(proc), Options{MaxInstructions: 1000})
	if r := c.cmd("c"); !strings.HasPrefix(r, "T18") {
		t.Errorf("limit: %q, want T18 (SIGXCPU)", r)
	}
	if got := proc.Stats().Instructions; got != 1000 {
		t.Errorf("%d instructions, want 1000", got)
	}
	c.send("k")
	c.end()
}

func TestFault(t *testing.T) {
	proc := newProcess(t, readExe(t, "../../testdata/progs/wildjump.elf"), nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	r := c.cmd("c")
	if !strings.HasPrefix(r, "T0b25:78563412;") {
		t.Errorf("wild jump: %q, want SIGSEGV at 0x12345678", r)
	}
	// Continuing without the signal faults again; passing it kills.
	if r2 := c.cmd("c"); r2 != r {
		t.Errorf("continue at the fault: %q, want %q", r2, r)
	}
	c.expect("vCont;C0b:1", "X0b")
	c.expect("?", "X0b")
	c.send("k")
	if o := c.end(); !o.Ended || o.Signal != 11 {
		t.Errorf("outcome %+v", o)
	}
}

func TestDisconnect(t *testing.T) {
	proc := newProcess(t, readExe(t, "../../testdata/progs/loop.elf"), nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	c.send("c")
	c.conn.Close()
	if o := c.end(); o.Kind != Disconnected {
		t.Errorf("outcome %v, want disconnected", o.Kind)
	}
}

// TestStepDelaySlot steps a taken branch with s: the stop is in its delay
// slot, a G that writes the registers back unchanged keeps the delay slot,
// and the next step lands on the branch target.
func TestStepDelaySlot(t *testing.T) {
	x := readExe(t, sumELF)
	proc := newProcess(t, x, nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	// sum_squares+28: b to the loop test (sum.c line 16), then a nop.
	branch := symbol(t, x, "sum_squares") + 28
	w := binary.LittleEndian.Uint32(must(proc.ReadMemory(branch, 4)))
	inst, err := isa.Decode(w)
	if err != nil || inst.Info().Flags&isa.FlagBranch == 0 {
		t.Fatalf("no branch at %#x: %v", branch, inst)
	}
	target := inst.BranchTarget(branch)
	c.breakAt(branch)
	if pc := stopPC(t, c.cmd("s")); pc != branch+4 || !proc.Machine.DelaySlot {
		t.Fatalf("step a branch: pc %#x (delay slot %v), want %#x", pc, proc.Machine.DelaySlot, branch+4)
	}
	c.expect("G"+c.cmd("g"), "OK")
	if pc := stopPC(t, c.cmd("s")); pc != target {
		t.Errorf("step the delay slot: pc %#x, want the target %#x", pc, target)
	}
	c.send("k")
	c.end()
}

func TestMonitorAndSignals(t *testing.T) {
	x := readExe(t, sumELF)
	proc := newProcess(t, x, nil)
	c := startSession(t, NewUserTarget(proc), Options{})
	c.breakAt(symbol(t, x, "main"))
	st := proc.Stats()
	want := fmt.Sprintf("instructions %d\ncycles %d\nstalls %d\nicache_misses %d\ndcache_misses %d\ntlb_misses %d\n",
		st.Instructions, st.Cycles, st.Stalls, st.ICacheMisses, st.DCacheMisses, st.TLBMisses)
	c.expect("qRcmd,"+hex.EncodeToString([]byte("stats")), hex.EncodeToString([]byte(want)))
	c.expect("qThreadExtraInfo,1", hex.EncodeToString([]byte("graftlab cpu")))
	// A signal with no fault pending is not delivered: C02 continues.
	c.expect("C02", "W00")
	c.send("k")
	c.end()
}
