package trace

import (
	"fmt"
	"strings"

	"graftlab/isa"
)

// Format returns a record as one line of text: PC, word, cycles, the
// disassembly (GNU syntax, with sym naming branch targets; sym may be
// nil), then the data access and the exception, if any:
//
//	00400c58  afc00018     1  sw      zero,24(s8)          store 0x7ffef960
func Format(r Record, sym isa.Symbolizer) string {
	text := isa.GNUWord(r.Word, r.PC, sym)
	if m, ops, ok := strings.Cut(text, "\t"); ok {
		text = fmt.Sprintf("%-7s %s", m, ops)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%08x  %08x  %4d  %-28s", r.PC, r.Word, r.Cycles, text)
	switch r.Access {
	case Load:
		fmt.Fprintf(&b, " load %#08x", r.Addr)
	case Store:
		fmt.Fprintf(&b, " store %#08x", r.Addr)
	}
	if r.HasException {
		fmt.Fprintf(&b, " exception %v", r.Exception)
	}
	if r.Restart {
		b.WriteString(" (restarts)")
	}
	return strings.TrimRight(b.String(), " ")
}
