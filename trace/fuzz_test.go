package trace

import (
	"bytes"
	"io"
	"testing"
)

// FuzzReader reads arbitrary bytes as a trace: never a panic, and a trace
// that reads without error re-encodes to the same records.
func FuzzReader(f *testing.F) {
	f.Add(encode(f, Header{Program: "p", Profile: "dec5000"}, sample))
	f.Add(encode(f, Header{}, nil))
	f.Add([]byte(Magic))
	f.Add([]byte("GLTRACE\x01\x00\x00\x00\x00\x21\x01\x02\x03\x04\x01\x80\x01\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, recs, end, err := decode(data)
		if err != nil {
			return
		}
		h2, recs2, end2, err := decode(encode(t, h, recs))
		if err != nil {
			t.Fatalf("re-encoded trace does not read: %v", err)
		}
		if h2 != h || len(recs2) != len(recs) || end2 != end {
			t.Fatalf("re-encoded trace differs")
		}
		for i := range recs {
			if recs[i] != recs2[i] {
				t.Fatalf("record %d: %+v, re-encoded %+v", i, recs[i], recs2[i])
			}
		}
		r, _ := NewReader(bytes.NewReader(data))
		for {
			rec, err := r.Next()
			if err != nil {
				if err != io.EOF {
					t.Fatal(err)
				}
				break
			}
			_ = Format(rec, nil)
		}
	})
}
