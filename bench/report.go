package bench

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
)

// num formats a per-operation figure: whole numbers without decimals.
func num(v float64, prec int) string {
	if v == math.Trunc(v) && prec > 0 && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', prec, 64)
}

func refText(r Result) string {
	if r.Reference == nil {
		return "—"
	}
	s := strconv.FormatFloat(*r.Reference, 'f', 2, 64) + " µs"
	if r.ReferenceInstructions > 0 {
		s += fmt.Sprintf(", %d instr", r.ReferenceInstructions)
	}
	return s
}

// WriteText writes the table for people: the kernel paths, then the
// misfit.* rows as their own table; each only when it has rows.
func WriteText(w io.Writer, results []Result) error {
	if len(results) > 0 {
		r := results[0]
		fmt.Fprintf(w, "graftlab bench: profile %s\n", r.Profile)
	}
	var kernelRows, grafts, vino, spin []Result
	for _, r := range results {
		if strings.HasPrefix(r.ID, "vino.") {
			vino = append(vino, r)
		} else if strings.HasPrefix(r.ID, "spin.") {
			spin = append(spin, r)
		} else if r.BaselineCycles != nil {
			grafts = append(grafts, r)
		} else {
			kernelRows = append(kernelRows, r)
		}
	}
	if len(kernelRows) > 0 {
		if err := writeKernelText(w, kernelRows); err != nil {
			return err
		}
	}
	if len(grafts) > 0 {
		if err := writeMisfitText(w, grafts); err != nil {
			return err
		}
	}
	if len(vino) > 0 {
		if err := writeVinoText(w, vino); err != nil {
			return err
		}
	}
	if len(spin) > 0 {
		return writeSpinText(w, spin)
	}
	return nil
}

// writeSpinText writes the spin.* rows: cycles per operation beside the
// published figure (the Alpha's µs; doc/bench.md compares the ratios).
func writeSpinText(w io.Writer, results []Result) error {
	fmt.Fprintf(w, "\nSPIN events in the running kernel: cycles per dispatch, from the call of the event to its return\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%8s\t%12s\t%7s\treference\n", "cycles", "instructions", "µs")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%8s\t%12s\t%7s\t%s\n", r.ID, num(r.Cycles, 2), num(r.Instructions, 2),
			strconv.FormatFloat(r.Micros, 'f', 2, 64), r.ReferenceText)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "(spin.install.100: the hundred installs summed. Reference: SPIN on a 133 MHz Alpha, Pardyak and Bershad, OSDI 1996, and Bershad et al., SOSP 1995; compare the ratios; see doc/bench.md, \"SPIN rows\")")
	return err
}

// writeVinoText writes the vino.* rows: cycles per invocation of each part
// and, for the graft points, its share of the point's total beside the
// slides' share.
func writeVinoText(w io.Writer, results []Result) error {
	fmt.Fprintf(w, "\nVINO grafts in the running kernel: cycles per invocation, each a transaction\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%8s\t%12s\t%7s\t%6s\treference\n", "cycles", "instructions", "µs", "share")
	for _, r := range results {
		share := "—"
		if r.VinoTotal != nil && *r.VinoTotal > 0 {
			share = strconv.FormatFloat(100*r.Cycles / *r.VinoTotal, 'f', 0, 64) + " %"
		}
		fmt.Fprintf(tw, "%s\t%8s\t%12s\t%7s\t%6s\t%s\n", r.ID, num(r.Cycles, 2), num(r.Instructions, 2),
			strconv.FormatFloat(r.Micros, 'f', 2, 64), share, r.ReferenceText)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "(share: of the graft point's total; reference: the VINO slides, machine not named, so compare the shares; see doc/bench.md, \"VINO rows\")")
	return err
}

// writeKernelText writes the kernel paths' table and its reference note.
func writeKernelText(w io.Writer, results []Result) error {
	fmt.Fprintf(w, "\nkernel paths in system mode: cycles, instructions, stalls, data-cache misses and µs per operation\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%8s\t%12s\t%7s\t%8s\t%7s\treference\tsource\n", "cycles", "instructions", "stalls", "D-misses", "µs")
	for _, r := range results {
		id := r.ID
		if r.DispatchInstructions > 0 {
			id += fmt.Sprintf(" (dispatch %d instr)", r.DispatchInstructions)
		}
		line := fmt.Sprintf("%s\t%8s\t%12s\t%7s\t%8s\t%7s\t%s", id, num(r.Cycles, 2), num(r.Instructions, 2), num(r.Stalls, 2), optNum(r.DCacheMisses),
			strconv.FormatFloat(r.Micros, 'f', 2, 64), refText(r))
		if src := shortSource(r.ReferenceSource); src != "" {
			line += "\t" + src // no cell, no padding before the line's end
		}
		fmt.Fprintln(tw, line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "(reference: Aegis and Ultrix on a DECstation 5000/125 at 25 MHz, Engler, Kaashoek and O'Toole, SOSP 1995 [EKO95]; see doc/bench.md)")
	return err
}

// writeMisfitText writes the misfit.* rows as their own table: cycles from
// the graft's entry to its return, unrewritten and rewritten, the overhead,
// and the cycles added per checked operation for the micro rows. The suite
// is one row per graft (misfit.suite.NAME) and a geometric-mean row
// (misfit.suite), whose cycle columns are the geometric means.
func writeMisfitText(w io.Writer, results []Result) error {
	fmt.Fprintf(w, "\nMiSFIT grafts in system mode (graft kernel, kseg0): cycles from the graft's entry to its return\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%10s\t%10s\t%9s\t%8s\treference\n", "unrewritten", "rewritten", "overhead", "added/op")
	for _, r := range results {
		added := "—"
		if r.AddedPerOp != nil {
			added = strconv.FormatFloat(*r.AddedPerOp, 'f', 2, 64)
		}
		ref := r.ReferenceText
		if ref == "" {
			ref = "—"
		}
		fmt.Fprintf(tw, "%s\t%10s\t%10s\t%8s%%\t%8s\t%s\n", r.ID, strconv.FormatFloat(*r.BaselineCycles, 'f', 0, 64),
			strconv.FormatFloat(r.Cycles, 'f', 0, 64), strconv.FormatFloat(*r.OverheadPercent, 'f', 1, 64), added, ref)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "(.check: the checking policy; others sandbox. VINO: Seltzer et al., OSDI 1996; see doc/bench.md, \"MiSFIT rows\")")
	return err
}

func shortSource(s string) string {
	switch {
	case strings.HasPrefix(s, "Aegis"):
		return "Aegis"
	case strings.HasPrefix(s, "Ultrix"):
		if strings.Contains(s, "getpid") {
			return "Ultrix getpid"
		}
		return "Ultrix"
	}
	return ""
}

// WriteJSON writes the results as a JSON array.
func WriteJSON(w io.Writer, results []Result) error {
	if results == nil {
		results = []Result{}
	}
	b, err := json.MarshalIndent(results, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteCSV writes the results as CSV with a header row.
func WriteCSV(w io.Writer, results []Result) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "name", "personality", "profile", "iterations", "cycles", "instructions", "micros", "stalls",
		"dispatch_instructions", "reference", "reference_instructions", "reference_source",
		"baseline_cycles", "overhead_percent", "checked_ops", "added_cycles_per_op", "reference_text", "dcache_misses"})
	for _, r := range results {
		ref := ""
		if r.Reference != nil {
			ref = strconv.FormatFloat(*r.Reference, 'g', -1, 64)
		}
		cw.Write([]string{r.ID, r.Name, r.Personality, r.Profile, strconv.Itoa(r.Iterations),
			strconv.FormatFloat(r.Cycles, 'g', -1, 64), strconv.FormatFloat(r.Instructions, 'g', -1, 64),
			strconv.FormatFloat(r.Micros, 'g', -1, 64), strconv.FormatFloat(r.Stalls, 'g', -1, 64),
			optInt(r.DispatchInstructions), ref,
			optInt(r.ReferenceInstructions), r.ReferenceSource,
			optFloat(r.BaselineCycles), optFloat(r.OverheadPercent), optInt(r.CheckedOps), optFloat(r.AddedPerOp), r.ReferenceText,
			optFloat(r.DCacheMisses)})
	}
	cw.Flush()
	return cw.Error()
}

// optNum formats a per-operation figure that a row may not have.
func optNum(v *float64) string {
	if v == nil {
		return "—"
	}
	return num(*v, 2)
}

func optInt(v int) string {
	if v == 0 {
		return ""
	}
	return strconv.Itoa(v)
}

func optFloat(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

func refValue(r Result) float64 {
	if r.Reference == nil {
		return 0
	}
	return *r.Reference
}
