// Package misfit is graftlab's software-fault-isolation rewriter, after VINO's
// MiSFIT and Wahbe et al.'s address sandboxing on MIPS. It takes an ELF32
// relocatable object (gcc output built with the -ffixed flags below, or
// graftlab asm output) and returns a rewritten object in which every load and
// store is confined to the graft's data region, every indirect jump, call and
// return is checked against a table of legal targets, every direct call
// leaving the graft names a graft-callable kernel function, and no
// privileged or unsafe instruction remains. The rewritten object carries a
// note section describing the rewrite and, when a key is given, an ed25519
// signature (package misfit/sign).
//
// Boundaries: this package only rewrites. The verifier is misfit/verify,
// written independently (it shares no code with this package: only the
// read-only inputs isa and loader/object); the kernel's graft loader calls
// verify.Accept, which refuses unsigned grafts unless told otherwise.
// doc/misfit.md gives the graft ABI, the inserted sequences, the verifier's
// rules and the safety argument.
//
// The graft ABI (doc/misfit.md, "ABI"): the data region is 2^k bytes aligned
// to its size, with 32 KiB guard zones on each side that the kernel leaves
// unmapped. Four registers are dedicated and must not be used by the graft
// (gcc: -ffixed-s4 -ffixed-s5 -ffixed-s6 -ffixed-s7):
//
//	s4 ($20)  the target of checked indirect jumps
//	s5 ($21)  the region mask, 2^k-1
//	s6 ($22)  the region base
//	s7 ($23)  the sandboxed data address (sandbox policy) or scratch (check policy)
//
// at ($1) is clobbered by the indirect-jump check. The public API:
//
//	Rewrite(obj, Options) (*Result, error)    rewrite an object's bytes
//	Options{Policy, Callable, NoSPOpt, NoGuard, Key}
//	DefaultCallable                           the default graft-callable list
//	ParseCallable(r)                          a callable list file
//	*Error                                    a refusal: function, offset, instruction, reason
package misfit
