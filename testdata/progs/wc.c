/* wc.c: reads standard input to its end in small pieces and counts lines,
 * words and bytes, as wc does. */
#include "lib.h"

int main(void)
{
	char buf[100];
	uint32_t lines = 0, words = 0, bytes = 0, h = 0;
	int inword = 0;
	long n;
	while ((n = sys_read(0, buf, sizeof buf)) > 0) {
		for (long i = 0; i < n; i++) {
			char c = buf[i];
			bytes++;
			h = h * 33 + (unsigned char)c;
			if (c == '\n')
				lines++;
			if (c == ' ' || c == '\n' || c == '\t') {
				inword = 0;
			} else if (!inword) {
				inword = 1;
				words++;
			}
		}
	}
	put_uint(lines);
	putc_(' ');
	put_uint(words);
	putc_(' ');
	put_uint(bytes);
	putc_(' ');
	put_hex(h);
	putc_('\n');
	flush();
	return n < 0 ? 1 : 0;
}
