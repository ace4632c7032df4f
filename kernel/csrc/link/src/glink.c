/*
 * glink.c: the guest kernel's graft linker (glink.h says what it does).
 *
 * It mirrors, rule for rule, loader/object's Parse, misfit/verify's link
 * (link.go), the structural rules of misfit/verify (the info note, the code
 * section, the table, the stubs, the entry points) and misfit/sign's search
 * for the signature note. Nothing is kept of the object but a few indexes
 * and the placed address of each section (GLINK_MAXSECT of them); symbols
 * and relocations are read from the object where they lie.
 */
#include <stddef.h>
#include "glink.h" /* in the directory above: build.sh passes -I. */

_Static_assert(offsetof(struct glink_place, flags) == 36, "glink_place layout");
_Static_assert(sizeof(struct glink_place) == 40, "glink_place size");
_Static_assert(offsetof(struct glink_image, entries) == 28, "glink_image layout");
_Static_assert(sizeof(struct glink_image) == 604, "glink_image size");
_Static_assert(sizeof(struct glink_export) == 8, "glink_export size");

/* ELF */
enum {
	EHDR = 52, SHDR = 40, SYM = 16, REL = 8,
	SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4, SHT_HASH = 5,
	SHT_DYNAMIC = 6, SHT_NOBITS = 8, SHT_REL = 9, SHT_DYNSYM = 11, SHT_GROUP = 17,
	SHT_SYMTAB_SHNDX = 18,
	SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4,
	STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2,
	STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4,
	SHN_UNDEF = 0, SHN_LORESERVE = 0xff00, SHN_MIPS_SCOMMON = 0xff03,
	SHN_MIPS_SUNDEFINED = 0xff04, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2,
	R_MIPS_NONE = 0, R_MIPS_32 = 2, R_MIPS_26 = 4, R_MIPS_HI16 = 5, R_MIPS_LO16 = 6,
	R_MIPS_PC16 = 10,
};
#define SHT_GNU_HASH 0x6ffffff6u
#define SHT_MIPS_REGINFO 0x70000006u
#define SHT_MIPS_ABIFLAGS 0x7000002au

/* MiSFIT */
enum { NOTE_INFO = 1, NOTE_SIG = 2, MAX_SLOTS = 1 << 14, STUB_BYTES = 16 };
#define J_OP 0x08000000u

static const char note_section[] = ".note.graftlab.misfit";
static const char note_name[] = "graftlab";

/* Unaligned little-endian access (lwl/lwr, swl/swr): the object may lie at
 * any address, and a section aligned to less than 4 places its words so. */
typedef struct { uint32_t v; } __attribute__((packed, may_alias)) u32u;
typedef struct { uint16_t v; } __attribute__((packed, may_alias)) u16u;

static inline uint32_t rd32(const uint8_t *p) { return ((const u32u *)p)->v; }
static inline uint32_t rd16(const uint8_t *p) { return ((const u16u *)p)->v; }
static inline void wr32(uint8_t *p, uint32_t v) { ((u32u *)p)->v = v; }

static inline uint32_t sext(uint32_t v, unsigned bits)
{
	return (uint32_t)((int32_t)(v << (32 - bits)) >> (32 - bits));
}

/* streq compares NUL-terminated a (from the object, known to be
 * terminated) with b (the kernel's). */
static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* The state of one glink_link call. */
struct ctx {
	const uint8_t *obj;
	uint32_t len;
	const uint8_t *sh; /* section headers */
	uint32_t shnum, shstrndx;
	uint32_t symtab, strndx; /* 0: none */
	const uint8_t *syms;
	uint32_t nsyms; /* 1 (the null symbol) without a symbol table */
	const uint8_t *str;
	uint32_t strsize, strend; /* strend: 1 + the last NUL's offset, 0 if none */
	const struct glink_place *pl;
	uint32_t text; /* the placed code section, 0 before placing */
	uint8_t content[GLINK_MAXSECT]; /* a content section (object.Parse's File.Sections) */
	uint8_t placed[GLINK_MAXSECT];
	uint32_t at[GLINK_MAXSECT]; /* its address, if placed */
};

static inline const uint8_t *shdr(const struct ctx *c, uint32_t i) { return c->sh + SHDR * i; }
static inline uint32_t sh_name(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i)); }
static inline uint32_t sh_type(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 4); }
static inline uint32_t sh_flags(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 8); }
static inline uint32_t sh_off(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 16); }
static inline uint32_t sh_size(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 20); }
static inline uint32_t sh_link(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 24); }
static inline uint32_t sh_info(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 28); }
static inline uint32_t sh_align(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 32); }
static inline uint32_t sh_entsize(const struct ctx *c, uint32_t i) { return rd32(shdr(c, i) + 36); }

static inline int has_contents(const struct ctx *c, uint32_t i)
{
	return sh_type(c, i) != SHT_NOBITS && sh_size(c, i) > 0;
}

/* The bytes of section i: its contents, or none (NOBITS or empty). */
static inline uint32_t contents_size(const struct ctx *c, uint32_t i)
{
	return has_contents(c, i) ? sh_size(c, i) : 0;
}

/* strend returns 1 + the offset of tab's last NUL, or 0 if it has none: a
 * string at off is NUL-terminated inside tab exactly when off < strend. */
static uint32_t strend(const uint8_t *tab, uint32_t size)
{
	while (size > 0 && tab[size - 1] != 0)
		size--;
	return size;
}

/* str_ok is object's stringAt: a NUL-terminated string at off. */
static inline int str_ok(uint32_t size, uint32_t end, uint32_t off)
{
	return off < end || (off == 0 && size == 0);
}

static inline const char *str_at(const uint8_t *tab, uint32_t size, uint32_t off)
{
	return size == 0 ? "" : (const char *)tab + off;
}

/* Symbol k's fields (k < nsyms, k > 0). */
static inline const uint8_t *sym(const struct ctx *c, uint32_t k) { return c->syms + SYM * k; }
static inline const char *sym_name(const struct ctx *c, uint32_t k)
{
	return str_at(c->str, c->strsize, rd32(sym(c, k)));
}
static inline uint32_t sym_value(const struct ctx *c, uint32_t k) { return rd32(sym(c, k) + 4); }
static inline uint32_t sym_bind(const struct ctx *c, uint32_t k) { return sym(c, k)[12] >> 4; }
static inline uint32_t sym_type(const struct ctx *c, uint32_t k) { return sym(c, k)[12] & 0xf; }
static inline uint32_t sym_shndx(const struct ctx *c, uint32_t k) { return rd16(sym(c, k) + 14); }

static inline int undefined_shndx(uint32_t x) { return x == SHN_UNDEF || x == SHN_MIPS_SUNDEFINED; }

/* export looks name up in the export list. */
static int export(const struct glink_place *pl, const char *name, uint32_t *addr)
{
	for (uint32_t i = 0; i < pl->nexports; i++) {
		if (pl->exports[i].name && streq(name, pl->exports[i].name)) {
			*addr = pl->exports[i].addr;
			return 1;
		}
	}
	return 0;
}

/* parse_header reads the ELF header and the section headers, and checks
 * the section contents and names (object's parse, readSectionHeaders,
 * checkOverlap). */
static int parse_header(struct ctx *c)
{
	const uint8_t *d = c->obj;
	if (c->len < EHDR)
		return GLINK_EHEADER;
	if (d[0] != 0x7f || d[1] != 'E' || d[2] != 'L' || d[3] != 'F' || d[4] != 1 || d[5] != 1 || d[6] != 1)
		return GLINK_EHEADER;
	if (rd16(d + 16) != 1 /* ET_REL */ || rd16(d + 18) != 8 /* EM_MIPS */)
		return GLINK_EHEADER;
	uint32_t shoff = rd32(d + 32), shentsize = rd16(d + 46);
	uint32_t shnum = rd16(d + 48), shstrndx = rd16(d + 50);
	c->shnum = shnum;
	if (shnum == 0)
		return shoff != 0 ? GLINK_EHEADER : 0;
	if (shentsize != SHDR || (uint64_t)shoff + (uint64_t)shnum * SHDR > c->len)
		return GLINK_ESHDRS;
	if (shstrndx == 0 || shstrndx >= shnum)
		return GLINK_ESHSTRNDX;
	if (shnum > GLINK_MAXSECT)
		return GLINK_ESECTIONS;
	c->sh = d + shoff;
	c->shstrndx = shstrndx;
	uint8_t order[GLINK_MAXSECT];
	uint32_t n = 0;
	for (uint32_t i = 0; i < shnum; i++) {
		if (!has_contents(c, i))
			continue;
		uint32_t off = sh_off(c, i);
		if ((uint64_t)off + sh_size(c, i) > c->len)
			return GLINK_ETRUNC;
		if (i == 0)
			continue;
		/* Insert i by offset, after those with the same offset. */
		uint32_t k = n++;
		while (k > 0 && sh_off(c, order[k - 1]) > off) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = (uint8_t)i;
	}
	for (uint32_t k = 1; k < n; k++) {
		uint32_t a = order[k - 1], b = order[k];
		if ((uint64_t)sh_off(c, a) + sh_size(c, a) > sh_off(c, b))
			return GLINK_EOVERLAP;
	}
	if (sh_type(c, shstrndx) != SHT_STRTAB)
		return GLINK_ESHSTRNDX;
	uint32_t size = contents_size(c, shstrndx);
	uint32_t end = strend(d + sh_off(c, shstrndx), size);
	for (uint32_t i = 1; i < shnum; i++) {
		if (!str_ok(size, end, sh_name(c, i)))
			return GLINK_ENAME;
	}
	return 0;
}

/* classify finds the symbol table and the content sections (object's
 * classify). */
static int classify(struct ctx *c)
{
	for (uint32_t i = 1; i < c->shnum; i++) {
		uint32_t t = sh_type(c, i);
		switch (t) {
		case SHT_SYMTAB: {
			if (c->symtab)
				return GLINK_ESECTYPE;
			c->symtab = i;
			uint32_t l = sh_link(c, i);
			if (l == 0 || l >= c->shnum || sh_type(c, l) != SHT_STRTAB)
				return GLINK_ESYMTAB;
			c->strndx = l;
			break;
		}
		case SHT_RELA:
		case SHT_GROUP:
		case SHT_SYMTAB_SHNDX:
		case SHT_DYNSYM:
		case SHT_DYNAMIC:
		case SHT_HASH:
			return GLINK_ESECTYPE;
		default:
			if (t == SHT_GNU_HASH)
				return GLINK_ESECTYPE;
		}
	}
	for (uint32_t i = 1; i < c->shnum; i++) {
		c->content[i] = !(i == c->symtab || (c->symtab && i == c->strndx) || i == c->shstrndx ||
				  sh_type(c, i) == SHT_REL);
	}
	return 0;
}

/* symbols checks every symbol (object's readSymbols). */
static int symbols(struct ctx *c)
{
	c->nsyms = 1;
	if (!c->symtab)
		return 0;
	uint32_t s = c->symtab;
	if (sh_entsize(c, s) != SYM || sh_size(c, s) % SYM != 0)
		return GLINK_ESYMTAB;
	c->nsyms = contents_size(c, s) / SYM;
	if (c->nsyms == 0)
		return GLINK_ESYMTAB;
	c->syms = c->obj + sh_off(c, s);
	c->strsize = contents_size(c, c->strndx);
	c->str = c->obj + sh_off(c, c->strndx);
	c->strend = strend(c->str, c->strsize);
	for (uint32_t k = 1; k < c->nsyms; k++) {
		if (!str_ok(c->strsize, c->strend, rd32(sym(c, k))))
			return GLINK_ENAME;
		uint32_t bind = sym_bind(c, k), type = sym_type(c, k), x = sym_shndx(c, k);
		if (bind != STB_LOCAL && bind != STB_GLOBAL && bind != STB_WEAK)
			return GLINK_ESYMBOL;
		switch (type) {
		case STT_NOTYPE:
		case STT_OBJECT:
		case STT_FUNC:
		case STT_FILE:
			break;
		case STT_SECTION:
			if (x >= c->shnum || !c->content[x])
				return GLINK_ESHNDX;
			if (sym_value(c, k) != 0)
				return GLINK_ESYMBOL;
			continue;
		default:
			return GLINK_ESYMBOL;
		}
		if (undefined_shndx(x) || x == SHN_ABS || x == SHN_COMMON || x == SHN_MIPS_SCOMMON)
			continue;
		if (x >= SHN_LORESERVE || x >= c->shnum || !c->content[x])
			return GLINK_ESHNDX;
	}
	return 0;
}

/* is_rel reports whether section j holds relocations for section i. */
static inline int is_rel(const struct ctx *c, uint32_t j, uint32_t i)
{
	return sh_type(c, j) == SHT_REL && sh_info(c, j) == i && sh_size(c, j) > 0;
}

static int has_relocs(const struct ctx *c, uint32_t i)
{
	for (uint32_t j = 1; j < c->shnum; j++) {
		if (is_rel(c, j, i))
			return 1;
	}
	return 0;
}

/* relocs checks the relocation sections (object's readRelocs) and, unless
 * unchecked, that every undefined symbol a relocation names is exported
 * (the verifier's checkSymbols, over every section). */
static int relocs(struct ctx *c, int checked)
{
	for (uint32_t i = 1; i < c->shnum; i++) {
		if (sh_type(c, i) != SHT_REL)
			continue;
		uint32_t info = sh_info(c, i);
		if (info == 0 || info >= c->shnum || !c->content[info])
			return GLINK_ERELSEC;
		uint32_t size = sh_size(c, i);
		if (size == 0)
			continue;
		if (!c->symtab || sh_link(c, i) != c->symtab || sh_entsize(c, i) != REL || size % REL != 0)
			return GLINK_ERELSEC;
		const uint8_t *r = c->obj + sh_off(c, i);
		for (uint32_t k = 0; k < size; k += REL) {
			uint32_t s = rd32(r + k + 4) >> 8;
			if (s >= c->nsyms)
				return GLINK_ERELSYM;
			if (checked && s != 0 && sym_type(c, s) != STT_SECTION && undefined_shndx(sym_shndx(c, s))) {
				uint32_t a;
				if (!export(c->pl, sym_name(c, s), &a))
					return GLINK_EUNDEF;
			}
		}
	}
	return 0;
}

/* The info note of a rewritten graft. */
struct note {
	uint32_t policy, code_end, slots;
};

/* find_section returns the content section called name (0: none, -1: two). */
static int find_section(const struct ctx *c, const char *name)
{
	if (c->shnum == 0)
		return 0;
	uint32_t size = contents_size(c, c->shstrndx);
	const uint8_t *tab = c->obj + sh_off(c, c->shstrndx);
	int found = 0;
	for (uint32_t i = 1; i < c->shnum; i++) {
		if (c->content[i] && streq(str_at(tab, size, sh_name(c, i)), name)) {
			if (found)
				return -1;
			found = (int)i;
		}
	}
	return found;
}

/* read_note reads the info note (the verifier's readNote). */
static int read_note(const struct ctx *c, struct note *n)
{
	int s = find_section(c, note_section);
	if (s == 0)
		return GLINK_ENOTREWRITTEN;
	if (s < 0)
		return GLINK_ENOTE;
	const uint8_t *d = c->obj + sh_off(c, (uint32_t)s);
	uint64_t len = contents_size(c, (uint32_t)s);
	const uint8_t *info = 0;
	uint64_t infosz = 0;
	int seen = 0;
	for (uint64_t p = 0; p < len;) {
		if (p + 12 > len)
			return GLINK_ENOTE;
		uint64_t namesz = rd32(d + p), descsz = rd32(d + p + 4);
		uint32_t type = rd32(d + p + 8);
		uint64_t name = p + 12;
		uint64_t desc = name + ((namesz + 3) & ~(uint64_t)3);
		uint64_t next = desc + ((descsz + 3) & ~(uint64_t)3);
		if (next > len)
			return GLINK_ENOTE;
		if (namesz != sizeof note_name)
			return GLINK_ENOTE;
		for (uint32_t k = 0; k < sizeof note_name; k++) {
			if (d[name + k] != (uint8_t)note_name[k])
				return GLINK_ENOTE;
		}
		if (type != NOTE_INFO && type != NOTE_SIG)
			return GLINK_ENOTE;
		if (seen & (1 << type))
			return GLINK_ENOTE;
		seen |= 1 << type;
		if (type == NOTE_INFO)
			info = d + desc, infosz = descsz;
		p = next;
	}
	if (!(seen & (1 << NOTE_INFO)) || infosz != 20 || rd32(info) != 1)
		return GLINK_ENOTE;
	n->policy = rd32(info + 4);
	n->code_end = rd32(info + 12);
	n->slots = rd32(info + 16);
	if (n->policy > 1)
		return GLINK_ENOTE;
	return 0;
}

/* code_section finds the only executable content section, allocated or
 * not, as the verifier does (its codeSection), and checks the table. */
static int code_section(const struct ctx *c, const struct note *n)
{
	uint32_t text = 0;
	for (uint32_t i = 1; i < c->shnum; i++) {
		if (!c->content[i] || !(sh_flags(c, i) & SHF_EXECINSTR))
			continue;
		if (text)
			return GLINK_ECODE;
		text = i;
	}
	if (!text)
		return GLINK_ENOCODE;
	if ((sh_flags(c, text) & SHF_WRITE) || sh_type(c, text) != SHT_PROGBITS)
		return GLINK_ECODE;
	if (n->slots == 0 || n->slots > MAX_SLOTS || (n->slots & (n->slots - 1)) != 0)
		return GLINK_ETABLE;
	if (n->code_end % 4 != 0 || n->code_end < 8 || (uint64_t)n->code_end + 4 * (uint64_t)n->slots != sh_size(c, text))
		return GLINK_ETABLE;
	if (n->code_end < STUB_BYTES)
		return GLINK_ESTUBS;
	return 0;
}

/* place lays out the allocated sections: the code section at code_base,
 * the others from data_base (link.go's first loop). */
static int place(struct ctx *c, uint64_t *data_end)
{
	const struct glink_place *pl = c->pl;
	uint64_t code = pl->code_base, data = pl->data_base;
	uint64_t code_lim = (uint64_t)pl->code_base + pl->code_size;
	uint64_t data_lim = (uint64_t)pl->data_base + (pl->region_size - pl->stack_reserve);
	for (uint32_t i = 1; i < c->shnum; i++) {
		uint32_t flags = sh_flags(c, i), type = sh_type(c, i);
		if (!c->content[i] || !(flags & SHF_ALLOC))
			continue;
		if (type == SHT_MIPS_REGINFO || type == SHT_MIPS_ABIFLAGS) {
			if (has_relocs(c, i))
				return GLINK_ERELTARGET;
			continue;
		}
		uint64_t size = sh_size(c, i);
		if (type == SHT_NOBITS && has_relocs(c, i))
			return GLINK_ERELTARGET;
		uint64_t al = sh_align(c, i);
		if (al == 0)
			al = 1;
		if ((al & (al - 1)) != 0 || al > 0x10000)
			return GLINK_EALIGN;
		uint64_t a;
		if (flags & SHF_EXECINSTR) {
			if ((flags & SHF_WRITE) || c->text || type != SHT_PROGBITS)
				return GLINK_ECODE;
			c->text = i;
			a = (code + al - 1) & ~(al - 1);
			if (a + size > code_lim)
				return GLINK_ECODESIZE;
			code = a + size;
		} else {
			a = (data + al - 1) & ~(al - 1);
			if (a + size > data_lim)
				return GLINK_EDATASIZE;
			data = a + size;
		}
		c->placed[i] = 1;
		c->at[i] = (uint32_t)a;
	}
	if (!c->text)
		return GLINK_ENOCODE;
	*data_end = data;
	return 0;
}

/* resolve gives a relocation's symbol value S and whether the symbol is
 * local (link.go's resolve). */
static int resolve(const struct ctx *c, uint32_t s, uint32_t *S, int *local)
{
	*S = 0;
	*local = 1;
	if (s == 0)
		return 0;
	uint32_t x = sym_shndx(c, s);
	if (sym_type(c, s) == STT_SECTION) {
		if (!c->placed[x])
			return GLINK_ESYMSECT;
		*S = c->at[x];
		return 0;
	}
	if (undefined_shndx(x))
		return export(c->pl, sym_name(c, s), S) ? (*local = 0, 0) : GLINK_EUNDEF;
	if (x == SHN_ABS)
		return GLINK_EABS;
	if (x == SHN_COMMON || x == SHN_MIPS_SCOMMON)
		return GLINK_ECOMMON;
	uint32_t v = sym_value(c, s);
	if (!c->placed[x] || v > sh_size(c, x))
		return GLINK_ESYMSECT;
	*S = c->at[x] + v;
	*local = sym_bind(c, s) == STB_LOCAL;
	return 0;
}

/* same_sym: the same symbol, as Parse's model has it (section symbols of
 * one section are one symbol). */
static int same_sym(const struct ctx *c, uint32_t a, uint32_t b)
{
	if (a == b)
		return 1;
	if (a == 0 || b == 0)
		return 0;
	return sym_type(c, a) == STT_SECTION && sym_type(c, b) == STT_SECTION && sym_shndx(c, a) == sym_shndx(c, b);
}

/* A section being relocated: where it is written and placed. */
struct target {
	uint32_t sec, size, addr;
	uint8_t *dst;
};

/* paired_lo finds the low half of the addend of the HI16 that is
 * relocation k of REL section j: the next LO16 against the same symbol,
 * in this section's relocations (every REL section for it, in order), as
 * it is in dst now (link.go's pairedLO). */
static int paired_lo(const struct ctx *c, const struct target *t, uint32_t j, uint32_t k, uint32_t s, uint32_t *lo)
{
	uint32_t budget = GLINK_HIWINDOW;
	k++;
	for (;;) {
		const uint8_t *r = c->obj + sh_off(c, j);
		uint32_t n = sh_size(c, j) / REL;
		for (; k < n; k++) {
			if (budget-- == 0)
				return GLINK_EHIWINDOW;
			uint32_t off = rd32(r + REL * k), info = rd32(r + REL * k + 4);
			if ((info & 0xff) == R_MIPS_LO16 && same_sym(c, info >> 8, s) && off % 4 == 0 &&
			    (uint64_t)off + 4 <= t->size) {
				*lo = sext(rd32(t->dst + off) & 0xffff, 16);
				return 0;
			}
		}
		do
			j++;
		while (j < c->shnum && !is_rel(c, j, t->sec));
		if (j >= c->shnum)
			return GLINK_EHI16;
		k = 0;
	}
}

/* relocate applies relocation k of REL section j to t (link.go's
 * relocate). */
static int relocate(const struct ctx *c, const struct target *t, uint32_t j, uint32_t k)
{
	const uint8_t *r = c->obj + sh_off(c, j) + REL * k;
	uint32_t off = rd32(r), info = rd32(r + 4), s = info >> 8;
	uint32_t S;
	int local;
	int err = resolve(c, s, &S, &local);
	if (err)
		return err;
	if (off % 4 != 0 || (uint64_t)off + 4 > t->size)
		return GLINK_ERELOFF;
	uint32_t P = t->addr + off;
	uint32_t w = rd32(t->dst + off);
	switch (info & 0xff) {
	case R_MIPS_32:
		w += S;
		break;
	case R_MIPS_26: {
		uint32_t a = (w & 0x3ffffff) << 2;
		if (!local)
			a = sext(a, 28);
		uint32_t v = a + S;
		if ((v & 0xf0000000) != ((P + 4) & 0xf0000000) || v % 4 != 0)
			return GLINK_ERANGE;
		w = (w & ~0x3ffffffu) | ((v >> 2) & 0x3ffffff);
		break;
	}
	case R_MIPS_HI16: {
		uint32_t lo;
		if ((err = paired_lo(c, t, j, k, s, &lo)) != 0)
			return err;
		uint32_t v = ((w & 0xffff) << 16) + lo + S;
		w = (w & ~0xffffu) | (((v + 0x8000) >> 16) & 0xffff);
		break;
	}
	case R_MIPS_LO16:
		w = (w & ~0xffffu) | ((sext(w & 0xffff, 16) + S) & 0xffff);
		break;
	case R_MIPS_PC16: {
		uint32_t v = sext((w & 0xffff) << 2, 18) + S - P;
		if (sext(v, 18) != v || v % 4 != 0)
			return GLINK_ERANGE;
		w = (w & ~0xffffu) | ((v >> 2) & 0xffff);
		break;
	}
	case R_MIPS_NONE:
		break;
	default:
		return GLINK_ERELTYPE;
	}
	wr32(t->dst + off, w);
	return 0;
}

/* zero and copy: word by word when the destination is aligned (no library
 * calls: the object must not have undefined symbols). */
static void zero(uint8_t *d, uint32_t n)
{
	if (((uintptr_t)d & 3) == 0) {
		uint32_t *w = (uint32_t *)d;
		for (; n >= 16; n -= 16, w += 4)
			w[0] = 0, w[1] = 0, w[2] = 0, w[3] = 0;
		for (; n >= 4; n -= 4)
			*w++ = 0;
		d = (uint8_t *)w;
	}
	while (n--)
		*d++ = 0;
}

static void copy(uint8_t *d, const uint8_t *s, uint32_t n)
{
	if (((uintptr_t)d & 3) == 0) {
		for (; n >= 4; n -= 4, d += 4, s += 4)
			*(uint32_t *)d = rd32(s);
	}
	while (n--)
		*d++ = *s++;
}

/* link_sections writes the placed sections and relocates them. */
static int link_sections(const struct ctx *c)
{
	const struct glink_place *pl = c->pl;
	zero(pl->data_dst, pl->region_size);
	zero(pl->code_dst, c->at[c->text] - pl->code_base);
	for (uint32_t i = 1; i < c->shnum; i++) {
		if (!c->placed[i])
			continue;
		struct target t;
		t.sec = i;
		t.size = sh_size(c, i);
		t.addr = c->at[i];
		t.dst = i == c->text ? pl->code_dst + (t.addr - pl->code_base) : pl->data_dst + (t.addr - pl->data_base);
		if (sh_type(c, i) != SHT_NOBITS)
			copy(t.dst, c->obj + sh_off(c, i), contents_size(c, i));
		for (uint32_t j = 1; j < c->shnum; j++) {
			if (!is_rel(c, j, i))
				continue;
			uint32_t n = sh_size(c, j) / REL;
			for (uint32_t k = 0; k < n; k++) {
				int err = relocate(c, &t, j, k);
				if (err)
					return err;
			}
		}
	}
	return 0;
}

/* check_stubs: the linked code ends with j misfit_return; nop;
 * j misfit_fault; nop, at ret. */
static int check_stubs(const struct ctx *c, uint32_t ret)
{
	static const char *const names[2] = {"misfit_return", "misfit_fault"};
	const uint8_t *w = c->pl->code_dst + (ret - c->pl->code_base);
	for (int k = 0; k < 2; k++, w += 8, ret += 8) {
		uint32_t a;
		if (!export(c->pl, names[k], &a))
			return GLINK_ESTUBS;
		if (rd32(w) != (J_OP | ((a >> 2) & 0x3ffffff)) || ((ret + 4) & 0xf0000000) != (a & 0xf0000000) || a % 4 != 0 ||
		    rd32(w + 4) != 0)
			return GLINK_ESTUBS;
	}
	return 0;
}

/* name_len returns the length of a symbol's name, or GLINK_NAMELEN if it
 * is at least that long. */
static uint32_t name_len(const char *s)
{
	uint32_t n = 0;
	while (n < GLINK_NAMELEN && s[n])
		n++;
	return n;
}

static int add_entry(struct glink_image *img, const char *name, uint32_t addr)
{
	uint32_t n = name_len(name);
	if (n >= GLINK_NAMELEN)
		return GLINK_EENTRYNAME;
	if (img->nentries == GLINK_MAXENT)
		return GLINK_EENTRIES;
	char *d = img->entries[img->nentries].name;
	for (uint32_t k = 0; k <= n; k++)
		d[k] = name[k];
	img->entries[img->nentries++].addr = addr;
	return 0;
}

static int have_entry(const struct glink_image *img, const char *name)
{
	for (uint32_t e = 0; e < img->nentries; e++) {
		if (streq(name, img->entries[e].name))
			return 1;
	}
	return 0;
}

/* entries lists a rewritten graft's entry points (the verifier's): its
 * global function or untyped symbols of the code, the stubs' own excluded.
 * Each must be a word of the code before the table and its name defined
 * once among the global symbols (the verifier refuses a global defined
 * twice). */
static int entries(const struct ctx *c, const struct note *n, struct glink_image *img)
{
	for (uint32_t k = 1; k < c->nsyms; k++) {
		uint32_t type = sym_type(c, k);
		if (sym_shndx(c, k) != c->text || (type != STT_FUNC && type != STT_NOTYPE) || sym_bind(c, k) == STB_LOCAL)
			continue;
		const char *name = sym_name(c, k);
		if (!name[0] || streq(name, "__misfit_return") || streq(name, "__misfit_fault"))
			continue;
		if (name_len(name) >= GLINK_NAMELEN)
			return GLINK_EENTRYNAME;
		uint32_t v = sym_value(c, k);
		if (v % 4 != 0 || v >= n->code_end)
			return GLINK_EENTRY;
		for (uint32_t o = 1; o < c->nsyms; o++) {
			if (o != k && sym_bind(c, o) != STB_LOCAL && sym_type(c, o) != STT_SECTION &&
			    !undefined_shndx(sym_shndx(c, o)) && streq(sym_name(c, o), name))
				return GLINK_EENTRY;
		}
		int err = add_entry(img, name, c->at[c->text] + v);
		if (err)
			return err;
	}
	return 0;
}

/* placed_value gives what verify's Image.Symbols holds for name: among the
 * symbols defined in a placed section, within it, the last global or weak
 * one, else the first local one. */
static int placed_value(const struct ctx *c, const char *name, uint32_t *addr)
{
	int found = 0;
	for (uint32_t k = 1; k < c->nsyms; k++) {
		uint32_t x = sym_shndx(c, k);
		if (sym_type(c, k) == STT_SECTION || x >= c->shnum || !c->placed[x] || sym_value(c, k) > sh_size(c, x))
			continue;
		if (found && sym_bind(c, k) == STB_LOCAL)
			continue;
		if (!streq(sym_name(c, k), name))
			continue;
		*addr = c->at[x] + sym_value(c, k);
		found = 1;
	}
	return found;
}

/* unchecked_entries lists an unrewritten graft's entry points as
 * verify.LinkUnchecked does: each global or weak symbol of a code section,
 * at the address Image.Symbols gives its name. Each new name costs a pass
 * over the symbols: at most 2*GLINK_MAXENT names are looked up. */
static int unchecked_entries(const struct ctx *c, struct glink_image *img)
{
	uint32_t lookups = 0;
	for (uint32_t k = 1; k < c->nsyms; k++) {
		uint32_t x = sym_shndx(c, k);
		if (sym_bind(c, k) == STB_LOCAL || sym_type(c, k) == STT_SECTION || x >= c->shnum || !c->content[x] ||
		    !(sh_flags(c, x) & SHF_EXECINSTR))
			continue;
		const char *name = sym_name(c, k);
		if (!name[0] || have_entry(img, name))
			continue;
		if (name_len(name) >= GLINK_NAMELEN)
			return GLINK_EENTRYNAME;
		if (++lookups > 2 * GLINK_MAXENT)
			return GLINK_EENTRIES;
		uint32_t a = 0;
		if (!placed_value(c, name, &a))
			continue;
		int err = add_entry(img, name, a);
		if (err)
			return err;
	}
	return 0;
}

int glink_link(const uint8_t *obj, uint32_t len, const struct glink_place *pl, struct glink_image *img)
{
	struct ctx c;
	c.obj = obj;
	c.len = len;
	c.sh = 0;
	c.shnum = c.shstrndx = c.symtab = c.strndx = c.text = 0;
	c.syms = c.str = 0;
	c.nsyms = 1;
	c.strsize = c.strend = 0;
	c.pl = pl;
	for (uint32_t i = 0; i < GLINK_MAXSECT; i++)
		c.content[i] = c.placed[i] = 0, c.at[i] = 0;
	img->code_base = img->code_len = img->data_end = 0;
	img->table_lo = img->table_hi = img->ret = img->nentries = 0;

	uint32_t rs = pl->region_size;
	if (rs < 4096 || (rs & (rs - 1)) != 0 || (pl->data_base & (rs - 1)) != 0 || pl->stack_reserve >= rs ||
	    (uint64_t)pl->code_base + pl->code_size > 0x100000000ull || (pl->flags & ~GLINK_UNCHECKED) != 0)
		return GLINK_EPLACE;
	int checked = !(pl->flags & GLINK_UNCHECKED);
	if (len > GLINK_MAXOBJ)
		return GLINK_ETOOBIG;
	int err;
	if ((err = parse_header(&c)) != 0 || (err = classify(&c)) != 0 || (err = symbols(&c)) != 0 ||
	    (err = relocs(&c, checked)) != 0)
		return err;
	struct note n = {0, 0, 0};
	if (checked && ((err = read_note(&c, &n)) != 0 || (err = code_section(&c, &n)) != 0))
		return err;
	uint64_t data_end;
	if ((err = place(&c, &data_end)) != 0)
		return err;
	uint32_t base = c.at[c.text];
	if (checked) {
		if (base % (4 * n.slots) != 0)
			return GLINK_ETABLEALIGN;
		if ((err = entries(&c, &n, img)) != 0)
			return err;
	} else if ((err = unchecked_entries(&c, img)) != 0) {
		return err;
	}
	if ((err = link_sections(&c)) != 0)
		return err;
	img->code_base = base;
	img->code_len = sh_size(&c, c.text);
	img->data_end = (uint32_t)data_end;
	if (checked) {
		img->ret = base + n.code_end - STUB_BYTES;
		img->table_lo = base + n.code_end;
		img->table_hi = img->table_lo + 4 * n.slots;
		return check_stubs(&c, img->ret);
	}
	uint32_t a = 0;
	export(pl, "misfit_return", &a);
	img->ret = a;
	return 0;
}

/* glink_signature reads the object as misfit/sign's noteSection and
 * findSignature do. */
int glink_signature(const uint8_t *obj, uint32_t len, uint32_t *key_off, uint32_t *sig_off)
{
	if (len > GLINK_MAXOBJ)
		return GLINK_ETOOBIG;
	if (len < EHDR || obj[0] != 0x7f || obj[1] != 'E' || obj[2] != 'L' || obj[3] != 'F' || obj[4] != 1 || obj[5] != 1)
		return GLINK_ESIGFORMAT;
	uint32_t shoff = rd32(obj + 0x20), shentsize = rd16(obj + 0x2e);
	uint32_t shnum = rd16(obj + 0x30), shstrndx = rd16(obj + 0x32);
	if (shentsize != SHDR || shoff > len || (uint64_t)shnum * SHDR > len - shoff || shstrndx >= shnum)
		return GLINK_ESIGFORMAT;
	const uint8_t *sh = obj + shoff;
	uint32_t stro = rd32(sh + SHDR * shstrndx + 16), strs = rd32(sh + SHDR * shstrndx + 20);
	if (stro > len || strs > len - stro)
		return GLINK_ESIGFORMAT;
	const uint8_t *tab = obj + stro;
	int found = 0;
	uint32_t off = 0, size = 0;
	for (uint32_t i = 0; i < shnum; i++) {
		const uint8_t *h = sh + SHDR * i;
		uint32_t n = rd32(h);
		if (n >= strs || rd32(h + 4) == SHT_NOBITS)
			continue;
		/* The name runs to a NUL or to the end of the table. */
		uint32_t k = 0;
		while (k < sizeof note_section - 1 && n + k < strs && tab[n + k] == (uint8_t)note_section[k])
			k++;
		if (k != sizeof note_section - 1 || (n + k < strs && tab[n + k] != 0))
			continue;
		if (found)
			return GLINK_ESIGFORMAT;
		uint32_t o = rd32(h + 16), s = rd32(h + 20);
		if (o > len || s > len - o)
			return GLINK_ESIGFORMAT;
		found = 1, off = o, size = s;
	}
	if (!found)
		return GLINK_EUNSIGNED;
	uint64_t end = (uint64_t)off + size;
	for (uint64_t p = off; p + 12 <= end;) {
		uint64_t namesz = rd32(obj + p), descsz = rd32(obj + p + 4);
		uint32_t type = rd32(obj + p + 8);
		if (namesz > size || descsz > size)
			return GLINK_ESIGNOTE;
		uint64_t name = p + 12;
		uint64_t desc = name + ((namesz + 3) & ~(uint64_t)3);
		uint64_t next = desc + ((descsz + 3) & ~(uint64_t)3);
		if (next > end)
			return GLINK_ESIGNOTE;
		if (type == NOTE_SIG && namesz == sizeof note_name && descsz == 96) {
			uint32_t k = 0;
			while (k < sizeof note_name - 1 && obj[name + k] == (uint8_t)note_name[k])
				k++;
			if (k == sizeof note_name - 1) {
				*key_off = (uint32_t)desc;
				*sig_off = (uint32_t)desc + 32;
				return 0;
			}
		}
		p = next;
	}
	return GLINK_EUNSIGNED;
}

/* glink_manifest reads the manifest as package kernel/manifest's Find and
 * Parse do. */
static const char manifest_section[] = ".graftlab.manifest";
static const char manifest_keyword[] = "import";

/* find_manifest sets *off and *size to the manifest's contents (0, 0 when
 * there is no manifest section): Find. */
static int find_manifest(const uint8_t *obj, uint32_t len, uint32_t *off, uint32_t *size)
{
	if (len < EHDR || obj[0] != 0x7f || obj[1] != 'E' || obj[2] != 'L' || obj[3] != 'F' || obj[4] != 1 || obj[5] != 1)
		return GLINK_EMANSECT;
	uint32_t shoff = rd32(obj + 0x20), shentsize = rd16(obj + 0x2e);
	uint32_t shnum = rd16(obj + 0x30), shstrndx = rd16(obj + 0x32);
	if (shentsize != SHDR || shoff > len || (uint64_t)shnum * SHDR > len - shoff || shstrndx >= shnum)
		return GLINK_EMANSECT;
	const uint8_t *sh = obj + shoff;
	uint32_t stro = rd32(sh + SHDR * shstrndx + 16), strs = rd32(sh + SHDR * shstrndx + 20);
	if (stro > len || strs > len - stro)
		return GLINK_EMANSECT;
	const uint8_t *tab = obj + stro;
	const uint8_t *found = 0;
	for (uint32_t i = 0; i < shnum; i++) {
		const uint8_t *h = sh + SHDR * i;
		uint32_t n = rd32(h);
		if (n >= strs)
			continue;
		/* The name runs to a NUL or to the end of the table. */
		uint32_t k = 0;
		while (k < sizeof manifest_section - 1 && k < strs - n && tab[n + k] == (uint8_t)manifest_section[k])
			k++;
		if (k != sizeof manifest_section - 1 || (k < strs - n && tab[n + k] != 0))
			continue;
		if (found)
			return GLINK_EMANSECT;
		found = h;
	}
	*off = *size = 0;
	if (!found)
		return 0;
	uint32_t o = rd32(found + 16), s = rd32(found + 20);
	if (rd32(found + 4) != SHT_PROGBITS || (rd32(found + 8) & SHF_ALLOC) || o > len || s > len - o)
		return GLINK_EMANSECT;
	if (s > GLINK_MANIFEST_MAX)
		return GLINK_EMANSIZE;
	*off = o, *size = s;
	return 0;
}

static inline int blank(uint32_t ch) { return ch == ' ' || ch == '\t'; }

static inline int name_char(uint32_t ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-';
}

/* domain_index returns the first i with domains[i] equal to the n bytes
 * at name, or -1. */
static int domain_index(const char *const *domains, uint32_t ndomains, const uint8_t *name, uint32_t n)
{
	for (uint32_t i = 0; i < ndomains; i++) {
		const char *d = domains[i];
		if (!d)
			continue;
		uint32_t k = 0;
		/* A name holds no NUL: a shorter d stops at its own. */
		while (k < n && (uint8_t)d[k] == name[k])
			k++;
		if (k == n && d[n] == 0)
			return (int)i;
	}
	return -1;
}

/* manifest_line parses the line t[0, n) (no '\n') into *mask: Parse's
 * line. */
static int manifest_line(const uint8_t *t, uint32_t n, const char *const *domains, uint32_t ndomains, uint32_t *mask)
{
	for (uint32_t q = 0; q < n; q++) {
		if ((t[q] < 0x20 || t[q] > 0x7e) && t[q] != '\t')
			return GLINK_EMANIFEST;
	}
	uint32_t q = 0;
	while (q < n && blank(t[q]))
		q++;
	if (q == n || t[q] == '#')
		return 0;
	const uint32_t kw = sizeof manifest_keyword - 1;
	if (n - q < kw)
		return GLINK_EMANIFEST;
	for (uint32_t k = 0; k < kw; k++, q++) {
		if (t[q] != (uint8_t)manifest_keyword[k])
			return GLINK_EMANIFEST;
	}
	if (q == n || !blank(t[q]))
		return GLINK_EMANIFEST;
	while (q < n && blank(t[q]))
		q++;
	uint32_t name = q;
	while (q < n && name_char(t[q]))
		q++;
	uint32_t len = q - name;
	if (len == 0 || len > GLINK_MANIFEST_NAMEMAX)
		return GLINK_EMANIFEST;
	while (q < n && blank(t[q]))
		q++;
	if (q < n && t[q] != '#')
		return GLINK_EMANIFEST;
	int i = domain_index(domains, ndomains, t + name, len);
	if (i < 0)
		return GLINK_EDOMAIN;
	if (*mask & (1u << i))
		return GLINK_EDUP;
	*mask |= 1u << i;
	return 0;
}

int glink_manifest(const uint8_t *obj, uint32_t len, const char *const *domains, uint32_t ndomains, uint32_t *mask,
		   uint32_t *line)
{
	*mask = 0;
	*line = 0;
	uint32_t off, size;
	int err = find_manifest(obj, len, &off, &size);
	if (err)
		return err;
	if (ndomains > 32)
		return GLINK_EDOMAIN;
	const uint8_t *t = obj + off;
	uint32_t m = 0, ln = 0;
	for (uint32_t p = 0; p < size;) {
		uint32_t end = p;
		while (end < size && t[end] != '\n')
			end++;
		ln++;
		if ((err = manifest_line(t + p, end - p, domains, ndomains, &m)) != 0) {
			*line = ln;
			return err;
		}
		p = end + 1;
	}
	*mask = m;
	return 0;
}
