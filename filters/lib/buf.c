/* buf.c: growable byte buffers (after antirez's sds), and checked malloc. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"

void *
mu_malloc(size_t n)
{
	void *p;

	if ((p = malloc(n ? n : 1)) == NULL)
		mu_die(1, NULL, 0, "out of memory");
	return p;
}

void *
mu_realloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		mu_die(1, NULL, 0, "out of memory");
	return p;
}

char *
mu_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(mu_malloc(n), s, n);
}

void
mu_buf_init(struct mu_buf *b)
{
	b->s = NULL;
	b->len = b->cap = 0;
}

void
mu_buf_free(struct mu_buf *b)
{
	free(b->s);
	mu_buf_init(b);
}

void
mu_buf_reset(struct mu_buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

/* Makes room for extra more bytes and the NUL; b->s may move. */
void
mu_buf_grow(struct mu_buf *b, size_t extra)
{
	size_t need, cap;

	if (extra < b->cap - b->len)	/* the common case: it fits */
		return;
	if (extra > SIZE_MAX / 2 - b->len)
		mu_die(1, NULL, 0, "buffer too large");
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	b->s = mu_realloc(b->s, cap);
	b->cap = cap;
}

void
mu_buf_add(struct mu_buf *b, const char *s, size_t n)
{
	if (n >= b->cap - b->len)	/* cap > len once allocated */
		mu_buf_grow(b, n);
	if (n > 0)		/* s may be NULL then (an empty buffer's text) */
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
mu_buf_adds(struct mu_buf *b, const char *s)
{
	mu_buf_add(b, s, strlen(s));
}

void
mu_buf_addc(struct mu_buf *b, int c)
{
	if (b->cap - b->len < 2)
		mu_buf_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}

void
mu_buf_printf(struct mu_buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		mu_die(1, NULL, 0, "bad format");
	if ((size_t)n < sizeof small) {
		mu_buf_add(b, small, (size_t)n);
		return;
	}
	mu_buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char *
mu_buf_str(struct mu_buf *b)
{
	return b->s ? b->s : "";
}
