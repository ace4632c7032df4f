package user

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	hostsys "syscall"
)

// Files. A program opens host files by their paths, relative to the
// current directory, as under qemu-user; only reading is served. A file's
// contents are read whole when it is opened (up to maxFileSize), so the
// program sees one consistent file, a snapshot keeps its descriptors and
// their offsets, and nothing the host does later changes a run. Metadata
// is reduced to what is deterministic: type, permission bits and size; the
// times, inode and device numbers read as zero.

const (
	maxFileSize = 64 << 20
	maxFiles    = 1024
	maxPath     = 4096
	atFDCWD     = 0xffffff9c // AT_FDCWD, -100
)

// More MIPS error numbers, for the file calls.
const (
	ENOENT       Errno = 2
	EACCES       Errno = 13
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EMFILE       Errno = 24
	ENOTTY       Errno = 25
	EFBIG        Errno = 27
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	ENAMETOOLONG Errno = 78
	EOVERFLOW    Errno = 79
)

// guestFile is an open file: its contents or directory entries, and the
// offset.
type guestFile struct {
	data  []byte // shared by every copy: never written
	names []dirent
	dir   bool
	mode  uint32 // st_mode
	off   int64
}

type dirent struct {
	name string
	typ  byte // DT_REG, DT_DIR, ...
}

// fileOf returns the open file fd (3 or more).
func (p *Process) fileOf(fd uint32) (*guestFile, Errno) {
	f, ok := p.files[fd]
	if !ok {
		return nil, EBADF
	}
	return f, 0
}

// readPath reads a NUL-terminated path from guest memory.
func (p *Process) readPath(ea uint32) (string, Errno) {
	var b []byte
	for len(b) < maxPath {
		c, e := p.readGuest(ea+uint32(len(b)), 1)
		if e != 0 {
			return "", e
		}
		if c[0] == 0 {
			if len(b) == 0 {
				return "", ENOENT
			}
			return string(b), 0
		}
		b = append(b, c[0])
	}
	return "", ENAMETOOLONG
}

func hostErrno(err error) Errno {
	var errno hostsys.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ENOENT
	case errors.Is(err, fs.ErrPermission):
		return EACCES
	case errors.As(err, &errno) && errno == hostsys.ENOTDIR:
		return ENOTDIR
	}
	return EIO
}

// Linux's st_mode type bits.
const (
	sIFREG = 0o100000
	sIFDIR = 0o040000
	sIFCHR = 0o020000
)

// hostPath is the host path of a guest path: a relative one is resolved
// against Config.Dir.
func (p *Process) hostPath(path string) string {
	if p.dir != "" && !filepath.IsAbs(path) {
		return filepath.Join(p.dir, path)
	}
	return path
}

// loadFile reads a host file or directory for the guest.
func loadFile(path string) (*guestFile, Errno) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, hostErrno(err)
	}
	f := &guestFile{mode: uint32(st.Mode().Perm())}
	switch {
	case st.IsDir():
		f.dir, f.mode = true, f.mode|sIFDIR
		ents, err := os.ReadDir(path)
		if err != nil {
			return nil, hostErrno(err)
		}
		f.names = []dirent{{".", 4}, {"..", 4}}
		for _, e := range ents {
			typ := byte(8) // DT_REG
			if e.IsDir() {
				typ = 4
			} else if !e.Type().IsRegular() {
				typ = 0 // DT_UNKNOWN
			}
			f.names = append(f.names, dirent{e.Name(), typ})
		}
		sort.Slice(f.names[2:], func(i, j int) bool { return f.names[2+i].name < f.names[2+j].name })
	case st.Mode().IsRegular():
		if st.Size() > maxFileSize {
			return nil, EFBIG
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, hostErrno(err)
		}
		f.data, f.mode = data, f.mode|sIFREG
	default:
		return nil, EACCES // devices, pipes and sockets are not served
	}
	return f, 0
}

// O_ flags of MIPS Linux that matter here.
const (
	oAccMode   = 3
	oCreat     = 0x100
	oTrunc     = 0x200
	oDirectory = 0x10000
)

func sysOpen(p *Process, a syscallArgs) (uint32, Errno) {
	return p.open(atFDCWD, a.arg(0), a.arg(1))
}

func sysOpenat(p *Process, a syscallArgs) (uint32, Errno) {
	return p.open(a.arg(0), a.arg(1), a.arg(2))
}

func (p *Process) open(dirfd, pathEA, flags uint32) (uint32, Errno) {
	path, e := p.readPath(pathEA)
	if e != 0 {
		return 0, e
	}
	if path[0] != '/' && dirfd != atFDCWD {
		return 0, EBADF // relative to a directory descriptor: not served
	}
	if flags&oAccMode != 0 || flags&(oCreat|oTrunc) != 0 {
		return 0, EROFS
	}
	f, e := loadFile(p.hostPath(path))
	if e != 0 {
		return 0, e
	}
	if flags&oDirectory != 0 && !f.dir {
		return 0, ENOTDIR
	}
	for fd := uint32(3); fd < maxFiles; fd++ {
		if _, used := p.files[fd]; !used {
			if p.files == nil {
				p.files = map[uint32]*guestFile{}
			}
			p.files[fd] = f
			return fd, 0
		}
	}
	return 0, EMFILE
}

func sysClose(p *Process, a syscallArgs) (uint32, Errno) {
	fd := a.arg(0)
	if fd <= 2 {
		return 0, 0 // the standard streams stay with the host
	}
	if _, e := p.fileOf(fd); e != 0 {
		return 0, e
	}
	delete(p.files, fd)
	return 0, 0
}

// readFile serves read on an open file.
func (p *Process) readFile(f *guestFile, buf, n uint32) (uint32, Errno) {
	if f.dir {
		return 0, EISDIR
	}
	if e := p.checkWritable(buf, int(n)); e != 0 {
		return 0, e
	}
	if f.off >= int64(len(f.data)) {
		return 0, 0
	}
	k := min(int64(n), int64(len(f.data))-f.off)
	if e := p.writeGuest(buf, f.data[f.off:f.off+k]); e != 0 {
		return 0, e
	}
	f.off += k
	return uint32(k), 0
}

func (p *Process) seek(fd uint32, off int64, whence uint32) (int64, Errno) {
	if fd <= 2 {
		return 0, ESPIPE
	}
	f, e := p.fileOf(fd)
	if e != 0 {
		return 0, e
	}
	switch whence {
	case 0:
	case 1:
		off += f.off
	case 2:
		off += int64(len(f.data))
	default:
		return 0, EINVAL
	}
	if off < 0 {
		return 0, EINVAL
	}
	f.off = off
	return off, 0
}

func sysLseek(p *Process, a syscallArgs) (uint32, Errno) {
	off, e := p.seek(a.arg(0), int64(int32(a.arg(1))), a.arg(2))
	if e != 0 {
		return 0, e
	}
	if off > 0x7fffffff {
		return 0, EOVERFLOW
	}
	return uint32(off), 0
}

func sysLlseek(p *Process, a syscallArgs) (uint32, Errno) {
	whence, e := a.stackArg(4)
	if e != 0 {
		return 0, e
	}
	off, e := p.seek(a.arg(0), int64(uint64(a.arg(1))<<32|uint64(a.arg(2))), whence)
	if e != 0 {
		return 0, e
	}
	return 0, p.writeGuest(a.arg(3), le.AppendUint64(nil, uint64(off)))
}

// statOf describes fd or path: st_mode and size.
func (p *Process) statOf(fd uint32, pathEA uint32, usePath bool) (mode uint32, size int64, e Errno) {
	if usePath {
		path, e := p.readPath(pathEA)
		if e != 0 {
			return 0, 0, e
		}
		f, e := loadFile(p.hostPath(path))
		if e != 0 {
			return 0, 0, e
		}
		return f.mode, int64(len(f.data)), 0
	}
	if fd <= 2 {
		return sIFCHR | 0o620, 0, 0 // a terminal-like device; ioctl says it is not a tty
	}
	f, e := p.fileOf(fd)
	if e != 0 {
		return 0, 0, e
	}
	return f.mode, int64(len(f.data)), 0
}

// stat64 is o32's struct stat64 (104 bytes).
func stat64(mode uint32, size int64) []byte {
	b := make([]byte, 104)
	le.PutUint32(b[24:], mode)
	le.PutUint32(b[28:], 1) // st_nlink
	le.PutUint32(b[32:], uid)
	le.PutUint32(b[36:], uid)
	le.PutUint64(b[56:], uint64(size))
	le.PutUint32(b[88:], 4096) // st_blksize
	le.PutUint64(b[96:], uint64((size+511)/512))
	return b
}

func sysFstat64(p *Process, a syscallArgs) (uint32, Errno) {
	mode, size, e := p.statOf(a.arg(0), 0, false)
	if e != 0 {
		return 0, e
	}
	return 0, p.writeGuest(a.arg(1), stat64(mode, size))
}

func sysStat64(p *Process, a syscallArgs) (uint32, Errno) {
	mode, size, e := p.statOf(0, a.arg(0), true)
	if e != 0 {
		return 0, e
	}
	return 0, p.writeGuest(a.arg(1), stat64(mode, size))
}

const atEmptyPath = 0x1000

// sysStatx serves statx(dirfd, path, flags, mask, buf): with AT_EMPTY_PATH
// and an empty path, the open descriptor; else the path.
func sysStatx(p *Process, a syscallArgs) (uint32, Errno) {
	buf, e := a.stackArg(4)
	if e != 0 {
		return 0, e
	}
	var mode uint32
	var size int64
	c, e := p.readGuest(a.arg(1), 1)
	if e != 0 {
		return 0, e
	}
	if c[0] == 0 && a.arg(2)&atEmptyPath != 0 {
		mode, size, e = p.statOf(a.arg(0), 0, false)
	} else {
		path, e2 := p.readPath(a.arg(1))
		if e2 != 0 {
			return 0, e2
		}
		if path[0] != '/' && a.arg(0) != atFDCWD {
			return 0, EBADF
		}
		mode, size, e = p.statOf(0, a.arg(1), true)
	}
	if e != 0 {
		return 0, e
	}
	b := make([]byte, 256)
	le.PutUint32(b[0:], 0x7ff) // STATX_BASIC_STATS
	le.PutUint32(b[4:], 4096)
	le.PutUint32(b[16:], 1)
	le.PutUint32(b[20:], uid)
	le.PutUint32(b[24:], uid)
	le.PutUint16(b[28:], uint16(mode))
	le.PutUint64(b[40:], uint64(size))
	le.PutUint64(b[48:], uint64((size+511)/512))
	return 0, p.writeGuest(buf, b)
}

// sysGetdents64 lists a directory: struct linux_dirent64 records (d_ino,
// d_off, d_reclen, d_type, d_name), 8-byte aligned; the offset counts
// entries.
func sysGetdents64(p *Process, a syscallArgs) (uint32, Errno) {
	f, e := p.fileOf(a.arg(0))
	if e != 0 {
		return 0, e
	}
	if !f.dir {
		return 0, ENOTDIR
	}
	var out []byte
	n := int(a.arg(2))
	for f.off < int64(len(f.names)) {
		d := f.names[f.off]
		reclen := (19 + len(d.name) + 1 + 7) &^ 7
		if len(out)+reclen > n {
			if len(out) == 0 {
				return 0, EINVAL
			}
			break
		}
		rec := make([]byte, reclen)
		le.PutUint64(rec[0:], uint64(f.off+1)) // an inode number that is not zero
		le.PutUint64(rec[8:], uint64(f.off+1))
		le.PutUint16(rec[16:], uint16(reclen))
		rec[18] = d.typ
		copy(rec[19:], d.name)
		out = append(out, rec...)
		f.off++
	}
	return uint32(len(out)), p.writeGuest(a.arg(1), out)
}

// sysIoctl answers TCGETS (isatty) with ENOTTY for every descriptor: the
// standard streams are never terminals to the guest, so its buffering does
// not depend on where the host's output goes.
func sysIoctl(p *Process, a syscallArgs) (uint32, Errno) {
	fd := a.arg(0)
	if _, open := p.files[fd]; !open && fd > 2 {
		return 0, EBADF
	}
	return 0, ENOTTY
}

// sysReadlink answers readlink and readlinkat: the guest sees no symbolic
// links (/proc/self/exe included), whatever the host has, so every path is
// ENOENT.
func sysReadlink(p *Process, a syscallArgs) (uint32, Errno) {
	pathEA := a.arg(0)
	if a.num == SysReadlinkat {
		pathEA = a.arg(1)
	}
	if _, e := p.readPath(pathEA); e != 0 {
		return 0, e
	}
	return 0, ENOENT
}
