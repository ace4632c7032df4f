#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

static volatile double one = 1.0, three = 3.0, big = 1e308, tiny = 1e-308, zero = 0.0;
static volatile float fone = 1.0f, fthree = 3.0f;

static void show(const char *name) {
	double q = one / three;
	float fq = fone / fthree;
	double neg = -one / three;
	printf("%-8s %.17g %.9g %.17g %ld %ld %.17g\n", name, q, fq, neg, lrint(2.5), lrint(-3.5), nearbyint(7.5));
}

int main(void) {
	int modes[] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD};
	const char *names[] = {"nearest", "zero", "up", "down"};
	for (int i = 0; i < 4; i++) {
		fesetround(modes[i]);
		show(names[i]);
	}
	fesetround(FE_TONEAREST);
	feclearexcept(FE_ALL_EXCEPT);
	volatile double r = big * 10;
	printf("overflow %g %d %d\n", r, !!fetestexcept(FE_OVERFLOW), !!fetestexcept(FE_INEXACT));
	feclearexcept(FE_ALL_EXCEPT);
	r = tiny / 1e10;
	printf("underflow %g %d\n", r, !!fetestexcept(FE_UNDERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	r = one / zero;
	printf("divbyzero %g %d\n", r, !!fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	r = zero / zero;
	printf("invalid %g %d\n", r, !!fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	r = sqrt(-one);
	printf("sqrt(-1) %g %d\n", r, !!fetestexcept(FE_INVALID));
	printf("denormal %.17g %a\n", DBL_MIN / 3, DBL_MIN / 3);
	printf("casts %d %u %lld %d\n", (int)-7.9, (unsigned)3e9, (long long)-1e18, (int)(float)123456789);
	return 0;
}
