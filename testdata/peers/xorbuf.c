/* xorbuf.c: xor over a buffer, a word at a time, as the xor graft of
 * misfit's suite does: SIZE passes over 16 KiB with a changing key, then a
 * sum of the words. */
#include "peers.h"

#define DEFAULT_SIZE 35000
#define WORDS 4096

static uint32_t buf[WORDS];

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	uint32_t x = 1;
	for (uint32_t i = 0; i < WORDS; i++)
		buf[i] = x = xorshift(x);
	uint32_t key = 0x9e3779b9;
	for (uint32_t r = 0; r < size; r++) {
		for (uint32_t i = 0; i < WORDS; i++)
			buf[i] ^= key + i;
		key = xorshift(key);
	}
	uint32_t sum = 0;
	for (uint32_t i = 0; i < WORDS; i++)
		sum = sum * 31 + buf[i];
	return report("xorbuf", size, sum);
}
