/* String and memory routines, as a small libc would have them. */
typedef unsigned int size_t;

size_t strlen(const char *s) { const char *p = s; while (*p) p++; return p - s; }

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) { a++; b++; }
	return (unsigned char)*a - (unsigned char)*b;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	char *d = dst; const char *s = src;
	while (n--) *d++ = *s++;
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	while (n--) *d++ = c;
	return dst;
}

static const char digits[] = "0123456789abcdef";

char *utoa(unsigned v, char *buf, int base)
{
	char tmp[33]; int i = 0;
	do { tmp[i++] = digits[v % base]; v /= base; } while (v);
	char *p = buf;
	while (i) *p++ = tmp[--i];
	*p = 0;
	return buf;
}

struct point { short x, y; unsigned char tag; };
struct point origin = { 1, -2, 'o' };
const char *names[] = { "zero", "one", "two", 0 };

int sum_points(const struct point *p, int n)
{
	int s = 0;
	for (int i = 0; i < n; i++) s += p[i].x * p[i].y + p[i].tag;
	return s;
}
