/* illegal.c: executes a reserved instruction: SIGILL. */
#include "lib.h"

int main(void)
{
	put("executing a reserved instruction\n");
	flush();
	__asm__ volatile(".word 0x70000030"); /* SPECIAL2 function 0x30: reserved */
	return 0;
}
