package user

import (
	"encoding/binary"
	"os"
	"testing"

	"graftlab/isa"
)

// putString emits stores of s, NUL-terminated, at ea.
func putString(b *isa.Builder, ea uint32, s string) {
	data := append([]byte(s), 0, 0, 0, 0)
	b.Li(isa.T8, ea)
	for i := 0; i+4 <= len(data); i += 4 {
		b.Li(isa.T7, binary.LittleEndian.Uint32(data[i:]))
		b.Sw(isa.T7, int32(i), isa.T8)
	}
}

// TestFileCalls runs the file system calls on this package's own source.
func TestFileCalls(t *testing.T) {
	const (
		path    = dataBase + 0x400
		missing = dataBase + 0x500
		buf     = dataBase + 0x600
	)
	src, err := os.ReadFile("files_test.go")
	if err != nil {
		t.Fatal(err)
	}
	calls := []struct {
		name  string
		num   uint32
		args  []uint32
		v0    uint32
		error bool
	}{
		{"openat", SysOpenat, []uint32{atFDCWD, path, 0}, 3, false},
		{"read", SysRead, []uint32{3, buf, 16}, 16, false},
		{"lseek to the end", SysLseek, []uint32{3, 0, 2}, uint32(len(src)), false},
		{"read at the end", SysRead, []uint32{3, buf + 16, 16}, 0, false},
		{"lseek back", SysLseek, []uint32{3, 8, 0}, 8, false},
		{"getdents64 of a file", SysGetdents64, []uint32{3, buf + 64, 256}, uint32(ENOTDIR), true},
		{"fstat64", SysFstat64, []uint32{3, buf + 128}, 0, false},
		{"ioctl TCGETS", SysIoctl, []uint32{1, 0x540d, buf}, uint32(ENOTTY), true},
		{"open missing", SysOpen, []uint32{missing, 0}, uint32(ENOENT), true},
		{"open for writing", SysOpen, []uint32{path, 1}, uint32(EROFS), true},
		{"openat relative to a descriptor", SysOpenat, []uint32{3, path, 0}, uint32(EBADF), true},
		{"close", SysClose, []uint32{3}, 0, false},
		{"read closed", SysRead, []uint32{3, buf, 4}, uint32(EBADF), true},
		{"close closed", SysClose, []uint32{3}, uint32(EBADF), true},
		{"lseek stdout", SysLseek, []uint32{1, 0, 0}, uint32(ESPIPE), true},
		{"readlink", SysReadlink, []uint32{path, buf, 64}, uint32(ENOENT), true},
		{"getuid", SysGetuid, nil, uid, false},
		{"getrandom", SysGetrandom, []uint32{buf + 256, 8, 0}, 8, false},
		{"rt_sigaction", SysRtSigaction, []uint32{2, 0, buf + 300}, 0, false},
		{"rt_sigaction of 0", SysRtSigaction, []uint32{0, 0, 0}, uint32(EINVAL), true},
		{"nanosleep", SysNanosleep, []uint32{path}, 0, false}, // a timespec read from the path's bytes: EINVAL unless small
	}
	p, status, err := runCode(t, func(b *isa.Builder) {
		putString(b, path, "files_test.go")
		putString(b, missing, "no/such/file")
		for i, c := range calls {
			if c.name == "nanosleep" {
				// {0 s, 1000 ns}
				b.Li(isa.T8, path)
				b.Sw(isa.Zero, 0, isa.T8)
				b.Li(isa.T7, 1000)
				b.Sw(isa.T7, 4, isa.T8)
			}
			syscall(b, c.num, c.args...)
			record(b, int32(i+100))
		}
		exit(b, 0)
	})
	if err != nil || status != 0 {
		t.Fatal(status, err)
	}
	mem, err := p.ReadMemory(dataBase+800, 8*len(calls))
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range calls {
		v0, a3 := binary.LittleEndian.Uint32(mem[8*i:]), binary.LittleEndian.Uint32(mem[8*i+4:])
		if v0 != c.v0 || (a3 == 1) != c.error {
			t.Errorf("%s: v0 %#x a3 %d, want %#x error %v", c.name, v0, a3, c.v0, c.error)
		}
	}
	got, _ := p.ReadMemory(buf, 16)
	if string(got) != string(src[:16]) {
		t.Errorf("read %q, want %q", got, src[:16])
	}
	st, _ := p.ReadMemory(buf+128, 104)
	if mode, size := binary.LittleEndian.Uint32(st[24:]), binary.LittleEndian.Uint64(st[56:]); mode&0o170000 != sIFREG || size != uint64(len(src)) {
		t.Errorf("fstat64: mode %o size %d", mode, size)
	}
}
