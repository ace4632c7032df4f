package devices

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestUARTTransmit(t *testing.T) {
	var out bytes.Buffer
	b := NewSystemBus(64<<10, &out, nil)
	const tx = UARTBase + UARTTxData
	writes := []access{
		{true, tx, 1, 'H'},
		{true, tx, 2, 0x0069},     // 'i'
		{true, tx, 4, 0x12345621}, // '!': only bits 7:0 are sent
		{true, tx, 1, '\n'},
		{true, tx, 1, 0},
		{true, UARTBase + UARTStatus, 4, 'S'}, // read-only: ignored
		{true, UARTBase + UARTRxData, 1, 'R'}, // read-only: ignored
	}
	for _, w := range writes {
		if err := b.Write(w.pa, w.size, w.v); err != nil {
			t.Fatalf("Write(%#x, %d, %#x): %v", w.pa, w.size, w.v, err)
		}
	}
	if got := out.String(); got != "Hi!\n\x00" {
		t.Errorf("console output %q, want %q", got, "Hi!\n\x00")
	}
	if v, err := b.Read(tx, 4); err != nil || v != 0 {
		t.Errorf("Read(TXDATA) = %#x, %v; want 0", v, err)
	}
	if u := b.UART(); u == nil || u.Err() != nil {
		t.Errorf("UART() = %v", u)
	}

	// Without a writer, output is dropped.
	b = NewSystemBus(64<<10, nil, nil)
	if err := b.Write(tx, 1, 'x'); err != nil {
		t.Errorf("Write(TXDATA) with no writer: %v", err)
	}
}

func TestUARTReceive(t *testing.T) {
	in := bytes.NewBufferString("ab")
	b := NewSystemBus(64<<10, nil, in)
	const (
		rx     = UARTBase + UARTRxData
		status = UARTBase + UARTStatus
	)
	steps := []struct {
		pa   uint32
		size int
		want uint32
	}{
		{status, 4, UARTTxReady | UARTRxAvail},
		{status, 1, UARTTxReady | UARTRxAvail}, // reading STATUS consumes nothing
		{rx, 4, 'a'},
		{status, 2, UARTTxReady | UARTRxAvail},
		{rx, 1, 'b'},
		{status, 4, UARTTxReady},
		{rx, 4, 0},
		{rx, 1, 0},
		{status, 4, UARTTxReady},
	}
	for i, s := range steps {
		if got, err := b.Read(s.pa, s.size); err != nil || got != s.want {
			t.Errorf("step %d: Read(%#x, %d) = %#x, %v; want %#x", i, s.pa, s.size, got, err, s.want)
		}
	}
	// End of input is "no data now", not for ever.
	in.WriteString("c")
	if got, _ := b.Read(status, 4); got != UARTTxReady|UARTRxAvail {
		t.Errorf("STATUS after more input = %#x", got)
	}
	if got, _ := b.Read(rx, 4); got != 'c' {
		t.Errorf("RXDATA after more input = %#x", got)
	}

	// A reader that returns its last byte together with io.EOF.
	b = NewSystemBus(64<<10, nil, iotest.DataErrReader(strings.NewReader("z")))
	if got, _ := b.Read(rx, 4); got != 'z' {
		t.Errorf("RXDATA from a DataErrReader = %#x, want 'z'", got)
	}
	if got, _ := b.Read(status, 4); got != UARTTxReady {
		t.Errorf("STATUS after the last byte = %#x", got)
	}
}

func TestUARTInterrupt(t *testing.T) {
	b := NewSystemBus(64<<10, nil, strings.NewReader("xy"))
	const (
		rx      = UARTBase + UARTRxData
		control = UARTBase + UARTControl
		status  = UARTBase + UARTStatus
		pending = IntCBase + IntCPending
		mask    = IntCBase + IntCMask
	)
	steps := []struct {
		acc     access
		pending uint8 // Interrupts().Pending() afterwards
	}{
		{access{false, status, 4, UARTTxReady | UARTRxAvail}, 0}, // RXIE clear: no interrupt
		{access{false, control, 4, 0}, 0},
		{access{true, control, 4, 0xffffffff}, 1 << UARTLine},
		{access{false, control, 4, UARTRxIntEnable}, 1 << UARTLine},
		{access{false, pending, 4, 1 << UARTLine}, 1 << UARTLine},
		{access{true, mask, 4, 0}, 0},
		{access{false, pending, 4, 1 << UARTLine}, 0}, // PENDING ignores MASK
		{access{true, mask, 1, 0xff}, 1 << UARTLine},
		{access{false, mask, 4, 0x1f}, 1 << UARTLine},
		{access{false, rx, 4, 'x'}, 1 << UARTLine}, // 'y' still waits
		{access{true, control, 1, 0}, 0},
		{access{true, control, 2, UARTRxIntEnable}, 1 << UARTLine},
		{access{false, rx, 4, 'y'}, 0},
		{access{false, status, 4, UARTTxReady}, 0},
		{access{false, pending, 4, 0}, 0},
	}
	for i, s := range steps {
		if s.acc.write {
			if err := b.Write(s.acc.pa, s.acc.size, s.acc.v); err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
		} else if got, err := b.Read(s.acc.pa, s.acc.size); err != nil || got != s.acc.v {
			t.Errorf("step %d: Read(%#x, %d) = %#x, %v; want %#x", i, s.acc.pa, s.acc.size, got, err, s.acc.v)
		}
		if got := b.Interrupts().Pending(); got != s.pending {
			t.Errorf("step %d: Pending() = %#b, want %#b", i, got, s.pending)
		}
	}
}

// trickle is a non-blocking reader whose data arrives over time: it returns
// 0, nil until the test releases bytes.
type trickle struct{ ready []byte }

func (r *trickle) Read(p []byte) (int, error) {
	n := copy(p, r.ready)
	r.ready = r.ready[n:]
	return n, nil
}

func TestUARTPoll(t *testing.T) {
	in := &trickle{}
	intc := NewIntC()
	u := NewUART(nil, in, intc)
	if err := u.Write(UARTControl, 4, UARTRxIntEnable); err != nil {
		t.Fatal(err)
	}
	u.Poll()
	if intc.Pending() != 0 {
		t.Fatalf("Pending() = %#b with no input", intc.Pending())
	}
	in.ready = []byte("k")
	if intc.Pending() != 0 {
		t.Fatalf("input raised the line before Poll")
	}
	u.Poll()
	if intc.Pending() != 1<<UARTLine {
		t.Errorf("after Poll: Pending() = %#b, want line %d", intc.Pending(), UARTLine)
	}
	if v, err := u.Read(UARTRxData, 4); err != nil || v != 'k' || intc.Pending() != 0 {
		t.Errorf("RXDATA = %#x, %v; Pending() = %#b", v, err, intc.Pending())
	}
}

type failWriter struct{ calls int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.calls++
	return 0, errors.New("broken pipe")
}

func TestUARTHostErrors(t *testing.T) {
	w := &failWriter{}
	in := io.MultiReader(strings.NewReader("q"), iotest.ErrReader(errors.New("device gone")))
	b := NewSystemBus(64<<10, w, in)
	for _, c := range []byte("ab") {
		if err := b.Write(UARTBase+UARTTxData, 1, uint32(c)); err != nil {
			t.Errorf("Write(TXDATA) = %v: a host error is not a bus error", err)
		}
	}
	if w.calls != 1 {
		t.Errorf("writer called %d times after failing, want 1", w.calls)
	}
	reads := []struct {
		pa   uint32
		want uint32
	}{
		{UARTBase + UARTRxData, 'q'},
		{UARTBase + UARTStatus, UARTTxReady},
		{UARTBase + UARTRxData, 0},
	}
	for _, r := range reads {
		if got, err := b.Read(r.pa, 4); err != nil || got != r.want {
			t.Errorf("Read(%#x) = %#x, %v; want %#x", r.pa, got, err, r.want)
		}
	}
	want := "uart: input: device gone\nuart: output: broken pipe"
	if err := b.UART().Err(); err == nil || err.Error() != want {
		t.Errorf("Err() = %v, want %q", err, want)
	}
}

func TestUARTOffsets(t *testing.T) {
	u := NewUART(nil, nil, nil)
	cases := []struct {
		off  uint32
		size int
		err  error
	}{
		{UARTStatus, 4, nil},
		{UARTControl, 1, nil},
		{0x10, 4, ErrBadOffset},
		{0xfffffffc, 4, ErrBadOffset},
		{0x2, 1, ErrBadOffset},
		{UARTStatus, 3, ErrAccessSize},
		{UARTStatus, 0, ErrAccessSize},
	}
	for _, c := range cases {
		if _, err := u.Read(c.off, c.size); !errors.Is(err, c.err) {
			t.Errorf("Read(%#x, %d) error %v, want %v", c.off, c.size, err, c.err)
		}
		if err := u.Write(c.off, c.size, 0); !errors.Is(err, c.err) {
			t.Errorf("Write(%#x, %d) error %v, want %v", c.off, c.size, err, c.err)
		}
	}
}
