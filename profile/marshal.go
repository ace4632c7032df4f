package profile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"graftlab/isa"
)

// MarshalJSON writes p in the canonical form of the embedded profiles:
// every field, in the order of doc/machine.md, instruction classes in
// isa.Class order, two-space indentation.
func (p *Profile) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	str := func(s string) string {
		q, _ := json.Marshal(s) // a string always marshals
		return string(q)
	}
	fmt.Fprintf(&b, "{\n  \"name\": %s,\n  \"description\": %s,\n", str(p.Name), str(p.Description))
	fmt.Fprintf(&b, "  \"clock_mhz\": %s,\n", strconv.FormatFloat(p.ClockMHz, 'g', -1, 64))
	fmt.Fprintf(&b, "  \"isa\": %s,\n", str(p.ISA))
	if f := p.FPU; f == nil {
		b.WriteString("  \"fpu\": null,\n")
	} else {
		fmt.Fprintf(&b, "  \"fpu\": {\n    \"fir\": %d,\n    \"f64\": %t,\n    \"move_latency\": %d,\n"+
			"    \"add_latency\": %d,\n    \"cmp_latency\": %d,\n    \"mul_latency_s\": %d,\n"+
			"    \"mul_latency_d\": %d,\n    \"div_latency_s\": %d,\n    \"div_latency_d\": %d,\n"+
			"    \"sqrt_latency_s\": %d,\n    \"sqrt_latency_d\": %d\n  },\n",
			f.FIR, f.F64, f.MoveLatency, f.AddLatency, f.CmpLatency, f.MulLatencyS, f.MulLatencyD,
			f.DivLatencyS, f.DivLatencyD, f.SqrtLatencyS, f.SqrtLatencyD)
	}
	b.WriteString("  \"class_cycles\": {")
	for c := isa.Class(0); int(c) < isa.NumClasses; c++ {
		sep := ","
		if int(c) == isa.NumClasses-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "\n    %q: %d%s", c.String(), p.ClassCycles[c], sep)
	}
	b.WriteString("\n  },\n")
	fmt.Fprintf(&b, "  \"mul_latency\": %d,\n  \"div_latency\": %d,\n", p.MulLatency, p.DivLatency)
	writeCache(&b, "icache", p.ICache)
	writeCache(&b, "dcache", p.DCache)
	fmt.Fprintf(&b, "  \"uncached_access\": %d,\n  \"exception_entry\": %d,\n  \"eret\": %d,\n"+
		"  \"segment_write\": %d,\n  \"tlb_entries\": %d,\n  \"user_syscall\": %d,\n"+
		"  \"user_tlb_refill\": %d,\n  \"count_divider\": %d,\n",
		p.UncachedAccess, p.ExceptionEntry, p.Eret, p.SegmentWrite, p.TLBEntries,
		p.UserSyscall, p.UserTLBRefill, p.CountDivider)
	if d := p.Disk; d == nil {
		b.WriteString("  \"disk\": null\n}\n")
	} else {
		fmt.Fprintf(&b, "  \"disk\": {\n    \"sectors_per_cylinder\": %d,\n    \"cylinders\": %d,\n"+
			"    \"overhead_us\": %d,\n    \"seek_min_us\": %d,\n    \"seek_max_us\": %d,\n"+
			"    \"rotation_us\": %d,\n    \"transfer_us\": %d\n  }\n}\n",
			d.SectorsPerCylinder, d.Cylinders, d.OverheadMicros, d.SeekMinMicros, d.SeekMaxMicros,
			d.RotationMicros, d.TransferMicros)
	}
	return b.Bytes(), nil
}

func writeCache(b *bytes.Buffer, name string, c *CacheConfig) {
	if c == nil {
		fmt.Fprintf(b, "  %q: null,\n", name)
		return
	}
	fmt.Fprintf(b, "  %q: {\n    \"size\": %d,\n    \"line_size\": %d,\n    \"ways\": %d,\n"+
		"    \"miss_penalty\": %d,\n    \"write_through\": %t,\n    \"write_buffer_depth\": %d,\n"+
		"    \"write_cycles\": %d,\n    \"partial_write_cycles\": %d\n  },\n",
		name, c.Size, c.LineSize, c.Ways, c.MissPenalty, c.WriteThrough,
		c.WriteBufferDepth, c.WriteCycles, c.PartialWriteCycles)
}

// UnmarshalJSON decodes and validates a profile, as Parse does.
func (p *Profile) UnmarshalJSON(data []byte) error {
	q, err := Parse(data, "JSON")
	if err != nil {
		return err
	}
	*p = *q
	return nil
}
