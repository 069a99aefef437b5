/* text.c: small text helpers and the word lists the stages share. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mtokenize.h"


/* The last character that is not a closing quote or bracket.  The
 * curly quotes end in 0x99 and 0x9d: other bytes need no more look. */
int
lastpunct(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];

		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*')
			n--;
		else if (c != 0x99 && c != 0x9d)
			return c;
		else if (n >= 3 && !strncmp(s + n - 3, "\xe2\x80\x99", 3))
			n -= 3;
		else if (n >= 3 && !strncmp(s + n - 3, "\xe2\x80\x9d", 3))
			n -= 3;
		else
			return c;
	}
	return 0;
}



/* The pairs of first letters of a list of words, folded to 5 bits:
 * a word whose pair is not there is turned away with one look-up. */

void
pairs_init(pairs p, const char *const *list, size_t stride)
{
	for (; *list; list = (const char *const *)((const char *)list +
	    stride))
		p[(*list)[0] & 31][(*list)[1] & 31] = 1;
}


/* Groups the words of ws by first letter (a counting sort). */
static void
words_index(struct words *ws)
{
	size_t i, n, at[27] = { 0 };
	const char *const *p;
	int b;

	for (p = ws->list; *p; p++) {
		if ((n = strlen(*p)) == 0 || n >= WORDS_MAX ||
		    p - ws->list >= WORDS_MAX)
			mu_die(1, NULL, 0, "word list too large: %s", *p);
		at[letter((unsigned char)**p)]++;
	}
	for (b = 0, i = 0; b < 27; b++) {
		ws->start[b] = (unsigned char)i;
		i += at[b];
		at[b] = ws->start[b];
	}
	ws->start[27] = (unsigned char)i;
	for (p = ws->list; *p; p++) {
		b = letter((unsigned char)**p);
		n = strlen(*p);
		ws->lens[b] |= 1ULL << n;
		ws->len[at[b]] = (unsigned char)n;
		ws->word[at[b]++] = *p;
	}
	ws->ready = 1;
}

/* Does the word w (length n) equal one of the list, in any case? */
int
inlist(const char *w, size_t n, struct words *ws)
{
	size_t i;
	int b;

	if (n == 0 || n >= WORDS_MAX)
		return 0;
	if (!ws->ready)
		words_index(ws);
	b = letter((unsigned char)*w);
	if (!(ws->lens[b] >> n & 1))
		return 0;
	for (i = ws->start[b]; i < ws->start[b + 1]; i++)
		if (ws->len[i] == n && mu_strncaseeq(w, ws->word[i], n))
			return 1;
	return 0;
}

/* Words after which a sentence cannot end: a page break inside it. */
static const char *const function_list[] = {
	"the", "a", "an", "of", "to", "in", "and", "or", "for", "with", "by",
	"on", "at", "from", "that", "which", "as", "is", "was", "were", "be",
	"been", "are", "had", "has", "have", "this", "these", "their", "its",
	"his", "her", "not", "but", "if", "into", "than", "would", "could",
	"should", "will", "whether", "who", "whom", "where", "when", "any",
	"all", "such", "also", "so", "further", "per", "each", "more", "&",
	NULL
};

struct words function_words = { .list = function_list };

/* Abbreviations whose full stop does not end a sentence. */
static const char *const abbreviation_list[] = {
	"mr", "mrs", "ms", "dr", "cllr", "cllrs", "st", "no", "nos", "co",
	"rev", "revd", "prof", "sgt", "insp", "supt", "capt", "col", "lt",
	"hon", "rt", "etc", "e.g", "i.e", "vs", "approx", "cf", "para",
	"ref", "tel", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "p.m", "a.m", "inc", NULL
};

struct words abbreviations = { .list = abbreviation_list };

static const char *const honorific_list[] = {
	"cllr", "cllr.", "cllrs", "cllrs.", "councillor", "councillors",
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sgt", "insp",
	"lord", "sir", NULL
};

struct words honorifics = { .list = honorific_list };

/* The last word of s: its start, and its length in *len. */
const char *
lastword(const char *s, size_t n, size_t *len)
{
	size_t i = n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	*len = n - i;
	return s + i;
}
