/* heap.c: memory from the kernel: brk, and anonymous mmap2 and munmap. */
#include "lib.h"

static void check(const char *what, int ok)
{
	put(what);
	put(ok ? ": ok\n" : ": FAILED\n");
}

int main(void)
{
	/* brk: query, grow by 100 KiB, use, grow again, shrink. */
	char *start = (char *)sys_brk(0);
	check("brk(0) is nonzero", start != NULL);
	char *want = start + 100 * 1024;
	char *cur = (char *)sys_brk(want);
	check("brk grows", cur == want);
	for (char *p = start; p < cur; p += 512)
		*p = (char)((p - start) / 512);
	uint32_t sum = 0;
	for (char *p = start; p < cur; p += 512)
		sum += (unsigned char)*p;
	put("brk sum ");
	put_uint(sum);
	putc_('\n');
	char *more = (char *)sys_brk(cur + 3 * 4096);
	check("brk grows again", more == cur + 3 * 4096);
	check("new brk memory is zero", more[-1] == 0 && cur[0] == 0);
	check("brk shrinks", (char *)sys_brk(start + 4096) == start + 4096);
	check("brk below the start fails", (char *)sys_brk(start - 65536) == start + 4096);

	/* mmap2: anonymous private mappings. */
	size_t len = 256 * 1024;
	long r = sys_mmap2(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check("mmap2 anonymous", r > 0 && (r & 4095) == 0);
	uint32_t *m = (uint32_t *)r;
	int zero = 1;
	for (size_t i = 0; i < len / 4; i += 1024)
		if (m[i] != 0)
			zero = 0;
	check("mmap2 memory is zero", zero);
	for (size_t i = 0; i < len / 4; i++)
		m[i] = i * 2654435761u;
	sum = 0;
	for (size_t i = 0; i < len / 4; i++)
		sum ^= m[i] + i;
	put("mmap sum ");
	put_hex(sum);
	putc_('\n');
	long r2 = sys_mmap2(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check("second mapping is distinct", r2 > 0 && (r2 + 8192 <= r || r2 >= r + (long)len));
	check("munmap", sys_munmap(m, len) == 0);
	check("munmap again", sys_munmap(m, len) == 0);
	check("munmap misaligned is EINVAL", sys_munmap((char *)r2 + 1, 4096) == -22);
	check("mmap2 of length 0 is EINVAL",
	      sys_mmap2(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -22);
	check("mmap2 of a file fails", sys_mmap2(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) < 0);
	long fixed = sys_mmap2((void *)0x50000000, 4096, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	check("mmap2 MAP_FIXED", fixed == 0x50000000);
	*(volatile int *)fixed = 7;
	check("MAP_FIXED memory works", *(volatile int *)fixed == 7);
	flush();
	return 0;
}
