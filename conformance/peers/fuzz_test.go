package peers

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/user"
)

// parseSize is the rule of peers.h's size_arg: decimal digits only, 1 to
// 100000000.
func parseSize(s string) (uint32, bool) {
	if s == "" {
		return 0, false
	}
	var n uint32
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint32(c-'0')
		if n > 100_000_000 {
			return 0, false
		}
	}
	return n, n > 0
}

// FuzzSizeArg runs bits.elf with an arbitrary argv[1] and checks the
// guest's parser against parseSize: a bad size ends with status 2 and the
// usage line; a good one runs (bounded by an instruction limit, so large
// sizes end with user.ErrLimit) and prints that size.
func FuzzSizeArg(f *testing.F) {
	for _, s := range []string{"1", "2", "0", "", "12x", "-1", "+1", " 1", "100000000", "100000001",
		"4294967297", "00000000000000000000001", "0x10", "99999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		if strings.IndexByte(arg, 0) >= 0 {
			t.Skip("execve cannot pass a NUL inside an argument")
		}
		var stdout, stderr bytes.Buffer
		proc := start(t, "bits", cpu.DefaultEngine(), []string{arg}, &stdout, &stderr)
		status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 300_000})
		size, ok := parseSize(arg)
		switch {
		case !ok:
			want := "usage: bits.elf: want one argument, a size from 1 to 100000000\n"
			if err != nil || status != 2 || stdout.Len() != 0 || stderr.String() != want {
				t.Fatalf("bits.elf %q: status %d, %v, stdout %q, stderr %q; want status 2 and the usage line", arg, status, err, stdout.String(), stderr.String())
			}
		case errors.Is(err, user.ErrLimit):
			if stdout.Len() != 0 || stderr.Len() != 0 {
				t.Fatalf("bits.elf %q: stopped at the limit with stdout %q, stderr %q", arg, stdout.String(), stderr.String())
			}
		default:
			prefix := fmt.Sprintf("bits %d 0x", size)
			if err != nil || status != 0 || !strings.HasPrefix(stdout.String(), prefix) {
				t.Fatalf("bits.elf %q: status %d, %v, stdout %q; want %q...", arg, status, err, stdout.String(), prefix)
			}
		}
	})
}
