#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmpd(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
static int cmpi(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
int main(void) {
	unsigned s = 12345;
	int n = 1000;
	int *v = malloc(n * sizeof *v);
	double *d = malloc(n * sizeof *d);
	for (int i = 0; i < n; i++) { s = s * 1103515245 + 12345; v[i] = (int)(s >> 8) % 10000; d[i] = v[i] / 7.0 - 500; }
	qsort(v, n, sizeof *v, cmpi);
	qsort(d, n, sizeof *d, cmpd);
	long sum = 0; double dsum = 0;
	for (int i = 0; i < n; i++) { sum += v[i] * (long)(i % 7); dsum += d[i] * (i % 5); }
	printf("%d %d %d %ld %.6f %.6f %.6f\n", v[0], v[n/2], v[n-1], sum, d[0], d[n-1], dsum);
	for (int r = 0; r < 50; r++) {
		char *blocks[20];
		for (int i = 0; i < 20; i++) { blocks[i] = malloc(16 + 37 * ((r + i) % 11)); memset(blocks[i], i, 16); }
		for (int i = 0; i < 20; i += 2) free(blocks[i]);
		for (int i = 1; i < 20; i += 2) free(blocks[i]);
	}
	free(v); free(d);
	puts("done");
	return 0;
}
