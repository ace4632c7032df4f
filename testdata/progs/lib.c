/* lib.c: the runtime of the test programs (see lib.h). */
#include "lib.h"

void sys_exit(int status)
{
	flush();
	for (;;)
		__syscall(status, 0, 0, 0, 0, 0, SYS_exit_group);
}

size_t strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return p - s;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	char *d = dst;
	const char *s = src;
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	char *d = dst;
	const char *s = src;
	if (d < s) {
		while (n--)
			*d++ = *s++;
	} else {
		d += n;
		s += n;
		while (n--)
			*--d = *--s;
	}
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	char *d = dst;
	while (n--)
		*d++ = c;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

static char outbuf[512];
static size_t outlen;

void flush(void)
{
	size_t off = 0;
	while (off < outlen) {
		long n = sys_write(1, outbuf + off, outlen - off);
		if (n <= 0)
			break;
		off += n;
	}
	outlen = 0;
}

void putc_(char c)
{
	if (outlen == sizeof outbuf)
		flush();
	outbuf[outlen++] = c;
}

void putn(const char *s, size_t n)
{
	while (n--)
		putc_(*s++);
}

void put(const char *s)
{
	while (*s)
		putc_(*s++);
}

void put_u64(uint64_t v)
{
	char buf[24];
	int i = sizeof buf;
	do {
		buf[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	putn(buf + i, sizeof buf - i);
}

void put_i64(int64_t v)
{
	if (v < 0) {
		putc_('-');
		put_u64(-(uint64_t)v);
	} else {
		put_u64(v);
	}
}

void put_uint(uint32_t v)
{
	char buf[12];
	int i = sizeof buf;
	do {
		buf[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	putn(buf + i, sizeof buf - i);
}

void put_int(int32_t v)
{
	if (v < 0) {
		putc_('-');
		put_uint(-(uint32_t)v);
	} else {
		put_uint(v);
	}
}

void put_hex(uint32_t v)
{
	put("0x");
	for (int i = 28; i >= 0; i -= 4)
		putc_("0123456789abcdef"[v >> i & 15]);
}
