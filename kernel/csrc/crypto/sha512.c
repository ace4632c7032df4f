//go:build ignore

/* sha512.c: SHA-512 after FIPS 180-4, sections 4.1.3, 4.2.3, 5.1.2, 5.3.5
 * and 6.4. Written for a 32-bit processor: gcc splits every 64-bit
 * operation into two 32-bit ones, so the code keeps the working variables
 * in registers (eight rounds per loop body, the roles rotating through the
 * macro's arguments rather than by moves) and the message schedule in a
 * 16-word ring. */
#include "crypto.h"

/* K: the first 64 bits of the fractional parts of the cube roots of the
 * first 80 primes (section 4.2.3). TestSHA512Constants recomputes them. */
static const uint64_t K[80] = {
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

/* The initial hash value: the first 64 bits of the fractional parts of the
 * square roots of the first 8 primes (section 5.3.5). */
static const uint64_t IV[8] = {
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
};

#define ROTR(x, n) ((x) >> (n) | (x) << (64 - (n)))
#define CH(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
#define MAJ(x, y, z) (((x) & (y)) | ((z) & ((x) | (y))))
#define SIGMA0(x) (ROTR(x, 28) ^ ROTR(x, 34) ^ ROTR(x, 39))
#define SIGMA1(x) (ROTR(x, 14) ^ ROTR(x, 18) ^ ROTR(x, 41))
#define sigma0(x) (ROTR(x, 1) ^ ROTR(x, 8) ^ ((x) >> 7))
#define sigma1(x) (ROTR(x, 19) ^ ROTR(x, 61) ^ ((x) >> 6))

/* ROUND is one round of section 6.4.2, step 3, with the renaming of
 * a..h left to the caller: it updates d and h only. */
#define ROUND(a, b, c, d, e, f, g, h, i) do { \
	uint64_t t1 = h + SIGMA1(e) + CH(e, f, g) + k[i] + w[i]; \
	d += t1; \
	h = t1 + SIGMA0(a) + MAJ(a, b, c); \
} while (0)

static uint64_t load64(const uint8_t *p)
{
	uint32_t hi = (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
	uint32_t lo = (uint32_t)p[4] << 24 | (uint32_t)p[5] << 16 | (uint32_t)p[6] << 8 | p[7];
	return (uint64_t)hi << 32 | lo;
}

static void store64(uint8_t *p, uint64_t v)
{
	for (int i = 7; i >= 0; i--) {
		p[i] = (uint8_t)v;
		v >>= 8;
	}
}

/* blocks hashes n 128-byte blocks from p into h. */
static void blocks(uint64_t h[8], const uint8_t *p, uint32_t n)
{
	uint64_t w[16];

	for (; n > 0; n--, p += 128) {
		uint64_t a = h[0], b = h[1], c = h[2], d = h[3];
		uint64_t e = h[4], f = h[5], g = h[6], hh = h[7];

		for (int i = 0; i < 16; i++)
			w[i] = load64(p + 8 * i);
		for (int t = 0; t < 80; t += 16) {
			const uint64_t *k = K + t;
			if (t > 0) {
				/* W[t] = sigma1(W[t-2]) + W[t-7] + sigma0(W[t-15]) + W[t-16],
				 * in the ring: w[i] holds W[t-16] until it is replaced. */
				for (int i = 0; i < 16; i++)
					w[i] += sigma1(w[(i + 14) & 15]) + w[(i + 9) & 15] + sigma0(w[(i + 1) & 15]);
			}
			for (int i = 0; i < 16; i += 8) {
				ROUND(a, b, c, d, e, f, g, hh, i + 0);
				ROUND(hh, a, b, c, d, e, f, g, i + 1);
				ROUND(g, hh, a, b, c, d, e, f, i + 2);
				ROUND(f, g, hh, a, b, c, d, e, i + 3);
				ROUND(e, f, g, hh, a, b, c, d, i + 4);
				ROUND(d, e, f, g, hh, a, b, c, i + 5);
				ROUND(c, d, e, f, g, hh, a, b, i + 6);
				ROUND(b, c, d, e, f, g, hh, a, i + 7);
			}
		}
		h[0] += a; h[1] += b; h[2] += c; h[3] += d;
		h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
	}
}

void sha512_init(struct sha512 *s)
{
	for (int i = 0; i < 8; i++)
		s->h[i] = IV[i];
	s->nbuf = 0;
	s->len = 0;
}

void sha512_update(struct sha512 *s, const uint8_t *p, uint32_t n)
{
	s->len += n;
	if (s->nbuf > 0) {
		while (n > 0 && s->nbuf < 128) {
			s->buf[s->nbuf++] = *p++;
			n--;
		}
		if (s->nbuf < 128)
			return;
		blocks(s->h, s->buf, 1);
		s->nbuf = 0;
	}
	if (n >= 128) {
		blocks(s->h, p, n / 128);
		p += n & ~(uint32_t)127;
		n &= 127;
	}
	while (n > 0) {
		s->buf[s->nbuf++] = *p++;
		n--;
	}
}

/* sha512_final pads the message (section 5.1.2: a 1 bit, zeros, and the
 * length in bits as a 128-bit big-endian number) and writes the digest. */
void sha512_final(struct sha512 *s, uint8_t out[64])
{
	uint32_t n = s->nbuf;

	s->buf[n++] = 0x80;
	if (n > 112) {
		while (n < 128)
			s->buf[n++] = 0;
		blocks(s->h, s->buf, 1);
		n = 0;
	}
	while (n < 112)
		s->buf[n++] = 0;
	store64(s->buf + 112, s->len >> 61);
	store64(s->buf + 120, s->len << 3);
	blocks(s->h, s->buf, 1);
	for (int i = 0; i < 8; i++)
		store64(out + 8 * i, s->h[i]);
	s->nbuf = 0;
}
