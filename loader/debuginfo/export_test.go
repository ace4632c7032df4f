package debuginfo

// ParseFrames exposes the CFI parser to the fuzz test.
func ParseFrames(data []byte, addr uint32, eh bool) (int, error) {
	fdes, err := parseFrames(data, addr, eh)
	for i := range fdes {
		for pc := fdes[i].begin; pc < fdes[i].end && pc-fdes[i].begin < 64; pc += 4 {
			fdes[i].row(pc)
		}
	}
	return len(fdes), err
}
