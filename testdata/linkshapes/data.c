/* data.c: the only writable data is initialised (.data); there is no .bss. */
#include "shape.h"

static volatile uint32_t table[1100] = {1, 2, 3, [1099] = 0xfeedface};

int main(int argc, char **argv, char **envp)
{
	report("data", envp);
	outv("&table", (uint32_t)table);
	int bad = check("table[0..2]", table[0] == 1 && table[1] == 2 && table[2] == 3, table[2]);
	bad |= check("table[1099]", table[1099] == 0xfeedface, table[1099]);
	uint32_t sum = 0;
	for (int i = 3; i < 1099; i++)
		sum |= table[i];
	bad |= check("table[3..1098] is zero", sum == 0, sum);
	table[500] = 42;
	outv("table[500] after writing", table[500]);
	return bad;
}
