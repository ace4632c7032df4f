/* Integer arithmetic that exercises multiply, divide, shifts and 64-bit
   values, and a few control-flow shapes. */
long long counter64;
unsigned long long mix64(unsigned long long a, unsigned b) { return (a << 7) ^ (a >> 3) ^ b; }
int divide(int a, int b) { return a / b; }
unsigned udivide(unsigned a, unsigned b) { return a % b; }
int scale(int a) { return a * 1000 + a / 7 - a % 13; }
int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
unsigned popcount(unsigned v) { unsigned n = 0; while (v) { n += v & 1; v >>= 1; } return n; }
int rotate(unsigned v, int n) { return (v << n) | (v >> (32 - n)); }
extern void note(int);
void loop(int n) { for (int i = 0; i < n; i++) { if (i % 3 == 0) continue; note(i); counter64 += i; } }
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
