/* matmul.c: matrix multiply with mul: SIZE products of two 32×32 integer
 * matrices, one element of which changes each time, summed. */
#include "peers.h"

#define DEFAULT_SIZE 4100
#define N 32

static uint32_t a[N][N], b[N][N], c[N][N];

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	uint32_t x = 99;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < N; j++) {
			a[i][j] = (x = xorshift(x)) & 0xffff;
			b[i][j] = (x = xorshift(x)) & 0xffff;
		}
	uint32_t sum = 0;
	for (uint32_t r = 0; r < size; r++) {
		a[r % N][(r / N) % N] += r;
		for (int i = 0; i < N; i++)
			for (int j = 0; j < N; j++) {
				uint32_t s = 0;
				for (int k = 0; k < N; k++)
					s += a[i][k] * b[k][j];
				c[i][j] = s;
			}
		for (int i = 0; i < N; i++)
			sum = sum * 31 + c[i][(i + r) % N];
	}
	return report("matmul", size, sum);
}
