package devices_test

import (
	"fmt"
	"os"
	"strings"

	"graftlab/devices"
)

// A system-mode program's view of the machine, played from Go: print to the
// console, read the input, and power off with a status.
func ExampleNewSystemBus() {
	b := devices.NewSystemBus(devices.DefaultRAMSize, os.Stdout, strings.NewReader("y"))
	for _, c := range "ok?\n" {
		b.Write(devices.UARTBase+devices.UARTTxData, 1, uint32(c))
	}
	status, _ := b.Read(devices.UARTBase+devices.UARTStatus, 4)
	if status&devices.UARTRxAvail != 0 {
		c, _ := b.Read(devices.UARTBase+devices.UARTRxData, 1)
		fmt.Printf("input %q\n", rune(c))
	}
	b.Write(devices.PowerOffBase+devices.PowerOffExit, 4, 3)
	fmt.Println(b.Halted())
	for _, r := range b.Regions() {
		fmt.Printf("%-8s 0x%08x %#x\n", r.Name, r.Base, r.Size)
	}
	// Output:
	// ok?
	// input 'y'
	// 3 true
	// ram      0x00000000 0x4000000
	// uart     0x1f000000 0x10
	// poweroff 0x1f000100 0x4
	// intc     0x1f000200 0x8
}
