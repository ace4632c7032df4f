package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"graftlab/misfit/sign"
	"graftlab/misfit/verify"
)

func init() {
	register(&command{
		name:         "verify",
		summary:      "check that a MiSFIT-rewritten graft is confined (independently of the rewriter), and its signature",
		usage:        "[--key PUB]... [--callable FILE] OBJ.o",
		interspersed: true,
		setup:        setupVerify,
	})
}

// keyList is a repeatable --key flag.
type keyList []string

func (k *keyList) String() string     { return fmt.Sprint(*k) }
func (k *keyList) Set(s string) error { *k = append(*k, s); return nil }

func setupVerify(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	var keys keyList
	fs.Var(&keys, "key", "require a good signature by the public key in `PUB` (repeatable: any of them)")
	callable := fs.String("callable", "", "graft-callable kernel functions, one name per line, in `FILE` (default: the list in doc/misfit.md)")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usageError{"want one object"}
		}
		var opt verify.Options
		for _, k := range keys {
			data, err := os.ReadFile(k)
			if err != nil {
				return err
			}
			pub, err := sign.ParsePublicKey(data)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			opt.Keys = append(opt.Keys, pub)
		}
		if *callable != "" {
			names, err := readCallable(*callable)
			if err != nil {
				return err
			}
			opt.Callable = names
		}
		obj, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		rep, err := verify.Verify(obj, opt)
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], err)
		}
		signed := "unsigned (signature not checked: no --key)"
		if rep.Signed {
			signed = "signed by a trusted key"
		}
		fmt.Fprintf(e.stdout, "%s: ok: %s policy, %d instructions, %d accesses and %d indirect jumps confined, %d leaf returns, %d-slot target table, %s\n",
			args[0], rep.Policy, rep.CodeWords, rep.Accesses, rep.Indirect, rep.LeafReturns, rep.TableSlots, signed)
		return nil
	}
}
