package devices

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"
)

// FuzzDisk runs random sequences of register accesses, clock steps,
// Advance calls, snapshots and restores on a mapped disk. It checks that
// nothing panics, that bad accesses are bus errors of the usual kinds, and
// that the disk's state stays consistent: STATUS holds only its fields, an
// error code only when FAILED, the interrupt line is up exactly when the
// state is DONE or FAILED, NextEvent reports exactly a command in flight,
// which is never due at or before the disk's time, an access brings the
// disk to the clock, SIZE never changes, DiskWriteProtect says whether the
// disk is read-only, and neither the ROM nor the image of a read-only disk
// changes.
//
// The first byte selects a read-only disk (bit 0). Each operation is 8
// bytes: the kind (bits 1:0: read, write, advance the clock and call
// Advance, snapshot (bit 2 of the offset byte set) or restore; bits 4:2:
// the size, an index into fuzzSizes; bit 5: keep only the value's low 6
// bits, and bit 6: shift those to a sector boundary), the register offset,
// a 32-bit value and a 16-bit clock step.
func FuzzDisk(f *testing.F) {
	const (
		read, write, advance, snap = 0, 1, 2, 3
		small, sectors             = 1 << 5, 1 << 6
	)
	op := func(kind, off byte, v uint32, step uint16) []byte {
		p := []byte{kind, off}
		p = binary.LittleEndian.AppendUint32(p, v)
		return binary.LittleEndian.AppendUint16(p, step)
	}
	command := func(cmd, sector, count, addr uint32) []byte {
		return slices.Concat(op(write, DiskSector, sector, 0), op(write, DiskCount, count, 0),
			op(write, DiskAddr, addr, 0), op(write, DiskCommand, cmd, 1))
	}
	f.Add([]byte{0})
	f.Add(slices.Concat([]byte{0}, command(DiskCmdRead, 5, 2, 0x1000), op(read, DiskStatus, 0, 500), op(write, DiskAck, 0, 0)))
	f.Add(slices.Concat([]byte{0}, command(DiskCmdWrite, 60, 4, 0x2000), op(advance, 0, 0, 1000)))
	f.Add(slices.Concat([]byte{1}, command(DiskCmdWrite, 0, 1, 0), op(read, DiskStatus, 0, 0)))
	f.Add(slices.Concat([]byte{0}, command(DiskCmdRead, 8, 1, 0), command(DiskCmdRead, 0, 1, 0), op(read, DiskStatus, 0, 0)))
	f.Add(slices.Concat([]byte{0}, command(DiskCmdRead, 30, 3, 0x5000), op(snap, 4, 0, 10), op(advance, 0, 0, 2000), op(snap, 0, 0, 0), op(advance, 0, 0, 1)))
	f.Add(slices.Concat([]byte{0}, command(DiskCmdRead, 63, 1, 0xfe00), command(7, 0, 0, 0), op(write|1<<2, DiskAck, 0, 0)))
	f.Add(slices.Concat([]byte{0}, op(read|3<<2, 2, 0, 0), op(write|5<<2, 0x1c, 0, 0), op(write|small|sectors, DiskAddr, 0xff, 0)))
	f.Fuzz(fuzzDisk)
}

func fuzzDisk(t *testing.T, ops []byte) {
	const (
		read, write, advance, snap = 0, 1, 2, 3
		small, sectors             = 1 << 5, 1 << 6
	)
	{
		if len(ops) == 0 {
			return
		}
		readOnly := ops[0]&1 != 0
		ops = ops[1:]
		bus := NewSystemBus(fuzzRAM, nil, nil)
		rom := []byte("rom: not for DMA")
		if err := bus.LoadROM(rom); err != nil {
			t.Fatal(err)
		}
		image := diskImage(64)
		original := slices.Clone(image)
		var now uint64
		d, err := NewMemDisk(image, DiskOptions{ReadOnly: readOnly, Timing: testTiming, Clock: func() uint64 { return now }})
		if err != nil {
			t.Fatal(err)
		}
		if err := bus.Map(DiskBase, d); err != nil {
			t.Fatal(err)
		}
		var saved DiskState
		for ; len(ops) >= 8; ops = ops[8:] {
			kind, off := ops[0], uint32(ops[1])
			v := binary.LittleEndian.Uint32(ops[2:])
			if kind&small != 0 {
				v &= 0x3f
				if kind&sectors != 0 {
					v *= SectorSize
				}
			}
			now += uint64(binary.LittleEndian.Uint16(ops[6:]))
			size := fuzzSizes[kind>>2&7]
			saw := true // the disk has seen the clock
			var err error
			switch kind & 3 {
			case read:
				var got uint32
				got, err = bus.Read(DiskBase+off, size)
				if err == nil && off == DiskSize && got != 64&sizeMask(size) {
					t.Fatalf("SIZE = %d", got)
				}
				if err == nil && off == DiskStatus && size == 4 && got&DiskWriteProtect != 0 != readOnly {
					t.Fatalf("STATUS %#x on a disk read-only %v", got, readOnly)
				}
			case write:
				err = bus.Write(DiskBase+off, size, v)
			case advance:
				d.Advance(now)
			case snap:
				if off&4 != 0 {
					saved = d.Snapshot()
				} else {
					d.Restore(saved)
					now = saved.Now
				}
			}
			if err != nil {
				var ae *AccessError
				if !errors.As(err, &ae) || ae.PA != DiskBase+off ||
					!errors.Is(err, ErrBadOffset) && !errors.Is(err, ErrAccessSize) && !errors.Is(err, ErrMisaligned) && !errors.Is(err, ErrUnmapped) {
					t.Fatalf("op %#x at %#x: %v", kind, off, err)
				}
				saw = false // refused before the disk looked at the clock
			}

			s := d.Snapshot()
			state, code := s.Status&DiskStateMask, s.Status>>DiskErrShift
			if s.Status&^(DiskStateMask|DiskRefused|0xff<<DiskErrShift) != 0 || code > DiskErrIO || (code != 0) != (state == DiskFailed) {
				t.Fatalf("op %#x: STATUS %#x", kind, s.Status)
			}
			if line := bus.Interrupts().Pending()&(1<<DiskLine) != 0; line != (state == DiskDone || state == DiskFailed) {
				t.Fatalf("op %#x: line %v with STATUS %#x", kind, line, s.Status)
			}
			due, busy := d.NextEvent()
			if busy != (state == DiskBusy) || busy && due != s.Op.Due {
				t.Fatalf("op %#x: NextEvent() = %d, %v with %+v", kind, due, busy, s)
			}
			if busy && due <= s.Now {
				t.Fatalf("op %#x: a command due at %d is in flight at %d", kind, due, s.Now)
			}
			if saw && kind&3 != snap && s.Now != now {
				t.Fatalf("op %#x: the disk is at cycle %d, the clock at %d", kind, s.Now, now)
			}
		}
		if got, _ := bus.ReadBytes(ROMBase, len(rom)); !bytes.Equal(got, rom) {
			t.Fatalf("the ROM changed to %q", got)
		}
		if readOnly && !bytes.Equal(image, original) {
			t.Fatal("a read-only disk's image changed")
		}
		if err := d.Err(); err != nil {
			t.Fatalf("a memory disk failed: %v", err)
		}
	}
}
