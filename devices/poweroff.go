package devices

// PowerOffExit is the power-off device's only register (offset from
// PowerOffBase): writing it halts the machine with the value as exit status.
const PowerOffExit = 0x0

// PowerOff is the power-off device: a system-mode program ends a run by
// writing its exit status to the EXIT register. A word write gives the
// status as a signed 32-bit value (0xFFFFFFFF is -1); a byte or halfword
// write gives it zero-extended. Reads return 0.
type PowerOff struct {
	bus *Bus
}

// NewPowerOff returns a power-off device that halts b.
func NewPowerOff(b *Bus) *PowerOff { return &PowerOff{bus: b} }

func (p *PowerOff) Name() string { return "poweroff" }
func (p *PowerOff) Size() uint32 { return 4 }

func (p *PowerOff) Read(off uint32, size int) (uint32, error) {
	_, err := register(off, size, 1)
	return 0, err
}

func (p *PowerOff) Write(off uint32, size int, v uint32) error {
	if _, err := register(off, size, 1); err != nil {
		return err
	}
	if p.bus != nil {
		p.bus.halt(int(int32(v & sizeMask(size))))
	}
	return nil
}
