package trace

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"graftlab/isa"
)

// Print writes the trace r reads as text: a header line, one line per
// record (Format), with a "<function>:" line wherever sym (which may be
// nil) names a new function, and an end line with the run's counts. A
// limit above 0 stops after that many records, without the end line. It
// is what `graftlab trace` and tracecat print.
func Print(w io.Writer, r *Reader, sym isa.Symbolizer, limit uint64) error {
	bw := bufio.NewWriter(w)
	h := r.Header()
	fmt.Fprintf(bw, "# %s on %s, from instruction %d, cycle %d\n", h.Program, h.Profile, h.StartInstructions, h.StartCycles)
	var n uint64
	lastFunc := ""
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			e, _ := r.End()
			fmt.Fprintf(bw, "# end: %d instructions, %d cycles\n", e.Instructions, e.Cycles)
			return bw.Flush()
		}
		if err != nil {
			bw.Flush()
			return err
		}
		if limit != 0 && n == limit {
			return bw.Flush()
		}
		n++
		if sym != nil {
			if name, _, ok := sym(rec.PC); ok && name != lastFunc {
				fmt.Fprintf(bw, "<%s>:\n", name)
				lastFunc = name
			}
		}
		fmt.Fprintln(bw, Format(rec, sym))
	}
}
