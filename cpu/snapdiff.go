package cpu

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
)

// Comparing machines in full, for the conformance tests: every engine must
// leave what the reference interpreter leaves, not only the registers and
// the counters but the hidden timing state (the HI/LO and FPU interlocks,
// Count's base), the MMU (segment registers, TLB, micro-TLB, caches with
// their LRU state and write buffer), the devices that save their state,
// and RAM.

// maxDiffLines bounds the differences Diff lists.
const maxDiffLines = 20

// Diff describes how s differs from want, field by field ("" when they are
// the same in full). It names at most maxDiffLines differences, and the
// first differing byte of RAM.
func (s *Snapshot) Diff(want *Snapshot) string {
	var d differ
	// Walk only the parts that differ: the caches' lines are many.
	for _, part := range []struct {
		path      string
		want, got any
	}{{"State", want.State, s.State}, {"Stats", want.Stats, s.Stats}, {"timing", want.extra, s.extra},
		{"MMU", want.mmu, s.mmu}, {"devices", want.devices, s.devices}} {
		if !reflect.DeepEqual(part.want, part.got) {
			d.value(part.path, reflect.ValueOf(part.want), reflect.ValueOf(part.got))
		}
	}
	if !bytes.Equal(want.ram, s.ram) {
		n := min(len(want.ram), len(s.ram))
		i := 0
		for i < n && want.ram[i] == s.ram[i] {
			i++
		}
		if i < n {
			d.add(fmt.Sprintf("RAM differs first at %#x: %#02x, want %#02x", i, s.ram[i], want.ram[i]))
		} else {
			d.add(fmt.Sprintf("RAM: %d bytes, want %d", len(s.ram), len(want.ram)))
		}
	}
	return d.String()
}

// DiffMachines describes how got differs from want in full, as
// Snapshot.Diff does, without copying either's RAM.
func DiffMachines(want, got *Machine) string { return got.view().Diff(want.view()) }

// view is a snapshot of m that shares its RAM and MMU: for reading at once.
func (m *Machine) view() *Snapshot {
	return &Snapshot{State: m.State, Stats: m.Stats, mmu: m.MMU, ram: m.Bus.RAM(), devices: m.snapshotDevices(),
		extra: snapshotExtra{m.hiloReady, m.fpReady, m.fccReady, m.countBase, m.halted, m.status}}
}

// differ walks two values of one type and notes where they differ.
type differ struct {
	lines []string
	more  int
}

func (d *differ) add(line string) {
	if len(d.lines) < maxDiffLines {
		d.lines = append(d.lines, line)
	} else {
		d.more++
	}
}

func (d *differ) String() string {
	if d.more > 0 {
		d.lines = append(d.lines, fmt.Sprintf("and %d more", d.more))
	}
	if len(d.lines) == 0 {
		return ""
	}
	return strings.Join(d.lines, "\n") + "\n"
}

// value notes where got differs from want, at path.
func (d *differ) value(path string, want, got reflect.Value) {
	if want.Kind() != got.Kind() || want.Type() != got.Type() {
		d.add(fmt.Sprintf("%s: type %v, want %v", path, got.Type(), want.Type()))
		return
	}
	switch want.Kind() {
	case reflect.Pointer, reflect.Interface:
		if want.IsNil() || got.IsNil() {
			if want.IsNil() != got.IsNil() {
				d.add(fmt.Sprintf("%s: %v, want %v", path, got, want))
			}
			return
		}
		d.value(path, want.Elem(), got.Elem())
	case reflect.Struct:
		for i := range want.NumField() {
			d.value(path+"."+want.Type().Field(i).Name, want.Field(i), got.Field(i))
		}
	case reflect.Array, reflect.Slice:
		if want.Len() != got.Len() {
			d.add(fmt.Sprintf("%s: %d elements, want %d", path, got.Len(), want.Len()))
			return
		}
		for i := range want.Len() {
			d.value(fmt.Sprintf("%s[%d]", path, i), want.Index(i), got.Index(i))
		}
	case reflect.Map, reflect.Func, reflect.Chan:
		// None in a snapshot; a machine's state holds no such thing.
	case reflect.Bool:
		if want.Bool() != got.Bool() {
			d.add(fmt.Sprintf("%s: %v, want %v", path, got.Bool(), want.Bool()))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if want.Int() != got.Int() {
			d.add(fmt.Sprintf("%s: %d, want %d", path, got.Int(), want.Int()))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if want.Uint() != got.Uint() {
			d.add(fmt.Sprintf("%s: %#x, want %#x", path, got.Uint(), want.Uint()))
		}
	default:
		if w, g := fmt.Sprint(want), fmt.Sprint(got); w != g {
			d.add(fmt.Sprintf("%s: %s, want %s", path, g, w))
		}
	}
}
