package devices_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/isa"
	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/profile"
)

// diskGuest is a bare-metal program that reads sector 5 into RAM at
// physical 0x20000, waits for the disk, sums the sector's words into v0,
// acknowledges and powers off with status 0 (1 if the command failed, 3
// on an unexpected exception). With INTR 0 it polls STATUS through kseg1,
// counting polls in s1; with INTR 1 it enables the disk's interrupt (IP3)
// and spins until the handler, copied to the general exception vector,
// has acknowledged it and set k1.
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
	.if	INTR
	li	$t0, 0x0801		# IM3 | IE
	mtc0	$t0, $12
	.endif
	li	$t0, 1
	sw	$t0, 0($s0)		# COMMAND: read
	.if	INTR
spin:	beqz	$k1, spin
	nop
	lw	$t1, 16($s0)		# STATUS: IDLE after the handler's ACK
	bnez	$t1, failed
	nop
	.else
	move	$s1, $zero
poll:	lw	$t1, 16($s0)		# STATUS
	addiu	$s1, $s1, 1
	andi	$t2, $t1, 3
	li	$t3, 1			# BUSY
	beq	$t2, $t3, poll
	nop
	li	$t3, 2			# DONE
	bne	$t2, $t3, failed
	nop
	sw	$zero, 20($s0)		# ACK
	.endif
	li	$a0, 0xa0020000
	li	$a1, 128
	move	$v0, $zero
sum:	lw	$t4, 0($a0)
	addu	$v0, $v0, $t4
	addiu	$a1, $a1, -1
	bnez	$a1, sum
	addiu	$a0, $a0, 4
	li	$t0, 0
	b	off
	nop
failed:	li	$t0, 1
off:	li	$t1, 0xbf000100		# power-off
	sw	$t0, 0($t1)
halt:	b	halt
	nop

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
	beqz	$k0, unexpected
	nop
	li	$k0, 0xbf000300
	sw	$zero, 20($k0)		# ACK lowers the line
	li	$k1, 1
	eret
unexpected:
	li	$k0, 0xbf000100
	li	$k1, 3
	sw	$k1, 0($k0)
	b	unexpected
	nop
`

const (
	guestText   = 0x80010000
	guestBuffer = 0x20000
	guestRAM    = 1 << 20
)

func linkGuest(t *testing.T, intr int64) *loader.Image {
	t.Helper()
	o, err := asm.Assemble("disk.s", []byte(diskGuest), asm.Options{Defines: map[string]int64{"INTR": intr}})
	if err != nil {
		t.Fatal(err)
	}
	im, err := loader.Link([]*object.File{o}, []string{"disk.s"}, loader.LinkOptions{TextAddress: guestText})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

type guestRun struct {
	Stop  cpu.Stop
	Stats cpu.Stats
	GPR   [32]uint32
	PC    uint32
	Disk  devices.DiskState
}

// bootGuest builds a machine with a memory disk of 16 sectors (diskImage)
// and the linked guest, its vector copied to 0x80000180.
func bootGuest(t *testing.T, p *profile.Profile, im *loader.Image) (*cpu.Machine, *devices.Disk, []byte) {
	t.Helper()
	timing, err := devices.DiskTimingFor(p)
	if err != nil {
		t.Fatal(err)
	}
	image := make([]byte, 16*devices.SectorSize)
	for i := range image {
		image[i] = byte(i*13 + i>>9)
	}
	bus := devices.NewSystemBus(guestRAM, io.Discard, nil)
	disk, err := devices.NewMemDisk(image, devices.DiskOptions{Timing: timing})
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.Map(devices.DiskBase, disk); err != nil {
		t.Fatal(err)
	}
	m, err := cpu.New(cpu.Config{Profile: p, Bus: bus})
	if err != nil {
		t.Fatal(err)
	}
	disk.SetClock(func() uint64 { return m.Stats.Cycles })
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
	m.CP0.Status = 0 // kernel mode, BEV and ERL clear
	m.SetPC(im.Entry)
	return m, disk, image
}

func runGuest(t *testing.T, m *cpu.Machine, disk *devices.Disk, e cpu.Engine) guestRun {
	t.Helper()
	stop, err := e.Run(context.Background(), m, cpu.Limits{MaxInstructions: 5_000_000})
	if err != nil {
		t.Fatalf("%s: %v", e.Name(), err)
	}
	return guestRun{Stop: stop, Stats: m.Stats, GPR: m.GPR, PC: m.PC, Disk: disk.Snapshot()}
}

// checkGuest checks that the guest halted with status 0 and read sector 5.
func checkGuest(t *testing.T, m *cpu.Machine, r guestRun, image []byte) {
	t.Helper()
	if r.Stop.Reason != cpu.StopHalted || r.Stop.Status != 0 {
		t.Fatalf("stop %+v, STATUS %#x", r.Stop, r.Disk.Status)
	}
	sector := image[5*devices.SectorSize : 6*devices.SectorSize]
	got, _ := m.Bus.ReadBytes(guestBuffer, devices.SectorSize)
	if !bytes.Equal(got, sector) {
		t.Error("RAM does not hold sector 5")
	}
	var sum uint32
	for i := 0; i < len(sector); i += 4 {
		sum += binary.LittleEndian.Uint32(sector[i:])
	}
	if r.GPR[isa.V0] != sum {
		t.Errorf("v0 = %#x, want the sector's sum %#x", r.GPR[isa.V0], sum)
	}
	if r.Disk.Status != devices.DiskIdle {
		t.Errorf("disk STATUS %#x at the end, want IDLE", r.Disk.Status)
	}
}

var guestEngines = cpu.Engines()

// The guest polls STATUS until the read completes. The command completes
// at the cycle of the COMMAND store plus the profile's latency (sector 5
// lies on cylinder 0, under the head: no seek); the first poll at or after
// it sees DONE. Every engine gives the same counts.
func TestDiskGuestPolls(t *testing.T) {
	im := linkGuest(t, 0)
	for _, name := range profile.Names() {
		t.Run(name, func(t *testing.T) {
			p, err := profile.Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			timing, _ := devices.DiskTimingFor(p)
			latency := timing.Overhead + timing.HalfRotation + timing.Transfer
			if name == "dec5000" && latency != 25000+208337+10975 {
				t.Fatalf("dec5000: latency %d", latency)
			}

			// The reference run, watching the disk's registers: a memory
			// hook runs after the access, at the access's cycle.
			m, disk, image := bootGuest(t, p, im)
			var issued uint64
			var polls []uint64
			m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{Begin: 0xbf000300, End: 0xbf000320}, func(m *cpu.Machine, ev cpu.MemEvent) {
				if now := disk.Snapshot().Now; now != m.Stats.Cycles {
					t.Errorf("access at %#x: the disk's clock says %d, the machine %d", ev.VAddr, now, m.Stats.Cycles)
				}
				switch ev.VAddr {
				case 0xbf000300 + devices.DiskCommand:
					issued = m.Stats.Cycles
				case 0xbf000300 + devices.DiskStatus:
					polls = append(polls, m.Stats.Cycles)
				}
			})
			ref := runGuest(t, m, disk, cpu.Reference())
			checkGuest(t, m, ref, image)
			due := ref.Disk.Op.Due
			if due != issued+latency {
				t.Errorf("completion at %d, want %d + %d", due, issued, latency)
			}
			n := len(polls)
			if n == 0 || polls[n-1] < due || n > 1 && polls[n-2] >= due || ref.GPR[isa.S1] != uint32(n) {
				t.Errorf("polls at %v (s1 = %d) around completion at %d", polls, ref.GPR[isa.S1], due)
			}

			for _, e := range guestEngines {
				m, disk, image := bootGuest(t, p, im)
				got := runGuest(t, m, disk, e)
				checkGuest(t, m, got, image)
				if diff := cmp.Diff(ref, got); diff != "" {
					t.Errorf("%s differs from the hooked reference run (-ref +%s):\n%s", e.Name(), e.Name(), diff)
				}
			}
		})
	}
}

// The guest waits for the disk's interrupt in a loop. The engines advance
// the disk when the cycle count reaches its completion cycle, so the line
// rises then and the interrupt is taken at the first instruction boundary
// at or after it: at it, as the loop's instructions take a cycle each. The
// ideal disk completes at the COMMAND store, whose one cycle ends before
// the interrupt. Every engine gives the same counts.
func TestDiskGuestInterrupt(t *testing.T) {
	im := linkGuest(t, 1)
	for _, name := range profile.Names() {
		t.Run(name, func(t *testing.T) {
			p, err := profile.Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			timing, _ := devices.DiskTimingFor(p)
			latency := timing.Overhead + timing.HalfRotation + timing.Transfer
			var runs []guestRun
			for _, e := range guestEngines {
				m, disk, image := bootGuest(t, p, im)
				var taken []uint64
				m.AddExceptionHook(func(m *cpu.Machine, e *cpu.Exception) {
					taken = append(taken, m.Stats.Cycles)
				})
				r := runGuest(t, m, disk, e)
				checkGuest(t, m, r, image)
				want := r.Disk.Op.Due
				if latency == 0 {
					want++
				}
				if len(taken) != 1 || taken[0] != want {
					t.Errorf("%s: the read completes at %d, exceptions at %v; want one at %d", e.Name(), r.Disk.Op.Due, taken, want)
				}
				runs = append(runs, r)
			}
			if diff := cmp.Diff(runs[0], runs[1]); diff != "" {
				t.Errorf("engines differ (-%s +%s):\n%s", guestEngines[0].Name(), guestEngines[1].Name(), diff)
			}
		})
	}
}
