package isa

import (
	"errors"
	"testing"
)

// FuzzDecodeEncode checks that Decode never panics, that every word it
// accepts encodes back to itself, and that every word it refuses is a
// DecodeError.
func FuzzDecodeEncode(f *testing.F) {
	for _, k := range knownWords {
		f.Add(k.word)
	}
	for op := Op(1); op < numOps; op++ {
		f.Add(opTable[op].Match | ^opTable[op].Mask)
	}
	f.Add(uint32(0xffffffff))
	f.Fuzz(func(t *testing.T, w uint32) {
		inst, err := Decode(w)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Word != w {
				t.Fatalf("Decode(%#08x): error %v is not a DecodeError for the word", w, err)
			}
			return
		}
		got, err := Encode(inst)
		if err != nil || got != w {
			t.Fatalf("Encode(Decode(%#08x)) = %#08x, %v", w, got, err)
		}
	})
}
