//go:build ignore

/* crypto.h: the kernel's signature check, in freestanding C for MIPS32.
 *
 * SHA-512 (FIPS 180-4) and ed25519 verification (RFC 8032, section 5.1.7).
 * Nothing here needs a C library: build.sh compiles it with -ffreestanding
 * and the object has no undefined symbols.
 *
 * The go:build line keeps these files out of package crypto's Go build
 * (the go command takes C files in a package for cgo). */
#ifndef CRYPTO_H
#define CRYPTO_H

#include <stdint.h>

/* SHA-512, streaming: init, any number of updates, final. */
struct sha512 {
	uint64_t h[8];     /* the chaining value */
	uint8_t buf[128];  /* a partial block */
	uint32_t nbuf;     /* bytes in buf */
	uint64_t len;      /* bytes hashed so far */
};

void sha512_init(struct sha512 *s);
void sha512_update(struct sha512 *s, const uint8_t *p, uint32_t n);
void sha512_final(struct sha512 *s, uint8_t out[64]);

/* ed25519_verify returns 0 when sig is a valid ed25519 signature of msg
 * (len bytes) under the public key pub, and -1 otherwise. It accepts
 * exactly what Go's crypto/ed25519.Verify accepts: S must be below the
 * group order L, pub must decode to a curve point (Go, like most
 * implementations, takes a y coordinate that is not reduced mod p, and a
 * set sign bit with x = 0), and R is compared byte for byte with the
 * canonical encoding of [S]B - [k]A, so that a non-canonical R never
 * verifies. The check is cofactorless. It runs in variable time: every
 * input is public. */
int ed25519_verify(const uint8_t sig[64], const uint8_t *msg, uint32_t len, const uint8_t pub[32]);

#endif
