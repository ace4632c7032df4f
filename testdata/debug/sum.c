/* sum.c: the debugger's test program, built with -g so that the debugger
 * and gdb see its source lines, functions and frames. */
#include "../progs/lib.h"

int total;                       /* a global to watch */
int squares[8];

static int square(int x)
{
	return x * x;
}

int sum_squares(int n)
{
	int s = 0;
	for (int i = 0; i < n; i++) {
		squares[i] = square(i);
		s += squares[i];
	}
	return s;
}

int main(int argc, char **argv)
{
	total = sum_squares(8);
	put("sum of squares: ");
	put_int(total);
	put("\n");
	flush();
	return total == 140 ? 0 : 1;
}
