//go:build ignore

/* ed25519.c: ed25519 signature verification (RFC 8032, section 5.1.7),
 * agreeing with Go's crypto/ed25519.Verify on every input.
 *
 * Field elements mod p = 2^255 - 19 have ten signed limbs in radix
 * 2^25.5: limb i weighs 2^ceil(25.5 i), even limbs hold 26 bits and odd
 * limbs 25. A product of limbs is a 32x32->64-bit multiply, which gcc
 * emits as mult/madd chains: on an R3000-class multiplier the number of
 * those products is what a verification costs, so squarings have their
 * own routine (55 products against 100).
 *
 * Limb bounds. "Reduced" limbs, the output of fe_mul, fe_sq and
 * fe_frombytes and the constants, are at most 2^25 + 2^5 (even) and
 * 2^24 + 2^10 (odd) in magnitude. fe_add and fe_sub do not carry, and
 * every operand of fe_mul and fe_sq below is a sum or difference of at
 * most three reduced elements. At three times the reduced bounds, 19 times
 * a limb stays below 2^31, 38 times an odd limb too, and a column of fe_mul
 * (at most 124.5 * (1.5 * 2^26)^2 < 2^61) fits an int64_t. fe_tobytes
 * takes at most twice the reduced bounds.
 *
 * Points are on -x^2 + y^2 = 1 + d x^2 y^2, in the coordinates of Hisil,
 * Wong, Carter and Dawson, "Twisted Edwards curves revisited" (2008),
 * whose formulas for a = -1 are complete: no input needs a special case.
 * The check is Straus's double-scalar multiplication with signed sliding
 * windows (wNAF): width 5 for the key, with eight odd multiples made per
 * call, and width 8 for the base point, from the 64 odd multiples in
 * ed25519_tables.inc. */
#include "crypto.h"

typedef struct { int32_t v[10]; } fe;

/* p2: x = X/Z, y = Y/Z. p3 adds T = XY/Z. p1p1 ("completed"): x = X/Z,
 * y = Y/T, the result of an addition or doubling before its last
 * multiplications. cached: a p3 prepared as an addend. affine: a
 * precomputed addend with Z = 1. */
struct p2 { fe X, Y, Z; };
struct p3 { fe X, Y, Z, T; };
struct p1p1 { fe X, Y, Z, T; };
struct cached { fe YplusX, YminusX, Z, T2d; };
struct affine { fe yplusx, yminusx, xy2d; };

/* D, D2 (2d), SQRTM1, L, MU and BASE. */
#include "ed25519_tables.inc"

/* p in limbs: 2^26 - 19, then all ones. */
static const int32_t P[10] = {
	0x3ffffed, 0x1ffffff, 0x3ffffff, 0x1ffffff, 0x3ffffff,
	0x1ffffff, 0x3ffffff, 0x1ffffff, 0x3ffffff, 0x1ffffff,
};

static void fe_copy(fe *h, const fe *f)
{
	for (int i = 0; i < 10; i++)
		h->v[i] = f->v[i];
}

static void fe_set(fe *h, int32_t n)
{
	h->v[0] = n;
	for (int i = 1; i < 10; i++)
		h->v[i] = 0;
}

static void fe_add(fe *h, const fe *f, const fe *g)
{
	for (int i = 0; i < 10; i++)
		h->v[i] = f->v[i] + g->v[i];
}

static void fe_sub(fe *h, const fe *f, const fe *g)
{
	for (int i = 0; i < 10; i++)
		h->v[i] = f->v[i] - g->v[i];
}

static void fe_neg(fe *h, const fe *f)
{
	for (int i = 0; i < 10; i++)
		h->v[i] = -f->v[i];
}

#define M(a, b) ((int64_t)(a) * (b))

/* fe_mul and fe_sqr are written for a multiplier like the R3000's, which
 * takes 12 cycles per product and runs beside the integer pipeline. A
 * column of products is one chain of mult and madd in HI/LO, and all other
 * work runs in the shadow of the multiplies: the loads (each column reads
 * its operands afresh, so that nothing is kept in registers and spilled),
 * the scaling of limbs by 2, 19 or 38, the carry out of the column below
 * and the store of its limb. Stores are spread out because they cost
 * several cycles each when they come faster than a write-through cache's
 * write buffer drains. h must not be f or g: the limbs are stored as they
 * are made, while the operands are still being read.
 *
 * FIRST(p) starts a column with the product p. Its asm makes the multiply
 * of p start there, with the sum in HI/LO, and it is a barrier: gcc's
 * scheduler, which expects a pipelined multiplier, would otherwise
 * interleave the columns and move each partial sum out of HI/LO and back
 * between products. Its memory clobber makes the column load its operands
 * afresh. */
#define FIRST(p) do { \
	t = u; \
	__asm__ volatile ("" : "+r"(t) :: "memory"); \
	u = (p); \
	__asm__ volatile ("" : "+x"(u) :: "memory"); \
} while (0)

/* LIMB takes the limb of width w out of the column sum x, rounded to the
 * nearest (so in [-2^(w-1), 2^(w-1))), into l, and leaves the rest of x,
 * its carry into the next column, in c. */
#define LIMB(l, x, w) do { \
	int64_t r_ = (x) + ((int64_t)1 << ((w) - 1)); \
	c = r_ >> (w); \
	(l) = (int32_t)((uint32_t)r_ & ((1u << (w)) - 1)) - (1 << ((w) - 1)); \
} while (0)

/* NEXT ends column k, whose sum is u (plus c, the carry from column k-1),
 * and starts column k+1 with the product p: limb k, l[k], and its carry
 * are taken and the limb stored while p multiplies. The carries ripple
 * once, from limb 0 up, with no pass of their own. */
#define NEXT(k, w, p) do { \
	FIRST(p); \
	LIMB(l[k], TWICE(t) + c, w); \
	h->v[k] = l[k]; \
} while (0)

/* FINISH takes limb 9 and folds its carry c into limb 0 as 19c
 * (2^255 = 19 mod p). Column 9 has no factor 19, so c is below 2^32 in
 * magnitude; to keep the work in 32 bits, c is split at bit 26: 19 times
 * its low part joins limb 0, whose carry joins limb 1 with 19 times the
 * high part (below 2^10). */
#define FINISH() do { \
	int32_t lo_, hi_, s_, k_; \
	LIMB(l[9], TWICE(u) + c, 25); \
	h->v[9] = l[9]; \
	lo_ = (int32_t)((uint32_t)c & 0x3ffffff); \
	hi_ = (int32_t)(c >> 26); \
	s_ = l[0] + 19 * lo_ + (1 << 25); \
	k_ = s_ >> 26; \
	h->v[0] = (s_ & 0x3ffffff) - (1 << 25); \
	h->v[1] = l[1] + k_ + 19 * hi_; \
} while (0)

#define F(i) (f->v[i])
#define G(i) (g->v[i])

/* fe_mul: h = f g. Column k gathers f_i g_j with i + j = k, and 19 f_i g_j
 * with i + j = k + 10 (2^255 = 19); f_i g_j counts twice when i and j
 * are both odd, their weights summing to one more bit than limb k's. */
static void fe_mul(fe *restrict h, const fe *f, const fe *g)
{
	int32_t l[10];
	int64_t u = 0, t, c = 0;
#define TWICE(s) (s)

	FIRST(M(F(0), G(0)));
	u += M(F(1), 38 * G(9)); u += M(F(2), 19 * G(8)); u += M(F(3), 38 * G(7));
	u += M(F(4), 19 * G(6)); u += M(F(5), 38 * G(5)); u += M(F(6), 19 * G(4));
	u += M(F(7), 38 * G(3)); u += M(F(8), 19 * G(2)); u += M(F(9), 38 * G(1));
	NEXT(0, 26, M(F(0), G(1)));
	u += M(F(1), G(0)); u += M(F(2), 19 * G(9)); u += M(F(3), 19 * G(8));
	u += M(F(4), 19 * G(7)); u += M(F(5), 19 * G(6)); u += M(F(6), 19 * G(5));
	u += M(F(7), 19 * G(4)); u += M(F(8), 19 * G(3)); u += M(F(9), 19 * G(2));
	NEXT(1, 25, M(F(0), G(2)));
	u += M(F(1), 2 * G(1)); u += M(F(2), G(0)); u += M(F(3), 38 * G(9));
	u += M(F(4), 19 * G(8)); u += M(F(5), 38 * G(7)); u += M(F(6), 19 * G(6));
	u += M(F(7), 38 * G(5)); u += M(F(8), 19 * G(4)); u += M(F(9), 38 * G(3));
	NEXT(2, 26, M(F(0), G(3)));
	u += M(F(1), G(2)); u += M(F(2), G(1)); u += M(F(3), G(0));
	u += M(F(4), 19 * G(9)); u += M(F(5), 19 * G(8)); u += M(F(6), 19 * G(7));
	u += M(F(7), 19 * G(6)); u += M(F(8), 19 * G(5)); u += M(F(9), 19 * G(4));
	NEXT(3, 25, M(F(0), G(4)));
	u += M(F(1), 2 * G(3)); u += M(F(2), G(2)); u += M(F(3), 2 * G(1));
	u += M(F(4), G(0)); u += M(F(5), 38 * G(9)); u += M(F(6), 19 * G(8));
	u += M(F(7), 38 * G(7)); u += M(F(8), 19 * G(6)); u += M(F(9), 38 * G(5));
	NEXT(4, 26, M(F(0), G(5)));
	u += M(F(1), G(4)); u += M(F(2), G(3)); u += M(F(3), G(2));
	u += M(F(4), G(1)); u += M(F(5), G(0)); u += M(F(6), 19 * G(9));
	u += M(F(7), 19 * G(8)); u += M(F(8), 19 * G(7)); u += M(F(9), 19 * G(6));
	NEXT(5, 25, M(F(0), G(6)));
	u += M(F(1), 2 * G(5)); u += M(F(2), G(4)); u += M(F(3), 2 * G(3));
	u += M(F(4), G(2)); u += M(F(5), 2 * G(1)); u += M(F(6), G(0));
	u += M(F(7), 38 * G(9)); u += M(F(8), 19 * G(8)); u += M(F(9), 38 * G(7));
	NEXT(6, 26, M(F(0), G(7)));
	u += M(F(1), G(6)); u += M(F(2), G(5)); u += M(F(3), G(4));
	u += M(F(4), G(3)); u += M(F(5), G(2)); u += M(F(6), G(1));
	u += M(F(7), G(0)); u += M(F(8), 19 * G(9)); u += M(F(9), 19 * G(8));
	NEXT(7, 25, M(F(0), G(8)));
	u += M(F(1), 2 * G(7)); u += M(F(2), G(6)); u += M(F(3), 2 * G(5));
	u += M(F(4), G(4)); u += M(F(5), 2 * G(3)); u += M(F(6), G(2));
	u += M(F(7), 2 * G(1)); u += M(F(8), G(0)); u += M(F(9), 38 * G(9));
	NEXT(8, 26, M(F(0), G(9)));
	u += M(F(1), G(8)); u += M(F(2), G(7)); u += M(F(3), G(6));
	u += M(F(4), G(5)); u += M(F(5), G(4)); u += M(F(6), G(3));
	u += M(F(7), G(2)); u += M(F(8), G(1)); u += M(F(9), G(0));
	FINISH();
#undef TWICE
}

/* fe_sqr: h = f^2, or 2 f^2 when twice is set (a constant: fe_sq and
 * fe_sq2 each get their own copy). fe_mul's columns with f_i f_j and
 * f_j f_i taken together: 55 products. h must not be f. */
static inline __attribute__((always_inline)) void fe_sqr(fe *restrict h, const fe *f, const int twice)
{
	int32_t l[10];
	int64_t u = 0, t, c = 0;
#define TWICE(s) (twice ? 2 * (s) : (s))

	FIRST(M(F(0), F(0)));
	u += M(2 * F(1), 38 * F(9)); u += M(2 * F(2), 19 * F(8)); u += M(2 * F(3), 38 * F(7));
	u += M(2 * F(4), 19 * F(6)); u += M(F(5), 38 * F(5));
	NEXT(0, 26, M(2 * F(0), F(1)));
	u += M(2 * F(2), 19 * F(9)); u += M(2 * F(3), 19 * F(8)); u += M(2 * F(4), 19 * F(7));
	u += M(2 * F(5), 19 * F(6));
	NEXT(1, 25, M(2 * F(0), F(2)));
	u += M(F(1), 2 * F(1)); u += M(2 * F(3), 38 * F(9)); u += M(2 * F(4), 19 * F(8));
	u += M(2 * F(5), 38 * F(7)); u += M(F(6), 19 * F(6));
	NEXT(2, 26, M(2 * F(0), F(3)));
	u += M(2 * F(1), F(2)); u += M(2 * F(4), 19 * F(9)); u += M(2 * F(5), 19 * F(8));
	u += M(2 * F(6), 19 * F(7));
	NEXT(3, 25, M(2 * F(0), F(4)));
	u += M(2 * F(1), 2 * F(3)); u += M(F(2), F(2)); u += M(2 * F(5), 38 * F(9));
	u += M(2 * F(6), 19 * F(8)); u += M(F(7), 38 * F(7));
	NEXT(4, 26, M(2 * F(0), F(5)));
	u += M(2 * F(1), F(4)); u += M(2 * F(2), F(3)); u += M(2 * F(6), 19 * F(9));
	u += M(2 * F(7), 19 * F(8));
	NEXT(5, 25, M(2 * F(0), F(6)));
	u += M(2 * F(1), 2 * F(5)); u += M(2 * F(2), F(4)); u += M(F(3), 2 * F(3));
	u += M(2 * F(7), 38 * F(9)); u += M(F(8), 19 * F(8));
	NEXT(6, 26, M(2 * F(0), F(7)));
	u += M(2 * F(1), F(6)); u += M(2 * F(2), F(5)); u += M(2 * F(3), F(4));
	u += M(2 * F(8), 19 * F(9));
	NEXT(7, 25, M(2 * F(0), F(8)));
	u += M(2 * F(1), 2 * F(7)); u += M(2 * F(2), F(6)); u += M(2 * F(3), 2 * F(5));
	u += M(F(4), F(4)); u += M(F(9), 38 * F(9));
	NEXT(8, 26, M(2 * F(0), F(9)));
	u += M(2 * F(1), F(8)); u += M(2 * F(2), F(7)); u += M(2 * F(3), F(6));
	u += M(2 * F(4), F(5));
	FINISH();
#undef TWICE
}

#undef F
#undef G

static void fe_sq(fe *h, const fe *f) { fe_sqr(h, f, 0); }

static void fe_sq2(fe *h, const fe *f) { fe_sqr(h, f, 1); }

/* fe_sqn: h = f^(2^n), n >= 1; h may be f. The squares alternate
 * between t and h, since none can be made in place. */
static void fe_sqn(fe *h, const fe *f, int n)
{
	fe t;

	fe_sq(&t, f);
	for (int i = 1; i < n; i += 2) {
		fe_sq(h, &t);
		if (i + 1 < n)
			fe_sq(&t, h);
		else
			return;
	}
	fe_copy(h, &t);
}

/* fe_frombytes reads 255 bits, little-endian; the top bit of s[31] is
 * ignored and the value need not be below p (as Go takes a public key's y). */
static void fe_frombytes(fe *h, const uint8_t s[32])
{
	/* limb i is bits [lo, lo + width) of s; they never span more than the
	 * four bytes from lo / 8. */
	static const uint8_t lo[10] = { 0, 26, 51, 77, 102, 128, 153, 179, 204, 230 };
	int32_t c = 0;

	/* The limbs are rounded to the nearest as LIMB does; the carry out of
	 * limb 9 is 2^255 = 19. */
	for (int i = 0; i < 10; i++) {
		const uint8_t *b = s + lo[i] / 8;
		uint32_t w = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
		int bits = 26 - (i & 1);
		int32_t r = (int32_t)(w >> (lo[i] % 8) & ((1u << bits) - 1)) + c + (1 << (bits - 1));
		c = r >> bits;
		h->v[i] = (r & ((1 << bits) - 1)) - (1 << (bits - 1));
	}
	h->v[0] += 19 * c;
}

/* fe_tobytes writes the canonical encoding: the value reduced to [0, p),
 * little-endian. */
static void fe_tobytes(uint8_t s[32], const fe *f)
{
	int32_t h[10];
	int32_t q;

	/* Adding 2p makes every limb non-negative; the value is below 2^257. */
	for (int i = 0; i < 10; i++)
		h[i] = f->v[i] + 2 * P[i];
	/* Two carry passes, folding 2^255 as 19, leave it in [0, 2^255). */
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < 9; i++) {
			int w = (i & 1) ? 25 : 26;
			h[i + 1] += h[i] >> w;
			h[i] &= (1 << w) - 1;
		}
		h[0] += 19 * (h[9] >> 25);
		h[9] &= (1 << 25) - 1;
	}
	/* Subtract p once if the value is at least p: q is the carry out of
	 * bit 255 of value + 19. */
	q = (h[0] + 19) >> 26;
	for (int i = 1; i < 10; i++)
		q = (h[i] + q) >> ((i & 1) ? 25 : 26);
	h[0] += 19 * q;
	for (int i = 0; i < 9; i++) {
		int w = (i & 1) ? 25 : 26;
		h[i + 1] += h[i] >> w;
		h[i] &= (1 << w) - 1;
	}
	h[9] &= (1 << 25) - 1;

	uint32_t w[8];
	w[0] = (uint32_t)h[0] | (uint32_t)h[1] << 26;
	w[1] = (uint32_t)h[1] >> 6 | (uint32_t)h[2] << 19;
	w[2] = (uint32_t)h[2] >> 13 | (uint32_t)h[3] << 13;
	w[3] = (uint32_t)h[3] >> 19 | (uint32_t)h[4] << 6;
	w[4] = (uint32_t)h[5] | (uint32_t)h[6] << 25;
	w[5] = (uint32_t)h[6] >> 7 | (uint32_t)h[7] << 19;
	w[6] = (uint32_t)h[7] >> 13 | (uint32_t)h[8] << 12;
	w[7] = (uint32_t)h[8] >> 20 | (uint32_t)h[9] << 6;
	for (int i = 0; i < 32; i++)
		s[i] = (uint8_t)(w[i / 4] >> (8 * (i % 4)));
}

static int fe_iszero(const fe *f)
{
	uint8_t s[32];
	uint8_t acc = 0;

	fe_tobytes(s, f);
	for (int i = 0; i < 32; i++)
		acc |= s[i];
	return acc == 0;
}

/* fe_isodd: the low bit of the canonical value, the "sign" of x. */
static int fe_isodd(const fe *f)
{
	uint8_t s[32];

	fe_tobytes(s, f);
	return s[0] & 1;
}

/* fe_pow250 sets t = z^(2^250 - 1) and z11 = z^11: the common part of the
 * chains for z^(p-2) and z^((p-5)/8), 249 squarings and 10 products. */
static void fe_pow250(fe *t, fe *z11, const fe *z)
{
	fe a, z2, z9, e5, e10, e20, e40, e50, e100, e200; /* en = z^(2^n - 1) */

	fe_sq(&z2, z);             /* z^2 */
	fe_sqn(&a, &z2, 2);        /* z^8 */
	fe_mul(&z9, &a, z);        /* z^9 */
	fe_mul(z11, &z9, &z2);     /* z^11 */
	fe_sq(&a, z11);            /* z^22 */
	fe_mul(&e5, &a, &z9);
	fe_sqn(&a, &e5, 5);
	fe_mul(&e10, &a, &e5);
	fe_sqn(&a, &e10, 10);
	fe_mul(&e20, &a, &e10);
	fe_sqn(&a, &e20, 20);
	fe_mul(&e40, &a, &e20);
	fe_sqn(&a, &e40, 10);
	fe_mul(&e50, &a, &e10);
	fe_sqn(&a, &e50, 50);
	fe_mul(&e100, &a, &e50);
	fe_sqn(&a, &e100, 100);
	fe_mul(&e200, &a, &e100);
	fe_sqn(&a, &e200, 50);
	fe_mul(t, &a, &e50);       /* z^(2^250 - 1) */
}

/* fe_invert: h = z^(p-2) = z^(2^255 - 21), which is 1/z for z != 0. */
static void fe_invert(fe *h, const fe *z)
{
	fe t, z11;

	fe_pow250(&t, &z11, z);
	fe_sqn(&t, &t, 5);
	fe_mul(h, &t, &z11);
}

/* fe_pow22523: h = z^((p-5)/8) = z^(2^252 - 3); h must not be z. */
static void fe_pow22523(fe *h, const fe *z)
{
	fe t, z11;

	fe_pow250(&t, &z11, z);
	fe_sqn(&t, &t, 2);
	fe_mul(h, &t, z);
}

/* p3_decode decodes a point as Go's edwards25519 Point.SetBytes does
 * (RFC 8032, section 5.1.3, without its two canonicity checks): y is the
 * low 255 bits, reduced mod p if need be; x = sqrt((y^2 - 1)/(d y^2 + 1)),
 * and -x when the top bit of s is set (x = 0 included). Returns -1 when
 * there is no such x. */
static int p3_decode(struct p3 *p, const uint8_t s[32])
{
	fe y2, u, v, v3, x, r, vxx, t;

	fe_frombytes(&p->Y, s);
	fe_set(&p->Z, 1);
	fe_sq(&y2, &p->Y);
	fe_sub(&u, &y2, &p->Z);         /* u = y^2 - 1 */
	fe_mul(&v, &y2, &D);
	fe_add(&v, &v, &p->Z);          /* v = d y^2 + 1, never 0 */

	/* x = u v^3 (u v^7)^((p-5)/8) is a square root of u/v if there is
	 * one, up to a factor sqrt(-1) (section 5.1.3, step 3). */
	fe_sq(&t, &v);
	fe_mul(&v3, &t, &v);            /* v^3 */
	fe_sq(&t, &v3);
	fe_mul(&r, &t, &v);             /* v^7 */
	fe_mul(&t, &r, &u);             /* u v^7 */
	fe_pow22523(&r, &t);
	fe_mul(&t, &r, &v3);
	fe_mul(&x, &t, &u);

	fe_sq(&t, &x);
	fe_mul(&vxx, &t, &v);           /* v x^2 */
	fe_sub(&t, &vxx, &u);
	if (!fe_iszero(&t)) {
		fe_add(&t, &vxx, &u);
		if (!fe_iszero(&t))
			return -1;              /* u/v is not a square */
		fe_mul(&t, &x, &SQRTM1);
		fe_copy(&x, &t);
	}
	if (fe_isodd(&x) != s[31] >> 7)
		fe_neg(&x, &x);
	fe_copy(&p->X, &x);
	fe_mul(&p->T, &x, &p->Y);
	return 0;
}

/* p2_encode writes the canonical encoding of p: y, and x's low bit in
 * bit 255. */
static void p2_encode(uint8_t s[32], const struct p2 *p)
{
	fe zinv, x, y;

	fe_invert(&zinv, &p->Z);
	fe_mul(&x, &p->X, &zinv);
	fe_mul(&y, &p->Y, &zinv);
	fe_tobytes(s, &y);
	s[31] |= (uint8_t)(fe_isodd(&x) << 7);
}

static void p1p1_to_p2(struct p2 *r, const struct p1p1 *p)
{
	fe_mul(&r->X, &p->X, &p->T);
	fe_mul(&r->Y, &p->Y, &p->Z);
	fe_mul(&r->Z, &p->Z, &p->T);
}

static void p1p1_to_p3(struct p3 *r, const struct p1p1 *p)
{
	fe_mul(&r->X, &p->X, &p->T);
	fe_mul(&r->Y, &p->Y, &p->Z);
	fe_mul(&r->Z, &p->Z, &p->T);
	fe_mul(&r->T, &p->X, &p->Y);
}

static void p3_to_cached(struct cached *r, const struct p3 *p)
{
	fe_add(&r->YplusX, &p->Y, &p->X);
	fe_sub(&r->YminusX, &p->Y, &p->X);
	fe_copy(&r->Z, &p->Z);
	fe_mul(&r->T2d, &p->T, &D2);
}

/* p2_dbl: r = 2p ("dbl-2008-hwcd" with a = -1, signs chosen so that no
 * negation is needed): with A = X^2, B = Y^2, C = 2Z^2, H = A + B,
 * E = H - (X+Y)^2, G = A - B, F = C + G, the double is (E/G, H/F). */
static void p2_dbl(struct p1p1 *r, const struct p2 *p)
{
	fe s, t;

	fe_sq(&r->X, &p->X);            /* A */
	fe_sq(&r->Z, &p->Y);            /* B */
	fe_sq2(&r->T, &p->Z);           /* C */
	fe_add(&s, &p->X, &p->Y);
	fe_sq(&t, &s);                  /* (X+Y)^2 */
	fe_add(&r->Y, &r->X, &r->Z);    /* H = A + B */
	fe_sub(&r->Z, &r->X, &r->Z);    /* G = A - B */
	fe_sub(&r->X, &r->Y, &t);       /* E = H - (X+Y)^2 */
	fe_add(&r->T, &r->T, &r->Z);    /* F = C + G */
}

/* The additions ("add-2008-hwcd-3", a = -1, k = 2d): with
 * A = (Y1-X1)(Y2-X2), B = (Y1+X1)(Y2+X2), C = 2d T1 T2, D = 2 Z1 Z2 and
 * E = B - A, F = D - C, G = D + C, H = B + A, the sum is (E/G, H/F).
 * Subtracting q adds -q: (Y+X) and (Y-X) trade places and C changes sign. */
static void finish_add(struct p1p1 *r, const fe *a, const fe *b, const fe *c, const fe *d, int neg)
{
	fe_sub(&r->X, b, a);            /* E */
	fe_add(&r->Y, b, a);            /* H */
	if (neg) {
		fe_sub(&r->Z, d, c);        /* G */
		fe_add(&r->T, d, c);        /* F */
	} else {
		fe_add(&r->Z, d, c);
		fe_sub(&r->T, d, c);
	}
}

/* p3_add: r = p + q, or p - q when neg is set. */
static void p3_add(struct p1p1 *r, const struct p3 *p, const struct cached *q, int neg)
{
	fe ypx, ymx, a, b, c, d;

	fe_add(&ypx, &p->Y, &p->X);
	fe_sub(&ymx, &p->Y, &p->X);
	fe_mul(&b, &ypx, neg ? &q->YminusX : &q->YplusX);   /* B */
	fe_mul(&a, &ymx, neg ? &q->YplusX : &q->YminusX);   /* A */
	fe_mul(&c, &p->T, &q->T2d);
	fe_mul(&d, &p->Z, &q->Z);
	fe_add(&d, &d, &d);
	finish_add(r, &a, &b, &c, &d, neg);
}

/* p3_madd: r = p + q, or p - q when neg is set, for a precomputed q. */
static void p3_madd(struct p1p1 *r, const struct p3 *p, const struct affine *q, int neg)
{
	fe ypx, ymx, a, b, c, d;

	fe_add(&ypx, &p->Y, &p->X);
	fe_sub(&ymx, &p->Y, &p->X);
	fe_mul(&b, &ypx, neg ? &q->yminusx : &q->yplusx);   /* B */
	fe_mul(&a, &ymx, neg ? &q->yplusx : &q->yminusx);   /* A */
	fe_mul(&c, &p->T, &q->xy2d);
	fe_add(&d, &p->Z, &p->Z);
	finish_add(r, &a, &b, &c, &d, neg);
}

/* wnaf writes the width-w non-adjacent form of the scalar s (little-endian,
 * below 2^255, so that no carry is left over): s = sum naf[i] 2^i, each
 * nonzero digit odd and below 2^(w-1) in magnitude, at most one nonzero
 * digit in any w in a row. */
static void wnaf(int8_t naf[256], const uint8_t s[32], int w)
{
	int carry = 0;

	for (int i = 0; i < 256; i++)
		naf[i] = 0;
	for (int i = 0; i < 256;) {
		int bit = s[i / 8] >> (i % 8) & 1;
		if (bit == carry) {
			i++;    /* an even digit: 0, the carry stays */
			continue;
		}
		uint32_t bits = s[i / 8];
		if (i / 8 + 1 < 32)
			bits |= (uint32_t)s[i / 8 + 1] << 8;
		int win = carry + (int)(bits >> (i % 8) & ((1u << w) - 1));
		if (win & (1 << (w - 1))) {
			naf[i] = (int8_t)(win - (1 << w));
			carry = 1;
		} else {
			naf[i] = (int8_t)win;
			carry = 0;
		}
		i += w;
	}
}

/* double_scalarmult: r = [a]A + [b]B, B the base point, by Straus's
 * method: one chain of doublings, adding multiples of A and B where the
 * digits of a and b say. */
static void double_scalarmult(struct p2 *r, const uint8_t a[32], const struct p3 *A, const uint8_t b[32])
{
	int8_t na[256], nb[256];
	struct cached Ai[8];    /* Ai[k] = (2k+1)A */
	struct p1p1 t;
	struct p3 u, A2;
	int i;

	wnaf(na, a, 5);
	wnaf(nb, b, 8);

	/* The odd multiples of A, each 2A more than the last (r holds A as a
	 * p2 for the doubling). */
	p3_to_cached(&Ai[0], A);
	fe_copy(&r->X, &A->X);
	fe_copy(&r->Y, &A->Y);
	fe_copy(&r->Z, &A->Z);
	p2_dbl(&t, r);
	p1p1_to_p3(&A2, &t);
	for (int k = 1; k < 8; k++) {
		p3_add(&t, &A2, &Ai[k - 1], 0);
		p1p1_to_p3(&u, &t);
		p3_to_cached(&Ai[k], &u);
	}

	fe_set(&r->X, 0);
	fe_set(&r->Y, 1);
	fe_set(&r->Z, 1);
	for (i = 255; i >= 0 && na[i] == 0 && nb[i] == 0; i--)
		;
	for (; i >= 0; i--) {
		p2_dbl(&t, r);
		if (na[i] != 0) {
			p1p1_to_p3(&u, &t);
			p3_add(&t, &u, &Ai[(na[i] < 0 ? -na[i] : na[i]) / 2], na[i] < 0);
		}
		if (nb[i] != 0) {
			p1p1_to_p3(&u, &t);
			p3_madd(&t, &u, &BASE[(nb[i] < 0 ? -nb[i] : nb[i]) / 2], nb[i] < 0);
		}
		p1p1_to_p2(r, &t);
	}
}

/* Scalars mod L, the order of B, as little-endian 32-bit words. */

static uint32_t load32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* sc_canonical: whether s < L, read as 256 bits little-endian. */
static int sc_canonical(const uint8_t s[32])
{
	for (int i = 7; i >= 0; i--) {
		uint32_t w = load32(s + 4 * i);
		if (w != L[i])
			return w < L[i];
	}
	return 0;
}

/* mul_low sets r to the low nr words of a (na words) times b (nb words). */
static void mul_low(uint32_t *r, int nr, const uint32_t *a, int na, const uint32_t *b, int nb)
{
	for (int i = 0; i < nr; i++)
		r[i] = 0;
	for (int i = 0; i < na && i < nr; i++) {
		uint32_t carry = 0;
		for (int j = 0; j < nb && i + j < nr; j++) {
			uint64_t t = (uint64_t)a[i] * b[j] + r[i + j] + carry;
			r[i + j] = (uint32_t)t;
			carry = (uint32_t)(t >> 32);
		}
		if (i + nb < nr)
			r[i + nb] = carry;
	}
}

/* sub_words: r = a - b over n words; returns the borrow. */
static uint32_t sub_words(uint32_t *r, const uint32_t *a, const uint32_t *b, int n)
{
	uint32_t borrow = 0;

	for (int i = 0; i < n; i++) {
		uint32_t d = a[i] - b[i];
		uint32_t b1 = a[i] < b[i];
		r[i] = d - borrow;
		borrow = b1 | (d < borrow);
	}
	return borrow;
}

/* sc_reduce: out = x mod L for the 512-bit little-endian x, by Barrett's
 * reduction (Handbook of Applied Cryptography, algorithm 14.42) with
 * base 2^32, k = 8 and MU = floor(2^512 / L). */
static void sc_reduce(uint8_t out[32], const uint8_t x[64])
{
	uint32_t xw[16], q[18], r2[9], r[9], l9[9];

	for (int i = 0; i < 16; i++)
		xw[i] = load32(x + 4 * i);
	/* q3 = floor(floor(x / b^7) * MU / b^9) */
	mul_low(q, 18, xw + 7, 9, MU, 9);
	/* r = (x - q3 L) mod b^9 */
	mul_low(r2, 9, q + 9, 9, L, 8);
	sub_words(r, xw, r2, 9);
	for (int i = 0; i < 8; i++)
		l9[i] = L[i];
	l9[8] = 0;
	/* r < 3L: subtract L at most twice. */
	for (int n = 0; n < 2; n++) {
		uint32_t t[9];
		if (sub_words(t, r, l9, 9) == 0) {
			for (int i = 0; i < 9; i++)
				r[i] = t[i];
		}
	}
	for (int i = 0; i < 32; i++)
		out[i] = (uint8_t)(r[i / 4] >> (8 * (i % 4)));
}

int ed25519_verify(const uint8_t sig[64], const uint8_t *msg, uint32_t len, const uint8_t pub[32])
{
	struct sha512 h;
	struct p3 A;
	struct p2 R;
	uint8_t digest[64], k[32], check[32];
	uint8_t diff = 0;

	/* S < L (which Go's check of the top three bits precedes; both
	 * refuse the same signatures). */
	if (!sc_canonical(sig + 32))
		return -1;
	if (p3_decode(&A, pub) != 0)
		return -1;

	/* k = SHA-512(R || A || M) mod L, with A as given, not re-encoded. */
	sha512_init(&h);
	sha512_update(&h, sig, 32);
	sha512_update(&h, pub, 32);
	sha512_update(&h, msg, len);
	sha512_final(&h, digest);
	sc_reduce(k, digest);

	/* [S]B = R + [k]A is checked as R = [S]B + [k](-A), by encoding. */
	fe_neg(&A.X, &A.X);
	fe_neg(&A.T, &A.T);
	double_scalarmult(&R, k, &A, sig + 32);
	p2_encode(check, &R);
	for (int i = 0; i < 32; i++)
		diff |= check[i] ^ sig[i];
	return diff == 0 ? 0 : -1;
}
