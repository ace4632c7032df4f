/* ops.c: an interpreter that dispatches through a table of function
 * pointers: the suite's indirect calls. */
struct ops {
	unsigned (*f[4])(unsigned);
};

static __attribute__((noinline)) unsigned add7(unsigned x) { return x + 7; }
static __attribute__((noinline)) unsigned dbl(unsigned x) { return x * 2; }
static __attribute__((noinline)) unsigned rot(unsigned x) { return x << 5 | x >> 27; }
static __attribute__((noinline)) unsigned mix(unsigned x) { return x ^ (x >> 3) ^ 0x9e3779b9; }

static __attribute__((noinline)) void ops_init(struct ops *o)
{
	o->f[0] = add7;
	o->f[1] = dbl;
	o->f[2] = rot;
	o->f[3] = mix;
}

unsigned ops_run(struct ops *o, const unsigned char *prog, unsigned n, unsigned acc)
{
	ops_init(o);
	for (unsigned i = 0; i < n; i++)
		acc = o->f[prog[i] & 3](acc);
	return acc;
}
