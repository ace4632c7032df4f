/* checksum.c: a loop kernel. Fills 64 KiB with xorshift32 output and
 * computes Adler-32, CRC-32 (table-driven) and FNV-1a over it. */
#include "lib.h"

#define N 65536

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

static uint32_t fnv1a(const uint8_t *p, size_t n)
{
	uint32_t h = 2166136261u;
	while (n--) {
		h ^= *p++;
		h *= 16777619u;
	}
	return h;
}

int main(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320 ^ c >> 1 : c >> 1;
		crc_table[i] = c;
	}
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < N; i += 4) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		memcpy(data + i, &x, 4);
	}
	put("adler32 ");
	put_hex(adler32(data, N));
	put("\ncrc32   ");
	put_hex(crc32(data, N));
	put("\nfnv1a   ");
	put_hex(fnv1a(data, N));
	put("\ncrc32(\"123456789\") ");
	put_hex(crc32((const uint8_t *)"123456789", 9));
	putc_('\n');
	flush();
	return 0;
}
