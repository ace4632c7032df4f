/* lru.c: a least-recently-used list: each access moves a node to the front
 * of a circular doubly-linked list. */
struct node {
	struct node *prev, *next;
	unsigned id;
};

struct lru {
	struct node head;   /* sentinel */
	struct node *nodes;
	unsigned nnodes;
};

static void lru_init(struct lru *l)
{
	struct node *h = &l->head;
	h->prev = h->next = h;
	for (unsigned i = 0; i < l->nnodes; i++) {
		struct node *n = &l->nodes[i];
		n->id = i;
		n->next = h;
		n->prev = h->prev;
		h->prev->next = n;
		h->prev = n;
	}
}

void lru_touch(struct lru *l, struct node *n)
{
	struct node *h = &l->head;
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->next = h->next;
	n->prev = h;
	h->next->prev = n;
	h->next = n;
}

/* lru_run builds the list, touches the nodes named by seq, and returns a
 * hash of the final order. */
unsigned lru_run(struct lru *l, const unsigned *seq, unsigned n)
{
	lru_init(l);
	for (unsigned i = 0; i < n; i++)
		lru_touch(l, &l->nodes[seq[i] % l->nnodes]);
	unsigned h = 0;
	for (struct node *p = l->head.next; p != &l->head; p = p->next)
		h = h * 31 + p->id;
	return h;
}
