/* stride.c: strided byte stores: SIZE rounds that each store to a 64 KiB
 * buffer at strides 1, 3, 7, 16, 61 and 256, then an FNV-1a hash of it. */
#include "peers.h"

#define DEFAULT_SIZE 1200
#define N 65536

static uint8_t buf[N];
static const uint32_t strides[] = {1, 3, 7, 16, 61, 256};

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	for (uint32_t r = 0; r < size; r++) {
		for (uint32_t k = 0; k < sizeof strides / sizeof strides[0]; k++) {
			uint32_t s = strides[k];
			uint8_t v = (uint8_t)(r * 7 + k);
			for (uint32_t i = r % s; i < N; i += s)
				buf[i] = v++;
		}
	}
	uint32_t h = 2166136261u;
	for (uint32_t i = 0; i < N; i++) {
		h ^= buf[i];
		h *= 16777619u;
	}
	return report("stride", size, h);
}
