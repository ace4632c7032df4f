package main

import (
	"flag"
	"fmt"
	"os"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

// profileFlag declares --profile, which every command that runs guest code
// takes.
func profileFlag(fs *flag.FlagSet) *string {
	return fs.String("profile", "dec5000", "machine `PROFILE`: an embedded one (dec5000, ideal, 24kf) or a JSON file")
}

// ramFlag declares --ram; checkRAM checks its value.
func ramFlag(fs *flag.FlagSet) *uint {
	return fs.Uint("ram", 64, "physical memory in `MiB`, 1 to 496")
}

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
		return nil, nil, nil, elfError(path, data, err)
	}
	return p, data, x, nil
}

// newProcess starts the user-mode program of args (its path first) on eng
// (nil: the reference interpreter), with the command's standard streams
// and the host's environment.
func newProcess(e *env, p *profile.Profile, x *loader.Executable, args []string, ramMiB uint, eng cpu.Engine) (*user.Process, error) {
	proc, err := user.New(user.Config{
		Profile: p, Executable: x, Args: args, Env: os.Environ(),
		Stdin: e.stdin, Stdout: e.stdout, Stderr: e.stderr,
		RAMSize: uint32(ramMiB) << 20, Engine: eng,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", args[0], err)
	}
	return proc, nil
}
