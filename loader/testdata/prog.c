/* prog.c: a small freestanding C program for the linker tests: globals,
   statics, string constants, a switch with a jump table in .rodata, and
   calls between functions. Rebuild prog.o with regen.sh. */

int counter;
static int scount;
int table[64];
int init = 5;
const char *msg = "hello, graftlab";
static const char *names[] = {"zero", "one", "two"};
extern int ext_value;

int classify(int x) {
	switch (x) {
	case 0: return 11;
	case 1: return ext_value;
	case 2: return 7;
	case 3: return 99;
	case 4: return counter;
	case 5: return 3;
	default: return -1;
	}
}

static int sum(const char *s) {
	int n = 0;
	while (*s)
		n += *s++;
	return n;
}

int main(void) {
	int i, total = 0;
	for (i = 0; i < 8; i++) {
		table[i] = classify(i) + scount++;
		total += table[i];
	}
	counter = total + sum(msg) + sum(names[init % 3]);
	return counter & 0xff;
}

int ext_value = 4;
