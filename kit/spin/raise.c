/* raise.c: binds the extension in SPIN slot 0 (kit/spin/numbers.c) to
 * event 1 and raises the event with each argument (doc/spin.md):
 *
 *   binding 1: guard odd(n), called           handler sum(n), called
 *   binding 2: guard big == 1, compared        handler twice(n), inlined
 *   default:   none(n)
 *
 * The result is the last handler's that ran, or the default's. A checked
 * (MiSFIT-rewritten) extension cannot have its handler inlined: the kernel
 * refuses, and the program binds it to be called instead. */
#include "graftlab.h"

enum {
	SYS_spin_install = 4310,
	SYS_spin_raise = 4312,
	SYS_spin_declare = 4313,
	SYS_spin_lookup = 4315,
};

/* An install request (layout.inc, SI_*). */
struct request {
	unsigned event, ext, handler, flags; /* flags 1: inline the handler */
	unsigned guard_kind;                  /* 0 none, 1 call, 2 compare */
	unsigned guard;                       /* a function, or a global */
	unsigned compare;                     /* 0: ==, 1: !=, 2: <, ... */
	int constant;
};

static unsigned lookup(const char *name)
{
	long a = __syscall(0, (long)name, 0, 0, 0, 0, SYS_spin_lookup);

	if (a < 0 && a > -4096) {
		printf("spin_lookup %s: errno %ld\n", name, -a);
		exit(1);
	}
	return a;
}

static long install(struct request *r)
{
	return __syscall((long)r, 0, 0, 0, 0, 0, SYS_spin_install);
}

static long atol10(const char *s)
{
	long v = 0, neg = *s == '-';

	for (s += neg; *s >= '0' && *s <= '9'; s++)
		v = 10 * v + (*s - '0');
	return neg ? -v : v;
}

int main(int argc, char **argv, char **envp)
{
	struct request odd_sum = {1, 0, lookup("sum"), 0, 1, lookup("odd"), 0, 0};
	struct request big_twice = {1, 0, lookup("twice"), 1, 2, lookup("big"), 0, 1};
	long r;

	(void)envp;
	r = __syscall(1, 1, 0, lookup("none"), 0, 0, SYS_spin_declare);
	if (r < 0) {
		printf("spin_declare: errno %ld\n", -r);
		return 1;
	}
	if ((r = install(&odd_sum)) < 0) {
		printf("spin_install sum: errno %ld\n", -r);
		return 1;
	}
	if ((r = install(&big_twice)) < 0) {
		printf("twice cannot be inlined (errno %ld): called instead\n", -r);
		big_twice.flags = 0;
		r = install(&big_twice);
	}
	if (r < 0) {
		printf("spin_install twice: errno %ld\n", -r);
		return 1;
	}
	for (int i = 1; i < argc; i++) {
		long block[6] = {atol10(argv[i])};

		r = __syscall(1, (long)block, 0, 1, 0, 0, SYS_spin_raise);
		if (r < 0)
			printf("event(%ld): errno %ld\n", block[0], -r);
		else
			printf("event(%ld) = %ld\n", block[0], block[5]);
	}
	return 0;
}
