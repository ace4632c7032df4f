/* kit.c: a program of the kind the kit (../../kit) is for, with its whole
 * runtime: printf, the heap, 64-bit division. */
#include "graftlab.h"

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv, char **envp)
{
	printf("kit: argc %d, argv[0] %s\n", argc, argc > 0 ? "set" : "unset");
	printf("fib(20) = %d, %llu / 7 = %llu, %lld %% 1000 = %lld\n", fib(20),
	       1234567890123ull, 1234567890123ull / 7, -987654321987ll, -987654321987ll % 1000);
	char *s = malloc(32);
	strcpy(s, "on the heap");
	printf("[%-12s] [%12s] [%08x] [%p]\n", s, s, 0xc0ffee, (void *)0);
	return 0;
}
