package profile

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

func TestNames(t *testing.T) {
	if diff := cmp.Diff([]string{"24kf", "dec5000", "ideal"}, Names()); diff != "" {
		t.Errorf("Names() (-want +got):\n%s", diff)
	}
}

func ones() (c [isa.NumClasses]int) {
	for i := range c {
		c[i] = 1
	}
	return c
}

// The figures of doc/machine.md, "The dec5000 profile".
func TestEmbeddedFigures(t *testing.T) {
	tests := []struct {
		name string
		want Profile
	}{
		{"dec5000", Profile{
			Name:     "dec5000",
			ClockMHz: 25,
			ISA:      ISAMIPS32R1,
			FPU: &FPUConfig{FIR: 0x300, MoveLatency: 1, AddLatency: 2, CmpLatency: 2,
				MulLatencyS: 4, MulLatencyD: 5, DivLatencyS: 12, DivLatencyD: 19, SqrtLatencyS: 12, SqrtLatencyD: 19},
			ClassCycles: ones(),
			MulLatency:  12,
			DivLatency:  35,
			ICache:      &CacheConfig{Size: 64 << 10, LineSize: 16, Ways: 1, MissPenalty: 16},
			DCache: &CacheConfig{Size: 128 << 10, LineSize: 4, Ways: 1, MissPenalty: 10,
				WriteThrough: true, WriteBufferDepth: 4, WriteCycles: 8, PartialWriteCycles: 1},
			UncachedAccess: 10,
			ExceptionEntry: 2,
			Eret:           1,
			SegmentWrite:   2,
			TLBEntries:     64,
			UserSyscall:    50,
			UserTLBRefill:  12,
			CountDivider:   1,
			Disk: &DiskConfig{SectorsPerCylinder: 304, Cylinders: 1348, OverheadMicros: 1000,
				SeekMinMicros: 4000, SeekMaxMicros: 40000, RotationMicros: 16667, TransferMicros: 439},
		}},
		{"ideal", Profile{
			Name:         "ideal",
			ClockMHz:     25,
			ISA:          ISAMIPS32R1,
			ClassCycles:  ones(),
			TLBEntries:   64,
			CountDivider: 1,
			Disk:         &DiskConfig{SectorsPerCylinder: 1, Cylinders: 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Lookup(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			if p.Description == "" {
				t.Error("no description")
			}
			p.Description = ""
			if diff := cmp.Diff(&tt.want, p); diff != "" {
				t.Errorf("Lookup(%q) (-want +got):\n%s", tt.name, diff)
			}
			if err := p.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

// The embedded files are in canonical form, so MarshalJSON reproduces them
// byte for byte.
func TestEmbeddedCanonical(t *testing.T) {
	for _, name := range Names() {
		want, err := embedded.ReadFile("profiles/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		p, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s: MarshalJSON differs from the embedded file (-file +marshal):\n%s", name, diff)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	twoWay := &Profile{
		Name: "two-way", Description: "a \"quoted\" <description> é",
		ClockMHz: 33.333, ISA: ISAMIPS32R2, ClassCycles: ones(), MulLatency: 5, DivLatency: 20,
		FPU: &FPUConfig{FIR: 0x12345, F64: true, MoveLatency: 1, AddLatency: 2, CmpLatency: 3,
			MulLatencyS: 4, MulLatencyD: 5, DivLatencyS: 6, DivLatencyD: 7, SqrtLatencyS: 8, SqrtLatencyD: 9},
		ICache: &CacheConfig{Size: 8 << 10, LineSize: 32, Ways: 2, MissPenalty: 9},
		DCache: &CacheConfig{Size: 4 << 10, LineSize: 16, Ways: 4, MissPenalty: 7,
			WriteThrough: true, WriteBufferDepth: 2, WriteCycles: 3},
		UncachedAccess: 4, ExceptionEntry: 3, Eret: 2, SegmentWrite: 1, TLBEntries: 16,
		UserSyscall: 100, UserTLBRefill: 20, CountDivider: 2,
		Disk: &DiskConfig{SectorsPerCylinder: 17, Cylinders: 3, OverheadMicros: 1, SeekMinMicros: 2,
			SeekMaxMicros: 3, RotationMicros: 4, TransferMicros: 5},
	}
	twoWay.ClassCycles[isa.ClassDiv] = 3
	profiles := []*Profile{twoWay}
	for _, name := range Names() {
		p, err := Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		profiles = append(profiles, p)
	}
	for _, p := range profiles {
		data, err := json.Marshal(p) // through encoding/json, which calls MarshalJSON
		if err != nil {
			t.Fatal(err)
		}
		var q Profile
		if err := json.Unmarshal(data, &q); err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if diff := cmp.Diff(p, &q); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", p.Name, diff)
		}
	}
}

func TestLookupCopies(t *testing.T) {
	p, _ := Lookup("dec5000")
	p.DCache.Size = 1
	p.ClassCycles[0] = 9
	q, _ := Lookup("dec5000")
	if q.DCache.Size != 128<<10 || q.ClassCycles[0] != 1 {
		t.Error("Lookup returned a shared profile")
	}
	c := q.Clone()
	c.ICache.LineSize = 4
	c.Disk.Cylinders = 2
	if q.ICache.LineSize != 16 || q.Disk.Cylinders != 1348 {
		t.Error("Clone shares the cache or disk configuration")
	}
}

func TestLookupUnknown(t *testing.T) {
	for _, name := range []string{"vax", "", "../profiles/dec5000", "dec5000.json"} {
		_, err := Lookup(name)
		if !errors.Is(err, ErrUnknown) {
			t.Errorf("Lookup(%q) = %v, want ErrUnknown", name, err)
		}
	}
	_, err := Lookup("vax")
	if got, want := err.Error(), `profile "vax": unknown profile (embedded: 24kf, dec5000, ideal)`; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	src, _ := Lookup("dec5000")
	src.Name = "mine"
	src.MulLatency = 7
	data, _ := src.MarshalJSON()
	file := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(src, p); diff != "" {
		t.Errorf("Load (-want +got):\n%s", diff)
	}

	// An embedded name selects the embedded profile.
	if p, err := Load("ideal"); err != nil || p.Name != "ideal" {
		t.Errorf("Load(ideal) = %v, %v", p, err)
	}

	// A missing file.
	missing := filepath.Join(dir, "none.json")
	_, err = Load(missing)
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "profile "+missing+": ") {
		t.Errorf("Load(missing) = %v", err)
	}

	// A bad file names the file.
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(strings.Replace(string(data), "\n  \"eret\"", "\n  \"erte\"", 1)), 0o644)
	_, err = Load(bad)
	if got, want := err.Error(), "profile "+bad+": erte: unknown field"; got != want {
		t.Errorf("Load(bad) = %q, want %q", got, want)
	}
}

func TestMicros(t *testing.T) {
	p, _ := Lookup("dec5000")
	for _, tt := range []struct {
		cycles uint64
		want   float64
	}{{0, 0}, {25, 1}, {37, 1.48}, {25_000_000, 1e6}} {
		if got := p.Micros(tt.cycles); got != tt.want {
			t.Errorf("Micros(%d) = %v, want %v", tt.cycles, got, tt.want)
		}
	}
}
