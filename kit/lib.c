/* lib.c: the graftlab kit's runtime (see graftlab.h and README.md). */
#include "graftlab.h"

/* gcc may turn a byte loop into a call of memset or memcpy: not in the
 * functions that are memset and memcpy. */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

/* Output buffer of putchar, puts, fputs_ and printf. */
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

void exit(int status)
{
	flush();
	_exit(status);
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

size_t strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return p - s;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

char *strcpy(char *dst, const char *src)
{
	char *d = dst;
	while ((*d++ = *src++))
		;
	return dst;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

int putchar(int c)
{
	if (outlen == sizeof outbuf)
		flush();
	outbuf[outlen++] = c;
	return (unsigned char)c;
}

int fputs_(const char *s)
{
	while (*s)
		putchar(*s++);
	return 0;
}

int puts(const char *s)
{
	fputs_(s);
	putchar('\n');
	return 0;
}

/* pad writes n copies of c. */
static int pad(int c, int n)
{
	int k = 0;
	for (; n > 0; n--, k++)
		putchar(c);
	return k;
}

/* field writes the n bytes of s in a field of width bytes. */
static int field(const char *s, int n, int width, int left, int zero)
{
	int k = 0;
	if (!left && zero && (*s == '-') && n < width) {
		putchar(*s++);
		n--, width--, k++;
	}
	if (!left)
		k += pad(zero ? '0' : ' ', width - n);
	for (int i = 0; i < n; i++)
		putchar(s[i]);
	k += n;
	if (left)
		k += pad(' ', width - n);
	return k;
}

int vprintf(const char *fmt, va_list ap)
{
	int k = 0;
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			putchar(*fmt);
			k++;
			continue;
		}
		int left = 0, zero = 0, width = 0, longs = 0;
		for (;; fmt++) {
			if (fmt[1] == '-')
				left = 1;
			else if (fmt[1] == '0')
				zero = 1;
			else
				break;
		}
		if (fmt[1] == '*') {
			width = va_arg(ap, int);
			if (width < 0)
				left = 1, width = -width;
			fmt++;
		}
		while (fmt[1] >= '0' && fmt[1] <= '9')
			width = width * 10 + (*++fmt - '0');
		for (;; fmt++) {
			if (fmt[1] == 'l')
				longs++;
			else if (fmt[1] != 'h' && fmt[1] != 'z')
				break;
		}
		char buf[24], *p = buf + sizeof buf;
		unsigned long long v;
		int base = 10, neg = 0;
		const char *digits = "0123456789abcdef";
		switch (*++fmt) {
		case 'd':
		case 'i': {
			long long s = longs >= 2 ? va_arg(ap, long long) : va_arg(ap, long);
			neg = s < 0;
			v = neg ? -(unsigned long long)s : (unsigned long long)s;
			goto number;
		}
		case 'p':
			fputs_("0x");
			k += 2;
			base = 16;
			v = (uintptr_t)va_arg(ap, void *);
			goto number;
		case 'X':
			digits = "0123456789ABCDEF";
			/* fall through */
		case 'x':
			base = 16;
			goto unsigned_number;
		case 'o':
			base = 8;
			/* fall through */
		case 'u':
		unsigned_number:
			v = longs >= 2 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned long);
		number:
			do {
				*--p = digits[v % base];
				v /= base;
			} while (v);
			if (neg)
				*--p = '-';
			k += field(p, buf + sizeof buf - p, width, left, zero);
			break;
		case 'c':
			buf[0] = va_arg(ap, int);
			k += field(buf, 1, width, left, 0);
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			k += field(s, strlen(s), width, left, 0);
			break;
		}
		case '%':
			putchar('%');
			k++;
			break;
		case '\0':
			return k;
		default: /* not a conversion printf knows: print it as written */
			putchar('%');
			putchar(*fmt);
			k += 2;
		}
	}
	return k;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vprintf(fmt, ap);
	va_end(ap);
	return k;
}

static char *cur_brk;

void *sbrk(long increment)
{
	if (!cur_brk)
		cur_brk = (char *)sys_brk(0);
	char *old = cur_brk;
	if (increment == 0)
		return old;
	char *want = old + increment;
	if ((char *)sys_brk(want) != want)
		return NULL;
	cur_brk = want;
	return old;
}

void *malloc(size_t n)
{
	char *b = sbrk(0);
	size_t gap = (8 - (uintptr_t)b % 8) % 8;
	if (n > 0x7fffffff - gap - 7)
		return NULL;
	b = sbrk(gap + ((n + 7) & ~(size_t)7));
	return b ? b + gap : NULL;
}

void *calloc(size_t n, size_t size)
{
	if (size && n > 0xffffffffu / size)
		return NULL;
	void *p = malloc(n * size);
	return p ? memset(p, 0, n * size) : NULL;
}

void free(void *p)
{
	(void)p;
}

/* 64-bit division, which gcc calls for / and % on long long. (Debian's
 * libgcc has them too, but it is built for hard float and abicalls, so
 * linking it draws warnings; the kit needs no -lgcc.) */

static int clz64(unsigned long long x)
{
	uint32_t hi = x >> 32;
	return hi ? __builtin_clz(hi) : 32 + __builtin_clz((uint32_t)x | 1) + !(uint32_t)x;
}

static unsigned long long udivmod(unsigned long long n, unsigned long long d, unsigned long long *rem)
{
	if (d == 0)
		__asm__ volatile("teq $0, $0, 7"); /* SIGFPE, as gcc's own check */
	unsigned long long q = 0;
	if (!(n >> 32) && !(d >> 32)) {
		q = (uint32_t)n / (uint32_t)d;
		n = (uint32_t)n % (uint32_t)d;
	} else if (n >= d) {
		int s = clz64(d) - clz64(n);
		d <<= s;
		for (; s >= 0; s--) {
			q <<= 1;
			if (n >= d) {
				n -= d;
				q |= 1;
			}
			d >>= 1;
		}
	}
	*rem = n;
	return q;
}

unsigned long long __udivdi3(unsigned long long n, unsigned long long d);
unsigned long long __umoddi3(unsigned long long n, unsigned long long d);
long long __divdi3(long long n, long long d);
long long __moddi3(long long n, long long d);

unsigned long long __udivdi3(unsigned long long n, unsigned long long d)
{
	unsigned long long r;
	return udivmod(n, d, &r);
}

unsigned long long __umoddi3(unsigned long long n, unsigned long long d)
{
	unsigned long long r;
	udivmod(n, d, &r);
	return r;
}

long long __divdi3(long long n, long long d)
{
	unsigned long long r, q = udivmod(n < 0 ? -(unsigned long long)n : (unsigned long long)n,
					  d < 0 ? -(unsigned long long)d : (unsigned long long)d, &r);
	return (n < 0) != (d < 0) ? -q : q;
}

long long __moddi3(long long n, long long d)
{
	unsigned long long r;
	udivmod(n < 0 ? -(unsigned long long)n : (unsigned long long)n,
		d < 0 ? -(unsigned long long)d : (unsigned long long)d, &r);
	return n < 0 ? -r : r;
}
