/* loop.c: never ends. Run it with an instruction or cycle limit. */
#include "lib.h"

int main(void)
{
	for (volatile uint32_t i = 0;; i++)
		;
}
