/* tokens.c: cutting a text into words, numbers and punctuation. */
#include <string.h>

#include "mentities.h"

const char *txt;		/* the text being scanned */
size_t txtlen;

struct tok *tkbase, *tk;

int nt, tkcap;
int nnext, nseps, ndeclw, nintw;

/* Length of white space at i (ASCII, NBSP and the U+2000 spaces). */
static size_t
space_at(size_t i)
{
	const unsigned char *p = (const unsigned char *)txt + i;
	size_t left = txtlen - i;

	if (*p > ' ' && *p < 0x80)	/* the common case: a printable byte */
		return 0;
	if (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		return 1;
	if (left >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (left >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] <= 0x8a || p[2] == 0xaf))
		return 3;
	return 0;
}

/* Length of a letter at i (ASCII or a non-punctuation UTF-8 letter). */
static size_t
letter_at(size_t i)
{
	const unsigned char *p = (const unsigned char *)txt + i;
	int n;

	if (i >= txtlen)
		return 0;
	if (*p < 0x80)
		return isalpha_a(*p) ? 1 : 0;
	if (*p == 0xc2 || *p == 0xe2)
		return 0;
	n = mu_utf8_len(p, txtlen - i);
	return n > 0 ? (size_t)n : 0;
}

/* Room for one more token and the padding after it. */
static void
tok_room(void)
{
	if (nt + 1 + PAD <= tkcap)
		return;
	tkcap = tkcap ? 2 * tkcap : 256;
	tkbase = mu_realloc(tkbase, (size_t)(tkcap + PAD) * sizeof *tk);
	tk = tkbase + PAD;
	memset(tkbase, 0, PAD * sizeof *tk);
}

static struct tok *
tok_new(size_t s, int t, int sp)
{
	struct tok *k;

	tok_room();
	k = &tk[nt++];
	memset(k, 0, sizeof *k);
	k->s = s;
	k->t = (unsigned char)t;
	k->sp = (unsigned char)sp;
	return k;
}

/* A word: letters, with inner hyphens and apostrophes ("O'Hara"). */
static size_t
word_end(size_t i)
{
	size_t n, q;

	while ((n = letter_at(i)) > 0) {
		i += n;
		while (i < txtlen && isalpha_a(txt[i]))
			i++;
		q = i;
		if (q < txtlen && txt[q] == '\'')
			q++;
		else if (txtlen - q >= 3 &&
		    memcmp(txt + q, "\xe2\x80\x99", 3) == 0)
			q += 3;
		else if (q < txtlen && txt[q] == '-')
			q++;
		if (q == i || letter_at(q) == 0)
			continue;
		/* a possessive "'s" stays outside the word */
		if (txt[q - 1] != '-' && (txt[q] == 's' || txt[q] == 'S') &&
		    letter_at(q + 1) == 0)
			break;
		i = q;
	}
	return i;
}

static void
tok_word(struct tok *k)
{
	const char *s = txt + k->s;
	size_t i, n = k->e - k->s;

	k->cap = (*s >= 'A' && *s <= 'Z') ||
	    ((unsigned char)s[0] == 0xc3 && (unsigned char)s[1] < 0x9f);
	k->up = 1;
	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z') {
			k->up = 0;	/* one small letter says it */
			break;
		}
	k->f = wlook(s, n, &k->num);
	if (k->f & F_NEXT)
		nnext++;
	if (k->f & F_DECL)
		ndeclw++;
	if (k->f & (F_INTEREST | F_DECLN))
		nintw++;
}

static void
tok_punct(struct tok *k, size_t i)
{
	const unsigned char *p = (const unsigned char *)txt + i;
	int n = *p < 0x80 ? 1 : mu_utf8_len(p, txtlen - i);

	if (n <= 0)
		n = 1;
	k->e = i + (size_t)n;
	k->c = *p < 0x80 ? *p : P_OTHER;
	if (n == 2 && p[0] == 0xc2 && p[1] == 0xa3)
		k->c = P_POUND;
	else if (n == 3 && p[0] == 0xe2 && p[1] == 0x82 && p[2] == 0xac)
		k->c = P_EURO;
	else if (n == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    p[2] >= 0x90 && p[2] <= 0x95)
		k->c = P_DASH;
	if (k->c == '|' || k->c == '-' || k->c == P_DASH)
		nseps++;
	else if (n == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    p[2] >= 0x98 && p[2] <= 0x9f)
		k->c = P_QUOTE;
}

void
tokenize(const char *s, size_t n)
{
	struct tok *k;
	size_t i = 0, w;
	int sp = 1;

	txt = s;
	txtlen = n;
	nt = nnext = nseps = ndeclw = nintw = 0;
	while (i < n) {
		if ((w = space_at(i)) > 0) {
			i += w;
			sp = 1;
			continue;
		}
		if (isdigit_a(s[i])) {
			k = tok_new(i, TN, sp);
			while (i < n && isdigit_a(s[i])) {
				if (i - k->s < 9)
					k->v = k->v * 10 + (s[i] - '0');
				i++;
			}
			k->e = i;
			k->num = (int)(i - k->s);
		} else if (letter_at(i) > 0) {
			k = tok_new(i, TW, sp);
			k->e = i = word_end(i);
			tok_word(k);
		} else {
			k = tok_new(i, TP, sp);
			tok_punct(k, i);
			i = k->e;
		}
		sp = 0;
	}
	tok_room();
	memset(tk + nt, 0, PAD * sizeof *tk);
}
