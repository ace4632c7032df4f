#include <stdio.h>
#include <stdlib.h>
int main(void) {
	const char *s[] = {"0", "1.5", "-2.25e10", "3.141592653589793238", "1e-310", "0x1.8p3", "inf", "nan", "1e400", "  42abc", "4.9e-324", "2.2250738585072014e-308", "0.1", "123456789012345678901234567890"};
	for (unsigned i = 0; i < sizeof s / sizeof s[0]; i++) {
		char *end;
		double d = strtod(s[i], &end);
		float f = strtof(s[i], 0);
		printf("%-32s %.17g %.9g rest=\"%s\"\n", s[i], d, f, end);
	}
	printf("%ld %lu\n", strtol("-123456", 0, 10), strtoul("0xffffffff", 0, 16));
	return 0;
}
