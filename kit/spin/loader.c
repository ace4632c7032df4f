/* loader.c: loads a SPIN extension from its standard input with spin_load
 * (4316), binds its function greet to event 2, raises the event once for
 * each argument after the first, and unloads it (4317); doc/spin.md,
 * "Loading an extension". Usage: loader checked|unchecked [N...] < ext.o
 * (checked: MiSFIT-rewritten and signed with a graft key; unchecked:
 * signed with a trusted compiler's key). */
#include "graftlab.h"

enum {
	SYS_spin_install = 4310,
	SYS_spin_raise = 4312,
	SYS_spin_declare = 4313,
	SYS_spin_lookup = 4315,
	SYS_spin_load = 4316,
	SYS_spin_unload = 4317,
};

static unsigned char obj[65536];

struct spec {
	unsigned flags;  /* 1: unchecked */
	unsigned region; /* 0: 64 KiB */
};

static long atol10(const char *s)
{
	long v = 0, neg = *s == '-';

	for (s += neg; *s >= '0' && *s <= '9'; s++)
		v = 10 * v + (*s - '0');
	return neg ? -v : v;
}

static long check(const char *what, long r)
{
	if (r < 0 && r > -4096) {
		printf("%s: errno %ld\n", what, -r);
		exit(1);
	}
	return r;
}

int main(int argc, char **argv, char **envp)
{
	struct spec sp = {0, 0};
	long n = 0, r, slot;
	unsigned req[8] = {2, 0, 0, 0, 0, 0, 0, 0};
	int block[6];

	(void)envp;
	if (argc < 2 || (argv[1][0] != 'c' && argv[1][0] != 'u')) {
		printf("usage: loader checked|unchecked [N...] < ext.o\n");
		return 2;
	}
	sp.flags = argv[1][0] == 'u';
	while (n < (long)sizeof obj && (r = sys_read(0, obj + n, sizeof obj - n)) > 0)
		n += r;
	slot = check("spin_load", __syscall((long)obj, n, (long)&sp, 0, 0, 0, SYS_spin_load));
	printf("loaded %ld bytes into slot %ld\n", n, slot);
	flush(); /* before the extension writes to the console itself */
	req[1] = slot;
	req[2] = check("spin_lookup", __syscall(slot, (long)"greet", 0, 0, 0, 0, SYS_spin_lookup));
	check("spin_declare", __syscall(2, 1, -1, 0, 0, 0, SYS_spin_declare));
	check("spin_install", __syscall((long)req, 0, 0, 0, 0, 0, SYS_spin_install));
	for (int i = 2; i < argc; i++) {
		block[0] = atol10(argv[i]);
		flush();
		check("spin_raise", __syscall(2, (long)block, 0, 0, 0, 0, SYS_spin_raise));
		printf("event(%d) = %d\n", block[0], block[5]);
	}
	check("spin_unload", __syscall(slot, 0, 0, 0, 0, 0, SYS_spin_unload));
	return 0;
}
