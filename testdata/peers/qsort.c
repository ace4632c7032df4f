/* qsort.c: quicksort: SIZE rounds that fill 2048 integers from xorshift32,
 * sort them (median of three, insertion sort below 12) and hash the
 * result. */
#include "peers.h"

#define DEFAULT_SIZE 3100
#define N 2048

static int32_t v[N];

static void insertion(int32_t *a, int n)
{
	for (int i = 1; i < n; i++) {
		int32_t t = a[i];
		int j = i;
		for (; j > 0 && a[j - 1] > t; j--)
			a[j] = a[j - 1];
		a[j] = t;
	}
}

static void sort(int32_t *a, int n)
{
	while (n > 12) {
		int32_t x = a[0], y = a[n / 2], z = a[n - 1];
		int32_t p = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
		int i = 0, j = n - 1;
		for (;;) {
			while (a[i] < p)
				i++;
			while (a[j] > p)
				j--;
			if (i >= j)
				break;
			int32_t t = a[i];
			a[i++] = a[j];
			a[j--] = t;
		}
		/* Recurse into the smaller part, loop on the larger. */
		if (j + 1 < n - j - 1) {
			sort(a, j + 1);
			a += j + 1;
			n -= j + 1;
		} else {
			sort(a + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	insertion(a, n);
}

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	uint32_t x = 12345, sum = 0;
	for (uint32_t r = 0; r < size; r++) {
		for (int i = 0; i < N; i++)
			v[i] = (int32_t)(x = xorshift(x)) >> 4;
		sort(v, N);
		for (int i = 0; i < N; i++) {
			if (i > 0 && v[i - 1] > v[i])
				return report("qsort NOT SORTED", size, r);
			sum = sum * 31 + (uint32_t)v[i];
		}
	}
	return report("qsort", size, sum);
}
