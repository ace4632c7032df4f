/* cksum.c: checksums: SIZE rounds of Adler-32, table-driven CRC-32 and
 * Fletcher-16 over 4 KiB, one byte of which changes each round. */
#include "peers.h"

#define DEFAULT_SIZE 10000
#define N 4096

static uint8_t data[N];
static uint32_t crc_table[256];

static uint32_t adler32(const uint8_t *p, size_t n)
{
	uint32_t a = 1, b = 0;
	while (n) {
		size_t k = n < 5552 ? n : 5552;
		n -= k;
		while (k--) {
			a += *p++;
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return b << 16 | a;
}

static uint32_t crc32(const uint8_t *p, size_t n)
{
	uint32_t c = 0xffffffff;
	while (n--)
		c = crc_table[(c ^ *p++) & 0xff] ^ c >> 8;
	return ~c;
}

static uint32_t fletcher16(const uint8_t *p, size_t n)
{
	uint32_t a = 0, b = 0;
	while (n) {
		size_t k = n < 359 ? n : 359;
		n -= k;
		while (k--) {
			a += *p++;
			b += a;
		}
		a %= 255;
		b %= 255;
	}
	return b << 8 | a;
}

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320 ^ c >> 1 : c >> 1;
		crc_table[i] = c;
	}
	uint32_t x = 7;
	for (uint32_t i = 0; i < N; i++)
		data[i] = (uint8_t)(x = xorshift(x));
	uint32_t sum = 0;
	for (uint32_t r = 0; r < size; r++) {
		data[r % N] ^= (uint8_t)r;
		sum += adler32(data, N);
		sum ^= crc32(data, N);
		sum += fletcher16(data, N);
		sum = sum << 1 | sum >> 31;
	}
	return report("cksum", size, sum);
}
