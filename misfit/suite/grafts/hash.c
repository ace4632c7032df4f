/* hash.c: lookups in a chained hash table (the table lives in the graft's
 * data region; the caller builds it). */
struct entry {
	unsigned key, value;
	struct entry *next;
};

struct table {
	unsigned mask;           /* buckets - 1 */
	struct entry **buckets;
};

static unsigned hash(unsigned k)
{
	k ^= k >> 16;
	k *= 0x45d9f3b;
	k ^= k >> 16;
	return k;
}

unsigned ht_lookup(const struct table *t, unsigned key)
{
	for (struct entry *e = t->buckets[hash(key) & t->mask]; e; e = e->next)
		if (e->key == key)
			return e->value;
	return 0;
}

/* ht_batch looks up n keys and returns the sum of the values found. */
unsigned ht_batch(const struct table *t, const unsigned *keys, unsigned n)
{
	unsigned sum = 0;
	for (unsigned i = 0; i < n; i++)
		sum += ht_lookup(t, keys[i]);
	return sum;
}
