package mmu

import (
	"testing"

	"graftlab/isa"
)

func TestProbe(t *testing.T) {
	m := testMMU(t)
	m.WriteTLB(20, entry(0x00001000, 0x100, 0x00099000, cached, true, true)) // a duplicate of entry 0
	tests := []struct {
		name          string
		entryHi, vsid uint32
		index         int
		ok            bool
	}{
		{"exact", 0x00001000, 0x100, 0, true},
		{"low bits ignored", 0x00001fff, 0x100, 0, true},
		{"EntryHi[31:28] ignored", 0xf0001000, 0x100, 0, true},
		{"VSID selects", 0x00001000, 0x101, 1, true},
		{"VSID bits 31:24 ignored", 0x00001000, 0xff000101, 1, true},
		{"invalid entries match", 0x00003000, 0x100, 3, true},
		{"other segment", 0x10001000, 0x200, 4, true},
		{"no entry", 0x00009000, 0x100, -1, false},
		{"no entry for the VSID", 0x00002000, 0x101, -1, false},
		{"entry 8 through its own EA", 0xf0004000, 0x100, 8, true},
	}
	for _, tt := range tests {
		if i, ok := m.Probe(tt.entryHi, tt.vsid); i != tt.index || ok != tt.ok {
			t.Errorf("%s: Probe(%#x, %#x) = %d, %v; want %d, %v", tt.name, tt.entryHi, tt.vsid, i, ok, tt.index, tt.ok)
		}
		if i, ok := m.Match(tt.entryHi, tt.vsid); i != tt.index || ok != tt.ok {
			t.Errorf("%s: Match(%#x, %#x) = %d, %v; want %d, %v", tt.name, tt.entryHi, tt.vsid, i, ok, tt.index, tt.ok)
		}
	}
}

func TestTLBEntryFields(t *testing.T) {
	tests := []struct {
		e                     TLBEntry
		valid, dirty, isCache bool
		pfn, c, page          uint32
		str                   string
	}{
		{entry(0x12345000, 0x00abcd, 0x0badc000, cached, true, true), true, true, true, 0x0badc000, 3, 0x2345,
			"vsid=0x00abcd ea=0x12345000 -> pa=0x0badc000 c=3 DV"},
		{entry(0xfffff000, 0xffffff, 0xfffff000, uncach, false, true), true, false, false, 0xfffff000, 2, 0xffff,
			"vsid=0xffffff ea=0xfffff000 -> pa=0xfffff000 c=2 -V"},
		{TLBEntry{}, false, false, true, 0, 0, 0, "vsid=0x000000 ea=0x00000000 -> pa=0x00000000 c=0 --"},
		{TLBEntry{EntryLo: 0xffffffff}, true, true, true, 0xfffff000, 7, 0, "vsid=0x000000 ea=0x00000000 -> pa=0xfffff000 c=7 DV"},
	}
	for i, tt := range tests {
		e := tt.e
		if e.Valid() != tt.valid || e.Dirty() != tt.dirty || e.Cached() != tt.isCache ||
			e.PFN() != tt.pfn || e.CacheAttr() != tt.c || e.Page() != tt.page {
			t.Errorf("%d: %+v: V=%v D=%v cached=%v PFN=%#x C=%d page=%#x", i, e,
				e.Valid(), e.Dirty(), e.Cached(), e.PFN(), e.CacheAttr(), e.Page())
		}
		if got := e.String(); got != tt.str {
			t.Errorf("%d: String() = %q, want %q", i, got, tt.str)
		}
	}
	if got := MakeEntryLo(0x12345678, 3, true, false); got != 0x12345<<6|3<<3|EntryLoDirty {
		t.Errorf("MakeEntryLo = %#x", got)
	}
}

func TestSegmentRegister(t *testing.T) {
	tests := []struct {
		sr                           SegmentRegister
		valid, user, writable, noexe bool
		vsid                         uint32
		str                          string
	}{
		{0, false, false, false, false, 0, "---- vsid=0x000000"},
		{rwx | 0x123456, true, true, true, false, 0x123456, "VUW- vsid=0x123456"},
		{SRValid | SRNoExec | 0x0f000001, true, false, false, true, 1, "V--N vsid=0x000001"},
		{0xffffffff, true, true, true, true, 0xffffff, "VUWN vsid=0xffffff"},
	}
	for _, tt := range tests {
		s := tt.sr
		if s.Valid() != tt.valid || s.User() != tt.user || s.Writable() != tt.writable || s.NoExec() != tt.noexe || s.VSID() != tt.vsid {
			t.Errorf("%#x: V=%v U=%v W=%v N=%v VSID=%#x", uint32(s), s.Valid(), s.User(), s.Writable(), s.NoExec(), s.VSID())
		}
		if got := s.String(); got != tt.str {
			t.Errorf("%#x: String() = %q, want %q", uint32(s), got, tt.str)
		}
	}
}

func TestFaultError(t *testing.T) {
	tests := []struct {
		f    Fault
		want string
	}{
		{Fault{Code: isa.ExcAdEL, BadVAddr: 0x80000000, Reason: KernelAddress}, "AdEL at 0x80000000: kernel address from user mode"},
		{Fault{Code: isa.ExcSegV, BadVAddr: 0x30000010, VSID: 0x400, Reason: SegmentInvalid}, "SegV at 0x30000010: segment 3 is not valid"},
		{Fault{Code: isa.ExcSegV, BadVAddr: 0x40001000, Reason: SegmentNoUser}, "SegV at 0x40001000: segment 4 is not user-accessible"},
		{Fault{Code: isa.ExcSegV, BadVAddr: 0x10001000, Reason: SegmentReadOnly}, "SegV at 0x10001000: segment 1 is not writable"},
		{Fault{Code: isa.ExcSegV, BadVAddr: 0xf0000000, Reason: SegmentNoExec}, "SegV at 0xf0000000: segment 15 is no-execute"},
		{Fault{Code: isa.ExcTLBL, BadVAddr: 0x00005000, Refill: true, VSID: 0x100, Reason: TLBMiss}, "TLBL at 0x00005000: no TLB entry for VSID 0x000100 page 0x0005"},
		{Fault{Code: isa.ExcTLBS, BadVAddr: 0x00003008, VSID: 0x100, Reason: TLBInvalid}, "TLBS at 0x00003008: TLB entry for VSID 0x000100 page 0x0003 is not valid"},
		{Fault{Code: isa.ExcMod, BadVAddr: 0x0fffe010, VSID: 0xabcdef, Reason: TLBReadOnly}, "Mod at 0x0fffe010: TLB entry for VSID 0xabcdef page 0xfffe is not dirty"},
		{Fault{Code: isa.ExcTLBL}, "TLBL at 0x00000000: translation fault"},
	}
	for _, tt := range tests {
		if got := tt.f.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	for a, want := range []string{"fetch", "load", "store", "Access(3)"} {
		if got := Access(a).String(); got != want {
			t.Errorf("Access(%d) = %q, want %q", a, got, want)
		}
	}
}
