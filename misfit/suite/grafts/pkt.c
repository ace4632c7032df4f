/* pkt.c: parse Ethernet II / IPv4 / TCP or UDP headers into flow keys. */
struct flow {
	unsigned src, dst;
	unsigned short sport, dport;
	unsigned char proto, ok;
};

static unsigned be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static unsigned be32(const unsigned char *p) { return be16(p) << 16 | be16(p + 2); }

static int parse(const unsigned char *p, unsigned len, struct flow *f)
{
	f->ok = 0;
	if (len < 14 + 20 || be16(p + 12) != 0x0800)
		return 0;
	const unsigned char *ip = p + 14;
	unsigned ihl = (ip[0] & 15) * 4;
	if (ip[0] >> 4 != 4 || ihl < 20 || 14 + ihl + 4 > len)
		return 0;
	if (be16(ip + 2) + 14 > len || (be16(ip + 6) & 0x1fff) != 0)
		return 0;
	f->proto = ip[9];
	f->src = be32(ip + 12);
	f->dst = be32(ip + 16);
	if (f->proto != 6 && f->proto != 17)
		return 0;
	f->sport = be16(ip + ihl);
	f->dport = be16(ip + ihl + 2);
	f->ok = 1;
	return 1;
}

/* pkt_batch parses n packets of stride bytes (each starts with its length
 * as a little-endian word) and returns how many were TCP or UDP. */
unsigned pkt_batch(const unsigned char *pkts, unsigned n, unsigned stride, struct flow *out)
{
	unsigned good = 0;
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *p = pkts + i * stride;
		unsigned len = *(const unsigned *)p;
		good += parse(p + 4, len, &out[i]);
	}
	return good;
}
