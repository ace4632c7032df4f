/* graftlab.h: the graftlab kit's small runtime for C programs built without
 * a C library (see README.md in this directory): Linux o32 system calls,
 * memory and string functions, buffered output with a printf, and a heap.
 *
 * Output through putchar, puts, fputs_ and printf is buffered; exit (and
 * returning from main) flushes it, _exit does not. */
#ifndef GRAFTLAB_H
#define GRAFTLAB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Linux o32 system-call numbers (arch/mips/include/uapi/asm/unistd.h). */
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

/* __syscall (start.S) makes system call number with up to six arguments;
 * it returns the result, or -errno. */
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

static inline long sys_getpid(void)
{
	return __syscall(0, 0, 0, 0, 0, 0, SYS_getpid);
}

static inline long sys_mmap2(void *addr, size_t len, int prot, int flags, int fd, long pgoff)
{
	return __syscall((long)addr, len, prot, flags, fd, pgoff, SYS_mmap2);
}

static inline long sys_munmap(void *addr, size_t len)
{
	return __syscall((long)addr, len, 0, 0, 0, 0, SYS_munmap);
}

void _exit(int status) __attribute__((noreturn)); /* start.S: no flush */
void exit(int status) __attribute__((noreturn));  /* flushes, then _exit */

/* Memory and strings (gcc may call memcpy, memmove, memset and memcmp
 * itself, so they are here even if the program does not name them). */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strchr(const char *s, int c);

/* Output to stdout, buffered. */
int putchar(int c);
int puts(const char *s);      /* s and a newline */
int fputs_(const char *s);    /* s alone */
void flush(void);
/* printf knows %d %i %u %x %X %o %c %s %p %%, the flags - and 0, a width
 * (or *), and the length modifiers l, ll, h, hh and z. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);

/* The heap: sbrk moves the break; malloc takes from it and never gives
 * back (free does nothing). They return NULL when the break cannot move. */
void *sbrk(long increment);
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void free(void *p);

#endif
