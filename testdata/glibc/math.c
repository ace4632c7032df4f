#include <stdio.h>
#include <math.h>
int main(void) {
	double x[] = {0.5, 1.0, 2.0, 3.0, 10.0, -1.5, 0.1, 100.25, 1e-3};
	for (unsigned i = 0; i < sizeof x / sizeof x[0]; i++) {
		double a = x[i];
		printf("%g: sqrt %.17g sin %.17g cos %.17g exp %.17g log %.17g pow %.17g fmod %.17g floor %g ceil %g round %g\n",
			a, sqrt(fabs(a)), sin(a), cos(a), exp(a), log(fabs(a)), pow(fabs(a), 1.5), fmod(a * 7.3, 2.1), floor(a), ceil(a), round(a));
		float f = (float)a;
		printf("  f: %.9g %.9g %.9g %.9g\n", sqrtf(fabsf(f)), sinf(f), expf(f), powf(fabsf(f), 0.75f));
	}
	printf("%.17g %.17g %.17g\n", atan2(1, 2), hypot(3, 4), tan(0.7));
	return 0;
}
