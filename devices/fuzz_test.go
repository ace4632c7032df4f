package devices

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// fuzzRAM is the RAM of the fuzzed bus: small, so that random addresses
// near it are interesting.
const fuzzRAM = 64 << 10

// fuzzBases are addresses at and around the edges of the fuzzed bus's
// regions; an operation picks one and adds a small offset, or uses its raw
// address.
var fuzzBases = []uint32{
	0, fuzzRAM - 8, fuzzRAM, UARTBase, UARTBase + 0x10, PowerOffBase, IntCBase,
	IntCBase + 8, 0x1f000300, ROMBase, ROMBase + 0x100, 0xfffffff8, 0x7ffffffc,
}

// fuzzSizes are the access sizes an operation picks from: the valid ones
// most often.
var fuzzSizes = [8]int{4, 1, 2, 4, 0, 3, 8, -1}

// FuzzBus runs random sequences of reads, writes and byte copies at random
// addresses and sizes. It checks that nothing panics, that every error is an
// *AccessError for the address, that RAM reads give back what RAM holds,
// that the guest never changes the ROM, and that the interrupt controller
// shows only real lines.
//
// Each operation is 10 bytes: the kind (bits 1:0: read, write, ReadBytes,
// WriteBytes; bits 4:2: the size, an index into fuzzSizes), where (bit 7
// set: fuzzBases[bits 6:0] plus the address mod 64; clear: the address
// itself), a 32-bit address and a 32-bit value.
func FuzzBus(f *testing.F) {
	const (
		read, write, readBytes, writeBytes = 0, 1, 2, 3
		word, byte1, half                  = 0 << 2, 1 << 2, 2 << 2
		base                               = 0x80
	)
	op := func(kind, where byte, addr, v uint32) []byte {
		p := []byte{kind, where}
		p = binary.LittleEndian.AppendUint32(p, addr)
		return binary.LittleEndian.AppendUint32(p, v)
	}
	f.Add([]byte{})
	f.Add(op(write|word, 0, 0x100, 0x11223344))
	f.Add(slices.Concat(op(write|half, 0, 0x102, 7), op(read|word, 0, 0x100, 0)))
	f.Add(op(write|byte1, base|3, UARTTxData, 'A'))
	f.Add(slices.Concat(op(write|word, base|3, UARTControl, 1), op(read|byte1, base|3, UARTRxData, 0)))
	f.Add(op(write|word, base|5, 0, 42))           // power off
	f.Add(op(write|half, base|9, 2, 0xdead))       // the ROM
	f.Add(op(writeBytes, 0, fuzzRAM-0x10, 0x4000)) // across the end of RAM
	f.Add(op(readBytes, base|9, 0, 0x200))
	f.Add(op(read|6<<2, 0, 0xffffffff, 0)) // an 8-byte read at the top
	f.Add(slices.Concat(op(write|word, base|6, IntCMask, 0), op(read|byte1, base|6, IntCPending, 0)))
	f.Fuzz(func(t *testing.T, ops []byte) {
		var out bytes.Buffer
		b := NewSystemBus(fuzzRAM, &out, strings.NewReader("in\x00put"))
		rom := []byte("rom image: not for writing")
		if err := b.LoadROM(rom); err != nil {
			t.Fatal(err)
		}
		for ; len(ops) >= 10; ops = ops[10:] {
			kind, where := ops[0], ops[1]
			addr := binary.LittleEndian.Uint32(ops[2:])
			v := binary.LittleEndian.Uint32(ops[6:])
			pa := addr
			if where&0x80 != 0 {
				pa = fuzzBases[int(where&0x7f)%len(fuzzBases)] + addr%64
			}
			size := fuzzSizes[kind>>2&7]
			var err error
			switch kind & 3 {
			case 0:
				var got uint32
				got, err = b.Read(pa, size)
				if err == nil && pa < fuzzRAM {
					want := binary.LittleEndian.Uint32(append(slices.Clone(b.RAM()[pa:pa+uint32(size)]), 0, 0, 0))
					if got != want {
						t.Fatalf("Read(%#x, %d) = %#x, RAM holds %#x", pa, size, got, want)
					}
				}
				if err == nil && got&^sizeMask(size) != 0 {
					t.Fatalf("Read(%#x, %d) = %#x: more than %d bytes", pa, size, got, size)
				}
			case 1:
				err = b.Write(pa, size, v)
				if err == nil && pa < fuzzRAM {
					if got, _ := b.Read(pa, size); got != v&sizeMask(size) {
						t.Fatalf("Write(%#x, %d, %#x) then Read = %#x", pa, size, v, got)
					}
				}
			case 2:
				var p []byte
				p, err = b.ReadBytes(pa, int(int16(v)))
				if err == nil && len(p) != int(int16(v)) {
					t.Fatalf("ReadBytes(%#x, %d) returned %d bytes", pa, int16(v), len(p))
				}
			case 3:
				err = b.WriteBytes(pa, bytes.Repeat([]byte{byte(v)}, int(v>>8%300)))
			}
			if err != nil {
				var ae *AccessError
				if !errors.As(err, &ae) || ae.PA != pa {
					t.Fatalf("op %#x at %#x: error %v is not an AccessError for the address", kind, pa, err)
				}
				if ae.Error() == "" || ae.Err == nil {
					t.Fatalf("op %#x at %#x: empty error", kind, pa)
				}
			}
			if pending := b.Interrupts().Pending(); pending&^allLines != 0 {
				t.Fatalf("Pending() = %#x: no such lines", pending)
			}
			if kind&3 != writeBytes { // WriteBytes may patch the ROM; the guest may not
				if got, _ := b.ReadBytes(ROMBase, len(rom)); len(got) > 0 && !bytes.Equal(got, rom) {
					t.Fatalf("op %#x at %#x changed the ROM to %q", kind, pa, got)
				}
			} else if got, err := b.ReadBytes(ROMBase, len(rom)); err == nil {
				rom = got
			}
		}
		if _, err := io.ReadAll(&out); err != nil {
			t.Fatal(err)
		}
	})
}
