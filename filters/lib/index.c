/*
 * index.c: a hash of strings to the numbers of the entries that hold
 * them, for the tables a filter keeps per document (attendees, the words
 * of their names).  A long document adds to them at every record, so a
 * lookup must not scan the table, and starting the next document must
 * cost no more than what the last one added.
 */
#include <stdlib.h>

#include "minutiae.h"

unsigned
mu_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;	/* FNV-1a */

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

/* Doubles the buckets and hangs every entry on its new bucket again. */
static void
rehash(struct mu_index *x)
{
	size_t i, b;

	free(x->head);
	x->nb = x->nb ? x->nb * 2 : 256;
	x->head = mu_malloc(x->nb * sizeof *x->head);
	for (b = 0; b < x->nb; b++)
		x->head[b] = -1;
	for (i = 0; i < x->n; i++) {
		b = x->hash[i] & (x->nb - 1);
		x->next[i] = x->head[b];
		x->head[b] = (int)i;
	}
}

int
mu_index_add(struct mu_index *x, unsigned h)
{
	size_t b, cap = x->cap;

	/* The two arrays grow in step: both from x->cap at x->n. */
	x->hash = mu_grow(x->hash, &cap, x->n, sizeof *x->hash);
	x->next = mu_grow(x->next, &x->cap, x->n, sizeof *x->next);
	x->hash[x->n] = h;
	x->n++;
	if (x->n > x->nb) {
		rehash(x);
		return (int)x->n - 1;
	}
	b = h & (x->nb - 1);
	x->next[x->n - 1] = x->head[b];
	x->head[b] = (int)x->n - 1;
	return (int)x->n - 1;
}

int
mu_index_first(const struct mu_index *x, unsigned h)
{
	int e;

	if (x->nb == 0)
		return -1;
	for (e = x->head[h & (x->nb - 1)]; e >= 0; e = x->next[e])
		if (x->hash[e] == h)
			return e;
	return -1;
}

int
mu_index_next(const struct mu_index *x, int e)
{
	unsigned h = x->hash[e];

	for (e = x->next[e]; e >= 0; e = x->next[e])
		if (x->hash[e] == h)
			return e;
	return -1;
}

void
mu_index_reset(struct mu_index *x)
{
	size_t i;

	for (i = 0; i < x->n; i++)
		x->head[x->hash[i] & (x->nb - 1)] = -1;
	x->n = 0;
}
