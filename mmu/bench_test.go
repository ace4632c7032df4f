package mmu

import "testing"

var sinkPA uint32

// The path every fetch and data access of mapped code takes.
func BenchmarkTranslateMicroTLBHit(b *testing.B) {
	m := testMMU(b)
	m.Translate(0x00001000, Load, false)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		pa, _, _ := m.Translate(0x00001000|uint32(i&0xffc), Load, false)
		sinkPA += pa
	}
}

func BenchmarkTranslateKseg0(b *testing.B) {
	m := testMMU(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		pa, _, _ := m.Translate(0x80001000|uint32(i&0xffc), Fetch, true)
		sinkPA += pa
	}
}

// Two pages that share a micro-TLB slot: every access searches the TLB.
func BenchmarkTranslateTLBSearch(b *testing.B) {
	m := testMMU(b)
	m.WriteTLB(63, entry(0x00001000+microSize<<12, 0x100, 0x00060000, cached, true, true))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		pa, _, _ := m.Translate(0x00001000+uint32(i&1)*microSize<<12, Load, false)
		sinkPA += pa
	}
}

// A segment switch (one mtsr) followed by an access.
func BenchmarkTranslateAfterSetSR(b *testing.B) {
	m := testMMU(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.SetSR(0, rwx|SegmentRegister(0x100+i&1))
		pa, _, _ := m.Translate(0x00001000, Load, false)
		sinkPA += pa
	}
}

func BenchmarkCacheReadHit(b *testing.B) {
	m := New(lookup(b, "dec5000"))
	m.ICache.Read(0x1000, 0)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkPA += uint32(m.ICache.Read(0x1000|uint32(i&0xc), uint64(i)))
	}
}
