/* text.c: small text helpers and the word lists the stages share. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mtokenize.h"

/* Characters (not bytes) of UTF-8 text. */
size_t
nchars(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}




/* The last character that is not a closing quote or bracket. */
int
lastpunct(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];

		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*')
			n--;
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


/* Does the word w (length n) equal one of the NULL-ended list? */
int
inlist(const char *w, size_t n, const char *const *list)
{
	if (n == 0)
		return 0;
	for (; *list; list++)
		if ((**list | 32) == (*w | 32) &&
		    (n == 1 || ((*list)[1] | 32) == (w[1] | 32)) &&
		    strlen(*list) == n && mu_strncaseeq(w, *list, n))
			return 1;
	return 0;
}

/* Words after which a sentence cannot end: a page break inside it. */
const char *const function_words[] = {
	"the", "a", "an", "of", "to", "in", "and", "or", "for", "with", "by",
	"on", "at", "from", "that", "which", "as", "is", "was", "were", "be",
	"been", "are", "had", "has", "have", "this", "these", "their", "its",
	"his", "her", "not", "but", "if", "into", "than", "would", "could",
	"should", "will", "whether", "who", "whom", "where", "when", "any",
	"all", "such", "also", "so", "further", "per", "each", "more", "&",
	NULL
};

pairs function_pairs;

/* Abbreviations whose full stop does not end a sentence. */
const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "cllr", "cllrs", "st", "no", "nos", "co",
	"rev", "revd", "prof", "sgt", "insp", "supt", "capt", "col", "lt",
	"hon", "rt", "etc", "e.g", "i.e", "vs", "approx", "cf", "para",
	"ref", "tel", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "p.m", "a.m", "inc", NULL
};

const char *const honorifics[] = {
	"cllr", "cllr.", "cllrs", "cllrs.", "councillor", "councillors",
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sgt", "insp",
	"lord", "sir", NULL
};

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
