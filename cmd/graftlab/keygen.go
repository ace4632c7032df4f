package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"os"

	"graftlab/misfit/sign"
)

func init() {
	register(&command{
		name:         "keygen",
		summary:      "make an ed25519 key pair for signing grafts and SPIN extensions: KEY (private, mode 0600) and KEY.pub",
		usage:        "-o KEY",
		interspersed: true,
		setup:        setupKeygen,
	})
}

func setupKeygen(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	out := fs.String("o", "", "write the private key to `KEY` and the public key to KEY.pub (neither may exist)")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) != 0 {
			return usageError{"no operands expected"}
		}
		if *out == "" {
			return usageError{"want -o KEY"}
		}
		pub, priv, err := sign.GenerateKey(rand.Reader)
		if err != nil {
			return err
		}
		if err := writeNew(*out, sign.MarshalPrivateKey(priv), 0o600); err != nil {
			return err
		}
		if err := writeNew(*out+".pub", sign.MarshalPublicKey(pub), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s and %s.pub\n", *out, *out)
		return nil
	}
}

// writeNew writes a file that must not exist yet.
func writeNew(name string, data []byte, mode os.FileMode) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
