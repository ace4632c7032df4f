/* fnptr.c: calls through function pointers: SIZE thousand steps of a
 * state machine whose next operation, one of eight small functions, is
 * picked from a table by the state itself. */
#include "peers.h"

#define DEFAULT_SIZE 55000

typedef uint32_t (*op_fn)(uint32_t, uint32_t);

static uint32_t op_add(uint32_t s, uint32_t i) { return s + i; }
static uint32_t op_xor(uint32_t s, uint32_t i) { return s ^ (i * 0x9e3779b9); }
static uint32_t op_rot(uint32_t s, uint32_t i) { return s << (i & 31) | s >> (-i & 31); }
static uint32_t op_mul(uint32_t s, uint32_t i) { return s * 0x01000193 + i; }
static uint32_t op_sub(uint32_t s, uint32_t i) { return i - s; }
static uint32_t op_shf(uint32_t s, uint32_t i) { return xorshift(s + i); }
static uint32_t op_not(uint32_t s, uint32_t i) { return ~s + (i & 0xff); }
static uint32_t op_max(uint32_t s, uint32_t i) { return s > i ? s - i : i - s + 1; }

/* Not const, so that gcc cannot resolve a call at compile time. */
static op_fn ops[8] = {op_add, op_xor, op_rot, op_mul, op_sub, op_shf, op_not, op_max};

int main(int argc, char **argv)
{
	uint32_t size = size_arg(argc, argv, DEFAULT_SIZE);
	uint32_t s = 1;
	for (uint32_t i = 0; i < size; i++)
		for (uint32_t j = 0; j < 1000; j++)
			s = ops[(s >> 3 ^ j) & 7](s, j);
	return report("fnptr", size, s);
}
