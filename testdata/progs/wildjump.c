/* wildjump.c: calls through a pointer to unmapped memory: SIGSEGV. */
#include "lib.h"

int main(void)
{
	put("jumping to 0x12345678\n");
	flush();
	void (*volatile f)(void) = (void (*)(void))0x12345678;
	f();
	return 0;
}
