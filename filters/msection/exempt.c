/*
 * exempt.c: which items were taken in private.  An item is exempt when it
 * comes after the meeting resolved to exclude the press and public ("the
 * press and public be excluded", "resolved to move the exclusion of the
 * Press and Public") or after a "PART II" heading, or when its own title
 * says "Confidential" or "Exempt"; until a sentence says the public were
 * readmitted.  An item is private when its text says it is withheld ("see
 * confidential minute", "minute withheld", "kept confidential").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

enum { F_EXEMPT = 1, F_PRIVATE = 2 };

static unsigned char *flags;	/* per item (index + 1), of this document */
static size_t cflags;

/* Sentences that exclude the press and public. */
static const char *excludes[] = { "press and public be excluded",
	"public and press be excluded", "public be excluded",
	"exclusion of the press and public", "exclusion of the public",
	"exclusion of press and public", "exclusion of public and press",
	"exclusion of the press/public", "exclude the press and public",
	"exclude the public", "exclude members of the public",
	"exclude members of press and public", "press and public were excluded",
	"public were excluded", "in private session", NULL };
/* A sentence that says no item needed it: "no items required this". */
static const char *negations[] = { "no item", "no items", "none",
	"no part", "no need", "not required", "not necessary", NULL };
/* The public back in the room. */
static const char *readmits[] = { "readmitted", "re-admitted",
	"re-joined the meeting", "rejoined the meeting", NULL };
/* Headings and titles that open the part taken in private. */
static const char *partii[] = { "part ii", "part 2", "part two",
	"private session", NULL };
/* Titles of one item taken in private. */
static const char *confidential[] = { "confidential", "exempt",
	"not for publication", "(private)", NULL };
/* Text withheld from the published minutes. */
static const char *withheld[] = { "withheld", "confidential minute",
	"confidential minutes", "not for publication", "kept confidential",
	"recorded separately", "minuted separately", "exempt minute", NULL };

/*
 * Words one of which each phrase of excludes holds (at a word's start):
 * an item's title that holds none is not searched for every phrase.
 * Keep them in step with the table.
 */
static const char *exclude_keys[] = { "exclu", "private session", NULL };

/*
 * The tables each block of text is read for, as bits of found().  Their
 * phrases all start with a letter: found() indexes them by it.
 */
enum { L_WITHHELD = 1, L_READMITS = 2, L_EXCLUDES = 4, L_NEGATIONS = 8 };
static const struct { const char *const *l; unsigned bit; } body[] = {
	{ withheld, L_WITHHELD }, { readmits, L_READMITS },
	{ excludes, L_EXCLUDES }, { negations, L_NEGATIONS }, { NULL, 0 }
};
#define NBYLETTER 24
static struct { const char *p; size_t k; unsigned bit; unsigned char c2; }
    byletter[26][NBYLETTER];
static int nbyletter[26];
static unsigned char cls[256];	/* found()'s classes of bytes */

static int
has_any(const char *s, size_t n, const char *const *l)
{
	for (; *l; l++)
		if (ci_find(s, n, *l))
			return 1;
	return 0;
}

/* Indexes the phrases of body[] by their first letter, once. */
static void
index_body(void)
{
	const char *const *l;
	int j, c;

	for (c = 0; c < 256; c++)
		cls[c] = isdigit(c) ? 1 : isalpha(c) ? 2 + fold(c) - 'a' : 0;
	for (j = 0; body[j].l; j++)
		for (l = body[j].l; *l; l++) {
			c = tolower((unsigned char)**l) - 'a';
			if (c < 0 || c >= 26 || nbyletter[c] == NBYLETTER ||
			    strlen(*l) < 2)
				abort();	/* a table the index cannot hold */
			byletter[c][nbyletter[c]].c2 = fold((unsigned char)(*l)[1]);
			byletter[c][nbyletter[c]].p = *l;
			byletter[c][nbyletter[c]].k = strlen(*l);
			byletter[c][nbyletter[c]++].bit = body[j].bit;
		}
}

/*
 * The bits of the tables of body[] with a phrase in s[0..n) (as
 * ci_find finds it: at a word's start, any case).  One pass over the
 * text for all of them: each phrase was a scan of the block.  Each byte
 * is classed by one look-up in cls[] (0 not alphanumeric, 1 a digit, 2
 * + its index for a letter), and a phrase is compared only where the
 * first two letters agree (ASCII folding, as mu_strncaseeq's): most
 * words of a block start as none does.
 */
static unsigned
found(const char *s, size_t n)
{
	static int ready;
	unsigned f = 0;
	size_t i, k;
	int c, j, prev = 0;	/* s[i - 1] is alphanumeric */

	if (!ready++)
		index_body();
	for (i = 0; i < n; i++) {
		c = cls[(unsigned char)s[i]];
		if (c < 2 || prev) {
			prev = c != 0;
			continue;
		}
		prev = 1;
		for (c -= 2, j = 0; j < nbyletter[c]; j++) {
			k = byletter[c][j].k;
			if (!(f & byletter[c][j].bit) && k <= n - i &&
			    fold((unsigned char)s[i + 1]) == byletter[c][j].c2 &&
			    mu_strncaseeq(s + i + 2, byletter[c][j].p + 2, k - 2))
				f |= byletter[c][j].bit;
		}
	}
	return f;
}

/* has_any(l), l's phrases looked for only where one of keys stands. */
static int
has_keyed(const char *s, size_t n, const char *const *l,
    const char *const *keys)
{
	return has_any(s, n, keys) && has_any(s, n, l);
}

static void
mark(int item, int f)
{
	if (item > 0)
		flags[item] |= f;
}

/*
 * Does s[0..n) hold at most max words (as nwords() counts them)?  The
 * count stops past max: a paragraph is not counted whole.
 */
static int
at_most(const char *s, size_t n, size_t max)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]) &&
		    (i == 0 || isspace((unsigned char)s[i - 1])) && ++w > max)
			return 0;
	return 1;
}

/* "PART II", "Part 2 – Exempt items": a heading or a short line. */
static int
part_heading(const struct blk *b, const char *s, size_t n)
{
	return (b->kind == K_HEADING || at_most(s, n, 5)) &&
	    has_any(s, n, partii) && !has_any(s, n, negations);
}

/* Reads the blocks of the document for exempt and private items. */
void
exempt_doc(void)
{
	const struct blk *b;
	const char *s;
	size_t n;
	int i, from = 0;	/* the first exempt item (index + 1), 0 none */
	int first = 0;		/* the block is the first of its item's text */
	unsigned f;

	/* mu_grow doubles once a call: a document of many items needs
	 * several doublings before index D.ni is in the table. */
	while (cflags <= D.ni)
		flags = mu_grow(flags, &cflags, cflags, 1);
	memset(flags, 0, D.ni + 1);
	for (i = 0; i < (int)D.nb; i++) {
		b = &D.b[i];
		s = TEXT(i);
		n = b->len;
		if (b->kind == K_ARTIFACT || b->role == R_DROP)
			continue;
		if (b->role == R_ITEM) {	/* an agenda title decides nothing */
			if (part_heading(b, s, n))
				from = b->item;
			if ((from && b->item >= from) ||
			    (has_any(s, n, confidential) &&
			    !has_keyed(s, n, excludes, exclude_keys)))
				mark(b->item, F_EXEMPT);
			first = 1;
			continue;
		}
		if (part_heading(b, s, n)) {
			from = b->item + 1;
			first = 0;
			continue;
		}
		f = found(s, n);
		if (f & L_WITHHELD)
			mark(b->item, F_PRIVATE);
		if (f & L_READMITS) {
			/* Readmitted as the item opens: the item is public. */
			if (first && from && b->item >= from && b->item > 0)
				flags[b->item] &= ~F_EXEMPT;
			from = 0;
		} else if (!from && (f & L_EXCLUDES) && !(f & L_NEGATIONS))
			from = b->item + 1;
		first = 0;
	}
}

/* Writes the exempt and private fields of item it (index + 1). */
void
exempt_out(int it)
{
	mu_out_bool("exempt", it > 0 && (flags[it] & F_EXEMPT));
	mu_out_bool("private", it > 0 && (flags[it] & F_PRIVATE));
}
