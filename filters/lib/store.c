/* store.c: arrays that grow, and strings kept in a buffer by offset. */
#include "minutiae.h"

void *
mu_grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	/* as often as it takes: a caller may ask for element n far beyond */
	while (*cap <= n)
		*cap = *cap ? *cap * 2 : 64;
	return mu_realloc(p, *cap * size);
}

size_t
mu_save(struct mu_buf *b, const char *s, size_t n)
{
	size_t off = b->len;

	mu_buf_add(b, s, n);
	mu_buf_addc(b, '\0');
	return off;
}
