package user

import (
	"errors"
	"io"
	"slices"

	"graftlab/isa"
)

// O32 system call numbers (arch/mips/kernel/syscalls/syscall_o32.tbl, plus
// 4000) of the calls served.
const (
	SysExit             = 4001
	SysRead             = 4003
	SysWrite            = 4004
	SysOpen             = 4005
	SysClose            = 4006
	SysTime             = 4013
	SysLseek            = 4019
	SysGetpid           = 4020
	SysGetuid           = 4024
	SysBrk              = 4045
	SysGetgid           = 4047
	SysGeteuid          = 4049
	SysGetegid          = 4050
	SysIoctl            = 4054
	SysGetrlimit        = 4076
	SysGettimeofday     = 4078
	SysReadlink         = 4085
	SysMmap             = 4090
	SysMunmap           = 4091
	SysUname            = 4122
	SysMprotect         = 4125
	SysLlseek           = 4140
	SysWritev           = 4146
	SysNanosleep        = 4166
	SysRtSigaction      = 4194
	SysRtSigprocmask    = 4195
	SysMmap2            = 4210
	SysStat64           = 4213
	SysLstat64          = 4214
	SysFstat64          = 4215
	SysMadvise          = 4218
	SysGetdents64       = 4219
	SysExitGroup        = 4246
	SysSetTidAddress    = 4252
	SysClockGettime     = 4263
	SysClockNanosleep   = 4265
	SysSetThreadArea    = 4283
	SysOpenat           = 4288
	SysReadlinkat       = 4298
	SysGetrandom        = 4353
	SysStatx            = 4366
	SysClockGettime64   = 4403
	SysClockNanosleep64 = 4407
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
	SysExit:             sysExit,
	SysExitGroup:        sysExit,
	SysRead:             sysRead,
	SysWrite:            sysWrite,
	SysWritev:           sysWritev,
	SysOpen:             sysOpen,
	SysOpenat:           sysOpenat,
	SysClose:            sysClose,
	SysLseek:            sysLseek,
	SysLlseek:           sysLlseek,
	SysFstat64:          sysFstat64,
	SysStat64:           sysStat64,
	SysLstat64:          sysStat64,
	SysStatx:            sysStatx,
	SysGetdents64:       sysGetdents64,
	SysIoctl:            sysIoctl,
	SysReadlink:         sysReadlink,
	SysReadlinkat:       sysReadlink,
	SysGetpid:           func(*Process, syscallArgs) (uint32, Errno) { return pid, 0 },
	SysSetTidAddress:    func(*Process, syscallArgs) (uint32, Errno) { return pid, 0 },
	SysGetuid:           func(*Process, syscallArgs) (uint32, Errno) { return uid, 0 },
	SysGeteuid:          func(*Process, syscallArgs) (uint32, Errno) { return uid, 0 },
	SysGetgid:           func(*Process, syscallArgs) (uint32, Errno) { return uid, 0 },
	SysGetegid:          func(*Process, syscallArgs) (uint32, Errno) { return uid, 0 },
	SysBrk:              sysBrk,
	SysMmap:             sysMmap,
	SysMmap2:            sysMmap,
	SysMunmap:           sysMunmap,
	SysMprotect:         sysAccept,
	SysMadvise:          sysAccept,
	SysUname:            sysUname,
	SysSetThreadArea:    sysSetThreadArea,
	SysClockGettime:     sysClockGettime,
	SysClockGettime64:   sysClockGettime,
	SysGettimeofday:     sysGettimeofday,
	SysTime:             sysTime,
	SysNanosleep:        sysNanosleep,
	SysClockNanosleep:   sysNanosleep,
	SysClockNanosleep64: sysNanosleep,
	SysRtSigaction:      sysRtSigaction,
	SysRtSigprocmask:    sysRtSigprocmask,
	SysGetrandom:        sysGetrandom,
}

// Syscalls lists the numbers of the system calls served, in increasing
// order.
func Syscalls() []uint32 {
	nums := make([]uint32, 0, len(syscalls))
	for n := range syscalls {
		nums = append(nums, n)
	}
	slices.Sort(nums)
	return nums
}

// sysAccept accepts a call that changes nothing graftlab models (mprotect,
// madvise).
func sysAccept(*Process, syscallArgs) (uint32, Errno) { return 0, 0 }

// emulatedNanos is the emulated time: the cycle count at the profile's
// clock rate, from 0 at the start of the run.
func (p *Process) emulatedNanos() uint64 {
	m := p.Machine
	return uint64(float64(m.Stats.Cycles) * 1000 / m.Profile.ClockMHz)
}

func sysGettimeofday(p *Process, a syscallArgs) (uint32, Errno) {
	if a.arg(0) == 0 {
		return 0, 0
	}
	ns := p.emulatedNanos()
	return 0, p.writeGuest(a.arg(0), le.AppendUint32(le.AppendUint32(nil, uint32(ns/1e9)), uint32(ns%1e9/1000)))
}

func sysTime(p *Process, a syscallArgs) (uint32, Errno) {
	sec := uint32(p.emulatedNanos() / 1e9)
	if a.arg(0) != 0 {
		if e := p.writeGuest(a.arg(0), le.AppendUint32(nil, sec)); e != 0 {
			return 0, e
		}
	}
	return sec, 0
}

// sysNanosleep serves nanosleep, clock_nanosleep and clock_nanosleep_time64:
// the emulated time moves on by the interval (an absolute one: to it), as
// idle cycles; the call is never interrupted.
func sysNanosleep(p *Process, a syscallArgs) (uint32, Errno) {
	req, abs := a.arg(0), false
	var sec, nsec uint64
	switch a.num {
	case SysNanosleep:
	case SysClockNanosleep, SysClockNanosleep64:
		if a.arg(0) > 11 {
			return 0, EINVAL
		}
		req, abs = a.arg(2), a.arg(1)&1 != 0 // TIMER_ABSTIME
	}
	if a.num == SysClockNanosleep64 {
		b, e := p.readGuest(req, 16)
		if e != 0 {
			return 0, e
		}
		sec, nsec = le.Uint64(b), le.Uint64(b[8:])
	} else {
		b, e := p.readGuest(req, 8)
		if e != 0 {
			return 0, e
		}
		sec, nsec = uint64(le.Uint32(b)), uint64(le.Uint32(b[4:]))
	}
	if nsec >= 1e9 || int64(sec) < 0 {
		return 0, EINVAL
	}
	ns := min(sec, 1<<30)*1e9 + nsec
	if abs {
		now := p.emulatedNanos()
		ns = max(ns, now) - now
	}
	m := p.Machine
	cycles := uint64(float64(ns) * m.Profile.ClockMHz / 1000)
	m.Stats.IdleCycles += cycles
	m.Charge(cycles)
	return 0, 0
}

// sysRtSigaction accepts a handler and forgets it: no signal is ever
// delivered to the guest (a fault ends the run). The old action reads as
// SIG_DFL.
func sysRtSigaction(p *Process, a syscallArgs) (uint32, Errno) {
	if a.arg(0) == 0 || a.arg(0) > 128 {
		return 0, EINVAL
	}
	if old := a.arg(2); old != 0 {
		return 0, p.writeGuest(old, make([]byte, 16+4)) // o32 struct sigaction: flags, handler, mask[4]
	}
	return 0, 0
}

// sysRtSigprocmask accepts any mask; the old mask reads as empty.
func sysRtSigprocmask(p *Process, a syscallArgs) (uint32, Errno) {
	if old := a.arg(2); old != 0 {
		n := min(a.arg(3), 128)
		return 0, p.writeGuest(old, make([]byte, n))
	}
	return 0, 0
}

// sysGetrandom fills the buffer from a generator seeded with a constant, so
// runs repeat.
func sysGetrandom(p *Process, a syscallArgs) (uint32, Errno) {
	n := min(a.arg(1), ioChunk)
	b := make([]byte, n)
	for i := range b {
		p.randState = p.randState*6364136223846793005 + 1442695040888963407
		b[i] = byte(p.randState >> 56)
	}
	return n, p.writeGuest(a.arg(0), b)
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
		f, e := p.fileOf(fd)
		if e != 0 {
			return 0, e
		}
		return p.readFile(f, buf, min(n, ioChunk))
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
	p.Machine.CP0.UserLocal = a.arg(0) // what rdhwr $29 reads on a Release 2 profile
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
	ns := p.emulatedNanos()
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
