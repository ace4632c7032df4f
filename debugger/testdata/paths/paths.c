/* paths.c: a test program of the debugger's, built in a directory that
 * the debug information names /src/paths (build.sh), with a string, an
 * array and a global to watch. */
#include "../../../testdata/progs/lib.h"

char *greeting = "hello";
int squares[6] = {0, 1, 4, 9, 16, 25};
int total;

int main(int argc, char **argv)
{
	total = squares[2] + squares[3];
	total += squares[4];
	put(greeting);
	put("\n");
	flush();
	return total == 29 ? 0 : 1;
}
