/* qsort.c: a generic quicksort (indirect calls through a comparison
 * function) on integers and on strings. */
#include "lib.h"

typedef int (*cmp_fn)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
	while (size--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void sort(void *base, size_t n, size_t size, cmp_fn cmp)
{
	char *b = base;
	while (n > 1) {
		char *pivot = b + (n / 2) * size;
		swap(b, pivot, size);
		size_t last = 0;
		for (size_t i = 1; i < n; i++)
			if (cmp(b + i * size, b) < 0)
				swap(b + ++last * size, b + i * size, size);
		swap(b, b + last * size, size);
		/* Recurse into the smaller half, loop on the larger. */
		if (last < n - last - 1) {
			sort(b, last, size, cmp);
			b += (last + 1) * size;
			n -= last + 1;
		} else {
			sort(b + (last + 1) * size, n - last - 1, size, cmp);
			n = last;
		}
	}
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return x < y ? -1 : x > y;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

#define N 3000
static int v[N];

int main(void)
{
	uint32_t x = 12345;
	for (int i = 0; i < N; i++) {
		x = x * 1103515245 + 12345;
		v[i] = (int)(x >> 8) - (1 << 22);
	}
	sort(v, N, sizeof v[0], cmp_int);
	int ok = 1;
	uint32_t sum = 0;
	for (int i = 0; i < N; i++) {
		if (i > 0 && v[i - 1] > v[i])
			ok = 0;
		sum = sum * 31 + v[i];
	}
	put(ok ? "ints sorted\n" : "ints NOT sorted\n");
	put("min ");
	put_int(v[0]);
	put(" median ");
	put_int(v[N / 2]);
	put(" max ");
	put_int(v[N - 1]);
	put("\nhash ");
	put_hex(sum);
	putc_('\n');

	const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "kiwi",
		"date", "grape", "lemon", "mango", "apricot", "lime", "plum", "quince"};
	size_t nw = sizeof words / sizeof words[0];
	sort(words, nw, sizeof words[0], cmp_str);
	for (size_t i = 0; i < nw; i++) {
		put(words[i]);
		putc_(i + 1 < nw ? ' ' : '\n');
	}
	flush();
	return 0;
}
