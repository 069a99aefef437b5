/* text.c: small text helpers: case-blind search, trimming, word counts. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "msection.h"

struct mu_buf tmp, tmp2;

/* ci_find for a p that does not start with a letter. */
static const char *
ci_scan(const char *s, size_t n, const char *p, size_t k)
{
	size_t i;

	for (i = 0; i + k <= n; i++)
		if ((i == 0 || !isalnum((unsigned char)s[i - 1])) &&
		    mu_strncaseeq(s + i, p, k))
			return s + i;
	return NULL;
}

/*
 * The first i' >= i below end where s[i'] | 0x20 is lo (a lower-case
 * letter) and, when two, s[i' + 1] | 0x20 is c2; or end when there is
 * none (s[end] must be readable when two).  With SSE2 (every x86-64)
 * 16 places are tested at a time for both bytes, and the place found
 * from the mask: a letter alone stops a scan at most words.  Elsewhere
 * eight bytes are tested for the first byte with the SWAR test for a
 * zero byte (exact about "any"), and the caller tests the second.  Most
 * of a text holds no candidate, and this scan was a tenth of msection's
 * time.
 */
#if defined(__SSE2__) && defined(__GNUC__)
static size_t
skip_to(const char *s, size_t i, size_t end, unsigned char lo,
    unsigned char c2, int two)
{
	const __m128i low = _mm_set1_epi8(0x20), a = _mm_set1_epi8((char)lo),
	    b = _mm_set1_epi8((char)c2);
	__m128i m;
	unsigned bits;

	for (; i + 16 <= end; i += 16) {
		m = _mm_cmpeq_epi8(_mm_or_si128(_mm_loadu_si128((const __m128i *)
		    (const void *)(s + i)), low), a);
		if (two)
			m = _mm_and_si128(m, _mm_cmpeq_epi8(_mm_or_si128(
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (s + i + 1)), low), b));
		if ((bits = (unsigned)_mm_movemask_epi8(m)) != 0)
			return i + (size_t)__builtin_ctz(bits);
	}
	while (i < end && (((unsigned char)s[i] | 0x20) != lo || (two &&
	    ((unsigned char)s[i + 1] | 0x20) != c2)))
		i++;
	return i;
}
#else
static size_t
skip_to(const char *s, size_t i, size_t end, unsigned char lo,
    unsigned char c2, int two)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	uint64_t w;

	(void)c2;
	(void)two;
	for (; i + 8 <= end; i += 8) {
		memcpy(&w, s + i, 8);
		w = (w | ones * 0x20) ^ ones * lo;
		if ((w - ones) & ~w & high)
			break;
	}
	while (i < end && ((unsigned char)s[i] | 0x20) != lo)
		i++;
	return i;
}
#endif

/*
 * Finds p in s[0..n) ignoring case, as a word start; returns it or NULL.
 * The first byte is matched before the rest: this is the hot loop.
 */
const char *
ci_find(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p), i;
	unsigned char lo, c2;

	if (k == 0 || k > n || !isalpha((unsigned char)p[0]))
		return k && k <= n ? ci_scan(s, n, p, k) : NULL;
	/* c | 0x20 folds a letter's case: the first two bytes filter. */
	lo = tolower((unsigned char)p[0]);
	c2 = k > 1 ? (unsigned char)p[1] | 0x20 : 0;
	for (i = 0; i + k <= n; i++) {
		i = skip_to(s, i, n - k + 1, lo, c2, k > 1);
		if (i + k > n)
			break;
		if (((unsigned char)s[i] | 0x20) != lo || (k > 1 &&
		    ((unsigned char)s[i + 1] | 0x20) != c2))
			continue;
		if (i && isalnum((unsigned char)s[i - 1]))
			continue;
		if (mu_strncaseeq(s + i + 1, p + 1, k - 1))
			return s + i;
	}
	return NULL;
}

int
has_alnum(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* Trims white space and the characters of cut from both ends. */
void
trim(const char **s, size_t *n, const char *cut)
{
	while (*n && (isspace((unsigned char)**s) || strchr(cut, **s))) {
		(*s)++;
		(*n)--;
	}
	while (*n && (isspace((unsigned char)(*s)[*n - 1]) ||
	    strchr(cut, (*s)[*n - 1])))
		(*n)--;
}

/*
 * Trims white space, colons, dashes and table bars from both ends, as
 * the separator
 * after a keyword ("RESOLVED - that", "RESOLVED:"), but keeps a minus
 * sign: a '-' just before a digit, a point or a pound sign ("-10 degrees",
 * "-£1,200") is part of the number, and text is never changed in meaning.
 */
void
trim_sep(const char **s, size_t *n)
{
	const unsigned char *p;

	for (;;) {
		trim(s, n, ":|");
		p = (const unsigned char *)*s;
		if (*n == 0 || *p != '-' || (*n > 1 && (isdigit(p[1]) ||
		    p[1] == '.' || (*n > 2 && p[1] == 0xc2 && p[2] == 0xa3))))
			break;
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == '-' || (*s)[*n - 1] == ':' ||
	    (*s)[*n - 1] == '|' || isspace((unsigned char)(*s)[*n - 1])))
		(*n)--;
}

/* Drops a leading word w (and the space after it), ignoring case. */
int
drop_word(const char **s, size_t *n, const char *w)
{
	size_t k = strlen(w);

	if (*n > k && mu_strncaseeq(*s, w, k) && (*s)[k] == ' ') {
		*s += k + 1;
		*n -= k + 1;
		return 1;
	}
	return 0;
}

/* Drops a trailing word w (and the space before it), ignoring case. */
int
drop_tail(const char **s, size_t *n, const char *w)
{
	size_t k = strlen(w);

	if (*n > k && mu_strncaseeq(*s + *n - k, w, k) &&
	    (*s)[*n - k - 1] == ' ') {
		*n -= k + 1;
		return 1;
	}
	return 0;
}

size_t
nwords(const char *s, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]) &&
		    (i == 0 || isspace((unsigned char)s[i - 1])))
			w++;
	return w;
}

/* The word at s[0..n) without the punctuation after it; 0 at the end. */
size_t
bare_word(const char *s, size_t n)
{
	size_t k = mu_wordlen(s, n);

	while (k && strchr(",.;:", s[k - 1]))
		k--;
	return k;
}

/* phrase_len past its first letters: the length of p at s + i, or 0. */
size_t
phrase_rest(const char *s, size_t n, size_t i, const char *p)
{
	size_t k = strlen(p);

	if (i + k > n || !mu_strncaseeq(s + i, p, k) ||
	    (i + k < n && isalnum((unsigned char)s[i + k])))
		return 0;
	return k;
}
