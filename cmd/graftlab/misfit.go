package main

import (
	"context"
	"crypto/ed25519"
	"flag"
	"fmt"
	"os"

	"graftlab/misfit"
	"graftlab/misfit/sign"
)

func init() {
	register(&command{
		name:    "misfit",
		summary: "rewrite a graft object for software fault isolation (MiSFIT), optionally signing it",
		usage:   "[--policy POLICY] [--key KEY] [--callable FILE] [--manifest FILE] [--stats] [--no-sp-opt] [--no-guard] [--no-reuse] [--no-leaf] -o OUT.o IN.o",
		// graftlab misfit in.o -o out.o
		interspersed: true,
		setup:        setupMisfit,
	})
}

func setupMisfit(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	policy := fs.String("policy", "sandbox", "`POLICY` for loads and stores: sandbox (mask into the region) or check (compare and branch to the fault stub)")
	key := fs.String("key", "", "sign the output with the private key in `KEY` (from graftlab keygen)")
	callable := fs.String("callable", "", "graft-callable kernel functions, one name per line, in `FILE` (default: the list in doc/misfit.md)")
	man := fs.String("manifest", "", "add the manifest in `FILE` (the SPIN domains the object imports, \"import DOMAIN\" lines; doc/spin.md) before signing")
	out := fs.String("o", "", "write the rewritten object to `OUT.o`")
	stats := fs.Bool("stats", false, "print what was inserted as one JSON object on stderr")
	noSP := fs.Bool("no-sp-opt", false, "instrument sp-relative accesses too (measures the sp optimisation)")
	noReuse := fs.Bool("no-reuse", false, "sandbox every access even when s7 already holds its base (measures the reuse optimisation)")
	noLeaf := fs.Bool("no-leaf", false, "check every return, leaf functions' too (measures the leaf-return optimisation)")
	noGuard := fs.Bool("no-guard", false, "fold offsets into the sandboxed address instead of using guard zones (sandbox policy; measures the guard-zone optimisation)")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usageError{"want one input object"}
		}
		if *out == "" {
			return usageError{"want -o OUT.o"}
		}
		pol, err := misfit.ParsePolicy(*policy)
		if err != nil {
			return usageError{err.Error()}
		}
		opt := misfit.Options{Policy: pol, NoSPOpt: *noSP, NoGuard: *noGuard, NoReuse: *noReuse, NoLeaf: *noLeaf}
		var priv ed25519.PrivateKey
		if *key != "" {
			if priv, err = readPrivateKey(*key); err != nil {
				return err
			}
			if *man == "" {
				opt.Key = priv // signed by the rewriter itself
			}
		}
		if *callable != "" {
			if opt.Callable, err = readCallable(*callable); err != nil {
				return err
			}
		}
		in, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		res, err := misfit.Rewrite(in, opt)
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
		}
		if *man != "" {
			if res.Object, err = addManifest(res.Object, *man); err != nil {
				return err
			}
			if priv != nil {
				if res.Object, err = sign.SignObject(res.Object, priv); err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
			}
		}
		if err := os.WriteFile(*out, res.Object, 0o644); err != nil {
			return err
		}
		if *stats {
			b, err := snakeJSON(res.Stats)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "%s\n", b)
		}
		return nil
	}
}

// readCallable reads a --callable file: the graft-callable kernel functions,
// one name per line. An empty file allows none (rather than the default).
func readCallable(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := misfit.ParseCallable(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if names == nil {
		names = []string{}
	}
	return names, nil
}
