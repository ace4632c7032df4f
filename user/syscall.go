package user

import (
	"errors"
	"io"

	"graftlab/isa"
)

// O32 system call numbers (arch/mips/kernel/syscalls/syscall_o32.tbl, plus
// 4000) of the calls served.
const (
	SysExit           = 4001
	SysRead           = 4003
	SysWrite          = 4004
	SysGetpid         = 4020
	SysBrk            = 4045
	SysMmap           = 4090
	SysMunmap         = 4091
	SysUname          = 4122
	SysWritev         = 4146
	SysMmap2          = 4210
	SysExitGroup      = 4246
	SysClockGettime   = 4263
	SysSetThreadArea  = 4283
	SysClockGettime64 = 4403
)

// syscallArgs are a call's six arguments: a0–a3, then the words at sp+16
// and sp+20, read only by the calls that take them.
type syscallArgs struct {
	p   *Process
	num uint32
	r   [4]uint32
}

func (a syscallArgs) arg(i int) uint32 { return a.r[i] }

// stackArg reads argument 4 or 5 from the caller's stack.
func (a syscallArgs) stackArg(i int) (uint32, Errno) {
	return a.p.readWord(a.p.Machine.GPR[isa.SP] + 16 + uint32(4*(i-4)))
}

// syscallFn serves one call: its result, or an errno.
type syscallFn func(p *Process, a syscallArgs) (uint32, Errno)

var syscalls = map[uint32]syscallFn{
	SysExit:           sysExit,
	SysExitGroup:      sysExit,
	SysRead:           sysRead,
	SysWrite:          sysWrite,
	SysWritev:         sysWritev,
	SysGetpid:         func(*Process, syscallArgs) (uint32, Errno) { return pid, 0 },
	SysBrk:            sysBrk,
	SysMmap:           sysMmap,
	SysMmap2:          sysMmap,
	SysMunmap:         sysMunmap,
	SysUname:          sysUname,
	SysSetThreadArea:  sysSetThreadArea,
	SysClockGettime:   sysClockGettime,
	SysClockGettime64: sysClockGettime,
}

// Syscalls lists the numbers of the system calls served.
func Syscalls() []uint32 {
	return []uint32{SysExit, SysRead, SysWrite, SysGetpid, SysBrk, SysMmap, SysMunmap, SysUname,
		SysWritev, SysMmap2, SysExitGroup, SysClockGettime, SysSetThreadArea, SysClockGettime64}
}

// syscall serves the syscall instruction at the PC: the result in v0 and
// a3, the PC past the instruction, the fixed cost charged.
func (p *Process) syscall() {
	m := p.Machine
	g := &m.GPR
	a := syscallArgs{p: p, num: g[isa.V0], r: [4]uint32{g[isa.A0], g[isa.A1], g[isa.A2], g[isa.A3]}}
	var res uint32
	errno := ENOSYS
	if fn, ok := syscalls[a.num]; ok {
		res, errno = fn(p, a)
	}
	if errno != 0 {
		g[isa.V0], g[isa.A3] = uint32(errno), 1
	} else {
		g[isa.V0], g[isa.A3] = res, 0
	}
	p.skipInstruction()
}

// skipInstruction moves past the instruction at the PC, which raised an
// exception that was served, and charges the cost of serving it.
func (p *Process) skipInstruction() {
	m := p.Machine
	m.Skip()
	m.Charge(uint64(m.Profile.UserSyscall))
}

func sysExit(p *Process, a syscallArgs) (uint32, Errno) {
	p.Machine.Halt(int(a.arg(0) & 0xff))
	return 0, 0
}

// ioChunk bounds the bytes one read or write moves through the host at a
// time.
const ioChunk = 64 << 10

func sysRead(p *Process, a syscallArgs) (uint32, Errno) {
	fd, buf, n := a.arg(0), a.arg(1), a.arg(2)
	if fd != 0 {
		return 0, EBADF
	}
	n = min(n, ioChunk) // a short read, as from a pipe
	if e := p.checkWritable(buf, int(n)); e != 0 {
		return 0, e
	}
	if p.stdin == nil || n == 0 {
		return 0, 0
	}
	b := make([]byte, n)
	for {
		k, err := p.stdin.Read(b)
		if k > 0 {
			return uint32(k), p.writeGuest(buf, b[:k])
		}
		if errors.Is(err, io.EOF) {
			return 0, 0
		}
		if err != nil {
			return 0, EIO
		}
	}
}

func (p *Process) writer(fd uint32) io.Writer {
	switch fd {
	case 1:
		return p.stdout
	case 2:
		return p.stderr
	}
	return nil
}

func sysWrite(p *Process, a syscallArgs) (uint32, Errno) {
	w := p.writer(a.arg(0))
	if w == nil {
		return 0, EBADF
	}
	return p.write(w, a.arg(1), a.arg(2), 0)
}

// write writes n bytes at buf to w, having already written done bytes of
// the call. A bad page part-way makes a short write, as in Linux; one at
// the start is EFAULT.
func (p *Process) write(w io.Writer, buf, n, done uint32) (uint32, Errno) {
	for n > 0 {
		want := min(n, ioChunk)
		k := p.readablePrefix(buf, want)
		if k == 0 {
			if done > 0 {
				return done, 0
			}
			return 0, EFAULT
		}
		b, e := p.readGuest(buf, int(k))
		if e != 0 {
			return 0, e
		}
		if _, err := w.Write(b); err != nil {
			if done > 0 {
				return done, 0
			}
			return 0, EIO
		}
		buf, n, done = buf+k, n-k, done+k
		if k < want {
			break
		}
	}
	return done, 0
}

// readablePrefix returns how many of the n bytes at ea the program could
// read, from ea on.
func (p *Process) readablePrefix(ea, n uint32) uint32 {
	var k uint32
	for k < n {
		a := ea + k
		if uint64(ea)+uint64(k) >= UserLimit {
			break
		}
		if _, ok := p.mem.access(a, false); !ok {
			break
		}
		k += min(n-k, PageSize-a%PageSize)
	}
	return k
}

// maxIOV is UIO_MAXIOV.
const maxIOV = 1024

func sysWritev(p *Process, a syscallArgs) (uint32, Errno) {
	w := p.writer(a.arg(0))
	if w == nil {
		return 0, EBADF
	}
	iov, cnt := a.arg(1), a.arg(2)
	if cnt > maxIOV {
		return 0, EINVAL
	}
	vec, e := p.readGuest(iov, int(8*cnt))
	if e != 0 {
		return 0, e
	}
	var total uint64
	for i := range cnt {
		total += uint64(le.Uint32(vec[8*i+4:]))
	}
	if total > 0x7fffffff {
		return 0, EINVAL
	}
	var done uint32
	for i := range cnt {
		base, n := le.Uint32(vec[8*i:]), le.Uint32(vec[8*i+4:])
		before := done
		if done, e = p.write(w, base, n, done); e != 0 {
			return 0, e
		}
		if done-before < n {
			break // a fault part-way: a short write
		}
	}
	return done, 0
}

func sysUname(p *Process, a syscallArgs) (uint32, Errno) {
	const field = 65
	var b [6 * field]byte
	for i, s := range []string{"Linux", "graftlab", "6.1.0-graftlab", "#1 graftlab user mode", "mips", "(none)"} {
		copy(b[i*field:], s)
	}
	return 0, p.writeGuest(a.arg(0), b[:])
}

func sysSetThreadArea(p *Process, a syscallArgs) (uint32, Errno) {
	p.threadArea = a.arg(0)
	return 0, 0
}

// sysClockGettime serves clock_gettime (o32's 32-bit struct timespec) and
// clock_gettime64 (two 64-bit words). Every clock reads the emulated time:
// the cycle count at the profile's clock rate, from 0 at the start of the
// run (so CLOCK_REALTIME starts at the epoch).
func sysClockGettime(p *Process, a syscallArgs) (uint32, Errno) {
	if a.arg(0) > 11 { // CLOCK_REALTIME ... CLOCK_TAI
		return 0, EINVAL
	}
	m := p.Machine
	ns := uint64(float64(m.Stats.Cycles) * 1000 / m.Profile.ClockMHz)
	sec, nsec := ns/1e9, ns%1e9
	var b []byte
	if a.num == SysClockGettime64 {
		b = le.AppendUint64(le.AppendUint64(nil, sec), nsec)
	} else {
		b = le.AppendUint32(le.AppendUint32(nil, uint32(sec)), uint32(nsec))
	}
	return 0, p.writeGuest(a.arg(1), b)
}

// rdhwrULR reports whether inst is rdhwr rt,$29 (read UserLocal), and rt.
func rdhwrULR(inst uint32) (rt isa.Reg, ok bool) {
	const mask, match = 0xffe0ffff, 0x7c00e83b // SPECIAL3, rd = 29, function RDHWR
	return isa.Reg(inst >> 16 & 31), inst&mask == match
}
