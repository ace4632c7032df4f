package difftest

import "graftlab/isa"

// Reduce deletes items from s, a chunk at a time and then one at a time
// (delta debugging), keeping each deletion after which fails still holds,
// and returns the smallest sequence it reached. fails(s) should be true.
// Candidates keep every branch and jump followed by a delay slot that is
// neither a branch, a jump nor la; a branch whose target was deleted goes
// to the item after the deleted ones.
func Reduce(s *Sequence, fails func(*Sequence) bool) *Sequence {
	cur := s
	for chunk := max(len(cur.Items)/2, 1); ; {
		progress := false
		for start := 0; start < len(cur.Items); {
			if c := cur.without(start, chunk); c != nil && fails(c) {
				cur, progress = c, true
				continue
			}
			start += chunk
		}
		switch {
		case chunk > 1:
			chunk = max(min(chunk/2, len(cur.Items)/2), 1)
		case !progress:
			return cur
		}
	}
}

// without returns a copy of s without items [start, start+n), or nil if
// that leaves a branch or jump without a proper delay slot.
func (s *Sequence) without(start, n int) *Sequence {
	end := min(start+n, len(s.Items))
	if start >= end {
		return nil
	}
	c := s.Clone()
	c.Items = append(c.Items[:start:start], s.Items[end:]...)
	for i := range c.Items {
		switch t := &c.Items[i].Target; {
		case *t >= end:
			*t -= end - start
		case *t > start:
			*t = start
		}
	}
	for i, it := range c.Items {
		if !it.control() {
			continue
		}
		if i+1 >= len(c.Items) || c.Items[i+1].control() || c.Items[i+1].La {
			return nil
		}
	}
	c.Executed = 0
	return c
}

// control reports whether the item is a branch or a jump.
func (it Item) control() bool {
	return !it.La && it.Inst.Info().Flags&(isa.FlagBranch|isa.FlagJump) != 0
}
