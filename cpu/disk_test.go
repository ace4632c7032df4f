package cpu

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"testing"

	"graftlab/devices"
	"graftlab/isa"
	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
)

// diskGuest reads sector 5 of the disk into RAM at physical 0x20000 with
// the disk's interrupt enabled (Status IE and IM3), and waits for it: with
// WAIT 1 in wait, with WAIT 0 in a loop that counts its turns in RAM at
// physical 0x30000 (a load and a store each turn). The handler, reached
// from the general exception vector, acknowledges the disk, keeps Count in
// s2 and sets k1 (so that wait, which the loop reaches only while k1 is
// clear, always has the disk's event to wait for). With TIMER set the timer is enabled too (IM7), Compare
// is TIMER, and the handler dismisses its interrupts, counting them in s3.
// The guest then sums the sector's words into v0 and ends with break 0
// (break 1 if STATUS is not IDLE after the handler's ACK, break 3 on an
// interrupt from neither).
const diskGuest = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$s0, 0xbf000300		# the disk's registers, uncached
	li	$t0, 5
	sw	$t0, 4($s0)		# SECTOR
	li	$t0, 1
	sw	$t0, 8($s0)		# COUNT
	li	$t0, 0x20000
	sw	$t0, 12($s0)		# ADDR
	move	$k1, $zero
	.if	TIMER
	li	$t0, TIMER
	mtc0	$t0, $11		# Compare
	li	$t0, 0x8801		# IM7 | IM3 | IE
	.else
	li	$t0, 0x0801		# IM3 | IE
	.endif
	mtc0	$t0, $12
	li	$a2, 0x80030000
	li	$t0, 1
	sw	$t0, 0($s0)		# COMMAND: read
	.globl	idle
idle:
	.if	WAIT
	bnez	$k1, done
	nop
	wait
	b	idle
	nop
	.else
	lw	$t2, 0($a2)
	addiu	$t2, $t2, 1
	beqz	$k1, idle
	sw	$t2, 0($a2)
	.endif
done:	lw	$t1, 16($s0)		# STATUS: IDLE after the handler's ACK
	bnez	$t1, failed
	nop
	li	$a0, 0xa0020000
	li	$a1, 128
	move	$v0, $zero
sum:	lw	$t4, 0($a0)
	addu	$v0, $v0, $t4
	addiu	$a1, $a1, -1
	bnez	$a1, sum
	addiu	$a0, $a0, 4
	break	0
failed:	break	1

	# Copied to the general exception vector 0x80000180.
	.globl	vec_start, vec_end
vec_start:
	la	$k0, handler
	jr	$k0
	nop
vec_end:

handler:
	mfc0	$k0, $13		# Cause
	andi	$k0, $k0, 0x800		# IP3: the disk
	beqz	$k0, timer
	nop
	li	$k0, 0xbf000300
	sw	$zero, 20($k0)		# ACK lowers the line
	mfc0	$s2, $9			# Count
	li	$k1, 1
	eret
timer:	mfc0	$k0, $13
	andi	$k0, $k0, 0x8000	# IP7: the timer
	beqz	$k0, unexpected
	nop
	mtc0	$zero, $11		# Compare: dismisses it
	addiu	$s3, $s3, 1
	eret
unexpected:
	break	3
`

const (
	diskGuestText   = 0x80010000
	diskGuestBuffer = 0x20000
	diskGuestSpins  = 0x30000
)

// diskProfiles are the profiles the disk tests run under: the Fast
// engine's, and 24kf (a 400 MHz clock, 4-way caches).
var diskProfiles = append(fastProfiles[:len(fastProfiles):len(fastProfiles)], "24kf")

// diskMachine is a machine on the system bus with 1 MiB of RAM and a
// memory disk of 16 sectors timed by the profile, loaded with diskGuest
// (its vector copied to 0x80000180), in kernel mode with BEV and ERL clear.
// Exceptions other than break are delivered to the guest; break halts
// with its code.
func diskMachine(t testing.TB, prof string, wait bool, timer uint32) (*Machine, *devices.Disk) {
	t.Helper()
	p, err := testProfile(prof)
	if err != nil {
		t.Fatal(err)
	}
	timing, err := devices.DiskTimingFor(p)
	if err != nil {
		t.Fatal(err)
	}
	image := make([]byte, 16*devices.SectorSize)
	for i := range image {
		image[i] = byte(i*13 + i>>9)
	}
	bus := devices.NewSystemBus(1<<20, io.Discard, nil)
	disk, err := devices.NewMemDisk(image, devices.DiskOptions{Timing: timing})
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.Map(devices.DiskBase, disk); err != nil {
		t.Fatal(err)
	}
	m, err := New(Config{Profile: p, Bus: bus})
	if err != nil {
		t.Fatal(err)
	}
	disk.SetClock(func() uint64 { return m.Stats.Cycles })
	im := linkDiskGuest(t, wait, timer)
	for _, s := range im.Segments {
		if err := bus.WriteBytes(s.Addr&0x1fffffff, s.Data); err != nil {
			t.Fatal(err)
		}
	}
	start, _ := im.Lookup("vec_start")
	end, _ := im.Lookup("vec_end")
	vec, err := bus.ReadBytes(start.Addr&0x1fffffff, int(end.Addr-start.Addr))
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.WriteBytes(0x180, vec); err != nil {
		t.Fatal(err)
	}
	m.CP0.Status = 0
	m.SetPC(im.Entry)
	m.Handler = func(m *Machine, e *Exception) (bool, error) {
		if e.Code == isa.ExcBp {
			m.Halt(int(e.Inst >> 16 & 0x3ff))
			return true, nil
		}
		return false, nil
	}
	return m, disk
}

func linkDiskGuest(t testing.TB, wait bool, timer uint32) *loader.Image {
	t.Helper()
	defs := map[string]int64{"WAIT": 0, "TIMER": int64(timer)}
	if wait {
		defs["WAIT"] = 1
	}
	o, err := asm.Assemble("disk.s", []byte(diskGuest), asm.Options{Defines: defs})
	if err != nil {
		t.Fatal(err)
	}
	im, err := loader.Link([]*object.File{o}, []string{"disk.s"}, loader.LinkOptions{TextAddress: diskGuestText})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// diskRun is what a run of diskGuest did.
type diskRun struct {
	stop       Stop
	interrupts []uint64 // the cycles at which interrupts were taken
	due        uint64   // the cycle at which the read completed
	end        *Snapshot
}

// runDiskGuest runs m to its end on e, recording the interrupts taken.
func runDiskGuest(t *testing.T, m *Machine, disk *devices.Disk, e Engine) diskRun {
	t.Helper()
	var r diskRun
	id := m.AddExceptionHook(func(m *Machine, x *Exception) {
		if x.Code == isa.ExcInt {
			r.interrupts = append(r.interrupts, m.Stats.Cycles)
		}
	})
	defer m.RemoveHook(id)
	stop, err := e.Run(context.Background(), m, Limits{MaxInstructions: 5_000_000})
	if err != nil {
		t.Fatalf("%s: %v", e.Name(), err)
	}
	r.stop, r.due, r.end = stop, disk.Snapshot().Op.Due, m.Snapshot()
	return r
}

// checkDiskGuest checks that the guest ended well: break 0, sector 5 in
// the buffer and its sum in v0, the disk IDLE, one disk interrupt.
func checkDiskGuest(t *testing.T, m *Machine, disk *devices.Disk, r diskRun) {
	t.Helper()
	if r.stop.Reason != StopHalted || r.stop.Status != 0 {
		t.Fatalf("stop %+v, STATUS %#x", r.stop, disk.Snapshot().Status)
	}
	got, err := m.Bus.ReadBytes(diskGuestBuffer, devices.SectorSize)
	if err != nil {
		t.Fatal(err)
	}
	var sum uint32
	for i := 0; i < len(got); i += 4 {
		sum += binary.LittleEndian.Uint32(got[i:])
	}
	first := 5 * devices.SectorSize // the image's byte i is i*13 + i/512
	if want := byte(first*13 + first>>9); got[0] != want || m.GPR[isa.V0] != sum {
		t.Errorf("buffer starts %#x (want %#x), v0 %#x (want the sum %#x)", got[0], want, m.GPR[isa.V0], sum)
	}
	if s := disk.Snapshot().Status; s != devices.DiskIdle || m.GPR[isa.K1] != 1 {
		t.Errorf("disk STATUS %#x, k1 %d at the end; want IDLE, 1", s, m.GPR[isa.K1])
	}
}

// diskCase is one way diskGuest waits for the disk.
type diskCase struct {
	wait  bool   // in wait, or in a loop
	timer uint32 // Compare, with the timer enabled; 0 for off
}

func (c diskCase) String() string {
	mode := "spin"
	if c.wait {
		mode = "wait"
	}
	if c.timer != 0 {
		return fmt.Sprintf("%s/timer%d", mode, c.timer)
	}
	return mode
}

var diskCases = []diskCase{{true, 0}, {false, 0}, {true, 5000}, {false, 5000}}

// TestDiskInterrupt starts a disk read and waits for its interrupt, in
// wait and in a loop, with the timer off and with the timer firing first
// (but on ideal, whose disk is done before the timer fires).
// The engines advance the disk when the cycle count reaches its completion
// cycle, so the interrupt is taken at the first instruction boundary at or
// after it (at it, after wait, whose idle cycles end there), and both
// engines end alike: registers, counters, MMU, RAM and the disk.
//
// The completion cycle is the COMMAND store's plus the profile's latency:
// sector 5 lies on cylinder 0, under the head, so the read takes overhead +
// half a rotation + one sector's transfer (dec5000: 244312 cycles). The
// ideal disk completes at the store, and the interrupt is taken after it.
// A reference run on the interpreter with hooks finds the store's cycle
// and the boundary before the interrupt.
func TestDiskInterrupt(t *testing.T) {
	type result struct {
		interrupt, cycles, insts, idle uint64 // the disk's interrupt; the run's Stats
		ticks                          uint32 // timer interrupts
	}
	golden := map[string]result{
		"ideal/wait":                         {14, 677, 677, 0, 0},
		"ideal/spin":                         {14, 679, 679, 0, 0},
		"ideal/wait/timer5000":               {16, 679, 679, 0, 0},
		"ideal/spin/timer5000":               {16, 681, 681, 0, 0},
		"dec5000/wait":                       {244409, 246485, 682, 244287, 0},
		"dec5000/spin":                       {244409, 246532, 122831, 0, 0},
		"dec5000/wait/timer5000":             {244411, 246433, 704, 244166, 1},
		"dec5000/spin/timer5000":             {244412, 246444, 122792, 0, 1},
		"dec5000/icache-2way/wait":           {244409, 246485, 682, 244287, 0},
		"dec5000/icache-2way/spin":           {244409, 246532, 122831, 0, 0},
		"dec5000/icache-2way/wait/timer5000": {244411, 246433, 704, 244166, 1},
		"dec5000/icache-2way/spin/timer5000": {244412, 246444, 122792, 0, 1},
		"dec5000/icache-tiny/wait":           {244409, 246517, 682, 244287, 0},
		"dec5000/icache-tiny/spin":           {244409, 246548, 122831, 0, 0},
		"dec5000/icache-tiny/wait/timer5000": {244411, 246516, 704, 244150, 1},
		"dec5000/icache-tiny/spin/timer5000": {244412, 246541, 122784, 0, 1},
		"dec5000/dcache-2way/wait":           {244409, 246485, 682, 244287, 0},
		"dec5000/dcache-2way/spin":           {244409, 246532, 122831, 0, 0},
		"dec5000/dcache-2way/wait/timer5000": {244411, 246433, 704, 244166, 1},
		"dec5000/dcache-2way/spin/timer5000": {244412, 246444, 122792, 0, 1},
		"24kf/wait":                          {1710692, 1715353, 682, 1710561, 0},
		"24kf/spin":                          {1710692, 1715386, 855959, 0, 0},
		"24kf/wait/timer5000":                {1710694, 1715265, 704, 1710413, 1},
		"24kf/spin/timer5000":                {1710695, 1715289, 855908, 0, 1},
	}
	for _, prof := range diskProfiles {
		for _, c := range diskCases {
			name := prof + "/" + c.String()
			t.Run(name, func(t *testing.T) {
				// The reference run, hooked: the COMMAND store's cycle, and
				// the cycle at which the last instruction before each
				// interrupt started.
				m, disk := diskMachine(t, prof, c.wait, c.timer)
				var issued, start uint64
				var before []uint64
				m.AddMemHook(MemWrite, Range{Begin: 0xbf000300, End: 0xbf000304}, func(m *Machine, ev MemEvent) { issued = m.Stats.Cycles })
				m.AddCodeHook(Range{}, func(m *Machine, pc uint32) { start = m.Stats.Cycles })
				m.AddExceptionHook(func(m *Machine, e *Exception) {
					if e.Code == isa.ExcInt {
						before = append(before, start)
					}
				})
				hooked := runDiskGuest(t, m, disk, Reference())
				checkDiskGuest(t, m, disk, hooked)

				timing, err := devices.DiskTimingFor(m.Profile)
				if err != nil {
					t.Fatal(err)
				}
				latency := timing.Overhead + timing.HalfRotation + timing.Transfer
				if prof == "dec5000" && latency != 244312 {
					t.Fatalf("dec5000 reads a sector in %d cycles, want 244312", latency)
				}
				due, n := hooked.due, len(hooked.interrupts)
				irq := hooked.interrupts[n-1] // the disk's: the handler ends the wait
				if due != issued+latency {
					t.Errorf("the read completes at %d, want the COMMAND store's %d + %d", due, issued, latency)
				}
				if latency == 0 && before[n-1] != due || latency != 0 && !(before[n-1] < due && due <= irq) {
					t.Errorf("interrupt at %d after an instruction from %d; the read completes at %d", irq, before[n-1], due)
				}

				for _, e := range Engines() {
					m, disk := diskMachine(t, prof, c.wait, c.timer)
					r := runDiskGuest(t, m, disk, e)
					checkDiskGuest(t, m, disk, r)
					if diff := diffSnapshots(hooked.end, r.end); diff != "" || fmt.Sprint(r.interrupts) != fmt.Sprint(hooked.interrupts) {
						t.Errorf("%s differs from the hooked run: interrupts at %v, want %v\n%s", e.Name(), r.interrupts, hooked.interrupts, diff)
					}
				}
				s := hooked.end.Stats
				got := result{irq, s.Cycles, s.Instructions, s.IdleCycles, hooked.end.State.GPR[isa.S3]}
				if got != golden[name] {
					t.Errorf("got %+v, want %+v", got, golden[name])
				}
				if want := uint64(1) + uint64(got.ticks); s.Exceptions[isa.ExcInt] != want {
					t.Errorf("%d interrupts, want %d", s.Exceptions[isa.ExcInt], want)
				}
			})
		}
	}
}

// TestDiskRestoreMidCommand snapshots the machine while the read is in
// flight (at wait, or part-way through the loop) and restores it after the
// run has ended, onto the same machine and onto a new one: on either
// engine the read completes at the same cycle, the interrupt comes at the
// same cycle and the run ends as the first did.
func TestDiskRestoreMidCommand(t *testing.T) {
	for _, prof := range diskProfiles {
		if prof == "ideal" {
			continue // its disk has nothing in flight between instructions
		}
		for _, c := range diskCases {
			t.Run(prof+"/"+c.String(), func(t *testing.T) {
				m, disk := diskMachine(t, prof, c.wait, c.timer)
				lim := Limits{MaxCycles: 100_000} // the loop, well before the read completes
				if c.wait {
					idle, _ := linkDiskGuest(t, c.wait, c.timer).Lookup("idle")
					lim = Limits{Until: idle.Addr + 8, HasUntil: true} // at wait
				}
				if _, err := Reference().Run(context.Background(), m, lim); err != nil {
					t.Fatal(err)
				}
				if st := disk.Snapshot(); st.Status != devices.DiskBusy || m.Stats.Cycles >= st.Op.Due {
					t.Fatalf("at cycle %d the disk is %+v, want a read in flight", m.Stats.Cycles, st)
				}
				mid := m.Snapshot()
				want := runDiskGuest(t, m, disk, Reference())
				checkDiskGuest(t, m, disk, want)

				for _, e := range Engines() {
					for _, fresh := range []bool{false, true} {
						if fresh {
							m, disk = diskMachine(t, prof, c.wait, c.timer)
						}
						m.Restore(mid)
						if st := disk.Snapshot(); st.Status != devices.DiskBusy || st.Op.Due != want.due {
							t.Fatalf("restored disk %+v, want a read in flight until %d", st, want.due)
						}
						got := runDiskGuest(t, m, disk, e)
						checkDiskGuest(t, m, disk, got)
						if diff := diffSnapshots(want.end, got.end); diff != "" || fmt.Sprint(got.interrupts) != fmt.Sprint(want.interrupts) {
							t.Errorf("%s, new machine %v: interrupts at %v, want %v\n%s", e.Name(), fresh, got.interrupts, want.interrupts, diff)
						}
					}
				}
			})
		}
	}
}

// TestWaitForDisk runs wait with the disk's line enabled and the timer
// off. With a read in flight, started by the host before the run, wait
// idles until it completes and the interrupt is taken at that cycle; with
// nothing in flight, nothing could end the wait.
func TestWaitForDisk(t *testing.T) {
	for _, inFlight := range []bool{true, false} {
		for _, e := range Engines() {
			m, disk := diskMachine(t, "dec5000", true, 0)
			load(t, m, func(b *isa.Builder) {
				b.Emit(isa.Inst{Op: isa.WAIT})
				brk(b, 0)
			})
			m.CP0.Status = StatusIE | 1<<(10+devices.DiskLine) // IM3
			var taken []uint64
			m.AddExceptionHook(func(m *Machine, x *Exception) {
				taken = append(taken, m.Stats.Cycles)
				m.RequestStop("interrupt")
			})
			if inFlight {
				for _, r := range [][2]uint32{{devices.DiskSector, 5}, {devices.DiskCount, 1}, {devices.DiskAddr, diskGuestBuffer}, {devices.DiskCommand, devices.DiskCmdRead}} {
					if err := disk.Write(r[0], 4, r[1]); err != nil {
						t.Fatal(err)
					}
				}
			}
			_, err := e.Run(context.Background(), m, Limits{MaxInstructions: 10})
			if !inFlight {
				if err != ErrWaitForever {
					t.Errorf("%s: wait with nothing in flight: %v, want ErrWaitForever", e.Name(), err)
				}
				continue
			}
			// The read, issued at cycle 0, completes at 244312; wait's
			// fetch misses the I-cache (dec5000: 16 cycles) and wait takes
			// one cycle, the last before the interrupt.
			const idle = 244312 - 16 - 1
			if err != nil || len(taken) != 1 || taken[0] != 244312 || m.Stats.IdleCycles != idle ||
				m.CP0.EPC != codeBase+4 || m.Stats.Instructions != 1 {
				t.Errorf("%s: %v; exceptions at %v, idle %d, EPC %#x, %d instructions; want an interrupt at 244312 after %d idle cycles, EPC %#x, 1 instruction",
					e.Name(), err, taken, m.Stats.IdleCycles, m.CP0.EPC, m.Stats.Instructions, idle, codeBase+4)
			}
		}
	}
}
