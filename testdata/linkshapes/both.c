/* both.c: initialised and zero-initialised data, small and large (with
 * -G 8, the small ones go to .sdata and .sbss and are reached through $gp),
 * and a function pointer table. The program of most of the link shapes. */
#include "shape.h"

volatile uint32_t small_init = 0x11223344;
volatile uint32_t small_zero;
volatile uint32_t big_init[300] = {7, [299] = 9};
volatile uint32_t big_zero[5000];

static uint32_t twice(uint32_t x) { return 2 * x; }
static uint32_t thrice(uint32_t x) { return 3 * x; }
uint32_t (*volatile ops[2])(uint32_t) = {twice, thrice};

int main(int argc, char **argv, char **envp)
{
	report(SHAPE, envp);
	outv("&small_init", (uint32_t)&small_init);
	outv("&small_zero", (uint32_t)&small_zero);
	outv("&big_init", (uint32_t)big_init);
	outv("&big_zero", (uint32_t)big_zero);
	int bad = check("small_init", small_init == 0x11223344, small_init);
	bad |= check("small_zero", small_zero == 0, small_zero);
	bad |= check("big_init", big_init[0] == 7 && big_init[1] == 0 && big_init[299] == 9, big_init[299]);
	uint32_t sum = 0;
	for (int i = 0; i < 5000; i++)
		sum |= big_zero[i];
	bad |= check("big_zero is zero", sum == 0, sum);
	small_zero = ops[0](21) + ops[1](100);
	big_zero[4999] = small_zero;
	outv("ops", big_zero[4999]);
	return bad;
}
