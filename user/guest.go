package user

import (
	"encoding/binary"
	"fmt"
)

// Errno is a MIPS Linux error number. MIPS numbers differ from x86's past
// 34: ENOSYS is 89, not 38.
type Errno uint32

// The error numbers the system calls return (arch/mips/include/uapi/asm/errno.h
// for those above 34).
const (
	EPERM  Errno = 1
	EBADF  Errno = 9
	EIO    Errno = 5
	ENOMEM Errno = 12
	EFAULT Errno = 14
	EEXIST Errno = 17
	ENODEV Errno = 19
	EINVAL Errno = 22
	ENOSYS Errno = 89
)

var errnoNames = map[Errno]string{
	EPERM: "EPERM", EBADF: "EBADF", EIO: "EIO", ENOMEM: "ENOMEM", EFAULT: "EFAULT",
	EEXIST: "EEXIST", ENODEV: "ENODEV", EINVAL: "EINVAL", ENOSYS: "ENOSYS",
}

func (e Errno) String() string {
	if s, ok := errnoNames[e]; ok {
		return s
	}
	return fmt.Sprintf("errno %d", uint32(e))
}

var le = binary.LittleEndian

// chunks calls fn for each piece of [ea, ea+n) that lies in one page, with
// the piece's physical address, stopping at the first errno. It fails with
// EFAULT where the program could not make the access itself.
func (p *Process) chunks(ea uint32, n int, write bool, fn func(pa uint32, off, n int) Errno) Errno {
	if n < 0 || uint64(ea)+uint64(n) > UserLimit {
		return EFAULT
	}
	for off := 0; off < n; {
		a := ea + uint32(off)
		pa, ok := p.mem.access(a, write)
		if !ok {
			return EFAULT
		}
		k := min(n-off, int(PageSize-a%PageSize))
		if e := fn(pa, off, k); e != 0 {
			return e
		}
		off += k
	}
	return 0
}

// readGuest reads n bytes at ea.
func (p *Process) readGuest(ea uint32, n int) ([]byte, Errno) {
	if n < 0 || uint64(ea)+uint64(n) > UserLimit {
		return nil, EFAULT
	}
	b := make([]byte, n)
	e := p.chunks(ea, n, false, func(pa uint32, off, k int) Errno {
		data, err := p.Machine.Bus.ReadBytes(pa, k)
		if err != nil {
			return EFAULT
		}
		copy(b[off:], data)
		return 0
	})
	if e != 0 {
		return nil, e
	}
	return b, 0
}

// writeGuest writes b at ea.
func (p *Process) writeGuest(ea uint32, b []byte) Errno {
	return p.chunks(ea, len(b), true, func(pa uint32, off, k int) Errno {
		if p.Machine.Bus.WriteBytes(pa, b[off:off+k]) != nil {
			return EFAULT
		}
		return 0
	})
}

// checkWritable reports EFAULT unless the program could write all of
// [ea, ea+n); it allocates the pages, as a write would.
func (p *Process) checkWritable(ea uint32, n int) Errno {
	return p.chunks(ea, n, true, func(uint32, int, int) Errno { return 0 })
}

func (p *Process) readWord(ea uint32) (uint32, Errno) {
	b, e := p.readGuest(ea, 4)
	if e != 0 {
		return 0, e
	}
	return le.Uint32(b), 0
}

// Initial-stack constants of Linux (include/uapi/linux/auxvec.h) and of the
// process graftlab pretends to be.
const (
	atNull   = 0
	atPhdr   = 3
	atPhent  = 4
	atPhnum  = 5
	atPagesz = 6
	atBase   = 7
	atFlags  = 8
	atEntry  = 9
	atUID    = 11
	atEUID   = 12
	atGID    = 13
	atEGID   = 14
	atHwcap  = 16
	atClktck = 17
	atSecure = 23
	atRandom = 25
	atExecfn = 31

	uid = 1000 // uid and gid of the process

	// maxArgBytes bounds the argument and environment strings, as Linux
	// bounds them to a quarter of the stack limit.
	maxArgBytes = StackSize / 4
)

// RandomBytes are the 16 bytes that AT_RANDOM points to (glibc seeds its
// stack protector and pointer guard from them). They are fixed, so runs are
// reproducible.
var RandomBytes = [16]byte{0x67, 0x72, 0x61, 0x66, 0x74, 0x6c, 0x61, 0x62, 0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78}

// buildStack writes the initial stack as Linux's create_elf_tables does
// (fs/binfmt_elf.c), with address-space randomization off, and returns sp.
// From StackTop down: a zero word; the program name (AT_EXECFN); the
// environment strings and then the argument strings, so that in memory
// argv[0]'s string comes first; 16-byte alignment; AT_RANDOM's bytes; then,
// at sp rounded down to 16 bytes, argc, argv[], NULL, envp[], NULL and the
// auxiliary vector.
func (p *Process) buildStack(args, env []string) (uint32, error) {
	size := 0
	for _, s := range append(append([]string(nil), args...), env...) {
		size += len(s) + 1
	}
	if size > maxArgBytes {
		return 0, fmt.Errorf("user: arguments and environment take %d bytes, more than %d", size, maxArgBytes)
	}
	sp := uint32(StackTop - 4)
	push := func(s string) (uint32, error) {
		sp -= uint32(len(s) + 1)
		if e := p.writeGuest(sp, append([]byte(s), 0)); e != 0 {
			return 0, fmt.Errorf("user: building the stack: %v", e)
		}
		return sp, nil
	}
	execfn := ""
	if len(args) > 0 {
		execfn = args[0]
	}
	execfnAddr, err := push(execfn)
	if err != nil {
		return 0, err
	}
	envp := make([]uint32, len(env))
	for i := len(env) - 1; i >= 0; i-- {
		if envp[i], err = push(env[i]); err != nil {
			return 0, err
		}
	}
	argv := make([]uint32, len(args))
	for i := len(args) - 1; i >= 0; i-- {
		if argv[i], err = push(args[i]); err != nil {
			return 0, err
		}
	}
	sp &^= 15
	sp -= 16
	random := sp
	if e := p.writeGuest(random, RandomBytes[:]); e != 0 {
		return 0, fmt.Errorf("user: building the stack: %v", e)
	}

	x := p.exe
	auxv := []uint32{
		atHwcap, 0,
		atPagesz, PageSize,
		atClktck, 100,
		atPhdr, x.PhdrAddr,
		atPhent, 32,
		atPhnum, uint32(x.PhdrCount),
		atBase, 0,
		atFlags, 0,
		atEntry, x.Entry,
		atUID, uid,
		atEUID, uid,
		atGID, uid,
		atEGID, uid,
		atSecure, 0,
		atRandom, random,
		atExecfn, execfnAddr,
		atNull, 0,
	}
	words := []uint32{uint32(len(args))}
	words = append(append(words, argv...), 0)
	words = append(append(words, envp...), 0)
	// Linux rounds with the vectors counted but the auxiliary vector placed
	// right after envp's NULL; any slack lies above it.
	sp = (sp - uint32(4*len(auxv)) - uint32(4*len(words))) &^ 15
	words = append(words, auxv...)
	b := make([]byte, 4*len(words))
	for i, w := range words {
		le.PutUint32(b[4*i:], w)
	}
	if e := p.writeGuest(sp, b); e != 0 {
		return 0, fmt.Errorf("user: building the stack: %v", e)
	}
	return sp, nil
}
