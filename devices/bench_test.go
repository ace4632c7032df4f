package devices

import (
	"encoding/binary"
	"fmt"
	"testing"
)

// The benchmarks walk a 64 KiB window of RAM, so that the access pattern is
// the CPU's (mostly sequential words), not one hot address.

func BenchmarkBusRead(b *testing.B) {
	for _, size := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			bus := NewBus(DefaultRAMSize)
			var sum uint32
			step := uint32(size)
			pa := uint32(0)
			for b.Loop() {
				v, err := bus.Read(pa, size)
				if err != nil {
					b.Fatal(err)
				}
				sum += v
				pa = (pa + step) & 0xffff
			}
			_ = sum
		})
	}
}

func BenchmarkBusWrite(b *testing.B) {
	for _, size := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			bus := NewBus(DefaultRAMSize)
			step := uint32(size)
			pa := uint32(0)
			for b.Loop() {
				if err := bus.Write(pa, size, pa); err != nil {
					b.Fatal(err)
				}
				pa = (pa + step) & 0xffff
			}
		})
	}
}

// BenchmarkRAMDirect is the floor: a word read from the RAM slice, as the
// CPU's fast path does it.
func BenchmarkRAMDirect(b *testing.B) {
	ram := NewBus(DefaultRAMSize).RAM()
	var sum uint32
	pa := uint32(0)
	for b.Loop() {
		sum += binary.LittleEndian.Uint32(ram[pa:])
		pa = (pa + 4) & 0xffff
	}
	_ = sum
}

// BenchmarkDeviceRead reads the interrupt controller's PENDING register:
// the lookup among the mapped devices.
func BenchmarkDeviceRead(b *testing.B) {
	bus := NewSystemBus(DefaultRAMSize, nil, nil)
	for b.Loop() {
		if _, err := bus.Read(IntCBase+IntCPending, 4); err != nil {
			b.Fatal(err)
		}
	}
}
