/* bss.c: the only writable data is zero-initialised (.bss), so GNU ld
 * gives the data segment no file bytes; with the array page-aligned and
 * the program stripped (-s), that segment's file offset lies past the end
 * of the file. */
#include "shape.h"

static volatile unsigned char zero[3 * 4096 + 123] __attribute__((aligned(4096)));

int main(int argc, char **argv, char **envp)
{
	report("bss", envp);
	outv("&zero", (uint32_t)zero);
	uint32_t sum = 0;
	for (unsigned i = 0; i < sizeof zero; i++)
		sum += zero[i];
	int bad = check("zero is zero", sum == 0, sum);
	for (unsigned i = 0; i < sizeof zero; i++)
		zero[i] = i * 7;
	sum = 0;
	for (unsigned i = 0; i < sizeof zero; i++)
		sum += zero[i];
	outv("sum after writing", sum);
	return bad;
}
