package difftest

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A corpus records a reference engine's results for a program, so that
// graftlab can be checked against them where the reference is not
// installed. It is text, one line per sequence:
//
//	# comments
//	elf SHA256           the program the results belong to
//	seq INDEX R1 ... R31 HI LO [OFFSET:BYTES ...]
//
// with registers as eight hex digits and, for the buffer, only the runs of
// bytes that differ from the sequence's initial buffer (offset in hex,
// bytes in hex).

// ELFHash is the SHA-256 of the program's executable, in hex.
func (p *Program) ELFHash() string {
	h := sha256.Sum256(p.ELF)
	return hex.EncodeToString(h[:])
}

// WriteCorpus writes results of p, after the comment lines in header.
func WriteCorpus(w io.Writer, p *Program, results []Result, header []string) error {
	if len(results) != len(p.Seqs) {
		return fmt.Errorf("difftest: corpus: %d results for %d sequences", len(results), len(p.Seqs))
	}
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	fmt.Fprintf(bw, "elf %s\n", p.ELFHash())
	for i, r := range results {
		s := p.Seqs[i]
		fmt.Fprintf(bw, "seq %d", s.Index)
		for reg := 1; reg < 32; reg++ {
			fmt.Fprintf(bw, " %08x", r.Regs.GPR[reg])
		}
		fmt.Fprintf(bw, " %08x %08x", r.Regs.HI, r.Regs.LO)
		for a := 0; a < len(r.Buffer); {
			if r.Buffer[a] == s.Buffer[a] {
				a++
				continue
			}
			e := a
			for e < len(r.Buffer) && r.Buffer[e] != s.Buffer[e] {
				e++
			}
			fmt.Fprintf(bw, " %x:%x", a, r.Buffer[a:e])
			a = e
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// ErrStaleCorpus is returned by ReadCorpus for a corpus recorded for
// another program: the generator, the builder or the linker has changed.
var ErrStaleCorpus = fmt.Errorf("difftest: the corpus was recorded for another program")

// ReadCorpus reads the results of p from a corpus.
func ReadCorpus(r io.Reader, p *Program) ([]Result, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	var results []Result
	line := 0
	bad := func(format string, args ...any) error {
		return fmt.Errorf("difftest: corpus line %d: %s", line, fmt.Sprintf(format, args...))
	}
	hash := ""
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0 || strings.HasPrefix(f[0], "#"):
		case f[0] == "elf" && len(f) == 2:
			hash = f[1]
			if hash != p.ELFHash() {
				return nil, fmt.Errorf("%w (its hash is %.12s..., the program's %.12s...)", ErrStaleCorpus, hash, p.ELFHash())
			}
		case f[0] == "seq" && len(f) >= 2+33:
			i := len(results)
			if i >= len(p.Seqs) || f[1] != strconv.Itoa(p.Seqs[i].Index) {
				return nil, bad("sequence %s out of order", f[1])
			}
			s := p.Seqs[i]
			var res Result
			var words [33]uint32
			for k := range words {
				v, err := strconv.ParseUint(f[2+k], 16, 32)
				if err != nil {
					return nil, bad("register %d: %v", k+1, err)
				}
				words[k] = uint32(v)
			}
			copy(res.Regs.GPR[1:], words[:31])
			res.Regs.HI, res.Regs.LO = words[31], words[32]
			res.Buffer = append([]byte(nil), s.Buffer...)
			for _, run := range f[2+33:] {
				off, data, ok := strings.Cut(run, ":")
				a, err1 := strconv.ParseUint(off, 16, 32)
				b, err2 := hex.DecodeString(data)
				if !ok || err1 != nil || err2 != nil || int(a)+len(b) > len(res.Buffer) {
					return nil, bad("bad buffer run %q", run)
				}
				copy(res.Buffer[a:], b)
			}
			results = append(results, res)
		default:
			return nil, bad("cannot parse %q", sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if hash == "" {
		return nil, fmt.Errorf("difftest: corpus has no elf line")
	}
	if len(results) != len(p.Seqs) {
		return nil, fmt.Errorf("difftest: corpus has %d sequences, the program %d", len(results), len(p.Seqs))
	}
	return results, nil
}
