/* shape.h: what every program of this directory reports, with no static
 * storage of its own, so that each program's sections are the ones its
 * source asks for. Output goes straight to write(2), one line at a time. */
#include <stdint.h>

long __syscall(long a0, long a1, long a2, long a3, long a4, long a5, long number); /* kit/start.S */

enum { AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_ENTRY = 9 };

static void out(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	__syscall(1, (long)s, p - s, 0, 0, 0, 4004 /* write */);
}

/* outv writes "label 0x%08x\n". */
static void outv(const char *label, uint32_t v)
{
	char b[64];
	int n = 0;
	while (*label && n < 40)
		b[n++] = *label++;
	b[n++] = ' ';
	b[n++] = '0';
	b[n++] = 'x';
	for (int i = 28; i >= 0; i -= 4)
		b[n++] = "0123456789abcdef"[v >> i & 15];
	b[n++] = '\n';
	b[n] = 0;
	out(b);
}

/* check writes "label ok" or "label BAD 0x%08x". */
static int check(const char *label, int ok, uint32_t v)
{
	out(label);
	if (ok) {
		out(" ok\n");
		return 0;
	}
	outv(" BAD", v);
	return 1;
}

static uint32_t auxval(char **envp, uint32_t type)
{
	while (*envp)
		envp++;
	for (uint32_t *a = (uint32_t *)(envp + 1); a[0]; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

/* report writes what the kernel made of the program's headers: the entry
 * point, the program headers' place and number, the page size and the
 * initial program break. */
static void report(const char *name, char **envp)
{
	out(name);
	out("\n");
	outv("entry", auxval(envp, AT_ENTRY));
	outv("phdr", auxval(envp, AT_PHDR));
	outv("phent", auxval(envp, AT_PHENT));
	outv("phnum", auxval(envp, AT_PHNUM));
	outv("pagesz", auxval(envp, AT_PAGESZ));
	outv("brk", __syscall(0, 0, 0, 0, 0, 0, 4045 /* brk */));
}
