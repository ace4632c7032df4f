/* 64-bit inode numbers and offsets: the host's inodes need not fit 32 bits. */
#define _FILE_OFFSET_BITS 64
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
	const char *path = argc > 1 ? argv[1] : ".";
	DIR *d = opendir(path);
	if (!d) { perror("opendir"); return 1; }
	char *names[256];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256)
		if (strstr(e->d_name, ".c")) names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof *names, cmp);
	for (int i = 0; i < n; i++) {
		char full[512];
		struct stat st;
		snprintf(full, sizeof full, "%s/%s", path, names[i]);
		if (stat(full, &st) == 0)
			printf("%s %lld %s\n", names[i], (long long)st.st_size, S_ISREG(st.st_mode) ? "file" : "other");
		free(names[i]);
	}
	struct timespec t0, t1, req = {0, 5000000};
	clock_gettime(CLOCK_MONOTONIC, &t0);
	nanosleep(&req, 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long long ns = (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
	printf("slept at least 5 ms: %s\n", ns >= 5000000 ? "yes" : "no");
	printf("isatty(1): %d, time() > 0 or = 0: %s\n", isatty(1), time(0) >= 0 ? "yes" : "no");
	return 0;
}
