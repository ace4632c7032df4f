package bench

import (
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
)

// SVG layout, in pixels.
const (
	svgWidth  = 960
	svgLeft   = 250 // row labels end here; bars start here
	svgRight  = 170 // room for the value labels after the longest bar
	svgRowH   = 34
	svgColor  = "#3b6fb6" // graftlab's figure
	svgGrey   = "#b0b0b0" // the published figure, or the unrewritten graft
	svgFooter = 40
)

// WriteSVG draws the results as horizontal bar charts, in up to two
// panels, each on its own axis. The kernel paths: µs per operation on a log
// scale, graftlab's bar above the published figure's. The misfit.* rows:
// each rewritten graft's cycles beside its unrewritten baseline, on a
// linear scale of percent of the baseline, so that the overhead is the
// difference of the two bars. Every value label of a panel has one form:
// µs with two decimals, or whole cycles and the overhead in percent with
// one.
func WriteSVG(w io.Writer, results []Result) error {
	var kernelRows, grafts []Result
	for _, r := range results {
		if r.BaselineCycles != nil {
			grafts = append(grafts, r)
		} else {
			kernelRows = append(kernelRows, r)
		}
	}
	prof := ""
	if len(results) > 0 {
		prof = results[0].Profile
	}
	var b strings.Builder
	y := 40
	if len(kernelRows) > 0 {
		y = svgKernelPanel(&b, kernelRows, y)
	}
	if len(grafts) > 0 {
		y = svgMisfitPanel(&b, grafts, y)
	}
	height := y
	_, err := fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n"+
		`<rect width="100%%" height="100%%" fill="white"/>`+"\n"+
		`<text x="%d" y="24" font-size="16">graftlab bench, profile %s</text>`+"\n%s</svg>\n",
		svgWidth, height, svgLeft, html.EscapeString(prof), b.String())
	return err
}

// svgPlotWidth is the width of a panel's bars at the axis's end.
const svgPlotWidth = svgWidth - svgLeft - svgRight

// svgKernelPanel draws the kernel paths from y; it returns the y after it.
func svgKernelPanel(b *strings.Builder, results []Result, y int) int {
	lo, hi := 0.01, 1000.0
	for _, r := range results {
		for _, v := range []float64{r.Micros, refValue(r)} {
			if v > 0 {
				lo = math.Min(lo, math.Pow(10, math.Floor(math.Log10(v))))
				hi = math.Max(hi, math.Pow(10, math.Ceil(math.Log10(v))))
			}
		}
	}
	x := func(v float64) float64 {
		if v <= lo {
			return 0
		}
		return svgPlotWidth * (math.Log10(v) - math.Log10(lo)) / (math.Log10(hi) - math.Log10(lo))
	}
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="14">kernel paths: µs per operation (log scale)</text>`+"\n", svgLeft, y+6)
	svgLegend(b, y+16, svgColor, "graftlab", svgGrey, "published (Aegis / Ultrix, DECstation 5000/125)")
	top := y + 40
	bottom := top + svgRowH*len(results)
	for d := lo; d <= hi*1.0001; d *= 10 {
		svgTick(b, float64(svgLeft)+x(d), top, bottom, strconv.FormatFloat(d, 'g', -1, 64))
	}
	for i, r := range results {
		ry := top + svgRowH*i
		fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", svgLeft-8, ry+16, html.EscapeString(r.ID))
		svgBar(b, ry+4, 13, x(r.Micros), svgColor, "micros", r.Name+": "+num(r.Cycles, 2)+" cycles", micros(r.Micros))
		if v := refValue(r); v > 0 {
			svgBar(b, ry+19, 8, x(v), svgGrey, "reference", r.ReferenceSource, micros(v))
		}
	}
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="middle" fill="#555">µs</text>`+"\n", svgLeft+svgPlotWidth/2, bottom+30)
	return bottom + svgFooter
}

// svgMisfitPanel draws the misfit.* rows from y; it returns the y after it.
func svgMisfitPanel(b *strings.Builder, results []Result, y int) int {
	top100 := 100.0
	for _, r := range results {
		top100 = math.Max(top100, 100+*r.OverheadPercent)
	}
	step := 50.0
	if top100 > 500 {
		step = 100
	}
	hi := math.Ceil(top100/step) * step
	x := func(pct float64) float64 { return svgPlotWidth * math.Max(pct, 0) / hi }
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="14">MiSFIT: cycles of one graft call, rewritten against unrewritten (= 100 %%, linear scale)</text>`+"\n", svgLeft, y+6)
	svgLegend(b, y+16, svgColor, "rewritten", svgGrey, "unrewritten (baseline)")
	top := y + 40
	bottom := top + svgRowH*len(results)
	for d := 0.0; d <= hi; d += step {
		svgTick(b, float64(svgLeft)+x(d), top, bottom, strconv.FormatFloat(d, 'f', 0, 64)+" %")
	}
	for i, r := range results {
		ry := top + svgRowH*i
		ov := *r.OverheadPercent
		fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", svgLeft-8, ry+16, html.EscapeString(r.ID))
		svgBar(b, ry+4, 13, x(100+ov), svgColor, "rewritten", r.Name,
			cycles(r.Cycles)+" ("+strconv.FormatFloat(ov, 'f', 1, 64)+" % more)")
		svgBar(b, ry+19, 8, x(100), svgGrey, "baseline", r.Name+", unrewritten", cycles(*r.BaselineCycles))
	}
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="middle" fill="#555">percent of the unrewritten graft's cycles</text>`+"\n", svgLeft+svgPlotWidth/2, bottom+30)
	return bottom + svgFooter
}

func micros(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) + " µs" }

func cycles(v float64) string { return strconv.FormatFloat(math.Round(v), 'f', 0, 64) + " cycles" }

func svgLegend(b *strings.Builder, y int, c1, t1, c2, t2 string) {
	fmt.Fprintf(b, `<rect x="%d" y="%d" width="12" height="8" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", svgLeft, y, c1, svgLeft+16, y+8, html.EscapeString(t1))
	fmt.Fprintf(b, `<rect x="%d" y="%d" width="12" height="8" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", svgLeft+110, y, c2, svgLeft+126, y+8, html.EscapeString(t2))
}

func svgTick(b *strings.Builder, gx float64, top, bottom int, label string) {
	fmt.Fprintf(b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", gx, top-6, gx, bottom)
	fmt.Fprintf(b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>`+"\n", gx, bottom+16, html.EscapeString(label))
}

// svgBar draws a bar of width w (at least 1) with its value label after it.
func svgBar(b *strings.Builder, y, h int, w float64, color, class, title, label string) {
	w = math.Max(w, 1)
	fmt.Fprintf(b, `<rect class="%s" x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %s</title></rect>`+"\n",
		class, svgLeft, y, w, h, color, html.EscapeString(title), html.EscapeString(label))
	fmt.Fprintf(b, `<text class="value" x="%.1f" y="%d" fill="#333" font-size="%d">%s</text>`+"\n",
		float64(svgLeft)+w+4, y+h-2, min(12, h+3), html.EscapeString(label))
}
