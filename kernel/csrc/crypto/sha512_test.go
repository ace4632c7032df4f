package crypto

import (
	"bytes"
	"crypto/sha512"
	"fmt"
	"math/rand/v2"
	"testing"
)

// testBytes returns n deterministic pseudo-random bytes.
func testBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// split cuts b into pieces of the given sizes (the last takes the rest).
func split(b []byte, sizes ...int) [][]byte {
	var out [][]byte
	for _, n := range sizes {
		out = append(out, b[:n])
		b = b[n:]
	}
	return append(out, b)
}

func TestSHA512(t *testing.T) {
	g := newGuest(t, "dec5000")
	type tc struct {
		name   string
		chunks [][]byte
	}
	var cases []tc
	for _, n := range []int{0, 1, 111, 112, 113, 127, 128, 129, 255, 256, 1000, 70000} {
		cases = append(cases, tc{fmt.Sprint(n), [][]byte{testBytes(uint64(n), n)}})
	}
	b := testBytes(1, 1000)
	cases = append(cases,
		tc{"1000 in 1,127,128,129,615", split(b, 1, 127, 128, 129)},
		tc{"1000 in 64,64,872", split(b, 64, 64)},
		tc{"1000 with empty updates", split(b, 0, 500, 0)},
		tc{"1000 in 111,1,16,0", split(b, 111, 1, 16, 872)},
	)
	var ones [][]byte
	for i := range 300 {
		ones = append(ones, b[i:i+1])
	}
	cases = append(cases, tc{"300 one byte at a time", ones})
	r := rand.New(rand.NewPCG(2, 2))
	big := testBytes(2, 70000)
	var sizes []int
	for n := 0; n < len(big)-3000; {
		s := r.IntN(3000)
		sizes = append(sizes, s)
		n += s
	}
	cases = append(cases, tc{"70000 in random pieces", split(big, sizes...)})

	for _, c := range cases {
		got, _, err := g.sha512(t, c.chunks...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want := sha512.Sum512(bytes.Join(c.chunks, nil))
		if !bytes.Equal(got, want[:]) {
			t.Errorf("%s: sha512 = %x, want %x", c.name, got, want)
		}
	}
}
