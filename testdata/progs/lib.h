/* lib.h: the little runtime of the test programs: system calls (o32
 * numbers), memory and string primitives, and output helpers. */
#ifndef LIB_H
#define LIB_H

typedef unsigned int size_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;
typedef long long int64_t;
typedef unsigned short uint16_t;
typedef unsigned char uint8_t;

#define NULL ((void *)0)

enum {
	SYS_exit = 4001,
	SYS_read = 4003,
	SYS_write = 4004,
	SYS_getpid = 4020,
	SYS_brk = 4045,
	SYS_munmap = 4091,
	SYS_uname = 4122,
	SYS_writev = 4146,
	SYS_mmap2 = 4210,
	SYS_exit_group = 4246,
	SYS_clock_gettime = 4263,
	SYS_set_thread_area = 4283,
};

/* MIPS mmap flags differ from x86's: MAP_ANONYMOUS is 0x800. */
enum {
	PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4,
	MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x800,
};

long __syscall(long a0, long a1, long a2, long a3, long a4, long a5, long number);

static inline long sys_write(int fd, const void *p, size_t n)
{
	return __syscall(fd, (long)p, n, 0, 0, 0, SYS_write);
}

static inline long sys_read(int fd, void *p, size_t n)
{
	return __syscall(fd, (long)p, n, 0, 0, 0, SYS_read);
}

static inline long sys_brk(void *p)
{
	return __syscall((long)p, 0, 0, 0, 0, 0, SYS_brk);
}

static inline long sys_mmap2(void *addr, size_t len, int prot, int flags, int fd, long pgoff)
{
	return __syscall((long)addr, len, prot, flags, fd, pgoff, SYS_mmap2);
}

static inline long sys_munmap(void *addr, size_t len)
{
	return __syscall((long)addr, len, 0, 0, 0, 0, SYS_munmap);
}

void sys_exit(int status) __attribute__((noreturn));

size_t strlen(const char *s);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int strcmp(const char *a, const char *b);

void put(const char *s);                 /* writes s to stdout */
void putn(const char *s, size_t n);
void putc_(char c);
void put_uint(uint32_t v);
void put_int(int32_t v);
void put_hex(uint32_t v);                /* 0x%08x */
void put_u64(uint64_t v);
void put_i64(int64_t v);
void flush(void);                        /* output is buffered: flush before exit */

#endif
