package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"flag"
	"fmt"
	"os"

	"graftlab/kernel"
	"graftlab/kernel/manifest"
	"graftlab/misfit/sign"
)

func init() {
	register(&command{
		name:         "sign",
		summary:      "sign an object as a trusted compiler does, with a manifest of the SPIN domains it imports",
		usage:        "--key KEY [--manifest FILE] -o OUT.o IN.o",
		interspersed: true,
		setup:        setupSign,
	})
}

func setupSign(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	key := fs.String("key", "", "sign with the private key in `KEY` (from graftlab keygen): a compiler key the kernel trusts (boot --compiler-key)")
	man := fs.String("manifest", "", "add the manifest in `FILE` (\"import DOMAIN\" lines; doc/spin.md) before signing")
	out := fs.String("o", "", "write the signed object to `OUT.o`")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usageError{"want one input object"}
		}
		if *out == "" || *key == "" {
			return usageError{"want --key KEY and -o OUT.o"}
		}
		priv, err := readPrivateKey(*key)
		if err != nil {
			return err
		}
		obj, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		if obj, err = addManifest(obj, *man); err != nil {
			return err
		}
		signed, err := sign.SignObject(obj, priv)
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
		}
		return os.WriteFile(*out, signed, 0o644)
	}
}

// readPrivateKey reads a private key file.
func readPrivateKey(name string) (ed25519.PrivateKey, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	k, err := sign.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return k, nil
}

// addManifest adds the manifest in file (none when file is empty) to obj,
// after checking it against the kernel's domains.
func addManifest(obj []byte, file string) ([]byte, error) {
	if file == "" {
		return obj, nil
	}
	text, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if _, err := manifest.Parse(text, kernel.SpinDomainNames()); err != nil {
		var me *manifest.Error
		if errors.As(err, &me) && me.Line > 0 {
			return nil, fileError{fmt.Sprintf("%s:%d: %s", file, me.Line, me.Msg)}
		}
		return nil, fileError{fmt.Sprintf("%s: %v", file, err)}
	}
	return manifest.Add(obj, text)
}

// fileError is an error in an input file, reported alone.
type fileError struct{ msg string }

func (e fileError) Error() string { return e.msg }
