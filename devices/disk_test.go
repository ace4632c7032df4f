package devices

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/profile"
)

// testTiming is a small disk: 8 cylinders of 8 sectors; a command costs 100
// cycles, a seek 50 for one cylinder to 250 for seven (50 + 200(d-1)/6),
// then 30 of rotation and 7 a sector.
var testTiming = DiskTiming{SectorsPerCylinder: 8, Cylinders: 8, Overhead: 100, SeekMin: 50, SeekMax: 250, HalfRotation: 30, Transfer: 7}

// diskImage returns n sectors whose bytes say where they are: byte i of
// sector s is s*7 + i.
func diskImage(n int) []byte {
	img := make([]byte, n*SectorSize)
	for s := range n {
		for i := range SectorSize {
			img[s*SectorSize+i] = byte(s*7 + i)
		}
	}
	return img
}

type diskRig struct {
	t     *testing.T
	bus   *Bus
	disk  *Disk
	image []byte
	now   uint64
}

// newDiskRig maps a 64-sector memory disk with testTiming on a 64 KiB
// system bus; the disk's clock is rig.now.
func newDiskRig(t *testing.T, opt DiskOptions) *diskRig {
	t.Helper()
	r := &diskRig{t: t, bus: NewSystemBus(64<<10, nil, nil), image: diskImage(64)}
	opt.Clock = func() uint64 { return r.now }
	d, err := NewMemDisk(r.image, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.bus.Map(DiskBase, d); err != nil {
		t.Fatal(err)
	}
	r.disk = d
	return r
}

func (r *diskRig) write(off, v uint32) {
	r.t.Helper()
	if err := r.bus.Write(DiskBase+off, 4, v); err != nil {
		r.t.Fatal(err)
	}
}

func (r *diskRig) read(off uint32) uint32 {
	r.t.Helper()
	v, err := r.bus.Read(DiskBase+off, 4)
	if err != nil {
		r.t.Fatal(err)
	}
	return v
}

// start issues a command at cycle now.
func (r *diskRig) start(now uint64, cmd, sector, count, addr uint32) {
	r.t.Helper()
	r.now = now
	r.write(DiskSector, sector)
	r.write(DiskCount, count)
	r.write(DiskAddr, addr)
	r.write(DiskCommand, cmd)
}

// expect checks STATUS, the interrupt line and NextEvent.
func (r *diskRig) expect(what string, status uint32, due uint64, busy bool) {
	r.t.Helper()
	if got := r.read(DiskStatus); got != status {
		r.t.Errorf("%s: STATUS = %#x, want %#x", what, got, status)
	}
	s := status & DiskStateMask
	if line := r.bus.Interrupts().Pending()&(1<<DiskLine) != 0; line != (s == DiskDone || s == DiskFailed) {
		r.t.Errorf("%s: line %d raised = %v with STATUS %#x", what, DiskLine, line, status)
	}
	if got, ok := r.disk.NextEvent(); ok != busy || ok && got != due {
		r.t.Errorf("%s: NextEvent() = %d, %v; want %d, %v", what, got, ok, due, busy)
	}
}

func TestDiskTimingFor(t *testing.T) {
	dec, _ := profile.Lookup("dec5000")
	ideal, _ := profile.Lookup("ideal")
	none, _ := profile.Lookup("ideal")
	none.Name, none.Disk = "nodisk", nil
	fast, _ := profile.Lookup("dec5000")
	fast.Name, fast.ClockMHz = "fast", 1e12
	for _, tt := range []struct {
		p    *profile.Profile
		want DiskTiming
		err  string
	}{
		// 25 cycles a microsecond; half of 16667 µs is 416675/2 cycles.
		{dec, DiskTiming{SectorsPerCylinder: 304, Cylinders: 1348, Overhead: 25000, SeekMin: 100000,
			SeekMax: 1000000, HalfRotation: 208337, Transfer: 10975}, ""},
		{ideal, DiskTiming{SectorsPerCylinder: 1, Cylinders: 1}, ""},
		{none, DiskTiming{}, "disk: profile nodisk has no disk timing"},
		{nil, DiskTiming{}, "disk: profile (none) has no disk timing"},
		{fast, DiskTiming{}, "disk: profile fast: disk.overhead_us: 1000 µs is more than 281474976710656 cycles at 1e+12 MHz"},
	} {
		got, err := DiskTimingFor(tt.p)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("DiskTimingFor: error %v, want %q", err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("DiskTimingFor(%s) = %+v, %v; want %+v", tt.p.Name, got, err, tt.want)
		}
	}
}

func TestDiskSeek(t *testing.T) {
	two := DiskTiming{Cylinders: 2, SeekMin: 5, SeekMax: 9}
	var zero DiskTiming
	for _, tt := range []struct {
		t        *DiskTiming
		from, to uint32
		want     uint64
	}{
		{&testTiming, 3, 3, 0},
		{&testTiming, 3, 4, 50},
		{&testTiming, 4, 3, 50},
		{&testTiming, 0, 2, 83}, // 50 + 200/6
		{&testTiming, 0, 4, 150},
		{&testTiming, 7, 0, 250},
		{&two, 0, 1, 5},
		{&zero, 0, 0, 0},
	} {
		if got := tt.t.seek(tt.from, tt.to); got != tt.want {
			t.Errorf("%+v: seek(%d, %d) = %d, want %d", *tt.t, tt.from, tt.to, got, tt.want)
		}
	}
	// Sectors past the last cylinder lie on it.
	for _, c := range []struct{ sector, cyl uint32 }{{0, 0}, {7, 0}, {8, 1}, {63, 7}, {64, 7}, {1 << 31, 7}} {
		if got := testTiming.cylinder(c.sector); got != c.cyl {
			t.Errorf("cylinder(%d) = %d, want %d", c.sector, got, c.cyl)
		}
	}
	if got := zero.cylinder(100); got != 0 {
		t.Errorf("zero timing: cylinder(100) = %d", got)
	}
	// Saturation instead of wrapping.
	huge := DiskTiming{Transfer: 1 << 62}
	if got, _ := huge.latency(0, 0, 8); got != 1<<64-1 {
		t.Errorf("latency saturates at %#x", got)
	}
}

func TestDiskRegisters(t *testing.T) {
	r := newDiskRig(t, DiskOptions{Timing: testTiming})
	if got := r.read(DiskSize); got != 64 {
		t.Errorf("SIZE = %d, want 64", got)
	}
	r.expect("reset", DiskIdle, 0, false)
	r.write(DiskSector, 0x11223344)
	r.write(DiskCount, 0x55667788)
	r.write(DiskAddr, 0x99aabbcc)
	r.write(DiskStatus, 0xffffffff) // read-only: ignored
	r.write(DiskSize, 1)
	if err := r.bus.Write(DiskBase+DiskSector, 2, 0xbeef); err != nil {
		t.Fatal(err)
	}
	if err := r.bus.Write(DiskBase+DiskCount, 1, 0x7f); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		off  uint32
		size int
		want uint32
	}{
		{DiskSector, 4, 0xbeef}, {DiskCount, 4, 0x7f}, {DiskAddr, 4, 0x99aabbcc},
		{DiskAddr, 2, 0xbbcc}, {DiskAddr, 1, 0xcc}, {DiskStatus, 4, DiskIdle}, {DiskSize, 4, 64},
		{DiskCommand, 4, 0}, {DiskAck, 4, 0},
	} {
		if got, err := r.bus.Read(DiskBase+c.off, c.size); err != nil || got != c.want {
			t.Errorf("%d-byte read at %#x = %#x, %v; want %#x", c.size, c.off, got, err, c.want)
		}
	}
	// Bad accesses are bus errors, as for every device.
	for _, c := range []struct {
		off  uint32
		size int
		err  error
	}{
		{0x1c, 4, ErrBadOffset}, {0x2, 2, ErrBadOffset}, {0x5, 1, ErrBadOffset}, {0x0, 3, ErrAccessSize}, {0x100, 4, ErrBadOffset},
	} {
		if _, err := r.disk.Read(c.off, c.size); !errors.Is(err, c.err) {
			t.Errorf("Read(%#x, %d): %v, want %v", c.off, c.size, err, c.err)
		}
		if err := r.disk.Write(c.off, c.size, 1); !errors.Is(err, c.err) {
			t.Errorf("Write(%#x, %d): %v, want %v", c.off, c.size, err, c.err)
		}
	}
	if _, err := r.bus.Read(DiskBase+0x1c, 4); !errors.Is(err, ErrUnmapped) {
		t.Errorf("read past the registers: %v", err)
	}
	if r.bus.Disk() != r.disk || NewSystemBus(64<<10, nil, nil).Disk() != nil {
		t.Error("Bus.Disk does not find the disk")
	}
	if err := r.bus.Map(DiskBase+0x100, r.disk); err == nil || !strings.HasSuffix(err.Error(), "attach: disk already attached") {
		t.Errorf("second Map: %v", err)
	}
}

// A read completes at issue + overhead + seek + half a rotation + 7 a
// sector; the data reach RAM then, and the line stays up until ACK.
func TestDiskRead(t *testing.T) {
	r := newDiskRig(t, DiskOptions{Timing: testTiming})
	var hooked []Region
	r.bus.AddWriteHook(func(pa uint32, n int) { hooked = append(hooked, Region{"", pa, uint32(n)}) })
	r.start(1000, DiskCmdRead, 5, 2, 0x2000) // cylinder 0, where the head is
	const due = 1000 + 100 + 30 + 2*7
	r.expect("issued", DiskBusy, due, true)
	r.now = due - 1
	r.expect("a cycle early", DiskBusy, due, true)
	if got, _ := r.bus.ReadBytes(0x2000, 2*SectorSize); !bytes.Equal(got, make([]byte, 2*SectorSize)) {
		t.Error("RAM changed before completion")
	}
	r.now = due
	r.expect("due", DiskDone, 0, false)
	if got, _ := r.bus.ReadBytes(0x2000, 2*SectorSize); !bytes.Equal(got, r.image[5*SectorSize:7*SectorSize]) {
		t.Error("RAM does not hold sectors 5 and 6")
	}
	if want := []Region{{"", 0x2000, SectorSize}, {"", 0x2200, SectorSize}}; !cmp.Equal(hooked, want) {
		t.Errorf("write hook saw %v, want %v", hooked, want)
	}
	r.now = 5000
	r.expect("later", DiskDone, 0, false)
	r.write(DiskAck, 0)
	r.expect("acknowledged", DiskIdle, 0, false)

	// Sector 20 is on cylinder 2; the head is on cylinder 0 (sector 6).
	r.start(6000, DiskCmdRead, 20, 1, 0x3000)
	r.expect("seeking", DiskBusy, 6000+100+83+30+7, true)
	// Advance, as the machine calls it, completes the command too.
	r.disk.Advance(6220)
	if s := r.disk.Snapshot(); s.Status != DiskDone || s.Head != 2 || s.Now != 6220 {
		t.Errorf("after Advance: %+v", s)
	}
	if got, _ := r.bus.ReadBytes(0x3000, SectorSize); !bytes.Equal(got, r.image[20*SectorSize:21*SectorSize]) {
		t.Error("RAM does not hold sector 20")
	}
}

func TestDiskWrite(t *testing.T) {
	r := newDiskRig(t, DiskOptions{Timing: testTiming})
	want := bytes.Repeat([]byte("graftlab"), 2*SectorSize/8)
	if err := r.bus.WriteBytes(0x4000, want); err != nil {
		t.Fatal(err)
	}
	old := append([]byte(nil), r.image...)
	// Sectors 62-63, cylinder 7: a full-stroke seek.
	r.start(10, DiskCmdWrite, 62, 2, 0x4000)
	const due = 10 + 100 + 250 + 30 + 2*7
	r.expect("issued", DiskBusy, due, true)
	r.now = due - 1
	r.expect("a cycle early", DiskBusy, due, true)
	if !bytes.Equal(r.image, old) {
		t.Error("the image changed before completion")
	}
	r.now = due
	r.expect("due", DiskDone, 0, false)
	if !bytes.Equal(r.image[62*SectorSize:], want) || !bytes.Equal(r.image[:62*SectorSize], old[:62*SectorSize]) {
		t.Error("the image does not hold the buffer in sectors 62-63 alone")
	}
	// A command written while DONE acknowledges it.
	r.start(due, DiskCmdRead, 0, 1, 0)
	r.expect("next", DiskBusy, due+100+250+30+7, true)
}

// A command written while BUSY is ignored and sets REFUSED; the one in
// flight goes on with the registers it was issued with.
func TestDiskBusyRefused(t *testing.T) {
	r := newDiskRig(t, DiskOptions{Timing: testTiming})
	r.start(0, DiskCmdRead, 8, 1, 0x1000)
	const due = 100 + 50 + 30 + 7
	r.start(10, DiskCmdWrite, 0, 4, 0x2000)
	r.expect("refused", DiskBusy|DiskRefused, due, true)
	r.write(DiskAck, 0) // clears REFUSED only
	r.expect("acknowledged while busy", DiskBusy, due, true)
	r.write(DiskCommand, DiskCmdRead)
	r.expect("refused again", DiskBusy|DiskRefused, due, true)
	r.now = due
	r.expect("done", DiskDone|DiskRefused, 0, false)
	if got, _ := r.bus.ReadBytes(0x1000, SectorSize); !bytes.Equal(got, r.image[8*SectorSize:9*SectorSize]) {
		t.Error("the command in flight did not read sector 8 to 0x1000")
	}
	if got, _ := r.bus.ReadBytes(0x2000, SectorSize); !bytes.Equal(got, make([]byte, SectorSize)) {
		t.Error("the refused command moved data")
	}
	r.write(DiskAck, 0)
	r.expect("idle", DiskIdle, 0, false)
}

// failingStore fails every access from sector 2 on.
type failingStore struct{ memStore }

var errMedium = errors.New("medium error")

func (f failingStore) ReadAt(p []byte, off int64) (int, error) {
	if off >= 2*SectorSize {
		return 0, errMedium
	}
	return f.memStore.ReadAt(p, off)
}

func (f failingStore) WriteAt(p []byte, off int64) (int, error) {
	if off >= 2*SectorSize {
		return 100, nil // short, with no error
	}
	return f.memStore.WriteAt(p, off)
}

func TestDiskErrors(t *testing.T) {
	failed := func(code uint32) uint32 { return DiskFailed | code<<DiskErrShift }
	for _, tt := range []struct {
		name                string
		opt                 DiskOptions
		cmd, sector, count  uint32
		addr                uint32
		status              uint32
		immediate           bool   // fails at issue, not at completion
		hostErr             string // Err() afterwards
		ramBefore, ramAfter bool
	}{
		{name: "no command", cmd: 0, count: 1, status: failed(DiskErrCommand), immediate: true},
		{name: "unknown command", cmd: 3, count: 1, status: failed(DiskErrCommand), immediate: true},
		{name: "read-only", opt: DiskOptions{ReadOnly: true}, cmd: DiskCmdWrite, count: 1, status: failed(DiskErrReadOnly) | DiskWriteProtect, immediate: true},
		{name: "zero count", cmd: DiskCmdRead, count: 0, status: failed(DiskErrRange), immediate: true},
		{name: "past the end", cmd: DiskCmdRead, sector: 63, count: 2, status: failed(DiskErrRange), immediate: true},
		{name: "sector wraps", cmd: DiskCmdRead, sector: 0xffffffff, count: 2, status: failed(DiskErrRange), immediate: true},
		{name: "count wraps", cmd: DiskCmdWrite, sector: 1, count: 0xffffffff, status: failed(DiskErrRange), immediate: true},
		{name: "buffer past RAM", cmd: DiskCmdRead, count: 2, addr: 64<<10 - SectorSize, status: failed(DiskErrDMA), immediate: true},
		{name: "buffer in ROM", cmd: DiskCmdWrite, count: 1, addr: ROMBase, status: failed(DiskErrDMA), immediate: true},
		{name: "buffer on a device", cmd: DiskCmdRead, count: 1, addr: UARTBase, status: failed(DiskErrDMA), immediate: true},
		{name: "read error", cmd: DiskCmdRead, sector: 1, count: 2, status: failed(DiskErrIO),
			hostErr: "disk: read sector 2: 0 of 512 bytes: medium error"},
		{name: "short write", cmd: DiskCmdWrite, sector: 2, count: 1, status: failed(DiskErrIO),
			hostErr: "disk: write sector 2: 100 of 512 bytes: unexpected EOF"},
		{name: "read-only reads", opt: DiskOptions{ReadOnly: true}, cmd: DiskCmdRead, count: 1, status: DiskDone | DiskWriteProtect},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.Timing = testTiming
			r := newDiskRig(t, tt.opt)
			if tt.hostErr != "" {
				r.disk.store = failingStore{memStore(r.image)}
			}
			r.start(500, tt.cmd, tt.sector, tt.count, tt.addr)
			if !tt.immediate {
				due, busy := r.disk.NextEvent()
				if !busy {
					t.Fatalf("STATUS %#x at issue, want busy", r.read(DiskStatus))
				}
				r.now = due
			}
			r.expect("after", tt.status, 0, false)
			if err := r.disk.Err(); tt.hostErr == "" && err != nil || tt.hostErr != "" && (err == nil || err.Error() != tt.hostErr) {
				t.Errorf("Err() = %v, want %q", err, tt.hostErr)
			}
			if tt.name == "read error" {
				// The sector before the failing one has moved.
				got, _ := r.bus.ReadBytes(0, 2*SectorSize)
				if !bytes.Equal(got[:SectorSize], r.image[SectorSize:2*SectorSize]) || !bytes.Equal(got[SectorSize:], make([]byte, SectorSize)) {
					t.Error("RAM does not hold sector 1 alone")
				}
			}
			r.write(DiskAck, 0)
			r.expect("acknowledged", tt.status&DiskWriteProtect, 0, false)
		})
	}

	// A disk that is not mapped has no RAM to move data to.
	d, err := NewMemDisk(diskImage(4), DiskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []struct{ off, v uint32 }{{DiskCount, 1}, {DiskCommand, DiskCmdRead}} {
		if err := d.Write(w.off, 4, w.v); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := d.Read(DiskStatus, 4); got != failed(DiskErrDMA) {
		t.Errorf("unmapped disk: STATUS %#x", got)
	}
	// Nor does a restored command in flight.
	d.Restore(DiskState{Status: DiskBusy, Op: DiskOp{Count: 1, Due: 5}})
	d.Advance(5)
	if got, _ := d.Read(DiskStatus, 4); got != failed(DiskErrDMA) {
		t.Errorf("unmapped disk, restored command: STATUS %#x", got)
	}
}

// An instantaneous disk (the ideal profile's) completes at the cycle of the
// command.
func TestDiskInstantaneous(t *testing.T) {
	ideal, _ := profile.Lookup("ideal")
	timing, err := DiskTimingFor(ideal)
	if err != nil {
		t.Fatal(err)
	}
	r := newDiskRig(t, DiskOptions{Timing: timing})
	r.start(77, DiskCmdRead, 63, 1, 0x800)
	r.expect("issued", DiskDone, 0, false)
	if s := r.disk.Snapshot(); s.Op.Due != 77 || s.Head != 0 {
		t.Errorf("state %+v", s)
	}
}

// A snapshot taken with a command in flight restores it exactly: the same
// completion cycle, data and line, on the same disk or on another.
func TestDiskSnapshot(t *testing.T) {
	r := newDiskRig(t, DiskOptions{Timing: testTiming})
	r.start(40, DiskCmdRead, 30, 3, 0x5000)
	r.start(41, DiskCmdRead, 0, 0, 0) // refused: part of the state
	snap := r.disk.Snapshot()
	want := DiskState{Sector: 0, Count: 0, Addr: 0, Status: DiskBusy | DiskRefused, Head: 4, Now: 41,
		Op: DiskOp{Sector: 30, Count: 3, Addr: 0x5000, Due: 40 + 100 + 116 + 30 + 21}}
	if diff := cmp.Diff(want, snap); diff != "" {
		t.Fatalf("snapshot (-want +got):\n%s", diff)
	}
	r.now = want.Op.Due
	r.expect("done", DiskDone|DiskRefused, 0, false)
	done := r.disk.Snapshot()

	r.disk.Restore(snap)
	r.now = 41
	r.expect("restored", DiskBusy|DiskRefused, want.Op.Due, true)

	o := newDiskRig(t, DiskOptions{Timing: testTiming})
	o.disk.Restore(snap)
	o.now = 41
	o.expect("restored elsewhere", DiskBusy|DiskRefused, want.Op.Due, true)
	for _, rig := range []*diskRig{r, o} {
		rig.now = want.Op.Due
		rig.expect("done again", DiskDone|DiskRefused, 0, false)
		if diff := cmp.Diff(done, rig.disk.Snapshot()); diff != "" {
			t.Errorf("state after the restored command (-first +again):\n%s", diff)
		}
		if got, _ := rig.bus.ReadBytes(0x5000, 3*SectorSize); !bytes.Equal(got, rig.image[30*SectorSize:33*SectorSize]) {
			t.Error("RAM does not hold sectors 30-32")
		}
	}
	// Restoring an idle state lowers the line.
	r.disk.Restore(DiskState{})
	r.expect("idle", DiskIdle, 0, false)
}

// The disk is a Snapshotter: SnapshotState is its DiskState, and
// RestoreState takes one back and refuses anything else.
func TestDiskSnapshotter(t *testing.T) {
	r := newDiskRig(t, DiskOptions{Timing: testTiming})
	var sn Snapshotter = r.disk
	r.start(40, DiskCmdRead, 30, 3, 0x5000)
	state := sn.SnapshotState()
	if s, ok := state.(DiskState); !ok || s != r.disk.Snapshot() {
		t.Fatalf("SnapshotState() = %#v, want %#v", state, r.disk.Snapshot())
	}
	r.now = 1000
	r.expect("done", DiskDone, 0, false)
	if err := sn.RestoreState(state); err != nil {
		t.Fatal(err)
	}
	r.now = 41
	r.expect("restored", DiskBusy, 40+100+116+30+21, true)
	if err := sn.RestoreState(&DiskState{}); err == nil {
		t.Error("RestoreState(*DiskState): no error")
	}
	r.expect("after a refused restore", DiskBusy, 40+100+116+30+21, true)
}

func TestNewDisk(t *testing.T) {
	for _, n := range []int{0, 1, 511, 513} {
		if _, err := NewMemDisk(make([]byte, n), DiskOptions{}); err == nil {
			t.Errorf("NewMemDisk(%d bytes) succeeded", n)
		}
	}
	if _, err := NewDisk(nil, 512, DiskOptions{}); err == nil {
		t.Error("NewDisk(nil) succeeded")
	}
	if _, err := NewDisk(memStore(nil), 512<<32, DiskOptions{}); err == nil {
		t.Error("a disk of 2^32 sectors was accepted")
	}
	d, err := NewMemDisk(make([]byte, 1024), DiskOptions{})
	if err != nil || d.Sectors() != 2 || d.Close() != nil {
		t.Errorf("NewMemDisk(1024) = %v, %v", d, err)
	}
}

func TestOpenDisk(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "disk.img")
	image := diskImage(8)
	for _, readOnly := range []bool{false, true} {
		if err := os.WriteFile(path, image, 0o644); err != nil {
			t.Fatal(err)
		}
		bus := NewSystemBus(64<<10, nil, nil)
		d, err := OpenDisk(path, DiskOptions{ReadOnly: readOnly})
		if err != nil {
			t.Fatal(err)
		}
		if err := bus.Map(DiskBase, d); err != nil {
			t.Fatal(err)
		}
		run := func(cmd, sector, addr uint32) uint32 {
			for _, w := range []struct{ off, v uint32 }{{DiskSector, sector}, {DiskCount, 1}, {DiskAddr, addr}, {DiskCommand, cmd}} {
				if err := bus.Write(DiskBase+w.off, 4, w.v); err != nil {
					t.Fatal(err)
				}
			}
			d.Advance(0)
			s, _ := bus.Read(DiskBase+DiskStatus, 4)
			bus.Write(DiskBase+DiskAck, 4, 0)
			return s
		}
		if s := run(DiskCmdRead, 7, 0x100); s&DiskStateMask != DiskDone {
			t.Errorf("read-only %v: read: STATUS %#x", readOnly, s)
		}
		if got, _ := bus.ReadBytes(0x100, SectorSize); !bytes.Equal(got, image[7*SectorSize:]) {
			t.Errorf("read-only %v: RAM does not hold sector 7", readOnly)
		}
		s := run(DiskCmdWrite, 0, 0x100)
		want := uint32(DiskDone)
		if readOnly {
			want = DiskFailed | DiskErrReadOnly<<DiskErrShift | DiskWriteProtect
		}
		if s != want {
			t.Errorf("read-only %v: write: STATUS %#x, want %#x", readOnly, s, want)
		}
		if err := d.Close(); err != nil {
			t.Error(err)
		}
		got, _ := os.ReadFile(path)
		if wrote := bytes.Equal(got[:SectorSize], image[7*SectorSize:]); wrote == readOnly {
			t.Errorf("read-only %v: sector 0 written: %v", readOnly, wrote)
		}
	}
	bad := filepath.Join(dir, "bad.img")
	os.WriteFile(bad, make([]byte, 1000), 0o644)
	for _, c := range []struct{ path, err string }{
		{bad, "disk " + bad + ": 1000 bytes: want a positive multiple of 512, at most 4294967295 sectors"},
		{dir, "disk " + dir + ": not a regular file"},
		{filepath.Join(dir, "none"), "disk: open " + filepath.Join(dir, "none") + ": no such file or directory"},
	} {
		readOnly := c.path == dir // a directory opens only for reading
		if _, err := OpenDisk(c.path, DiskOptions{ReadOnly: readOnly}); err == nil || err.Error() != c.err {
			t.Errorf("OpenDisk(%s): %v, want %q", c.path, err, c.err)
		}
	}
}

func TestMemStore(t *testing.T) {
	m := memStore(make([]byte, 8))
	for _, c := range []struct {
		off   int64
		n     int
		write bool
		err   error
	}{
		{0, 4, false, nil}, {6, 2, false, io.EOF}, {9, 0, false, io.EOF}, {-1, 0, false, io.EOF},
		{4, 4, true, nil}, {6, 2, true, io.ErrShortWrite}, {9, 0, true, io.ErrShortWrite}, {-1, 0, true, io.ErrShortWrite},
	} {
		var n int
		var err error
		if c.write {
			n, err = m.WriteAt(make([]byte, 4), c.off)
		} else {
			n, err = m.ReadAt(make([]byte, 4), c.off)
		}
		if n != c.n || err != c.err {
			t.Errorf("write %v at %d: %d, %v; want %d, %v", c.write, c.off, n, err, c.n, c.err)
		}
	}
}
