package devices

// NumLines is the number of hardware interrupt lines. Line n is CP0
// Cause.IP(n+2): lines 0-4 are IP2-IP6 (IP7 is the CP0 timer's).
const NumLines = 5

const allLines = 1<<NumLines - 1

// Interrupt controller registers (offsets from IntCBase).
const (
	IntCPending = 0x0 // read-only: bit n set while line n is raised
	IntCMask    = 0x4 // read/write: bit n enables line n (reset: all set)
)

// IntC is the interrupt controller. Lines are level-triggered: a device
// raises its line while it wants service and lowers it when serviced; one
// device owns each line. The controller is itself a Device (its PENDING and
// MASK registers) and is safe to use through a nil pointer, which ignores
// everything: a device built without a controller raises nothing.
type IntC struct {
	raised uint8
	mask   uint8
}

// NewIntC returns a controller with no line raised and every line enabled:
// CP0 Status.IM already masks each line, so MASK is only for drivers that
// want to silence a device without touching Status.
func NewIntC() *IntC { return &IntC{mask: allLines} }

// Raise raises line (0 to NumLines-1; other lines are ignored).
func (c *IntC) Raise(line int) {
	if c != nil && line >= 0 && line < NumLines {
		c.raised |= 1 << line
	}
}

// Lower lowers line (0 to NumLines-1; other lines are ignored).
func (c *IntC) Lower(line int) {
	if c != nil && line >= 0 && line < NumLines {
		c.raised &^= 1 << line
	}
}

// Set raises line if level is true and lowers it otherwise.
func (c *IntC) Set(line int, level bool) {
	if level {
		c.Raise(line)
	} else {
		c.Lower(line)
	}
}

// Pending returns the raised lines that MASK enables, bit n for line n: the
// CPU copies it into Cause bits 14:10 (IP6-IP2).
func (c *IntC) Pending() uint8 {
	if c == nil {
		return 0
	}
	return c.raised & c.mask
}

func (c *IntC) Name() string { return "intc" }
func (c *IntC) Size() uint32 { return 8 }

func (c *IntC) Read(off uint32, size int) (uint32, error) {
	r, err := register(off, size, 2)
	if err != nil || c == nil {
		return 0, err
	}
	if r == IntCPending/4 {
		return uint32(c.raised), nil
	}
	return uint32(c.mask), nil
}

// Write sets MASK; writes to PENDING are ignored (it follows the lines).
func (c *IntC) Write(off uint32, size int, v uint32) error {
	r, err := register(off, size, 2)
	if err != nil || c == nil {
		return err
	}
	if r == IntCMask/4 {
		c.mask = uint8(v & allLines)
	}
	return nil
}
