/* unaligned.c: misaligned data reached the way portable code reaches it:
 * packed structures (gcc emits lwl/lwr and swl/swr) and byte copies at
 * every alignment. */
#include "lib.h"

struct __attribute__((packed)) record {
	uint8_t tag;
	uint32_t id;
	uint16_t port;
	int32_t delta;
	uint8_t pad[3];
	uint32_t crc;
};

static uint32_t load32(const void *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static void store32(void *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

/* copy_words copies n bytes with word loads and stores when both pointers
 * share an alignment, byte by byte otherwise. */
static void copy_words(uint8_t *d, const uint8_t *s, size_t n)
{
	if (((uint32_t)d & 3) == ((uint32_t)s & 3)) {
		while (n && ((uint32_t)d & 3)) {
			*d++ = *s++;
			n--;
		}
		for (; n >= 4; n -= 4, d += 4, s += 4)
			*(uint32_t *)d = *(const uint32_t *)s;
	}
	while (n--)
		*d++ = *s++;
}

static uint8_t buf[64 + 8], out[64 + 8];

int main(void)
{
	static struct record recs[5];
	for (int i = 0; i < 5; i++) {
		recs[i].tag = i;
		recs[i].id = 0x01020304u * (i + 1);
		recs[i].port = 8000 + i;
		recs[i].delta = -1000 * i;
		recs[i].crc = recs[i].id ^ 0xa5a5a5a5u;
	}
	uint32_t h = 0;
	for (int i = 0; i < 5; i++) {
		volatile struct record *r = &recs[i];
		h = h * 31 + r->id + r->port + (uint32_t)r->delta + r->crc;
	}
	put("packed hash ");
	put_hex(h);
	put("\nsizeof record ");
	put_uint(sizeof(struct record));
	putc_('\n');

	for (int i = 0; i < (int)sizeof buf; i++)
		buf[i] = i * 7 + 1;
	h = 0;
	for (int off = 0; off < 4; off++) {
		store32(buf + off + 8, 0xcafe0000u + off);
		h = h * 31 + load32(buf + off) + load32(buf + off + 8);
	}
	put("load/store hash ");
	put_hex(h);
	putc_('\n');
	h = 0;
	for (int so = 0; so < 4; so++) {
		for (int d = 0; d < 4; d++) {
			memset(out, 0, sizeof out);
			copy_words(out + d, buf + so, 61);
			for (int i = 0; i < (int)sizeof out; i++)
				h = h * 33 + out[i];
		}
	}
	put("copy hash ");
	put_hex(h);
	putc_('\n');
	flush();
	return 0;
}
