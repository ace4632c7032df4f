/* textwrite.c: stores into its own code, which is mapped read-only:
 * SIGSEGV. */
#include "lib.h"

int main(void)
{
	put("writing to the text segment\n");
	flush();
	/* Masking tells gcc the address is aligned: a plain sw, not swl/swr. */
	*(volatile uint32_t *)((uint32_t)main & ~3u) = 0;
	return 0;
}
