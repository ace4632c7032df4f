/* bits.c: integer bit-twiddling: population count, bit reversal, count of
 * leading zeros (the clz instruction), rotates and parity, SIZE thousand
 * values of xorshift32. */
#include "peers.h"

#define DEFAULT_SIZE 12500

static uint32_t popcount(uint32_t x)
{
	x = x - ((x >> 1) & 0x55555555);
	x = (x & 0x33333333) + ((x >> 2) & 0x33333333);
	x = (x + (x >> 4)) & 0x0f0f0f0f;
	return (x * 0x01010101) >> 24;
}

static uint32_t reverse(uint32_t x)
{
	x = (x >> 1 & 0x55555555) | (x & 0x55555555) << 1;
	x = (x >> 2 & 0x33333333) | (x & 0x33333333) << 2;
	x = (x >> 4 & 0x0f0f0f0f) | (x & 0x0f0f0f0f) << 4;
	x = (x >> 8 & 0x00ff00ff) | (x & 0x00ff00ff) << 8;
	return x >> 16 | x << 16;
}

static uint32_t parity(uint32_t x)
{
	x ^= x >> 16;
	x ^= x >> 8;
	x ^= x >> 4;
	return (0x6996 >> (x & 15)) & 1;
}

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	uint32_t x = 2463534242u, acc = 0;
	for (uint32_t i = 0; i < size; i++) {
		for (uint32_t j = 0; j < 1000; j++) {
			x = xorshift(x);
			uint32_t r = reverse(x);
			acc += popcount(x) ^ r;
			acc ^= (uint32_t)__builtin_clz(x | 1) << parity(r);
			acc = acc << 7 | acc >> 25;
		}
	}
	return report("bits", size, acc);
}
