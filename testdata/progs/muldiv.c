/* muldiv.c: multiplication and division at their edges: signs, overflow,
 * INT_MIN / -1, 64-bit products (mult, multu, madd), 64-bit division
 * (libgcc), and count-leading-zeros. Division by zero is left out: gcc
 * guards it with a trap (see divzero.c), and MIPS32 leaves the raw results
 * unpredictable. */
#include "lib.h"

static volatile int32_t vs[] = {0, 1, -1, 7, -7, 2147483647, -2147483647 - 1, 46341, -65536, 3};
static volatile uint32_t vu[] = {0, 1, 0xffffffff, 7, 0x80000000, 65535, 65536, 0xdeadbeef, 3};

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* div leaves INT_MIN / -1 to the hardware: no C undefined behaviour. */
static int32_t hw_div(int32_t a, int32_t b, int32_t *rem)
{
	int32_t q, r;
	__asm__("div $zero, %2, %3\n\tmflo %0\n\tmfhi %1" : "=r"(q), "=r"(r) : "r"(a), "r"(b) : "hi", "lo");
	*rem = r;
	return q;
}

int main(void)
{
	uint32_t h = 0;
	for (size_t i = 0; i < LEN(vs); i++) {
		for (size_t j = 0; j < LEN(vs); j++) {
			int32_t a = vs[i], b = vs[j];
			int64_t p = (int64_t)a * b;
			uint32_t lo = (uint32_t)a * (uint32_t)b;
			h = h * 31 + (uint32_t)p + (uint32_t)(p >> 32) * 7 + lo;
			if (b != 0) {
				int32_t r;
				int32_t q = hw_div(a, b, &r);
				h = h * 31 + (uint32_t)q * 3 + (uint32_t)r;
			}
		}
	}
	put("signed hash ");
	put_hex(h);
	putc_('\n');
	h = 0;
	for (size_t i = 0; i < LEN(vu); i++) {
		for (size_t j = 0; j < LEN(vu); j++) {
			uint32_t a = vu[i], b = vu[j];
			uint64_t p = (uint64_t)a * b;
			h = h * 31 + (uint32_t)p + (uint32_t)(p >> 32) * 7;
			if (b != 0)
				h = h * 31 + a / b * 3 + a % b;
		}
	}
	put("unsigned hash ");
	put_hex(h);
	putc_('\n');

	int32_t r;
	int32_t q = hw_div(-2147483647 - 1, vs[2], &r);
	put("INT_MIN / -1 = ");
	put_int(q);
	put(" rem ");
	put_int(r);
	put("\n-7 / 2 = ");
	put_int(vs[4] / 2);
	put(" rem ");
	put_int(vs[4] % 2);
	put("\n7 / -2 = ");
	put_int(vs[3] / -2);
	put(" rem ");
	put_int(vs[3] % -2);
	putc_('\n');

	/* Multiply-accumulate: gcc uses madd/maddu for these sums. */
	int64_t acc = 0;
	uint64_t uacc = 0;
	for (size_t i = 0; i < LEN(vs); i++) {
		acc += (int64_t)vs[i] * vs[(i + 3) % LEN(vs)];
		uacc += (uint64_t)vu[i % LEN(vu)] * vu[(i + 1) % LEN(vu)];
	}
	put("madd ");
	put_i64(acc);
	put("\nmaddu ");
	put_u64(uacc);
	putc_('\n');

	/* 64-bit division goes through libgcc. */
	volatile int64_t big = -9000000000000000007LL;
	volatile uint64_t ubig = 18000000000000000001ULL;
	put("i64: ");
	put_i64(big / 1000003);
	putc_(' ');
	put_i64(big % 1000003);
	put("\nu64: ");
	put_u64(ubig / 3000000019ULL);
	putc_(' ');
	put_u64(ubig % 3000000019ULL);
	putc_('\n');

	put("clz:");
	for (size_t i = 0; i < LEN(vu); i++) {
		putc_(' ');
		put_uint(vu[i] ? __builtin_clz(vu[i]) : 32);
	}
	putc_('\n');
	flush();
	return 0;
}
