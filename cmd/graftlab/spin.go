package main

import (
	"crypto/ed25519"
	"fmt"
	"io"
	"os"
	"strconv"

	"graftlab/kernel"
)

// SPIN extensions for graftlab boot (doc/spin.md): --spin places an
// extension in a SPIN slot, --spin-listing prints an event's generated
// dispatcher after the run.

// bootSpin reads the --spin objects: MiSFIT-rewritten and signed by one of
// the graft keys (--graft-key), or with unchecked as their compiler made
// them and signed by one of the compiler keys (--compiler-key).
func bootSpin(objs []string, graftKeys, compilerKeys []ed25519.PublicKey, unchecked bool) ([]kernel.SpinExtension, error) {
	if len(objs) > kernel.SpinSlots {
		return nil, usageError{fmt.Sprintf("%d SPIN extensions: at most %d", len(objs), kernel.SpinSlots)}
	}
	keys, want := graftKeys, "--graft-key PUB (the key MiSFIT signed the extension with), or --spin-unchecked"
	if unchecked {
		keys, want = compilerKeys, "--compiler-key PUB (the trusted compiler's key the extension was signed with)"
	}
	if len(objs) > 0 && len(keys) == 0 {
		return nil, usageError{"--spin: want " + want}
	}
	var xs []kernel.SpinExtension
	for _, name := range objs {
		obj, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		xs = append(xs, kernel.SpinExtension{Object: obj, Name: name, Unchecked: unchecked, Keys: keys})
	}
	return xs, nil
}

// spinEvents reads the --spin-listing events.
func spinEvents(args []string) ([]int, error) {
	var evs []int
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil || n < 0 || n >= kernel.SpinEvents {
			return nil, usageError{fmt.Sprintf("--spin-listing %q: want an event, 0 to %d", a, kernel.SpinEvents-1)}
		}
		evs = append(evs, n)
	}
	return evs, nil
}

// writeSpinListings prints each event's dispatcher as the kernel last
// generated it, with the extensions' symbols.
func writeSpinListings(w io.Writer, sys *kernel.System, events []int) error {
	sym := func(a uint32) (string, uint32, bool) {
		for _, x := range sys.Spin {
			for n, v := range x.Entries {
				if v == a {
					return n, v, true
				}
			}
		}
		if a == kernel.SpinGate {
			return "spin_gate", a, true
		}
		return "", 0, false
	}
	for _, ev := range events {
		d, err := sys.SpinDispatcher(ev)
		if err != nil {
			return err
		}
		if len(d.Words) == 0 {
			fmt.Fprintf(w, "event %d: no code; a raise calls %#x\n", ev, d.Entry)
			continue
		}
		fmt.Fprintf(w, "event %d: %d words at %#x\n%s", ev, len(d.Words), d.Addr, d.Listing(sym))
	}
	return nil
}
