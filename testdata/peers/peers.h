/* peers.h: what the loop programs in this directory share: reading the
 * size from argv[1] and printing the result line. They use ../progs's
 * runtime (start.S, lib.c, lib.h) and no C library. */
#ifndef PEERS_H
#define PEERS_H

#include "lib.h"

/* The largest size a program accepts; more would overflow nothing, but
 * would run for hours. */
#define MAX_SIZE 100000000u

static void usage(const char *prog)
{
	static const char msg[] = ": want one argument, a size from 1 to 100000000\n";
	sys_write(2, "usage: ", 7);
	sys_write(2, prog, strlen(prog));
	sys_write(2, msg, sizeof msg - 1);
	sys_exit(2);
}

/* size_arg returns argv[1] as a decimal number from 1 to MAX_SIZE, or def
 * when there is no argument; anything else ends the program with status 2. */
static uint32_t size_arg(int argc, char **argv, uint32_t def)
{
	if (argc < 2)
		return def;
	if (argc > 2)
		usage(argv[0]);
	uint32_t n = 0;
	const char *s = argv[1];
	if (*s == 0)
		usage(argv[0]);
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			usage(argv[0]);
		n = n * 10 + (uint32_t)(*s - '0');
		if (n > MAX_SIZE)
			usage(argv[0]);
	}
	if (n == 0)
		usage(argv[0]);
	return n;
}

/* report prints "NAME SIZE CHECKSUM" and exits with status 0. */
static int report(const char *name, uint32_t size, uint32_t sum)
{
	put(name);
	putc_(' ');
	put_uint(size);
	putc_(' ');
	put_hex(sum);
	putc_('\n');
	flush();
	return 0;
}

/* xorshift32, the programs' pseudo-random numbers. */
static inline uint32_t xorshift(uint32_t x)
{
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return x;
}

#endif
