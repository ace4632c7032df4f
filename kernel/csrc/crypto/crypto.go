// Package crypto holds the kernel's signature check: SHA-512 and ed25519
// verification in freestanding C (sha512.c, ed25519.c, crypto.h), compiled
// for the guest by Debian's mipsel-linux-gnu-gcc into crypto.o, which is
// committed so that building graftlab never needs a cross compiler. The
// kernel links crypto.o into its image with loader.Link and calls it on a
// stack of its own to check a graft's signature in guest code.
//
// The object's API (crypto.h), o32 calling convention:
//
//	void sha512_init(struct sha512 *s);
//	void sha512_update(struct sha512 *s, const uint8_t *p, uint32_t n);
//	void sha512_final(struct sha512 *s, uint8_t out[64]);
//	int ed25519_verify(const uint8_t sig[64], const uint8_t *msg, uint32_t len, const uint8_t pub[32]);
//
// struct sha512 is SHA512StateSize bytes, 8-byte aligned. ed25519_verify
// returns 0 for a valid signature and -1 otherwise, and accepts exactly
// the signatures that Go's crypto/ed25519.Verify accepts (the tests run
// the object in the emulator and compare, and FuzzVerify keeps comparing).
// A call uses at most MaxStack bytes of stack. On the dec5000 profile a
// verification of a 4 KiB message takes about 3.8 million cycles (152 ms
// at 25 MHz), of which SHA-512 takes 14 thousand per 128-byte block;
// TestCycles holds the exact counts.
//
// To rebuild crypto.o after changing a source, run build.sh (gcc 12.2.0,
// binutils 2.40; the output is byte-for-byte reproducible, which
// TestRebuild checks). ed25519_tables.inc, the curve constants and the
// multiples of the base point, is generated: go generate (go test -run
// TestTables -update) rewrites it. The C files start with a go:build line
// that keeps the go command from taking them for cgo.
package crypto

import _ "embed"

//go:generate go test -run TestTables -update

//go:embed crypto.o
var objectFile []byte

// SHA512StateSize is sizeof(struct sha512) in the o32 ABI: eight 64-bit
// words, the 128-byte buffer, a 32-bit count and, 8-byte aligned, a 64-bit
// length. TestStack checks it against the object's stores.
const SHA512StateSize = 208

// MaxStack bounds the stack one call of the object uses, in bytes below
// the caller's sp: the kernel gives it a stack of its own at least this
// big. TestStack measures the deepest call.
const MaxStack = 6 << 10

// Object returns crypto.o, the ELF32 relocatable object built from the C
// sources. The slice is shared: callers must not modify it.
func Object() []byte { return objectFile }
