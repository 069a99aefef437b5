/*
 * reskind.c: what kind of decision a resolution is, from its own words:
 * approved, noted, deferred, refused, recommended (to another body),
 * delegated (to an officer or a member), or other.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

/*
 * The words of each kind.  A word ending in "*" matches as a stem
 * ("approv*": approve, approved, approval).  The kinds are in order:
 * the first with a word in the text decides ("recommend to Council that
 * the budget be approved" is recommended, "the application for a grant
 * be refused" refused, "the report be noted and its recommendations
 * approved" noted).
 */
static const struct { const char *w; const char *kind; } kinds[] = {
	/* refusals and their negations */
	{ "refus*", "refused" }, { "reject*", "refused" },
	{ "declin*", "refused" }, { "not be approved", "refused" },
	{ "not approve", "refused" }, { "not to approve", "refused" },
	{ "not be granted", "refused" }, { "not to support", "refused" },
	{ "not support", "refused" }, { "not be supported", "refused" },
	/* put off to another day */
	{ "defer*", "deferred" }, { "postpon*", "deferred" },
	{ "adjourn*", "deferred" }, { "held over", "deferred" },
	{ "be brought back", "deferred" }, { "carried forward", "deferred" },
	/* to an officer or a member */
	{ "delegat*", "delegated" }, { "be authorised to", "delegated" },
	{ "be authorized to", "delegated" }, { "be given authority", "delegated" },
	/* to another body */
	{ "recommend", "recommended" }, { "recommends", "recommended" },
	{ "recommended to", "recommended" }, { "be recommended", "recommended" },
	/* taken as read ("the notes of the meeting" is no noting) */
	{ "noted", "noted" }, { "note the", "noted" }, { "notes the", "noted" },
	{ "to note", "noted" }, { "be received", "noted" },
	{ "received and noted", "noted" },
	/* approvals: verbs, not nouns ("Acceptance", "grants") */
	{ "approv*", "approved" }, { "agree", "approved" },
	{ "agreed", "approved" }, { "adopt", "approved" },
	{ "adopted", "approved" }, { "accept", "approved" },
	{ "accepted", "approved" }, { "confirm", "approved" },
	{ "confirmed", "approved" }, { "endorse", "approved" },
	{ "endorsed", "approved" }, { "ratif*", "approved" },
	{ "grant", "approved" }, { "granted", "approved" },
	{ "award", "approved" }, { "awarded", "approved" },
	{ "support", "approved" }, { "supported", "approved" },
	{ "be paid", "approved" }, { "be signed", "approved" },
	{ "authoris*", "approved" }, { "authoriz*", "approved" },
	{ NULL, NULL }
};

/* kind_word past its first letter. */
static size_t
kind_rest(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w), e;
	int stem = w[k - 1] == '*';

	if (stem)
		k--;
	if (i + k > n || !mu_strncaseeq(s + i, w, k))
		return 0;
	e = i + k;
	if (stem)
		while (e < n && isalpha((unsigned char)s[e]))
			e++;
	else if (e < n && isalnum((unsigned char)s[e]))
		return 0;
	return e - i;
}

/*
 * The length of the table's word w at s + i (a whole word), or 0.  Each
 * word of a decision is tried against the whole table: the first
 * letter, tested inline, turns nearly all away before strlen is paid.
 */
static inline size_t
kind_word(const char *s, size_t n, size_t i, const char *w)
{
	if (i >= n || fold((unsigned char)s[i]) != fold((unsigned char)*w))
		return 0;
	return kind_rest(s, n, i, w);
}

/*
 * The first kind of the table with a word that starts with the byte c,
 * or -1 (made at the first call): a word whose letter starts none is
 * not tried against the table, and a word is tried only from there.
 */
static int
first_kind(unsigned char c)
{
	static signed char first[256];
	static int ready;
	int k, l;

	if (!ready++) {
		memset(first, -1, sizeof first);
		for (k = 0; kinds[k].w; k++) {
			l = (unsigned char)kinds[k].w[0];
			if (first[l] < 0)
				first[l] = first[toupper(l)] = (signed char)k;
		}
	}
	return first[c];
}

/*
 * The kind of the decision s[0..n), label its label ("RECOMMENDED"):
 * the first kind of the table with a word in the text.  One pass over
 * the words, keeping the best kind met.
 */
const char *
res_kind(const char *s, size_t n, const char *label)
{
	size_t i;
	int k, f, best = -1;

	if (label && mu_caseprefix(label, "recommend"))
		return "recommended";
	for (i = 0; i < n; i++) {
		if ((i && isalnum((unsigned char)s[i - 1])) ||
		    (f = first_kind((unsigned char)s[i])) < 0)
			continue;
		for (k = f; kinds[k].w && (best < 0 || k < best); k++)
			if (kind_word(s, n, i, kinds[k].w))
				best = k;
	}
	return best < 0 ? "other" : kinds[best].kind;
}
