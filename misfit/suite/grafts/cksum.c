/* cksum.c: the Internet checksum (RFC 1071) of n bytes. */
unsigned inet_cksum(const unsigned char *p, unsigned n)
{
	unsigned sum = 0;
	while (n > 1) {
		sum += (unsigned)p[0] << 8 | p[1];
		p += 2;
		n -= 2;
	}
	if (n)
		sum += (unsigned)p[0] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return ~sum & 0xffff;
}
