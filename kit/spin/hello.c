/* hello.c: a SPIN extension that uses two of the kernel's domains: it
 * writes to the console (spin.console: spin_putc) and reads the cycle
 * counter (spin.clock: spin_clock). Its manifest, hello.manifest, imports
 * both; the kernel's linker refuses any other kernel symbol (doc/spin.md,
 * "Domains"). */
void spin_putc(int c);
unsigned spin_clock(void);

static unsigned last;

/* greet(n): "hello n" on the console; returns n + 1. */
int greet(int n)
{
	const char *s = "hello ";

	while (*s)
		spin_putc(*s++);
	spin_putc('0' + n % 10);
	spin_putc('\n');
	return n + 1;
}

/* elapsed(): cycles since its previous call (0 the first time). */
unsigned elapsed(void)
{
	unsigned now = spin_clock(), d = last ? now - last : 0;

	last = now;
	return d;
}
