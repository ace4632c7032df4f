/* installer.c: installs a graft from its standard input with vino_install
 * (4295), calls it once for each argument after the first with vino_call
 * (4293), and removes it with vino_remove (4296); doc/vino.md, "Installing
 * a graft". Usage: installer ENTRY [N...] < graft.o */
#include "graftlab.h"

#define SYS_vino_call 4293
#define SYS_vino_install 4295
#define SYS_vino_remove 4296

static unsigned char obj[65536];

struct spec {
	unsigned point;  /* 0: the call point */
	unsigned region; /* 0: 64 KiB */
	char entry[32];
};

static long atol10(const char *s)
{
	long v = 0, neg = *s == '-';

	for (s += neg; *s >= '0' && *s <= '9'; s++)
		v = 10 * v + (*s - '0');
	return neg ? -v : v;
}

int main(int argc, char **argv, char **envp)
{
	struct spec sp = {0, 0, {0}};
	long n = 0, r, slot;

	(void)envp;
	if (argc < 2) {
		printf("usage: installer ENTRY [N...] < graft.o\n");
		return 2;
	}
	while (n < (long)sizeof obj && (r = sys_read(0, obj + n, sizeof obj - n)) > 0)
		n += r;
	for (int i = 0; argv[1][i] && i < 31; i++)
		sp.entry[i] = argv[1][i];
	slot = __syscall((long)obj, n, (long)&sp, 0, 0, 0, SYS_vino_install);
	if (slot < 0) {
		printf("vino_install: %ld bytes: errno %ld\n", n, -slot);
		return 1;
	}
	printf("installed %ld bytes in slot %ld\n", n, slot);
	for (int i = 2; i < argc; i++) {
		long a = atol10(argv[i]);

		r = __syscall(slot, a, 0, 0, 0, 0, SYS_vino_call);
		if (r < 0)
			printf("%s(%ld): not committed, errno %ld\n", argv[1], a, -r);
		else
			printf("%s(%ld) = %ld\n", argv[1], a, r);
	}
	r = __syscall(slot, 0, 0, 0, 0, 0, SYS_vino_remove);
	printf("removed: %ld\n", r);
	return 0;
}
