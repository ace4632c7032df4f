struct node { struct node *next; int val; };
static int counter;
int table[16] = {1,2,3,4,5};
const char *msg = "hello\tworld\n";
extern int ext(int);
int sum(struct node *n) { int s = 0; for (; n; n = n->next) s += n->val; return s; }
long long mul64(long long a, long long b) { return a * b; }
int divmod(int a, int b) { return a / b + a % b; }
unsigned udiv(unsigned a, unsigned b) { return a / b; }
int sw(int x) { switch (x) { case 0: return 3; case 1: return ext(4); case 2: return 9; case 3: return counter++; case 4: return 11; default: return -1; } }
int callit(int (*f)(int), int v) { return f(v) + ext(v) + table[v & 15]; }
char buf[100];
