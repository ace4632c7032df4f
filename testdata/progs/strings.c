/* strings.c: string functions written out by hand: copy, concatenate,
 * search, reverse, convert. */
#include "lib.h"

static char *my_strcpy(char *d, const char *s)
{
	char *r = d;
	while ((*d++ = *s++))
		;
	return r;
}

static char *my_strcat(char *d, const char *s)
{
	my_strcpy(d + strlen(d), s);
	return d;
}

static const char *my_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == c)
			return s;
	return c ? NULL : s;
}

static const char *my_strrchr(const char *s, int c)
{
	const char *r = NULL;
	do
		if (*s == c)
			r = s;
	while (*s++);
	return r;
}

static const char *my_strstr(const char *h, const char *n)
{
	size_t ln = strlen(n);
	for (; *h; h++)
		if (memcmp(h, n, ln) == 0)
			return h;
	return ln ? NULL : h;
}

static void reverse(char *s)
{
	for (char *e = s + strlen(s) - 1; s < e; s++, e--) {
		char t = *s;
		*s = *e;
		*e = t;
	}
}

static int my_atoi(const char *s)
{
	int sign = 1, v = 0;
	while (*s == ' ')
		s++;
	if (*s == '-' || *s == '+')
		sign = *s++ == '-' ? -1 : 1;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return sign * v;
}

static void upper(char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			*s -= 'a' - 'A';
}

int main(void)
{
	char buf[128];
	my_strcpy(buf, "graft");
	my_strcat(buf, "lab: ");
	my_strcat(buf, "segments and grafts");
	put(buf);
	put("\nlength ");
	put_uint(strlen(buf));
	put("\nfirst 'a' at ");
	put_int(my_strchr(buf, 'a') - buf);
	put("\nlast 'a' at ");
	put_int(my_strrchr(buf, 'a') - buf);
	put("\n\"grafts\" at ");
	put_int(my_strstr(buf, "grafts") - buf);
	put("\n\"kernel\" found: ");
	put(my_strstr(buf, "kernel") ? "yes" : "no");
	reverse(buf);
	put("\nreversed: ");
	put(buf);
	upper(buf);
	put("\nupper: ");
	put(buf);
	put("\nstrcmp(abc, abd) < 0: ");
	put(strcmp("abc", "abd") < 0 ? "yes" : "no");
	put("\natoi: ");
	put_int(my_atoi("  -12345"));
	putc_(' ');
	put_int(my_atoi("+2147483647"));
	putc_(' ');
	put_int(my_atoi("42abc"));
	char big[1000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	memmove(big + 1, big, 500);
	big[0] = 'y';
	put("\nmemmove/memset length ");
	put_uint(strlen(big));
	putc_(' ');
	putc_(big[0]);
	putc_(big[1]);
	putc_('\n');
	flush();
	return 0;
}
