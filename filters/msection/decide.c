/* decide.c: decisions: resolution keywords, decisions inside sentences. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

/* "Council approved ... Resolved.": the sentence before was decided. */
void
resolved_after(int bi)
{
	int j;

	for (j = bi - 1; j >= 0; j--) {
		if (D.b[j].kind == K_ARTIFACT)
			continue;
		if (D.b[j].role == R_PROSE && D.b[j].kind == K_PARA &&
		    D.b[j].item == D.b[bi].item)
			D.b[j].role = R_RES;
		return;
	}
}

/* The end of the sentence from s[from]: ". " then a capital or a digit. */
static size_t
sentence_end(const char *s, size_t from, size_t n)
{
	size_t i, w;

	for (i = from; i + 2 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ' ||
		    !isalnum((unsigned char)s[i + 2]) ||
		    islower((unsigned char)s[i + 2]))
			continue;
		for (w = i; w > from && s[w - 1] != ' '; w--)
			;
		if (i - w >= 3 || (i - w == 2 && islower((unsigned char)s[w])))
			return i + 1;
	}
	return n;
}

/* The first of the spellings f in s (NUL-ended), from s + at. */
static const char *
first_of(const char *s, size_t at, const char *const *f)
{
	const char *p, *best = NULL;

	for (; *f; f++)
		if ((p = strstr(s + at, *f)) != NULL && (!best || p < best))
			best = p;
	return best;
}

/*
 * The word (spelt as in f) after who decided ("Council", "It was"), then
 * "to"/"that": the part from "to"/"that" to the end of the sentence is
 * the resolution; the rest of the paragraph stays prose.
 */
static int
inline_word(int i, const char *const *f)
{
	static const char *who[] = { "council", "committee", "panel", "board",
		"cabinet", "members", "meeting", "was", "unanimously", "and",
		NULL };
	const char *s = TEXT(i), *p, *q, *w;
	size_t n = D.b[i].len, at = 0, e, k = strlen(f[0]);

	while ((p = first_of(s, at, f)) != NULL) {
		at = p - s + k;
		q = p + k;
		if (!mu_caseprefix(q, "to ") && !mu_caseprefix(q, "that "))
			continue;
		if (p - s < 2 || isalnum((unsigned char)p[-1]))
			continue;
		for (w = p - 1; w > s && w[-1] != ' '; w--)
			;
		if (!inlist(who, w, p - 1 - w))
			continue;
		e = sentence_end(s, q - s, n);
		D.b[i].role = R_RES;
		D.b[i].rs = q - s;
		D.b[i].re = e;
		return 1;
	}
	return 0;
}

/*
 * "Council resolved to support the application and ...", "It was AGREED
 * that ...": a decision inside a sentence.  AGREED in capitals only: in
 * lower case the word is as often narrative.
 */
int
inline_resolution(int i)
{
	static const char *res[] = { "resolved ", "RESOLVED ", "Resolved ",
		NULL };
	static const char *agr[] = { "AGREED ", NULL };

	return inline_word(i, res) || inline_word(i, agr);
}

int
is_res_key(int y)
{
	return y >= Y_RESOLVED && y <= Y_MOVED;
}

/*
 * "RESOLVED that the quote be accepted. For 4, Against 0, Abstentions 1."
 * The vote after the decision is prose, not part of it.
 */
void
vote_after(int bi)
{
	static const char *v[] = { "for ", "against", "carried", "lost",
		"votes", "voting", "proposed", "seconded", "abstention", NULL };
	const char *s = TEXT(bi), *const *p;
	size_t e, n = D.b[bi].len;

	D.b[bi].rs = vote_lead(s, n, D.b[bi].rs);	/* vote.c */
	D.b[bi].re = vote_bracket(s, n, D.b[bi].re);
	for (e = list_to(s, 0, n); e < n; e = list_to(s, e + 1, n)) {
		while (e < n && s[e] == ' ')
			e++;
		for (p = v; *p; p++)
			if (mu_caseprefix(s + e, *p)) {
				D.b[bi].re = e;
				return;
			}
	}
}
