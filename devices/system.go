package devices

import (
	"fmt"
	"io"
)

// The fixed physical memory map (doc/machine.md).
const (
	PageSize       = 4096
	RAMBase        = 0x00000000
	DefaultRAMSize = 64 << 20
	// MaxRAMSize keeps RAM below the device window.
	MaxRAMSize = IOBase

	IOBase       = 0x1F000000 // device window: one 256-byte slot per device
	UARTBase     = 0x1F000000
	PowerOffBase = 0x1F000100
	IntCBase     = 0x1F000200
	DiskBase     = 0x1F000300 // mapped by the caller: Map(DiskBase, disk)

	ROMBase    = 0x1FC00000 // the reset vector 0xBFC00000 in kseg1
	MaxROMSize = 4 << 20
)

// NewSystemBus returns the system-mode machine's bus: ramSize bytes of RAM
// (see NewBus), the console UART reading input and writing console, the
// power-off device and the interrupt controller at their fixed addresses.
// The boot ROM is mapped by LoadROM.
func NewSystemBus(ramSize uint32, console io.Writer, input io.Reader) *Bus {
	b := NewBus(ramSize)
	for _, d := range []struct {
		base uint32
		dev  Device
	}{
		{UARTBase, NewUART(console, input, b.Interrupts())},
		{PowerOffBase, NewPowerOff(b)},
		{IntCBase, b.Interrupts()},
	} {
		if err := b.Map(d.base, d.dev); err != nil {
			// NewBus keeps RAM below IOBase, so only a graftlab bug gets here.
			panic(fmt.Sprintf("devices: fixed memory map: %v", err))
		}
	}
	return b
}

// UART returns the console UART of a bus made by NewSystemBus (nil if
// another device is mapped at UARTBase), for Poll and Err.
func (b *Bus) UART() *UART {
	d, base, ok := b.DeviceAt(UARTBase)
	if u, isUART := d.(*UART); ok && isUART && base == UARTBase {
		return u
	}
	return nil
}
