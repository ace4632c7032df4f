/* bigbss.c: a .bss of 64 MiB, touched a page every MiB and at its end. */
#include "shape.h"

#define BIG (64u << 20)
static volatile unsigned char big[BIG];

int main(int argc, char **argv, char **envp)
{
	report("bigbss", envp);
	outv("&big", (uint32_t)big);
	outv("end of big", (uint32_t)(big + BIG));
	uint32_t sum = 0;
	for (uint32_t off = 0; off < BIG; off += 1u << 20)
		sum += big[off] + big[off + 4095];
	sum += big[BIG - 1];
	int bad = check("big is zero", sum == 0, sum);
	for (uint32_t off = 0; off < BIG; off += 1u << 20)
		big[off] = off >> 20;
	big[BIG - 1] = 0x5a;
	sum = 0;
	for (uint32_t off = 0; off < BIG; off += 1u << 20)
		sum += big[off];
	outv("sum after writing", sum + big[BIG - 1]);
	return bad;
}
