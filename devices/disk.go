package devices

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Disk registers (offsets from DiskBase), commands and STATUS fields
// (doc/machine.md, "Disk").
const (
	DiskCommand = 0x00 // write: DiskCmdRead or DiskCmdWrite starts a command; reads 0
	DiskSector  = 0x04 // read/write: the first sector of the next command
	DiskCount   = 0x08 // read/write: how many sectors it moves
	DiskAddr    = 0x0C // read/write: the physical RAM address of its buffer
	DiskStatus  = 0x10 // read-only: state, DiskRefused, DiskWriteProtect, error code
	DiskAck     = 0x14 // write: acknowledges DONE or FAILED (back to IDLE) and clears DiskRefused; reads 0
	DiskSize    = 0x18 // read-only: the disk's size in sectors

	DiskCmdRead  = 1 // disk → RAM
	DiskCmdWrite = 2 // RAM → disk

	DiskStateMask    = 0x3    // STATUS bits 1:0: the state
	DiskIdle         = 0      // no command, or the last one acknowledged
	DiskBusy         = 1      // a command is in flight
	DiskDone         = 2      // the last command completed; DiskLine is raised
	DiskFailed       = 3      // the last command failed (error code in bits 15:8); DiskLine is raised
	DiskRefused      = 1 << 2 // STATUS: a command was written while BUSY and ignored; cleared by ACK or the next command
	DiskWriteProtect = 1 << 3 // STATUS: the disk is read-only
	DiskErrShift     = 8      // STATUS bits 15:8: why the last command failed

	DiskErrCommand  = 1 // COMMAND held no command
	DiskErrReadOnly = 2 // a write to a read-only disk
	DiskErrRange    = 3 // COUNT is 0, or the sectors run past the end of the disk
	DiskErrDMA      = 4 // the buffer does not lie in RAM
	DiskErrIO       = 5 // the host's backing store failed

	// SectorSize is the size of a disk sector in bytes.
	SectorSize = 512

	// DiskLine is the interrupt line of the disk (Cause.IP3): raised while
	// the state is DONE or FAILED.
	DiskLine = 1
)

const diskRegisters = 7

// DiskStore is what a disk keeps its sectors in: an *os.File, or memory.
type DiskStore interface {
	io.ReaderAt
	io.WriterAt
}

// DiskOptions configure a new disk.
type DiskOptions struct {
	// ReadOnly refuses write commands (DiskErrReadOnly): the backing store
	// is never written.
	ReadOnly bool
	// Timing gives the latency of a command; the zero value is an
	// instantaneous disk. DiskTimingFor converts a profile's figures.
	Timing DiskTiming
	// Clock returns the machine's cycle count. The disk reads it on every
	// register access: a command starts at that cycle, and what is due by
	// then completes first. Nil: the disk's time is the cycle of its last
	// Advance.
	Clock func() uint64
}

// DiskOp is a command in flight.
type DiskOp struct {
	Write               bool
	Sector, Count, Addr uint32
	Due                 uint64 // the cycle at which it completes
}

// DiskState is everything that changes in a disk as it runs, for
// snapshots: the registers, the head's cylinder, the disk's time and the
// command in flight. The sectors themselves are not part of it (they live
// in the backing store, like a console's output).
type DiskState struct {
	Sector, Count, Addr uint32
	Status              uint32 // state, DiskRefused and error code; DiskWriteProtect is not kept
	Head                uint32 // the cylinder under the heads
	Now                 uint64 // the last cycle the disk saw
	Op                  DiskOp // while the state is DiskBusy
}

// Disk is a block device of 512-byte sectors kept in a DiskStore. The guest
// programs it through registers (SECTOR, COUNT, ADDR, then COMMAND); the
// command completes at a cycle computed from the profile's timing, when the
// data moves by DMA between the store and RAM, STATUS becomes DONE (or
// FAILED) and DiskLine is raised until the guest writes ACK.
//
// The disk is Clocked: the engines call Advance at the first instruction
// boundary at or after NextEvent's cycle, so its interrupt is taken at the
// completion cycle. It also catches up on every register access through
// its Clock, so a guest polling STATUS sees DONE from the completion cycle
// on, on every engine. It is a Snapshotter: a machine snapshot holds its
// DiskState.
//
// No register access, command or host failure makes it panic: a bad command
// ends FAILED with an error code, and a host I/O error is kept for Err.
type Disk struct {
	store    DiskStore
	closer   io.Closer
	sectors  uint32
	readOnly bool
	timing   DiskTiming
	clock    func() uint64
	bus      *Bus
	st       DiskState
	err      error
	buf      [SectorSize]byte
}

// NewDisk returns a disk of size bytes kept in store. size must be a
// positive multiple of SectorSize, at most 2^32-1 sectors.
func NewDisk(store DiskStore, size int64, opt DiskOptions) (*Disk, error) {
	if store == nil {
		return nil, errors.New("disk: no backing store")
	}
	if err := checkDiskSize(size); err != nil {
		return nil, fmt.Errorf("disk: %w", err)
	}
	return newDisk(store, size, opt), nil
}

func newDisk(store DiskStore, size int64, opt DiskOptions) *Disk {
	return &Disk{store: store, sectors: uint32(size / SectorSize), readOnly: opt.ReadOnly, timing: opt.Timing, clock: opt.Clock}
}

func checkDiskSize(size int64) error {
	if size <= 0 || size%SectorSize != 0 || size/SectorSize > math.MaxUint32 {
		return fmt.Errorf("%d bytes: want a positive multiple of %d, at most %d sectors", size, SectorSize, uint64(math.MaxUint32))
	}
	return nil
}

// NewMemDisk returns a disk kept in image, which it reads and writes in
// place (so a test sees what the guest wrote).
func NewMemDisk(image []byte, opt DiskOptions) (*Disk, error) {
	return NewDisk(memStore(image), int64(len(image)), opt)
}

// OpenDisk returns a disk kept in the file at path, opened for reading and
// writing, or only for reading with opt.ReadOnly. Close closes the file.
func OpenDisk(path string, opt DiskOptions) (*Disk, error) {
	flag := os.O_RDWR
	if opt.ReadOnly {
		flag = os.O_RDONLY
	}
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return nil, fmt.Errorf("disk: %w", err)
	}
	fi, err := f.Stat()
	switch {
	case err != nil:
	case !fi.Mode().IsRegular():
		err = errors.New("not a regular file")
	default:
		err = checkDiskSize(fi.Size())
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("disk %s: %w", path, err)
	}
	d := newDisk(f, fi.Size(), opt)
	d.closer = f
	return d, nil
}

// Close closes the backing file of a disk from OpenDisk; for other disks it
// does nothing.
func (d *Disk) Close() error {
	if d.closer == nil {
		return nil
	}
	err := d.closer.Close()
	d.closer = nil
	return err
}

// SetClock sets the function that returns the machine's cycle count (see
// DiskOptions.Clock), for a disk made before its machine.
func (d *Disk) SetClock(clock func() uint64) { d.clock = clock }

// Sectors returns the disk's size in sectors.
func (d *Disk) Sectors() uint32 { return d.sectors }

// Err returns the first host I/O error of the backing store, if any: the
// guest saw DiskErrIO.
func (d *Disk) Err() error { return d.err }

// Snapshot returns the disk's state.
func (d *Disk) Snapshot() DiskState { return d.st }

// Restore returns the disk to a state from Snapshot, and its interrupt line
// to what that state says.
func (d *Disk) Restore(s DiskState) {
	d.st = s
	d.st.Status &^= DiskWriteProtect // the disk's own, not the state's
	d.updateLine()
}

// SnapshotState returns the disk's state, a DiskState, for machine
// snapshots (Snapshotter).
func (d *Disk) SnapshotState() any { return d.Snapshot() }

// RestoreState restores a state from SnapshotState, as Restore does.
func (d *Disk) RestoreState(state any) error {
	s, ok := state.(DiskState)
	if !ok {
		return fmt.Errorf("disk: restore from a %T, want a DiskState", state)
	}
	d.Restore(s)
	return nil
}

func (d *Disk) Name() string { return "disk" }
func (d *Disk) Size() uint32 { return 4 * diskRegisters }

// Attach records the bus, for DMA and the interrupt line. A disk is mapped
// once.
func (d *Disk) Attach(b *Bus, base uint32) error {
	if d.bus != nil {
		return errors.New("disk already attached")
	}
	d.bus = b
	d.updateLine()
	return nil
}

// NextEvent returns the completion cycle of the command in flight.
func (d *Disk) NextEvent() (uint64, bool) {
	return d.st.Op.Due, d.state() == DiskBusy
}

// Advance brings the disk to cycle now: a command due by then completes.
func (d *Disk) Advance(now uint64) {
	d.st.Now = now
	if d.state() == DiskBusy && now >= d.st.Op.Due {
		d.complete()
	}
}

func (d *Disk) Read(off uint32, size int) (uint32, error) {
	r, err := register(off, size, diskRegisters)
	if err != nil {
		return 0, err
	}
	d.sync()
	switch r {
	case DiskSector / 4:
		return d.st.Sector, nil
	case DiskCount / 4:
		return d.st.Count, nil
	case DiskAddr / 4:
		return d.st.Addr, nil
	case DiskStatus / 4:
		s := d.st.Status
		if d.readOnly {
			s |= DiskWriteProtect
		}
		return s, nil
	case DiskSize / 4:
		return d.sectors, nil
	}
	return 0, nil
}

func (d *Disk) Write(off uint32, size int, v uint32) error {
	r, err := register(off, size, diskRegisters)
	if err != nil {
		return err
	}
	v &= sizeMask(size)
	d.sync()
	switch r {
	case DiskCommand / 4:
		d.command(v)
	case DiskSector / 4:
		d.st.Sector = v
	case DiskCount / 4:
		d.st.Count = v
	case DiskAddr / 4:
		d.st.Addr = v
	case DiskAck / 4:
		if s := d.state(); s == DiskDone || s == DiskFailed {
			d.st.Status = DiskIdle
		}
		d.st.Status &^= DiskRefused
		d.updateLine()
	}
	return nil
}

// sync brings the disk to the machine's current cycle.
func (d *Disk) sync() {
	if d.clock != nil {
		d.Advance(d.clock())
	}
}

func (d *Disk) state() uint32 { return d.st.Status & DiskStateMask }

// command starts command v at the current cycle, or refuses it while busy.
// A command written while DONE or FAILED acknowledges that status.
func (d *Disk) command(v uint32) {
	if d.state() == DiskBusy {
		d.st.Status |= DiskRefused
		return
	}
	d.st.Status = DiskIdle
	op := DiskOp{Write: v == DiskCmdWrite, Sector: d.st.Sector, Count: d.st.Count, Addr: d.st.Addr}
	bytes := uint64(op.Count) * SectorSize
	switch {
	case v != DiskCmdRead && v != DiskCmdWrite:
		d.fail(DiskErrCommand)
	case op.Write && d.readOnly:
		d.fail(DiskErrReadOnly)
	case op.Count == 0 || uint64(op.Sector)+uint64(op.Count) > uint64(d.sectors):
		d.fail(DiskErrRange)
	case d.bus == nil || uint64(op.Addr)+bytes > uint64(len(d.bus.RAM())):
		d.fail(DiskErrDMA)
	default:
		cycles, end := d.timing.latency(d.st.Head, op.Sector, op.Count)
		op.Due = satAdd(d.st.Now, cycles)
		d.st.Op, d.st.Head, d.st.Status = op, end, DiskBusy
		d.updateLine()
		d.Advance(d.st.Now) // an instantaneous disk completes at once
	}
}

// complete moves the data of the command in flight, one sector at a time,
// and ends it DONE or FAILED. Sectors before a failing one have moved.
func (d *Disk) complete() {
	op := &d.st.Op
	if d.bus == nil { // a restored command on a disk never mapped
		d.fail(DiskErrDMA)
		return
	}
	for i := range op.Count {
		off := (int64(op.Sector) + int64(i)) * SectorSize
		addr := op.Addr + i*SectorSize
		if op.Write {
			if err := d.bus.DMARead(addr, d.buf[:]); err != nil {
				d.fail(DiskErrDMA)
				return
			}
			if n, err := d.store.WriteAt(d.buf[:], off); n < SectorSize || err != nil {
				d.ioError("write", op.Sector+i, n, err)
				return
			}
			continue
		}
		if n, err := d.store.ReadAt(d.buf[:], off); n < SectorSize || err != nil && err != io.EOF {
			d.ioError("read", op.Sector+i, n, err)
			return
		}
		if err := d.bus.DMAWrite(addr, d.buf[:]); err != nil {
			d.fail(DiskErrDMA)
			return
		}
	}
	d.end(DiskDone)
}

// ioError fails the command with DiskErrIO and keeps the first host error.
func (d *Disk) ioError(op string, sector uint32, n int, err error) {
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if d.err == nil {
		d.err = fmt.Errorf("disk: %s sector %d: %d of %d bytes: %w", op, sector, n, SectorSize, err)
	}
	d.fail(DiskErrIO)
}

// fail ends the command FAILED with an error code.
func (d *Disk) fail(code uint32) { d.end(DiskFailed | code<<DiskErrShift) }

// end sets the state and error code of STATUS; DiskRefused stays until ACK
// or the next command.
func (d *Disk) end(status uint32) {
	d.st.Status = status | d.st.Status&DiskRefused
	d.updateLine()
}

func (d *Disk) updateLine() {
	if d.bus != nil {
		s := d.state()
		d.bus.Interrupts().Set(DiskLine, s == DiskDone || s == DiskFailed)
	}
}

// memStore is a disk image in memory.
type memStore []byte

func (m memStore) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off > int64(len(m)) {
		return 0, io.EOF
	}
	n := copy(p, m[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (m memStore) WriteAt(p []byte, off int64) (int, error) {
	if off < 0 || off > int64(len(m)) {
		return 0, io.ErrShortWrite
	}
	n := copy(m[off:], p)
	if n < len(p) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Disk returns the disk mapped at DiskBase, or nil.
func (b *Bus) Disk() *Disk {
	d, base, ok := b.DeviceAt(DiskBase)
	if disk, isDisk := d.(*Disk); ok && isDisk && base == DiskBase {
		return disk
	}
	return nil
}
