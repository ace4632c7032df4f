/* script.c: linked with script.ld, which places sections of the program's
 * own: a table in .mytable, data in .mydata and zeros in .mybss, in a
 * segment far from the text. */
#include "shape.h"

__attribute__((section(".mytable"), used)) const uint32_t mytable[4] = {10, 20, 30, 40};
__attribute__((section(".mydata"))) volatile uint32_t mydata[2] = {0xabc, 0xdef};
__attribute__((section(".mybss"))) volatile uint32_t mybss[2048];
extern char __mybss_start[], __mybss_end[];

int main(int argc, char **argv, char **envp)
{
	report("script", envp);
	outv("&mytable", (uint32_t)mytable);
	outv("&mydata", (uint32_t)mydata);
	outv("&mybss", (uint32_t)mybss);
	outv("__mybss_end - __mybss_start", __mybss_end - __mybss_start);
	int bad = check("mytable", mytable[0] + mytable[1] + mytable[2] + mytable[3] == 100, mytable[3]);
	bad |= check("mydata", mydata[0] == 0xabc && mydata[1] == 0xdef, mydata[1]);
	uint32_t sum = 0;
	for (int i = 0; i < 2048; i++)
		sum |= mybss[i];
	bad |= check("mybss is zero", sum == 0, sum);
	mybss[2047] = mydata[0] + mytable[3];
	outv("mybss[2047] after writing", mybss[2047]);
	return bad;
}
