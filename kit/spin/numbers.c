/* numbers.c: a SPIN extension (doc/spin.md): a guard and handlers for an
 * event raised with one number. The kernel calls them; the program that
 * binds them (raise.c) names them with spin_lookup. */

/* The global a compare guard reads: sum sets it once the total passes 10. */
int big;

static int total;

/* A guard: odd numbers only. */
int odd(int n)
{
	return n & 1;
}

/* A handler: adds odd numbers up. */
int sum(int n)
{
	total += n;
	big = total > 10;
	return total;
}

/* A handler small enough to be inlined into the dispatcher. */
int twice(int n)
{
	return n + n;
}

/* The event's default: its result when no handler ran. */
int none(int n)
{
	return -n;
}
