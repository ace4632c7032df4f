/* xor.c: VINO's naive encryption graft: xor a buffer with a repeating key.
 * keymask is the key length minus one (a power of two). */
void xor_crypt(unsigned char *buf, unsigned n, const unsigned char *key, unsigned keymask)
{
	for (unsigned i = 0; i < n; i++)
		buf[i] ^= key[i & keymask];
}
