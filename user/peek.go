package user

import "fmt"

// PeekMemory reads n bytes of the program's memory at ea, as ReadMemory
// does, but without allocating: a page the program may read but has not
// touched yet reads as zero and stays unallocated. A debugger uses it, so
// that looking at memory does not change which frames the program's later
// pages get (and so its cache behaviour and counts).
func (p *Process) PeekMemory(ea uint32, n int) ([]byte, error) {
	if n < 0 || uint64(ea)+uint64(n) > UserLimit {
		return nil, fmt.Errorf("read %d bytes at %#08x: %v", n, ea, EFAULT)
	}
	b := make([]byte, n)
	for off := 0; off < n; {
		a := ea + uint32(off)
		k := min(n-off, int(PageSize-a%PageSize))
		ar, ok := p.mem.areaAt(a)
		if !ok || ar.prot&protRead == 0 {
			return nil, fmt.Errorf("read %d bytes at %#08x: %v", n, ea, EFAULT)
		}
		if pa, ok := p.mem.pages[keyOf(a)]; ok {
			data, err := p.Machine.Bus.ReadBytes(pa|a%PageSize, k)
			if err != nil {
				return nil, fmt.Errorf("read %d bytes at %#08x: %w", n, ea, err)
			}
			copy(b[off:], data)
		}
		off += k
	}
	return b, nil
}
