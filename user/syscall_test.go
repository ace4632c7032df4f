package user

import (
	"encoding/binary"
	"errors"
	"testing"

	"graftlab/isa"
)

// TestRdhwrUserLocal checks the emulation of rdhwr $29: it reads what
// set_thread_area stored.
func TestRdhwrUserLocal(t *testing.T) {
	p, _, err := runCode(t, func(b *isa.Builder) {
		syscall(b, SysSetThreadArea, 0x12347008)
		b.Word(0x7c03e83b) // rdhwr v1,$29
		b.Word(0x7c08e83b) // rdhwr t0,$29
		exit(b, 0)
	})
	if err != nil {
		t.Fatal(err)
	}
	if g := p.Machine.GPR; g[isa.V1] != 0x12347008 || g[isa.T0] != 0x12347008 || p.ThreadArea() != 0x12347008 {
		t.Errorf("v1 %#x t0 %#x", g[isa.V1], g[isa.T0])
	}
	_, _, err = runCode(t, func(b *isa.Builder) { b.Word(0x7c03103b) }) // rdhwr v1,$2: not emulated
	var f *Fault
	if !errors.As(err, &f) || f.Signal != SIGILL {
		t.Errorf("rdhwr $2: %v", err)
	}
}

func TestSyscallResults(t *testing.T) {
	const mapPrivAnon = mapPrivate | mapAnonymous
	calls := []struct {
		name  string
		num   uint32
		args  []uint32
		v0    uint32
		error bool
	}{
		{"write from a kernel address", SysWrite, []uint32{1, 0x80000000, 4}, uint32(EFAULT), true},
		{"write from an unmapped page", SysWrite, []uint32{1, 0x00300000, 4}, uint32(EFAULT), true},
		{"write across the end of data", SysWrite, []uint32{1, dataBase + PageSize - 3, 8}, 3, false},
		{"write to stdin", SysWrite, []uint32{0, dataBase, 1}, uint32(EBADF), true},
		{"read into text", SysRead, []uint32{0, textBase, 4}, uint32(EFAULT), true},
		{"read at the end of input", SysRead, []uint32{0, dataBase, 4}, 0, false},
		{"read from stdout", SysRead, []uint32{1, dataBase, 4}, uint32(EBADF), true},
		{"unknown", 4999, nil, uint32(ENOSYS), true},
		{"below the numbers", 17, nil, uint32(ENOSYS), true},
		{"mmap2 shared", SysMmap2, []uint32{0, 4096, protRead, mapShared | mapAnonymous}, uint32(EINVAL), true},
		{"mmap2 a file", SysMmap2, []uint32{0, 4096, protRead, mapPrivate}, uint32(ENODEV), true},
		{"mmap2 bad prot", SysMmap2, []uint32{0, 4096, 8, mapPrivAnon}, uint32(EINVAL), true},
		{"mmap2 fixed misaligned", SysMmap2, []uint32{0x50000001, 4096, protRead, mapPrivAnon | mapFixed}, uint32(EINVAL), true},
		{"mmap2 fixed low", SysMmap2, []uint32{0x1000, 4096, protRead, mapPrivAnon | mapFixed}, uint32(EPERM), true},
		{"mmap2 fixed noreplace", SysMmap2, []uint32{textBase, 4096, protRead, mapPrivAnon | mapFixedNoReplace}, uint32(EEXIST), true},
		{"mmap2 too big", SysMmap2, []uint32{0, 0x90000000, protRead, mapPrivAnon}, uint32(ENOMEM), true},
		{"mmap2", SysMmap2, []uint32{0, 5000, protRead | protWrite, mapPrivAnon}, MmapBase, false},
		{"mmap2 next", SysMmap2, []uint32{0, 4096, protRead, mapPrivAnon}, MmapBase + 2*PageSize, false},
		{"mmap2 hint", SysMmap2, []uint32{0x40000000, 4096, protRead, mapPrivAnon}, 0x40000000, false},
		{"munmap misaligned", SysMunmap, []uint32{MmapBase + 1, 4096}, uint32(EINVAL), true},
		{"munmap", SysMunmap, []uint32{MmapBase, 4096}, 0, false},
		{"mmap2 reuses the hole", SysMmap2, []uint32{0, 4096, protRead, mapPrivAnon}, MmapBase, false},
		{"brk(0)", SysBrk, []uint32{0}, dataBase + PageSize, false},
		{"brk into the text", SysBrk, []uint32{0x00500000}, 0x00500000, false},
		{"brk over a mapping", SysBrk, []uint32{MmapBase + 10}, 0x00500000, false},
		{"clock_gettime bad clock", SysClockGettime, []uint32{12, dataBase}, uint32(EINVAL), true},
		{"clock_gettime to text", SysClockGettime, []uint32{0, textBase}, uint32(EFAULT), true},
		{"uname to a bad pointer", SysUname, []uint32{0x00300000}, uint32(EFAULT), true},
		{"getpid", SysGetpid, nil, pid, false},
	}
	p, status, err := runCode(t, func(b *isa.Builder) {
		for i, c := range calls {
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
	if p.Machine.Stats.Exceptions[isa.ExcSys] != uint64(len(calls)+1) {
		t.Errorf("%d system calls", p.Machine.Stats.Exceptions[isa.ExcSys])
	}
}
