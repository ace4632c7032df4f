/* gc.c: built with -ffunction-sections -fdata-sections and linked with
 * --gc-sections, which drops what main does not reach. */
#include "shape.h"

volatile uint32_t kept_data = 5;
volatile uint32_t dropped_data[4096] = {1};
volatile uint32_t kept_zero[100];
volatile uint32_t dropped_zero[8192];

uint32_t dropped_function(uint32_t x) { return dropped_data[x] + dropped_zero[x]; }
uint32_t kept_function(uint32_t x) { return x + kept_data; }

int main(int argc, char **argv, char **envp)
{
	report("gc", envp);
	outv("&kept_data", (uint32_t)&kept_data);
	outv("&kept_zero", (uint32_t)kept_zero);
	kept_zero[99] = kept_function(10);
	outv("kept_function(10)", kept_zero[99]);
	return kept_zero[0];
}
