/* hello.c: the smallest program: one write, then exit. */
#include "lib.h"

int main(void)
{
	static const char msg[] = "hello, world\n";
	sys_write(1, msg, sizeof msg - 1);
	return 0;
}
