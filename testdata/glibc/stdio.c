#include <stdio.h>
#include <math.h>
int main(void) {
	double v[] = {0.0, -0.0, 1.0, -2.5, 3.14159265358979, 1e300, -1e-300, 123456789.125, 1.0/3, 2.0/3, 1e-5, 5e-324, 1.7976931348623157e308};
	for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++)
		printf("%f %e %g %.17g %a\n", v[i], v[i], v[i], v[i], v[i]);
	printf("%f %f %f\n", INFINITY, -INFINITY, NAN);
	float f = 1.1f;
	printf("%f %.10f\n", f, f * 3.0f);
	char buf[64];
	snprintf(buf, sizeof buf, "%08.3f|%-10.2e|%+g", 3.5, -0.000123, 1e20);
	puts(buf);
	return 0;
}
