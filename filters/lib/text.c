/* text.c: UTF-8, Windows-1252 and case-blind comparison. */
#include <stdint.h>
#include <string.h>

#include "minutiae.h"

int
mu_utf8_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f))
			return 0;	/* overlong, or a surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
		    (s[3] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
			return 0;
		return 4;
	}
	return 0;
}

/* Windows-1252 0x80-0x9f; the rest of the high half is Latin-1. */
static const unsigned short cp1252[32] = {
	0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
	0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
};

void
mu_cp1252_add(struct mu_buf *b, unsigned char c)
{
	unsigned u = c;

	if (c >= 0x80 && c < 0xa0)
		u = cp1252[c - 0x80];
	if (u < 0x80)
		mu_buf_addc(b, (int)u);
	else if (u < 0x800) {
		mu_buf_addc(b, (int)(0xc0 | u >> 6));
		mu_buf_addc(b, (int)(0x80 | (u & 0x3f)));
	} else {
		mu_buf_addc(b, (int)(0xe0 | u >> 12));
		mu_buf_addc(b, (int)(0x80 | ((u >> 6) & 0x3f)));
		mu_buf_addc(b, (int)(0x80 | (u & 0x3f)));
	}
}

/* Are the bytes x and y the same letter in either case (ASCII)? */
static int
fold_eq(unsigned x, unsigned y)
{
	if (x >= 'A' && x <= 'Z')
		x += 32;
	if (y >= 'A' && y <= 'Z')
		y += 32;
	return x == y;
}

int
mu_strncaseeq(const char *a, const char *b, size_t n)
{
	size_t i;
	unsigned char x, y;

	for (i = 0; i < n; i++) {
		x = (unsigned char)a[i];
		y = (unsigned char)b[i];
		if (x == y) {	/* the common case: no folding to do */
			if (x == 0)
				return 1;
			continue;
		}
		if (!fold_eq(x, y))
			return 0;
	}
	return 1;
}

size_t
mu_nchars(const char *s, size_t n)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t w;
	size_t i = 0, k, c = 0;

	/* Eight ASCII bytes are eight characters: most text is ASCII. */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w & high) == 0)
			c += 8;
		else
			for (k = i; k < i + 8; k++)
				c += ((unsigned char)s[k] & 0xc0) != 0x80;
	}
	for (; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/*
 * mu_strncaseeq(s, p, strlen(p)) in one walk: asked of every word for
 * whole tables of prefixes, and most fail at the first byte.
 */
int
mu_caseprefix(const char *s, const char *p)
{
	unsigned char x, y;

	for (; *p; s++, p++) {
		x = (unsigned char)*s;
		y = (unsigned char)*p;
		if (x != y && !fold_eq(x, y))
			return 0;
	}
	return 1;
}
