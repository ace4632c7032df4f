/* misaligned.c: a word load from an address that is not a multiple of 4.
 * The CPU raises an address error (AdEL); graftlab delivers SIGBUS, where
 * Linux and qemu-user emulate the access in the kernel. */
#include "lib.h"

static uint32_t words[2] = {0x04030201, 0x08070605};
static volatile int offset = 1;

int main(void)
{
	put("loading a misaligned word\n");
	flush();
	volatile uint32_t *p = (volatile uint32_t *)((char *)words + offset);
	return *p & 0xff;
}
