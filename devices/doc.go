// Package devices is graftlab's physical machine below the CPU: the 32-bit
// physical address space (a Bus), RAM, the boot ROM and the memory-mapped
// devices, laid out as doc/machine.md ("Physical memory map and devices")
// describes.
//
// The CPU translates an effective address to a physical one (kseg0 and kseg1
// by EA & 0x1FFFFFFF, everything else through the segment registers and the
// TLB) and then calls the Bus. RAM is one little-endian byte slice at
// physical address 0: the CPU may use it directly through RAM() as its fast
// path, and Bus.Read and Bus.Write serve it without a device lookup. Every
// other address is looked up among the mapped devices, kept sorted by base.
// Cycle costs are not the bus's business: the CPU charges the profile's
// uncached access cost.
//
// A device is anything that implements Device: a name, a size and register
// reads and writes at offsets within it. Devices are plain values that do
// nothing until an access reaches them, so the machine stays a pure function
// of program, input and profile. Optional interfaces let richer devices plug
// in without the bus changing:
//
//   - Memory: the device's contents are plain bytes (the boot ROM), which
//     ReadBytes and WriteBytes may reach on behalf of loaders and debuggers.
//   - Attacher: Map hands the device the bus and its base, so a disk or a NIC
//     can raise interrupt lines (Bus.Interrupts) and move data to and from RAM
//     (Bus.DMARead, Bus.DMAWrite).
//   - Clocked: the device acts on its own as emulated time passes; the CPU
//     asks Bus.NextEvent for the cycle at which to stop and calls Bus.Advance
//     at the first instruction boundary at or after it, before it checks
//     for interrupts, so events happen, and their interrupts are taken, at
//     the same cycle in every engine.
//   - Snapshotter: the device's state is part of the machine's snapshots
//     (cpu.Machine.Snapshot), so a restore in the middle of its work
//     finishes that work as the first run did.
//
// The disk (Disk) is all three: it moves sectors between a host file and
// RAM by DMA and raises DiskLine when a command completes, at a cycle
// computed from the profile's disk timing (DiskTimingFor), and saves its
// registers and the command in flight. The caller maps it at DiskBase;
// NewSystemBus leaves the slot empty.
//
// Errors are values: an access the hardware would answer with a bus error
// returns an *AccessError that carries the operation, the physical address,
// the size and the region's name, and wraps a sentinel (ErrUnmapped,
// ErrReadOnly, ErrBadOffset, ...). The CPU turns it into an IBE or DBE
// exception. No address, size or offset makes the package panic.
//
// Writing to the power-off register halts the machine: the bus records the
// exit status (Halted), and the CPU checks it after device stores.
//
// A Bus is not safe for concurrent use: like the CPU that drives it, it
// belongs to one goroutine.
package devices
