/* tally.c: a VINO graft for the call point (doc/vino.md). It adds n to a
 * counter the kernel keeps for it (policy variable 0), through the
 * transaction, and returns the new total. Given a negative n it misbehaves
 * after the update: it writes a word of the user's stack, an address
 * outside its region, which MiSFIT's checking policy catches; the
 * transaction then aborts and the counter goes back to its old value. */

/* The accessors the kernel exports to grafts (kernel.VinoExports). */
extern int vino_get(int var);
extern int vino_set(int var, int value);

int tally(int n)
{
	int t = vino_get(0) + n;

	vino_set(0, t);
	if (n < 0)
		*(volatile int *)0x7ffeff00 = t;
	return t;
}
