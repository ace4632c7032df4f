#include <stdio.h>
#include <stdlib.h>
int g[100];
int main(void) {
	char *p = malloc(100);
	for (int i = 0; i < 100; i++) g[i] = i;
	printf("hello %f %d %p\n", 3.25, g[42], (void*)(p != 0));
	free(p);
	return 0;
}
