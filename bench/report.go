package bench

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
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
	s := num(*r.Reference, 2) + " µs"
	if r.ReferenceInstructions > 0 {
		s += fmt.Sprintf(", %d instr", r.ReferenceInstructions)
	}
	return s
}

// WriteText writes the table for people.
func WriteText(w io.Writer, results []Result) error {
	if len(results) > 0 {
		r := results[0]
		fmt.Fprintf(w, "graftlab bench: profile %s; cycles, instructions and µs per operation\n\n", r.Profile)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%8s\t%12s\t%7s\t%7s\treference\tsource\n", "cycles", "instructions", "stalls", "µs")
	var grafts []Result
	for _, r := range results {
		if r.BaselineCycles != nil {
			grafts = append(grafts, r)
			continue
		}
		id := r.ID
		if r.DispatchInstructions > 0 {
			id += fmt.Sprintf(" (dispatch %d instr)", r.DispatchInstructions)
		}
		fmt.Fprintf(tw, "%s\t%8s\t%12s\t%7s\t%7s\t%s\t%s\n", id, num(r.Cycles, 2), num(r.Instructions, 2), num(r.Stalls, 2),
			strconv.FormatFloat(r.Micros, 'f', 2, 64), refText(r), shortSource(r.ReferenceSource))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(grafts) > 0 {
		if err := writeMisfitText(w, grafts); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, "\nreference: Aegis and Ultrix on a DECstation 5000/125 at 25 MHz, Engler, Kaashoek and O'Toole, SOSP 1995 [EKO95]; see doc/bench.md")
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
		"baseline_cycles", "overhead_percent", "added_cycles_per_op", "reference_text"})
	for _, r := range results {
		ref := ""
		if r.Reference != nil {
			ref = strconv.FormatFloat(*r.Reference, 'g', -1, 64)
		}
		cw.Write([]string{r.ID, r.Name, r.Personality, r.Profile, strconv.Itoa(r.Iterations),
			strconv.FormatFloat(r.Cycles, 'g', -1, 64), strconv.FormatFloat(r.Instructions, 'g', -1, 64),
			strconv.FormatFloat(r.Micros, 'g', -1, 64), strconv.FormatFloat(r.Stalls, 'g', -1, 64),
			strconv.Itoa(r.DispatchInstructions), ref,
			strconv.Itoa(r.ReferenceInstructions), r.ReferenceSource,
			optFloat(r.BaselineCycles), optFloat(r.OverheadPercent), optFloat(r.AddedPerOp), r.ReferenceText})
	}
	cw.Flush()
	return cw.Error()
}

// WriteSVG draws a horizontal bar chart of the microseconds per operation on
// a log scale, graftlab's bar above the published figure's.
func WriteSVG(w io.Writer, results []Result) error {
	const (
		left, right, top, rowH, width = 250, 30, 60, 34, 960
	)
	lo, hi := 0.01, 1000.0
	for _, r := range results {
		for _, v := range []float64{r.Micros, refValue(r)} {
			if v > 0 {
				lo = math.Min(lo, math.Pow(10, math.Floor(math.Log10(v))))
				hi = math.Max(hi, math.Pow(10, math.Ceil(math.Log10(v))))
			}
		}
	}
	plotW := float64(width - left - right)
	x := func(v float64) float64 {
		if v <= lo {
			return 0
		}
		return plotW * (math.Log10(v) - math.Log10(lo)) / (math.Log10(hi) - math.Log10(lo))
	}
	height := top + rowH*len(results) + 50
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	prof := ""
	if len(results) > 0 {
		prof = results[0].Profile
	}
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="16">graftlab bench (profile %s): µs per operation, log scale</text>`+"\n", left, html.EscapeString(prof))
	fmt.Fprintf(&b, `<rect x="%d" y="34" width="12" height="8" fill="#3b6fb6"/><text x="%d" y="42">graftlab</text>`+"\n", left, left+16)
	fmt.Fprintf(&b, `<rect x="%d" y="34" width="12" height="8" fill="#b0b0b0"/><text x="%d" y="42">published (Aegis / Ultrix, DECstation 5000/125)</text>`+"\n", left+90, left+106)
	for d := lo; d <= hi*1.0001; d *= 10 {
		gx := float64(left) + x(d)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", gx, top-6, gx, top+rowH*len(results))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>`+"\n", gx, top+rowH*len(results)+16, strconv.FormatFloat(d, 'g', -1, 64))
	}
	for i, r := range results {
		y := top + rowH*i
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", left-8, y+16, html.EscapeString(r.ID))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="13" fill="#3b6fb6"><title>%s: %s µs, %s cycles</title></rect>`+"\n",
			left, y+4, math.Max(x(r.Micros), 1), html.EscapeString(r.Name), num(r.Micros, 2), num(r.Cycles, 2))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" fill="#333">%s</text>`+"\n", float64(left)+math.Max(x(r.Micros), 1)+4, y+15, num(r.Micros, 2))
		if v := refValue(r); v > 0 {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="8" fill="#b0b0b0"><title>%s: %s µs</title></rect>`+"\n",
				left, y+19, x(v), html.EscapeString(r.ReferenceSource), num(v, 2))
		}
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" fill="#555">µs</text>`+"\n", left+int(plotW/2), top+rowH*len(results)+34)
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
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
