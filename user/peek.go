package user

import "fmt"

// PeekMemory reads n bytes of the program's memory at ea, as ReadMemory
// does, but without allocating: a page that the program may read but has
// not touched yet reads as zeros and stays unallocated. Debuggers and
// tracers use it so that looking at memory does not change which physical
// frames the program's pages get later (and so its cache behaviour and
// cycle counts). It fails where the program itself could not read.
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
			return nil, fmt.Errorf("read %d bytes at %#08x: %v at %#08x", n, ea, EFAULT, a)
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
