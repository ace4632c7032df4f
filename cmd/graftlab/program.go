package main

import (
	"fmt"
	"os"

	"graftlab/loader"
	"graftlab/profile"
)

// checkRAM checks a --ram value.
func checkRAM(mib uint) error {
	if mib < 1 || mib > 496 {
		return usageError{fmt.Sprintf("--ram %d: want 1 to 496 MiB", mib)}
	}
	return nil
}

// loadProgram loads the machine profile named by --profile and the
// executable at path, which the commands that run programs share. It
// returns the file's bytes too, for DWARF.
func loadProgram(prof, path string) (*profile.Profile, []byte, *loader.Executable, error) {
	p, err := profile.Load(prof)
	if err != nil {
		return nil, nil, nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, nil, err
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, data, x, nil
}
