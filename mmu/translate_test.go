package mmu

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
	"graftlab/profile"
)

func lookup(t testing.TB, name string) *profile.Profile {
	t.Helper()
	p, err := profile.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	rwx    = SRValid | SRUser | SRWritable
	cached = CacheCached
	uncach = CacheUncached
)

func entry(ea, vsid, pa, c uint32, dirty, valid bool) TLBEntry {
	return TLBEntry{EntryHi: ea &^ 0xfff, VSID: vsid, EntryLo: MakeEntryLo(pa, c, dirty, valid)}
}

// testMMU is the machine of the translation tests.
//
//	SR0  V U W    vsid 0x100   user read-write
//	SR1  V U      vsid 0x200   user read-only
//	SR2  V U W N  vsid 0x300   user data, no-execute
//	SR3           vsid 0x400   not valid
//	SR4  V   W    vsid 0x500   kernel only
//	SR5  V U W    vsid 0x100   the same segment as SR0
//	SR12 V   W    vsid 0xc00   kernel kseg2
func testMMU(t testing.TB) *MMU {
	m := New(lookup(t, "ideal"))
	for _, s := range []struct {
		i  int
		sr SegmentRegister
	}{
		{0, rwx | 0x100}, {1, SRValid | SRUser | 0x200}, {2, rwx | SRNoExec | 0x300},
		{3, 0x400}, {4, SRValid | SRWritable | 0x500}, {5, rwx | 0x100}, {12, SRValid | SRWritable | 0xc00},
	} {
		m.SetSR(s.i, s.sr)
	}
	for i, e := range []TLBEntry{
		entry(0x00001000, 0x100, 0x00042000, cached, true, true),
		entry(0x00001000, 0x101, 0x00043000, cached, true, true),  // same EA page, other VSID
		entry(0x00002000, 0x100, 0x00044000, cached, false, true), // not dirty
		entry(0x00003000, 0x100, 0x00045000, cached, true, false), // not valid
		entry(0x10001000, 0x200, 0x00050000, cached, true, true),
		entry(0x20001000, 0x300, 0x00051000, cached, true, true),
		entry(0x40001000, 0x500, 0x00052000, cached, true, true),
		entry(0xc0001000, 0xc00, 0x00053000, uncach, true, true),
		entry(0xf0004000, 0x100, 0x00054000, cached, true, true), // EntryHi[31:28] is not part of the key
	} {
		if !m.WriteTLB(i, e) {
			t.Fatalf("WriteTLB(%d) failed", i)
		}
	}
	return m
}

func TestTranslate(t *testing.T) {
	segv := func(ea, vsid uint32, r Reason) *Fault {
		return &Fault{Code: isa.ExcSegV, BadVAddr: ea, VSID: vsid, Reason: r}
	}
	tests := []struct {
		name   string
		ea     uint32
		acc    Access
		kernel bool
		pa     uint32
		cached bool
		fault  *Fault
	}{
		// Unmapped kernel windows.
		{"kseg0 load", 0x80001234, Load, true, 0x00001234, true, nil},
		{"kseg0 top fetch", 0x9ffffffc, Fetch, true, 0x1ffffffc, true, nil},
		{"kseg1 store", 0xa0001234, Store, true, 0x00001234, false, nil},
		{"kseg1 top load", 0xbfffffff, Load, true, 0x1fffffff, false, nil},

		// Kernel addresses from user mode.
		{"user kseg0 load", 0x80000000, Load, false, 0, false, &Fault{Code: isa.ExcAdEL, BadVAddr: 0x80000000, Reason: KernelAddress}},
		{"user kseg1 fetch", 0xbfc00000, Fetch, false, 0, false, &Fault{Code: isa.ExcAdEL, BadVAddr: 0xbfc00000, Reason: KernelAddress}},
		{"user kseg1 store", 0xa0000010, Store, false, 0, false, &Fault{Code: isa.ExcAdES, BadVAddr: 0xa0000010, Reason: KernelAddress}},
		{"user kseg2 store", 0xc0001000, Store, false, 0, false, &Fault{Code: isa.ExcAdES, BadVAddr: 0xc0001000, Reason: KernelAddress}},
		{"user top load", 0xfffffffc, Load, false, 0, false, &Fault{Code: isa.ExcAdEL, BadVAddr: 0xfffffffc, Reason: KernelAddress}},

		// Mapped, successful.
		{"user load", 0x00001abc, Load, false, 0x00042abc, true, nil},
		{"user fetch", 0x00001000, Fetch, false, 0x00042000, true, nil},
		{"user store", 0x00001ffc, Store, false, 0x00042ffc, true, nil},
		{"kernel load user segment", 0x00001004, Load, true, 0x00042004, true, nil},
		{"read-only segment load", 0x10001008, Load, false, 0x00050008, true, nil},
		{"read-only segment fetch", 0x10001008, Fetch, false, 0x00050008, true, nil},
		{"no-exec segment load", 0x20001010, Load, false, 0x00051010, true, nil},
		{"no-exec segment store", 0x20001010, Store, false, 0x00051010, true, nil},
		{"kernel-only segment kernel store", 0x40001000, Store, true, 0x00052000, true, nil},
		{"clean page load", 0x00002020, Load, false, 0x00044020, true, nil},
		{"kseg2 uncached entry", 0xc0001008, Load, true, 0x00053008, false, nil},
		{"key ignores EntryHi[31:28]", 0x00004000, Load, false, 0x00054000, true, nil},
		{"same VSID in another segment", 0x50004010, Load, false, 0x00054010, true, nil},

		// Segment violations, every reason, in both modes.
		{"invalid segment user", 0x30000010, Load, false, 0, false, segv(0x30000010, 0x400, SegmentInvalid)},
		{"invalid segment kernel", 0x30000010, Load, true, 0, false, segv(0x30000010, 0x400, SegmentInvalid)},
		{"invalid segment kernel kseg3", 0xe0000000, Fetch, true, 0, false, segv(0xe0000000, 0, SegmentInvalid)},
		{"kernel segment from user load", 0x40001000, Load, false, 0, false, segv(0x40001000, 0x500, SegmentNoUser)},
		{"kernel segment from user store", 0x40001000, Store, false, 0, false, segv(0x40001000, 0x500, SegmentNoUser)},
		{"read-only segment store user", 0x10001000, Store, false, 0, false, segv(0x10001000, 0x200, SegmentReadOnly)},
		{"read-only segment store kernel", 0x10001000, Store, true, 0, false, segv(0x10001000, 0x200, SegmentReadOnly)},
		{"no-exec segment fetch user", 0x20001000, Fetch, false, 0, false, segv(0x20001000, 0x300, SegmentNoExec)},
		{"no-exec segment fetch kernel", 0x20001000, Fetch, true, 0, false, segv(0x20001000, 0x300, SegmentNoExec)},

		// TLB faults.
		{"refill load", 0x00005000, Load, false, 0, false, &Fault{Code: isa.ExcTLBL, BadVAddr: 0x00005000, Refill: true, VSID: 0x100, Reason: TLBMiss}},
		{"refill fetch", 0x00005ffc, Fetch, false, 0, false, &Fault{Code: isa.ExcTLBL, BadVAddr: 0x00005ffc, Refill: true, VSID: 0x100, Reason: TLBMiss}},
		{"refill store kernel", 0x00005000, Store, true, 0, false, &Fault{Code: isa.ExcTLBS, BadVAddr: 0x00005000, Refill: true, VSID: 0x100, Reason: TLBMiss}},
		{"refill other segment", 0x10002000, Load, false, 0, false, &Fault{Code: isa.ExcTLBL, BadVAddr: 0x10002000, Refill: true, VSID: 0x200, Reason: TLBMiss}},
		{"invalid entry load", 0x00003004, Load, false, 0, false, &Fault{Code: isa.ExcTLBL, BadVAddr: 0x00003004, VSID: 0x100, Reason: TLBInvalid}},
		{"invalid entry fetch", 0x00003000, Fetch, true, 0, false, &Fault{Code: isa.ExcTLBL, BadVAddr: 0x00003000, VSID: 0x100, Reason: TLBInvalid}},
		{"invalid entry store", 0x00003008, Store, false, 0, false, &Fault{Code: isa.ExcTLBS, BadVAddr: 0x00003008, VSID: 0x100, Reason: TLBInvalid}},
		{"clean page store", 0x00002010, Store, false, 0, false, &Fault{Code: isa.ExcMod, BadVAddr: 0x00002010, VSID: 0x100, Reason: TLBReadOnly}},
		{"clean page store kernel", 0x00002010, Store, true, 0, false, &Fault{Code: isa.ExcMod, BadVAddr: 0x00002010, VSID: 0x100, Reason: TLBReadOnly}},
	}
	m := testMMU(t)
	// Twice: the first pass fills the micro-TLB, the second must agree.
	for pass := 0; pass < 2; pass++ {
		for _, tt := range tests {
			pa, cached, f := m.Translate(tt.ea, tt.acc, tt.kernel)
			if pa != tt.pa || cached != tt.cached {
				t.Errorf("pass %d: %s: Translate(%#x, %v, kernel=%v) = %#x, %v; want %#x, %v",
					pass, tt.name, tt.ea, tt.acc, tt.kernel, pa, cached, tt.pa, tt.cached)
			}
			if diff := cmp.Diff(tt.fault, f); diff != "" {
				t.Errorf("pass %d: %s: fault (-want +got):\n%s", pass, tt.name, diff)
			}
		}
	}
}

// The micro-TLB must not serve an access that the entry it remembers does
// not allow, whatever order the accesses come in.
func TestMicroTLBPermissions(t *testing.T) {
	type step struct {
		ea     uint32
		acc    Access
		kernel bool
		code   isa.ExcCode // 0xff: no fault
	}
	const ok = 0xff
	for _, tt := range []struct {
		name  string
		steps []step
	}{
		{"load then store to a clean page", []step{{0x00002000, Load, false, ok}, {0x00002000, Store, false, isa.ExcMod}}},
		{"kernel then user on a kernel segment", []step{{0x40001000, Load, true, ok}, {0x40001000, Load, false, isa.ExcSegV}}},
		{"load then fetch on a no-exec segment", []step{{0x20001000, Load, false, ok}, {0x20001000, Fetch, false, isa.ExcSegV}}},
		{"load then store on a read-only segment", []step{{0x10001000, Load, true, ok}, {0x10001000, Store, true, isa.ExcSegV}}},
		{"kernel kseg2 then user", []step{{0xc0001000, Load, true, ok}, {0xc0001000, Load, false, isa.ExcAdEL}}},
		{"store then load and fetch", []step{{0x00001000, Store, false, ok}, {0x00001000, Load, true, ok}, {0x00001000, Fetch, false, ok}}},
	} {
		m := testMMU(t)
		for i, s := range tt.steps {
			_, _, f := m.Translate(s.ea, s.acc, s.kernel)
			switch {
			case s.code == ok && f != nil:
				t.Errorf("%s: step %d: unexpected %v", tt.name, i, f)
			case s.code != ok && (f == nil || f.Code != s.code):
				t.Errorf("%s: step %d: fault %v, want %v", tt.name, i, f, s.code)
			}
		}
	}
}

// Writing a segment register changes the translation at once, and the TLB
// keeps the entries of every VSID: no flush is needed, or done.
func TestSegmentSwitchWithoutTLBFlush(t *testing.T) {
	m := testMMU(t)
	tlb := append([]TLBEntry(nil), m.TLB...)
	for i, tt := range []struct {
		vsid uint32
		pa   uint32
		miss bool
	}{
		{0x100, 0x00042010, false},
		{0x101, 0x00043010, false},
		{0x100, 0x00042010, false},
		{0x102, 0, true},
		{0x101, 0x00043010, false},
	} {
		m.SetSR(0, rwx|SegmentRegister(tt.vsid))
		pa, _, f := m.Translate(0x00001010, Load, false)
		if tt.miss {
			want := &Fault{Code: isa.ExcTLBL, BadVAddr: 0x00001010, Refill: true, VSID: tt.vsid, Reason: TLBMiss}
			if diff := cmp.Diff(want, f); diff != "" {
				t.Errorf("step %d: (-want +got):\n%s", i, diff)
			}
			continue
		}
		if f != nil || pa != tt.pa {
			t.Errorf("step %d: vsid %#x: got %#x, %v; want %#x", i, tt.vsid, pa, f, tt.pa)
		}
	}
	if diff := cmp.Diff(tlb, m.TLB); diff != "" {
		t.Errorf("the TLB changed (-before +after):\n%s", diff)
	}
	// Making the segment invalid takes effect at once too.
	m.SetSR(0, 0x100)
	if _, _, f := m.Translate(0x00001010, Load, false); f == nil || f.Reason != SegmentInvalid {
		t.Errorf("after invalidating SR0: %v", f)
	}
	// mtsrin-style indexes: only EA[31:28] counts.
	m.SetSR(0x10, rwx|0x100)
	if _, _, f := m.Translate(0x00001010, Load, false); f != nil {
		t.Errorf("SetSR(0x10) did not write SR0: %v", f)
	}
}

func TestWriteTLBTakesEffect(t *testing.T) {
	m := testMMU(t)
	steps := []struct {
		e    TLBEntry
		pa   uint32
		code isa.ExcCode
	}{
		{entry(0x00001000, 0x100, 0x00042000, cached, true, true), 0x00042008, 0},
		{entry(0x00001000, 0x100, 0x00099000, uncach, true, true), 0x00099008, 0},
		{entry(0x00001000, 0x100, 0x00099000, cached, false, true), 0, isa.ExcMod},
		{entry(0x00001000, 0x100, 0x00099000, cached, true, false), 0, isa.ExcTLBS},
		{entry(0x00007000, 0x100, 0x00099000, cached, true, true), 0, isa.ExcTLBS},
	}
	for i, s := range steps {
		m.WriteTLB(0, s.e)
		pa, cached, f := m.Translate(0x00001008, Store, false)
		switch {
		case s.code == 0 && (f != nil || pa != s.pa || cached != s.e.Cached()):
			t.Errorf("step %d: got %#x, %v, %v; want %#x", i, pa, cached, f, s.pa)
		case s.code != 0 && (f == nil || f.Code != s.code):
			t.Errorf("step %d: fault %v, want %v", i, f, s.code)
		}
	}
	if m.WriteTLB(-1, TLBEntry{}) || m.WriteTLB(len(m.TLB), TLBEntry{}) {
		t.Error("WriteTLB outside the TLB succeeded")
	}
}

// Direct writes to the fields need FlushTranslations.
func TestFlushTranslations(t *testing.T) {
	m := testMMU(t)
	if pa, _, _ := m.Translate(0x00001000, Load, false); pa != 0x00042000 {
		t.Fatalf("pa %#x", pa)
	}
	m.TLB[0] = entry(0x00001000, 0x100, 0x00077000, cached, true, true)
	if pa, _, _ := m.Translate(0x00001000, Load, false); pa != 0x00042000 {
		t.Errorf("the micro-TLB should still hold the old translation, got %#x", pa)
	}
	m.FlushTranslations()
	if pa, _, _ := m.Translate(0x00001000, Load, false); pa != 0x00077000 {
		t.Errorf("after FlushTranslations: %#x, want 0x77000", pa)
	}
	// The generation counter wraps without resurrecting stale entries.
	m.gen = ^uint32(0)
	m.FlushTranslations()
	if m.gen != 1 || m.micro[1] != (microEntry{}) {
		t.Errorf("wrap: gen %d, entry %+v", m.gen, m.micro[1])
	}
}

// Pages whose numbers differ by the micro-TLB size share a slot.
func TestMicroTLBConflict(t *testing.T) {
	m := testMMU(t)
	m.WriteTLB(9, entry(0x00001000+microSize<<12, 0x100, 0x00060000, cached, true, true))
	for i := 0; i < 4; i++ {
		if pa, _, f := m.Translate(0x00001004, Load, false); pa != 0x00042004 || f != nil {
			t.Fatalf("round %d: %#x %v", i, pa, f)
		}
		if pa, _, f := m.Translate(0x00001004+microSize<<12, Load, false); pa != 0x00060004 || f != nil {
			t.Fatalf("round %d: %#x %v", i, pa, f)
		}
	}
}

func TestKseg0Uncached(t *testing.T) {
	m := testMMU(t)
	m.Kseg0Uncached = true
	if pa, cached, f := m.Translate(0x80000100, Fetch, true); pa != 0x100 || cached || f != nil {
		t.Errorf("got %#x, %v, %v", pa, cached, f)
	}
}

// The TLB starts zero: every entry has the key (0, 0) and V clear.
func TestResetTLB(t *testing.T) {
	m := New(lookup(t, "dec5000"))
	if len(m.TLB) != 64 {
		t.Fatalf("%d entries", len(m.TLB))
	}
	m.SetSR(0, rwx)
	_, _, f := m.Translate(0x00000010, Load, false)
	want := &Fault{Code: isa.ExcTLBL, BadVAddr: 0x10, Reason: TLBInvalid}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTranslateAllocations(t *testing.T) {
	m := testMMU(t)
	for _, tt := range []struct {
		name string
		ea   uint32
	}{{"micro-TLB hit", 0x00001000}, {"kseg0", 0x80001000}} {
		if n := testing.AllocsPerRun(100, func() { m.Translate(tt.ea, Load, true) }); n != 0 {
			t.Errorf("%s: %v allocations", tt.name, n)
		}
	}
	// The full path, forced by conflicting pages, allocates nothing either.
	m.WriteTLB(9, entry(0x00001000+microSize<<12, 0x100, 0x00060000, cached, true, true))
	n := testing.AllocsPerRun(100, func() {
		m.Translate(0x00001000, Load, false)
		m.Translate(0x00001000+microSize<<12, Load, false)
	})
	if n != 0 {
		t.Errorf("TLB path: %v allocations", n)
	}
}
