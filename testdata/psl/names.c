/* names.c: a protected shared library in C (doc/psl.md): a table of names
 * shared by every client, each client naming entries under its own handle.
 * Services, in this order: names_open, names_set, names_lookup. Built by
 * build.sh into names.o. */

#define N 32

struct entry {
	int handle, key, value;
};

static struct entry table[N];
static int last;

int names_open(void)
{
	return ++last;
}

int names_set(int handle, int key, int value)
{
	struct entry *free = 0;
	for (int i = 0; i < N; i++) {
		if (table[i].handle == handle && table[i].key == key) {
			table[i].value = value;
			return 0;
		}
		if (table[i].handle == 0 && free == 0)
			free = &table[i];
	}
	if (free == 0)
		return -1;
	free->handle = handle;
	free->key = key;
	free->value = value;
	return 0;
}

int names_lookup(int handle, int key)
{
	for (int i = 0; i < N; i++)
		if (table[i].handle == handle && table[i].key == key)
			return table[i].value;
	return -1;
}
