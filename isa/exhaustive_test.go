package isa

import (
	"fmt"
	"sync"
	"testing"
)

// TestEveryWord visits all 2^32 words. For each, Lookup must agree with a
// plain scan of the table's match/mask pairs (at most one op may match), so
// the decode key never hides an instruction or invents one. Decode and
// Encode are field-generic; TestRoundTripSampled and FuzzDecodeEncode cover
// them.
func TestEveryWord(t *testing.T) {
	if testing.Short() {
		t.Skip("visits 2^32 words")
	}
	var byPrimary [64][]Op
	for op := Op(1); op < numOps; op++ {
		p := opTable[op].Match >> 26
		byPrimary[p] = append(byPrimary[p], op)
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers)
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo := uint64(k) << 32 / workers
			hi := uint64(k+1) << 32 / workers
			for w64 := lo; w64 < hi; w64++ {
				w := uint32(w64)
				got := Lookup(w)
				want := Invalid
				for _, op := range byPrimary[w>>26] {
					if w&opTable[op].Mask == opTable[op].Match {
						if want != Invalid {
							errs <- fmt.Sprintf("%#08x matches both %s and %s", w, want, op)
							return
						}
						want = op
					}
				}
				if got != want {
					errs <- fmt.Sprintf("Lookup(%#08x) = %s, the table says %s", w, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
