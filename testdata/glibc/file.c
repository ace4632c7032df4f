#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
	const char *path = argc > 1 ? argv[1] : "file.c";
	FILE *f = fopen(path, "r");
	if (!f) { perror("fopen"); return 1; }
	char line[256];
	int lines = 0; long chars = 0; unsigned h = 0;
	while (fgets(line, sizeof line, f)) {
		lines++; chars += strlen(line);
		for (char *p = line; *p; p++) h = h * 31 + (unsigned char)*p;
	}
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fclose(f);
	printf("%s: %d lines, %ld chars, size %ld, hash %08x\n", path, lines, chars, size, h);
	const char *home = getenv("GRAFTLAB_TEST");
	printf("env: %s\n", home ? home : "(unset)");
	FILE *g = fopen("/nonexistent/file", "r");
	printf("missing: %s\n", g ? "opened" : "NULL");
	return 0;
}
