/* sys.c: the other system calls graftlab's user mode serves, and the
 * errors of the ones it refuses. */
#include "lib.h"

struct utsname {
	char sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65];
};

struct iovec {
	const void *base;
	size_t len;
};

struct timespec {
	int32_t sec, nsec;
};

static void check(const char *what, int ok)
{
	put(what);
	put(ok ? ": ok\n" : ": FAILED\n");
}

int main(void)
{
	struct utsname u;
	check("uname", __syscall((long)&u, 0, 0, 0, 0, 0, SYS_uname) == 0);
	put("sysname ");
	put(u.sysname);
	put("\nmachine ");
	put(u.machine);
	putc_('\n');
	check("getpid is positive", __syscall(0, 0, 0, 0, 0, 0, SYS_getpid) > 0);

	struct timespec a, b;
	check("clock_gettime(CLOCK_MONOTONIC)", __syscall(1, (long)&a, 0, 0, 0, 0, SYS_clock_gettime) == 0);
	for (volatile int i = 0; i < 1000; i++)
		;
	__syscall(1, (long)&b, 0, 0, 0, 0, SYS_clock_gettime);
	check("time does not go back", b.sec > a.sec || (b.sec == a.sec && b.nsec >= a.nsec));
	check("nanoseconds below 1e9", a.nsec >= 0 && a.nsec < 1000000000);
	check("clock_gettime(bad clock) is EINVAL", __syscall(1000, (long)&a, 0, 0, 0, 0, SYS_clock_gettime) == -22);

	static int tls[4];
	check("set_thread_area", __syscall((long)(tls + 2), 0, 0, 0, 0, 0, SYS_set_thread_area) == 0);

	check("unknown system call is ENOSYS", __syscall(0, 0, 0, 0, 0, 0, 4000 + 999) == -89);
	check("write to a bad descriptor is EBADF", sys_write(42, "x", 1) == -9);
	check("write from a bad pointer is EFAULT", sys_write(1, (void *)16, 1) == -14);
	check("read into a bad pointer is EFAULT", sys_read(0, (void *)16, 1) == -14);
	flush();

	struct iovec iov[3] = {{"writev: ", 8}, {"three ", 6}, {"pieces\n", 7}};
	check("writev", __syscall(1, (long)iov, 3, 0, 0, 0, SYS_writev) == 21);
	flush();
	return 0;
}
