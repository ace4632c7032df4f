package user

// The memory-management system calls: brk, mmap, mmap2 and munmap.

// MIPS mmap flags (arch/mips/include/uapi/asm/mman.h): MAP_ANONYMOUS is
// 0x800, not x86's 0x20.
const (
	mapShared         = 0x001
	mapPrivate        = 0x002
	mapSharedValidate = 0x003
	mapType           = 0x00f
	mapFixed          = 0x010
	mapAnonymous      = 0x800
	mapFixedNoReplace = 0x100000
	protMask          = protRead | protWrite | protExec
	heapLimit         = StackTop - StackSize // brk never reaches the stack
)

// sysBrk moves the program break. Like Linux it returns the new break, or
// the old one when the request cannot be met; it never fails with an errno.
func sysBrk(p *Process, a syscallArgs) (uint32, Errno) {
	want := a.arg(0)
	if want < p.brkStart {
		return p.brk, 0
	}
	oldEnd, newEnd := uint32(pageUp(uint64(p.brk))), pageUp(uint64(want))
	if newEnd > heapLimit {
		return p.brk, 0
	}
	switch end := uint32(newEnd); {
	case end > oldEnd:
		if !p.mem.isFree(oldEnd, end) {
			return p.brk, 0
		}
		p.mem.insert(area{start: oldEnd, end: end, prot: protRead | protWrite, kind: "heap"})
	case end < oldEnd:
		p.mem.unmap(end, oldEnd)
	}
	p.brk = want
	return want, 0
}

// sysMmap serves mmap (offset in bytes) and mmap2 (offset in pages) for
// anonymous private mappings. File mappings fail with ENODEV and shared
// ones with EINVAL.
func sysMmap(p *Process, a syscallArgs) (uint32, Errno) {
	addr, length, prot, flags := a.arg(0), a.arg(1), a.arg(2), a.arg(3)
	if a.num == SysMmap {
		off, e := a.stackArg(5)
		if e != 0 {
			return 0, e
		}
		if off%PageSize != 0 {
			return 0, EINVAL
		}
	}
	switch {
	case length == 0, prot&^protMask != 0:
		return 0, EINVAL
	case flags&mapType == mapShared, flags&mapType == mapSharedValidate:
		return 0, EINVAL // shared mappings are not supported
	case flags&mapType != mapPrivate:
		return 0, EINVAL
	case flags&mapAnonymous == 0:
		return 0, ENODEV // file mappings are not supported
	}
	size := pageUp(uint64(length))
	if size > UserLimit {
		return 0, ENOMEM
	}
	if flags&(mapFixed|mapFixedNoReplace) != 0 {
		switch {
		case addr%PageSize != 0:
			return 0, EINVAL
		case addr < MinMapAddr:
			return 0, EPERM
		case uint64(addr)+size > UserLimit:
			return 0, ENOMEM
		case flags&mapFixedNoReplace != 0 && !p.mem.isFree(addr, addr+uint32(size)):
			return 0, EEXIST
		}
		p.mem.unmap(addr, addr+uint32(size))
	} else {
		var ok bool
		if addr, ok = p.mem.findFree(pageDown(addr), uint32(size)); !ok {
			return 0, ENOMEM
		}
	}
	// Without execute-inhibit or write-only pages in the TLB, writable or
	// executable pages are readable too (as Linux's MIPS protection map has it).
	pr := uint8(prot)
	if pr != 0 {
		pr |= protRead
	}
	p.mem.insert(area{start: addr, end: addr + uint32(size), prot: pr, kind: "mmap"})
	return addr, 0
}

// findFree returns a free, page-aligned range of size bytes: at hint if it
// is free there, else the lowest free one from MmapBase up, else the lowest
// from MinMapAddr up.
func (s *addressSpace) findFree(hint, size uint32) (uint32, bool) {
	if hint >= MinMapAddr && uint64(hint)+uint64(size) <= UserLimit && s.isFree(hint, hint+size) {
		return hint, true
	}
	for _, from := range []uint32{MmapBase, MinMapAddr} {
		at := uint64(from)
		for _, a := range s.areas {
			if uint64(a.end) <= at {
				continue
			}
			if uint64(a.start) >= at+uint64(size) {
				break
			}
			at = uint64(a.end)
		}
		if at+uint64(size) <= UserLimit {
			return uint32(at), true
		}
	}
	return 0, false
}

func sysMunmap(p *Process, a syscallArgs) (uint32, Errno) {
	addr, length := a.arg(0), a.arg(1)
	end := pageUp(uint64(addr) + uint64(length))
	if addr%PageSize != 0 || length == 0 || end > UserLimit {
		return 0, EINVAL
	}
	p.mem.unmap(addr, uint32(end))
	return 0, 0
}
