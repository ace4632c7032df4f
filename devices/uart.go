package devices

import (
	"errors"
	"fmt"
	"io"
)

// UART registers (offsets from UARTBase) and their bits.
const (
	UARTTxData  = 0x0 // write: bits 7:0 go to the console; reads 0
	UARTRxData  = 0x4 // read: the next input byte (bits 7:0), or 0 if none; writes ignored
	UARTStatus  = 0x8 // read-only: UARTTxReady, UARTRxAvail
	UARTControl = 0xC // read/write: UARTRxIntEnable

	UARTTxReady     = 1 << 0 // STATUS: the transmitter takes a byte (always set)
	UARTRxAvail     = 1 << 1 // STATUS: RXDATA holds an input byte
	UARTRxIntEnable = 1 << 0 // CONTROL: raise UARTLine while an input byte is available

	// UARTLine is the interrupt line of the console UART (Cause.IP2).
	UARTLine = 0
)

// UART is the console: a byte written to TXDATA goes to an io.Writer, and
// RXDATA delivers the bytes of an io.Reader one at a time.
//
// The input reader must not block: a bytes.Reader or similar makes the
// machine deterministic, since every byte is available as soon as the guest
// looks (STATUS or RXDATA read, or RX interrupts enabled). io.EOF, and a read
// that returns no byte and no error, mean "no data now": the UART asks again
// the next time the guest looks. For input that arrives over time (an
// interactive terminal behind a non-blocking reader) the machine calls Poll
// between instructions so that the RX interrupt is raised without the guest
// looking. Any other input error stops input; an output error stops output.
// Both are kept for Err: they are the host's failures, not the guest's, so
// the guest sees no bus error.
type UART struct {
	out     io.Writer
	in      io.Reader
	intc    *IntC
	control uint32
	rxFull  bool    // rx holds a byte the guest has not read
	rx      [1]byte // the input lookahead
	tx      [1]byte
	inErr   error
	outErr  error
}

// NewUART returns a UART writing to out and reading from in (either may be
// nil: output is dropped, input is empty) that raises UARTLine on intc (nil
// for no interrupts).
func NewUART(out io.Writer, in io.Reader, intc *IntC) *UART {
	return &UART{out: out, in: in, intc: intc}
}

func (u *UART) Name() string { return "uart" }
func (u *UART) Size() uint32 { return 16 }

// Err returns the host I/O errors that stopped input or output, if any.
func (u *UART) Err() error { return errors.Join(u.inErr, u.outErr) }

// Poll takes the next input byte, if none is waiting and one is available,
// and updates the interrupt line.
func (u *UART) Poll() {
	u.fill()
	u.updateLine()
}

func (u *UART) Read(off uint32, size int) (uint32, error) {
	r, err := register(off, size, 4)
	if err != nil {
		return 0, err
	}
	switch r {
	case UARTRxData / 4:
		u.fill()
		if !u.rxFull {
			return 0, nil
		}
		v := uint32(u.rx[0])
		u.rxFull = false
		if u.control&UARTRxIntEnable != 0 {
			u.fill() // the line must show whether more input waits
		}
		u.updateLine()
		return v, nil
	case UARTStatus / 4:
		u.fill()
		u.updateLine()
		s := uint32(UARTTxReady)
		if u.rxFull {
			s |= UARTRxAvail
		}
		return s, nil
	case UARTControl / 4:
		return u.control, nil
	}
	return 0, nil
}

func (u *UART) Write(off uint32, size int, v uint32) error {
	r, err := register(off, size, 4)
	if err != nil {
		return err
	}
	switch r {
	case UARTTxData / 4:
		if u.out != nil && u.outErr == nil {
			u.tx[0] = byte(v)
			if _, err := u.out.Write(u.tx[:]); err != nil {
				u.outErr = fmt.Errorf("uart: output: %w", err)
			}
		}
	case UARTControl / 4:
		u.control = v & UARTRxIntEnable
		if u.control != 0 {
			u.fill()
		}
		u.updateLine()
	}
	return nil
}

// fill reads one byte of input into the lookahead if it is empty.
func (u *UART) fill() {
	if u.rxFull || u.in == nil || u.inErr != nil {
		return
	}
	n, err := u.in.Read(u.rx[:])
	u.rxFull = n == 1
	if err != nil && err != io.EOF {
		u.inErr = fmt.Errorf("uart: input: %w", err)
	}
}

func (u *UART) updateLine() {
	u.intc.Set(UARTLine, u.rxFull && u.control&UARTRxIntEnable != 0)
}
