/* caller.c: invokes graft slot 0 (kit/vino/tally.c) through vino_call,
 * system call 4293, once for each argument (doc/vino.md). */
#include "graftlab.h"

#define SYS_vino_call 4293

static long atol10(const char *s)
{
	long v = 0, neg = *s == '-';

	for (s += neg; *s >= '0' && *s <= '9'; s++)
		v = 10 * v + (*s - '0');
	return neg ? -v : v;
}

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	for (int i = 1; i < argc; i++) {
		long n = atol10(argv[i]);
		long r = __syscall(0, n, 0, 0, 0, 0, SYS_vino_call);

		if (r < 0)
			printf("tally(%ld): not committed, errno %ld (status %ld)\n", n, -r, -r - 200);
		else
			printf("tally(%ld) = %ld\n", n, r);
	}
	return 0;
}
