/* fib.c: recursion. Naive Fibonacci and Ackermann, which exercise deep
 * call chains and the stack. */
#include "lib.h"

static uint32_t fib(uint32_t n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static uint32_t ack(uint32_t m, uint32_t n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

int main(void)
{
	for (uint32_t n = 0; n <= 20; n += 5) {
		put("fib(");
		put_uint(n);
		put(") = ");
		put_uint(fib(n));
		putc_('\n');
	}
	put("ack(2, 3) = ");
	put_uint(ack(2, 3));
	put("\nack(3, 5) = ");
	put_uint(ack(3, 5));
	putc_('\n');
	flush();
	return fib(12) & 0xff;
}
