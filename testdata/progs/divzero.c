/* divzero.c: integer division by zero. gcc guards div with "teq rt, zero, 7";
 * Linux turns trap code 7 into SIGFPE. */
#include "lib.h"

static volatile int zero;

int main(void)
{
	put("dividing by zero\n");
	flush();
	return 100 / zero;
}
