/* args.c: echoes argv and envp, and checks the auxiliary vector and the
 * initial stack as Linux lays them out. The exit status is argc. */
#include "lib.h"

enum { AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6,
       AT_BASE = 7, AT_FLAGS = 8, AT_ENTRY = 9, AT_RANDOM = 25 };

extern char __start[];

/* getauxval returns the value of auxiliary vector entry type, or 0. */
static uint32_t getauxval(const uint32_t *auxv, uint32_t type)
{
	for (; auxv[0] != AT_NULL; auxv += 2)
		if (auxv[0] == type)
			return auxv[1];
	return 0;
}
extern char __executable_start[];

int main(int argc, char **argv, char **envp)
{
	put("argc ");
	put_int(argc);
	putc_('\n');
	for (int i = 0; i < argc; i++) {
		put("argv[");
		put_int(i);
		put("] ");
		put(argv[i]);
		putc_('\n');
	}
	if (argv[argc] != NULL)
		put("argv not NULL-terminated\n");
	char **e = envp;
	for (; *e; e++) {
		put("env ");
		put(*e);
		putc_('\n');
	}
	uint32_t *auxv = (uint32_t *)(e + 1);
	put("AT_PHDR at program headers: ");
	put(getauxval(auxv, AT_PHDR) == (uint32_t)__executable_start + 0x34 ? "yes\n" : "no\n");
	put("AT_PHENT ");
	put_uint(getauxval(auxv, AT_PHENT));
	put("\nAT_PHNUM ");
	put_uint(getauxval(auxv, AT_PHNUM));
	put("\nAT_PAGESZ ");
	put_uint(getauxval(auxv, AT_PAGESZ));
	put("\nAT_BASE ");
	put_uint(getauxval(auxv, AT_BASE));
	put("\nAT_FLAGS ");
	put_uint(getauxval(auxv, AT_FLAGS));
	put("\nAT_ENTRY is __start: ");
	put(getauxval(auxv, AT_ENTRY) == (uint32_t)__start ? "yes\n" : "no\n");
	put("AT_RANDOM above the vectors: ");
	put(getauxval(auxv, AT_RANDOM) > (uint32_t)auxv ? "yes\n" : "no\n");
	/* The argument strings lie above the vectors, in order. */
	int ordered = 1;
	for (int i = 0; i + 1 < argc; i++)
		if (argv[i] + strlen(argv[i]) + 1 != argv[i + 1])
			ordered = 0;
	put("argument strings contiguous: ");
	put(ordered ? "yes\n" : "no\n");
	put("argc 16-byte aligned: ");
	put(((uint32_t)(argv - 1) & 15) == 0 ? "yes\n" : "no\n");
	flush();
	return argc;
}
