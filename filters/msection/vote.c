/*
 * vote.c: the vote record: who moved and who seconded a motion, how the
 * vote went.  Each block's text is read word by word for the facts of a
 * vote (a mover, a seconder, counts, lists of names, a casting vote, an
 * outcome); facts in order make up one motion until a fact of a kind it
 * already has starts the next.  A motion is written after the records of
 * the block it is read in; a proposal that the next block decides ("On a
 * motion by A, seconded by B, it was" / "RESOLVED (7:7 ...) that ...")
 * waits for that block, and a recorded vote set out over several lines
 * ("For: ..." / "Against: ...") is gathered into one record.
 *
 * Names are kept as written, without honorifics; initials that the
 * attendance lists define ("Ann Hale (AH)") also give the attendee.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

enum { O_NONE, O_UNAN, O_CARRIED, O_LOST };
enum { V_MOTION, V_AMEND, V_RECOMMEND, V_NOMINATE };
enum { C_FOR, C_AGAINST, C_ABSTAIN };

static const char *outname[] = { NULL, "unanimous", "carried", "lost" };
static const char *motname[] = { "motion", "amendment", "recommendation",
	"nomination" };

struct vote {
	int blk, wblk;		/* the block read in; written after wblk */
	long res;		/* line of the resolution decided, or 0 */
	int kind;
	size_t mover, second;	/* names in vs, or NOSTR */
	size_t named[3];	/* JSON arrays in vs, or NOSTR */
	int n[3];		/* for, against, abstain; -1 unknown */
	int casting, outcome;	/* outcome: as said, O_NONE when not */
	int mhon;		/* the mover named with an honorific */
};

/* Votes read and not yet written, in text order; their strings in vs. */
static struct vote *q;
static size_t nq, cq, head, rq;
static struct mu_buf vs;

/*
 * Words that say who moved or seconded: "proposed by Cllr A", "Cllr A
 * proposed", "Proposer: Cllr A", "prop. Mr A", "nominated by", "Cllr A
 * moved that"; "seconded by", "Seconder:", "2nd Mr B".  weak_mover()
 * reads "On a motion by Cllr A" and "Proposal (AH)".
 */
static const char *movewords[] = { "proposed", "moved", "nominated",
	"prop", "proposer", "mover", NULL };
static const char *secondwords[] = { "seconded", "seconder", "2nd",
	NULL };

/*
 * Capitalised words that are not names where a mover's name is looked
 * for: the vote's own words and pronouns ("He proposed", "Resolved,
 * proposed Cllr A").  rolewords (people.c) serves too.
 */
static const char *notnames[] = { "proposed", "seconded", "proposal",
	"proposer", "seconder", "moved", "resolved", "agreed", "unanimously",
	"carried", "lost", "motion", "amendment", "that", "he", "she",
	"they", "we", "i", "you", "all", "for", "against", "abstained",
	"abstentions", "following", "after", "everyone", "nominated",
	"recommendation", "approved", "prop", "2nd", "who", "which", "as",
	"then", "also", "had", "has", "was", "were", "having", "upon",
	"on", "a", "an", NULL };

/* Word numbers in counts: "three to two in favour". */
static const char *numwords[] = { "nil", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", NULL };

/*
 * The words a count is labelled with, in its column: "For 7", "7 in
 * favour", "Against: 2", "1 abstention", "Abstained (1): Cllr C".
 */
static const struct { const char *w; int col; } countwords[] = {
	{ "for", C_FOR }, { "in favour", C_FOR }, { "in favor", C_FOR },
	{ "against", C_AGAINST }, { "abstentions", C_ABSTAIN },
	{ "abstention", C_ABSTAIN }, { "abstained", C_ABSTAIN },
	{ "abstaining", C_ABSTAIN }, { "abstain", C_ABSTAIN },
	{ "abstains", C_ABSTAIN }, { NULL, 0 }
};
/* The words of countwords, as a list for pairs_of(). */
static const char *count_forms[sizeof countwords / sizeof countwords[0]];

/* "6 members voted for the motion", "3 voting against". */
static const char *votedwords[] = { "voted", "voting", NULL };

/* Words between a count and its label: "4 members against". */
static const char *countnouns[] = { "members", "member", "votes", "vote",
	"councillors", "councillor", "cllrs", NULL };

/*
 * Outcomes said in words.  Unanimity: "unanimously", "nem con", "all in
 * favour", "approved by all present", "everyone was in agreement".
 */
static const char *unanwords[] = { "unanimously", "unanimous", "nem con",
	"nem. con", "nem.con", "nemine contradicente", "all in favour",
	"all in favor", "by all present", "by all members",
	"by all councillors", "everyone was in agreement", NULL };
/*
 * The words outcome_at() reads an outcome from, besides unanwords: its
 * first test is of their first two letters.  Keep in step with it.
 */
static const char *outcome_forms[] = { "by a majority", "by majority",
	"majority vote", "majority decision", "carried", "lost", "defeated",
	"fell", NULL };
/* Before "carried", "lost", "fell": what was carried or lost, or
 * "was", "duly", "declared" ("the motion was declared carried"). */
static const char *motnouns[] = { "motion", "amendment", "proposal",
	"proposition", "recommendation", "resolution", "nomination", "vote",
	"it", "and", "unanimously", "duly", "was", "declared", NULL };
/* Not a vote: "carried out", "carried forward". */
static const char *carriedafter[] = { "out", "forward", "forwards",
	"over", "through", "into", "across", "along", "off", "away", "up",
	"back", "in", NULL };
/* Words of several motions at once: "Various motions were passed". */
static const char *plurals[] = { "motions", "proposals", "resolutions",
	"amendments", NULL };

/* Small word lists for the tests below (inlist() keys its tables by
 * address, so each is a static table, never a compound literal). */
static const char *clause_ends[] = { "that", "and", NULL };
static const char *w_not[] = { "not", NULL };
static const char *w_therefore[] = { "therefore", "accordingly", "then",
	NULL };
static const char *w_andit[] = { "and", "it", NULL };
static const char *w_article[] = { "a", "the", NULL };
static const char *w_on[] = { "on", "upon", NULL };

/* ---- words ---- */

static size_t
skipsp(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* strchr("(\"'", c), written out: core() runs at every word. */
static int
opener(char c)
{
	return c == '(' || c == '"' || c == '\'' || c == '\0';
}

/* strchr(",;:.)\"'!?", c), written out. */
static int
closer(char c)
{
	return c == ',' || c == ';' || c == ':' || c == '.' || c == ')' ||
	    c == '"' || c == '\'' || c == '!' || c == '?' || c == '\0';
}

/* The core of the word s[i..e): no brackets, quotes or closing stops. */
static void
core(const char *s, size_t *i, size_t *e)
{
	while (*i < *e && opener(s[*i]))
		(*i)++;
	while (*e > *i && closer(s[*e - 1]))
		(*e)--;
}

/* Is the word at s[i..) (its core) one of l? */
static int
word_in(const char *s, size_t n, size_t i, const char *const *l)
{
	size_t e = i + mu_wordlen(s + i, n - i);

	core(s, &i, &e);
	return inlist(l, s + i, e - i);
}

/* The start of the word after the one at i, or n. */
static size_t
next_word(const char *s, size_t n, size_t i)
{
	return skipsp(s, n, i + mu_wordlen(s + i, n - i));
}

/* The start of the word before the one at i, or NOSTR. */
static size_t
prev_word(const char *s, size_t i)
{
	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i == 0)
		return NOSTR;
	while (i > 0 && s[i - 1] != ' ')
		i--;
	return i;
}

/* The bit of the letter c (either case) in a set of letters, or 0. */
static unsigned
letter_bit(unsigned char c)
{
	c = fold(c);
	return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 0;
}

/* The first letters of the words of l as bits, made at the first call. */
static unsigned
list_letters(unsigned *m, const char *const *l)
{
	if (*m == 0)
		for (; *l; l++)
			*m |= letter_bit((unsigned char)**l);
	return *m;
}

/*
 * The pairs of first letters of the phrases of l (each starting with two
 * letters) as bits: bit b of pairs[a] for letters a, b, added to *pairs
 * (26 words); *ready then set.
 */
static const unsigned *
pairs_make(unsigned *pairs, int *ready, const char *const *l)
{
	int a, b;

	for (; *l; l++) {
		a = fold((unsigned char)(*l)[0]) - 'a';
		b = fold((unsigned char)(*l)[1]) - 'a';
		if (a < 0 || a >= 26 || b < 0 || b >= 26)
			abort();	/* a phrase the test cannot hold */
		pairs[a] |= 1u << b;
	}
	*ready = 1;
	return pairs;
}

static inline const unsigned *
pairs_of(unsigned *pairs, int *ready, const char *const *l)
{
	return *ready ? pairs : pairs_make(pairs, ready, l);
}

/*
 * Can the word at s + i (past an opening bracket or quote) start with
 * one of the pairs of letters of pairs_of?  Each word of a block is asked
 * for counts and outcomes: this turns nearly all away before a table is
 * read (a test of the first letter alone let "a", "and", "for", "of"
 * through).
 */
static inline int
may_start(const char *s, size_t n, size_t i, const unsigned *pairs)
{
	unsigned a, b;

	while (i < n && (s[i] == '(' || s[i] == '"' || s[i] == '\''))
		i++;
	if (i + 1 >= n)
		return 0;
	a = fold((unsigned char)s[i]) - 'a';
	b = fold((unsigned char)s[i + 1]) - 'a';
	return a < 26 && b < 26 && (pairs[a] >> b & 1);
}

/* A count at s + i: digits or a word number; its length in *k, or -1. */
static int
number_at(const char *s, size_t n, size_t i, size_t *k)
{
	static unsigned pairs[26];	/* numwords' first two letters */
	static int ready;
	size_t e = i, w;
	int v = 0, j;
	unsigned char c0, c1;

	while (e < n && isdigit((unsigned char)s[e]) && e - i < 3)
		v = v * 10 + s[e++] - '0';
	/* Not a time or a date: "7.30pm", "7:45", "12/10" (but "(7:7"). */
	if (e > i && e + 1 < n && strchr(".:/", s[e]) &&
	    isdigit((unsigned char)s[e + 1]) && !(s[e] == ':' && i > 0 &&
	    s[i - 1] == '('))
		return -1;
	if (e > i && (e == n || !isalnum((unsigned char)s[e]))) {
		*k = e - i;
		return v;
	}
	if (!may_start(s, n, i, pairs_of(pairs, &ready, numwords)))
		return -1;
	w = mu_wordlen(s + i, n - i);
	e = i + w;
	core(s, &i, &e);
	if (e - i < 3 || e - i > 9)	/* "nil" to "seventeen" */
		return -1;
	c0 = fold((unsigned char)s[i]);
	c1 = fold((unsigned char)s[i + 1]);
	for (j = 0; numwords[j]; j++)
		if (c0 == (unsigned char)numwords[j][0] &&
		    c1 == (unsigned char)numwords[j][1] &&
		    strlen(numwords[j]) == e - i &&
		    mu_strncaseeq(s + i, numwords[j], e - i)) {
			*k = e - i;
			return j;
		}
	return -1;
}

/* ---- names ---- */

/* Is s[i..e) an honorific ("Cllr", "Cllr.", "Councillors", "Mrs")? */
static int
hon(const char *s, size_t i, size_t e)
{
	return is_hon(s + i, e - i) || (e - i > 1 && s[e - 1] == '.' &&
	    is_hon(s + i, e - i - 1)) || (e - i > 1 && s[e - 1] == ',' &&
	    is_hon(s + i, e - i - 1));
}

/* Initials written as a name: "AH", "CMcD", "J.S." (two to five). */
static int
initials(const char *s, size_t i, size_t e)
{
	size_t k, up = 0;

	if (e - i < 2 || e - i > 6 || !isupper((unsigned char)s[i]))
		return 0;
	for (k = i; k < e; k++)
		if (isupper((unsigned char)s[k]))
			up++;
		else if (!islower((unsigned char)s[k]) && s[k] != '.')
			return 0;
	return up >= 2 && up * 2 >= e - i - (s[e - 1] == '.');
}

/*
 * A word that may stand in a name: a capital first, no digit, not a word
 * of a post or a body unless an honorific came first ("Mr Ward").
 */
static int
name_word(const char *s, size_t i, size_t e, int h)
{
	size_t k;

	if (i >= e || (!isupper((unsigned char)s[i]) &&
	    (unsigned char)s[i] < 0xc0))
		return 0;
	if ((unsigned char)s[i] == 0xe2)	/* a dash or a quote */
		return 0;
	if (mu_month(s + i, e - i, NULL))
		return 0;
	for (k = i; k < e; k++)
		if (isdigit((unsigned char)s[k]))
			return 0;
	return !inlist(notnames, s + i, e - i) &&
	    (h || !inlist(rolewords, s + i, e - i));
}

/* "P." or "P": a one-letter initial. */
static int
initial(const char *s, size_t i, size_t e)
{
	return isupper((unsigned char)s[i]) && (e - i == 1 ||
	    (e - i == 2 && s[i + 1] == '.'));
}

/*
 * The name at s + p: honorifics (also glued on, "Mr.Ward"), then up to
 * four name words, ending at a stop other than an initial's.  Sets the
 * name's span [*a, *b) and *h when an honorific came first; returns the
 * end, or 0 when no name stands there.
 */
size_t
name_after(const char *s, size_t n, size_t p, size_t *a, size_t *b, int *h)
{
	size_t i, e, w, c;
	const char *dot;
	int words = 0;

	*h = 0;
	for (i = skipsp(s, n, p); i < n && words < 4; i = skipsp(s, n, w)) {
		w = i + mu_wordlen(s + i, n - i);
		e = w;
		if (s[i] == '(')
			i++;
		if (words == 0 && hon(s, i, e)) {
			*h = 1;
			continue;
		}
		dot = memchr(s + i, '.', e - i);
		if (words == 0 && dot && dot + 1 < s + e &&
		    isupper((unsigned char)dot[1]) && hon(s, i, dot + 1 - s)) {
			*h = 1;			/* "Mr.Bonnett" */
			i = dot + 1 - s;
		}
		c = e;
		/* An initial keeps its stop: "P.", "J.S."; "LR." does not. */
		if (!initial(s, i, e) && !(e - i > 2 && s[e - 1] == '.' &&
		    memchr(s + i, '.', e - i - 1) && initials(s, i, e)))
			while (c > i && strchr(",;:).'\"", s[c - 1]))
				c--;
		if (!name_word(s, i, c, *h) && !(words && inlist(particles, s + i,
		    c - i)))
			break;
		if (words++ == 0)
			*a = i;
		*b = c;
		if (c < e)
			return e;		/* a stop after the name */
	}
	return words ? *b : 0;
}

/*
 * The name that ends just before the word at q ("Cllr A Smith
 * proposed"), no earlier than floor: name words back to a stop, then
 * honorifics.  Returns 1 with its span in [*a, *b).
 */
int
name_before(const char *s, size_t q, size_t floor, size_t *a, size_t *b,
    int *h)
{
	size_t i, e, c;
	int words = 0, rw = 0;

	*h = 0;
	for (i = prev_word(s, q); i != NOSTR && i >= floor && words < 4;
	    i = prev_word(s, i)) {
		e = i + mu_wordlen(s + i, q - i);
		c = e;
		if (s[i] == '(')
			break;
		if (c > i && strchr(",;:", s[c - 1]))
			break;
		if (c > i && s[c - 1] == '.' && !initial(s, i, c) &&
		    !hon(s, i, c))
			break;
		if (hon(s, i, c)) {
			*h = 1;
			if (words)
				break;
			return 0;
		}
		if (!name_word(s, i, c, 1))
			break;
		rw |= !name_word(s, i, c, 0);	/* "Mr Ward", not "Ward" */
		if (words++ == 0)
			*b = c;
		*a = i;
	}
	while (words && i != NOSTR && i >= floor) {	/* honorifics */
		e = i + mu_wordlen(s + i, q - i);
		if (!hon(s, i, e))
			break;
		*h = 1;
		i = prev_word(s, i);
	}
	if (!words || (rw && !*h))
		return 0;
	/* A lone word needs an honorific or to be initials: not "Smith". */
	return *h || initials(s, *a, *b) || words > 1 ||
	    (*b - *a > 1 && prev_word(s, *a) == NOSTR);
}

/* ---- the votes ---- */

static struct vote *
new_vote(int bi)
{
	struct vote *v;

	q = mu_grow(q, &cq, nq, sizeof *q);
	v = &q[nq++];
	memset(v, 0, sizeof *v);
	v->blk = v->wblk = bi;
	v->mover = v->second = NOSTR;
	v->named[0] = v->named[1] = v->named[2] = NOSTR;
	v->n[0] = v->n[1] = v->n[2] = -1;
	return v;
}

/*
 * The sentence around s + i: [*a, *e), at most SENTMAX bytes either side
 * of i: it is read at each fact, and a paragraph with no full stops
 * (extraction damage) must not be read whole at each one.
 */
#define SENTMAX 400
static void
sentence(const char *s, size_t n, size_t i, size_t *a, size_t *e)
{
	size_t k, lo = i > SENTMAX ? i - SENTMAX : 0;
	size_t hi = n - i > SENTMAX ? i + SENTMAX : n;

	for (k = i; k > lo; k--)
		if (k >= 2 && s[k - 1] == ' ' && strchr(".!?", s[k - 2]) &&
		    k >= 4 && s[k - 4] != ' ' && s[k - 3] != ' ')
			break;
	*a = k;
	for (k = i; k + 1 < hi; k++)
		if (strchr(".!?", s[k]) && s[k + 1] == ' ' && k >= 2 &&
		    s[k - 2] != ' ' && s[k - 1] != ' ')
			break;
	*e = k + 1 < hi ? k : hi;
}

static int kind_in(const char *, size_t, size_t);

/*
 * The kind of motion the sentence around s + i is about, or, when it
 * names none, the sentence before it ("B was nominated as Chairman.
 * Proposed by Cllr A, seconded by Cllr C.").
 */
static int
motion_kind(const char *s, size_t n, size_t i)
{
	size_t a, e;
	int k = kind_in(s, n, i);

	if (k < 0) {
		sentence(s, n, i, &a, &e);
		k = a > 2 ? kind_in(s, n, a - 2) : -1;
	}
	return k < 0 ? V_MOTION : k;
}

/* The kind of motion the words of the sentence around s + i name, or -1. */
static int
kind_in(const char *s, size_t n, size_t i)
{
	size_t a, e;

	sentence(s, n, i, &a, &e);
	if (ci_find(s + a, e - a, "amendment"))
		return V_AMEND;
	if (ci_find(s + a, e - a, "nominat") || ci_find(s + a, e - a,
	    "elected") || ci_find(s + a, e - a, "be elect") ||
	    ci_find(s + a, e - a, "candidate"))
		return V_NOMINATE;
	if (ci_find(s + a, e - a, "recommend"))
		return V_RECOMMEND;
	return ci_find(s + a, e - a, "motion") ? V_MOTION : -1;
}

/*
 * A name for a mover or seconder at the trigger word s[i..e) (k its
 * core's end): after "by", in brackets, before the word, or after it
 * ("proposed Cllr A", "Proposer: A"), or "as Vice Chair by JH".
 * Returns the end of what was read, 0 for no name.
 */
static size_t
who(const char *s, size_t n, size_t i, size_t k, size_t floor, int weak,
    size_t *a, size_t *b, int *hh)
{
	size_t j = skipsp(s, n, i + mu_wordlen(s + i, n - i)), r, w;
	int m, *h = hh;

	if (phrase_len(s, n, j, "by") || (weak && phrase_len(s, n, j, "of")))
		return name_after(s, n, j + 2, a, b, h);
	if (j < n && s[j] == '(' && (r = name_after(s, n, j, a, b, h)))
		return r;
	if (weak)
		return 0;
	if (name_before(s, i, floor, a, b, h))
		return k;
	if ((r = name_after(s, n, j, a, b, h)) && (*h || initials(s, *a,
	    *b) || (*b > *a + 1 && s[*a + 1] == '.') || (*b - *a > 2 &&
	    s[*a + 1] == ' ') || (j > 0 && s[j - 1] == ':') ||
	    (k < n && s[k] == ':')))
		return r;
	/* "was proposed as Vice Chair by JH": "by" later in the clause */
	for (w = j, m = 0; w < n && m < 8; w = next_word(s, n, w), m++) {
		if (word_in(s, n, w, clause_ends))
			break;
		if (phrase_len(s, n, w, "by") && (r = name_after(s, n, w + 2, a,
		    b, h)) && (*h || initials(s, *a, *b)))
			return r;
		r = w + mu_wordlen(s + w, n - w);
		if (r > w && strchr(",;:.", s[r - 1]))
			break;
	}
	return 0;
}

/* The outcome said by the word at s + i; *k gets its length. */
static int
outcome_at(const char *s, size_t n, size_t i, size_t *k)
{
	const char *const *p;
	size_t e, c, pv, j, sa, se;
	int caps;
	static unsigned pairs[26], ufirst;
	static int ready;

	if (!ready) {
		pairs_make(pairs, &ready, unanwords);
		pairs_make(pairs, &ready, outcome_forms);
	}
	if (!may_start(s, n, i, pairs)) {
		*k = 0;
		return O_NONE;
	}
	if (letter_bit((unsigned char)s[i]) & list_letters(&ufirst, unanwords))
		for (p = unanwords; *p; p++)
			if ((*k = phrase_len(s, n, i, *p)) != 0)
				return O_UNAN;
	c = e = i + mu_wordlen(s + i, n - i);
	core(s, &i, &c);
	*k = e - i;
	caps = c > i + 1 && isupper((unsigned char)s[i]) &&
	    isupper((unsigned char)s[i + 1]);
	/* "by a majority", "agreed by majority", "a majority vote" */
	if (phrase_len(s, n, i, "by a majority") || phrase_len(s, n, i,
	    "by majority") || phrase_len(s, n, i, "majority vote") ||
	    phrase_len(s, n, i, "majority decision"))
		return O_CARRIED;
	if (c - i == 7 && mu_strncaseeq(s + i, "carried", 7)) {
		j = skipsp(s, n, e);
		if (c == e && j < n && word_in(s, n, j, carriedafter))
			return O_NONE;
		pv = prev_word(s, i);
		if (caps || pv == NOSTR || strchr(".:;-(", s[i - 2 < i ? i - 2
		    : 0]) || word_in(s, n, pv, motnouns))
			return pv != NOSTR && word_in(s, n, pv,
			    w_not) ? O_LOST :
			    O_CARRIED;
		return O_NONE;
	}
	if ((c - i == 4 && mu_strncaseeq(s + i, "lost", 4)) || (c - i == 8 &&
	    mu_strncaseeq(s + i, "defeated", 8)) || (c - i == 4 &&
	    mu_strncaseeq(s + i, "fell", 4))) {
		pv = prev_word(s, i);
		if (!caps && pv != NOSTR && !word_in(s, n, pv, motnouns) &&
		    !word_in(s, n, pv, w_therefore))
			return O_NONE;
		/* "... and lost", "it was lost": a motion in the sentence */
		sentence(s, n, i, &sa, &se);
		return pv != NOSTR && !caps && word_in(s, n, pv, w_andit) &&
		    !ci_find(s + sa, i - sa, "motion") && !ci_find(s + sa,
		    i - sa, "amendment") ? O_NONE : O_LOST;
	}
	return O_NONE;
}

/* A label of a count at s + i ("for", "in favour"): its column or -1. */
static int
count_word(const char *s, size_t n, size_t i, size_t *k)
{
	static unsigned pairs[26];	/* countwords' first two letters */
	static int ready;
	int j;

	*k = 0;
	if (!ready)
		for (j = 0; countwords[j].w; j++)
			count_forms[j] = countwords[j].w;
	if (!may_start(s, n, i, pairs_of(pairs, &ready, count_forms)))
		return -1;
	for (j = 0; countwords[j].w; j++)
		if ((*k = phrase_len(s, n, i, countwords[j].w)) != 0)
			return countwords[j].col;
	return -1;
}

/* What may follow a count: a stop, a bracket, "and", another count. */
static int
count_end(const char *s, size_t n, size_t i)
{
	size_t k;

	i = skipsp(s, n, i);
	if (i >= n || strchr(",;.:)-", s[i]) || (unsigned char)s[i] == 0xe2)
		return 1;
	return phrase_len(s, n, i, "and") || phrase_len(s, n, i, "with") ||
	    phrase_len(s, n, i, "to") || count_word(s, n, i, &k) >= 0 ||
	    isdigit((unsigned char)s[i]) || phrase_len(s, n, i, "the motion") ||
	    phrase_len(s, n, i, "the amendment") ||
	    phrase_len(s, n, i, "the proposal") ||
	    phrase_len(s, n, i, "the recommendation");
}

/* The vote that takes the next fact of column c (-1 mover, -2 seconder). */
static struct vote *
slot(struct vote **cur, int bi, int c)
{
	struct vote *v = *cur;

	if (v == NULL || (c == -1 && v->mover != NOSTR) || (c == -2 &&
	    v->second != NOSTR) || (c >= 0 && (v->n[c] >= 0 ||
	    v->named[c] != NOSTR)))
		*cur = v = new_vote(bi);
	return v;
}

/*
 * "For (4): Cllrs A, B and C" as a JSON array in vs, up to the next
 * count label or the end of the sentence; returns the end, or 0 when no
 * name follows.
 */
static size_t
named_list(const char *s, size_t n, size_t i, size_t *off, int *cnt)
{
	size_t a, b, p = i, k;
	int h, first = 1;

	mu_buf_reset(&tmp);
	*cnt = 0;
	for (;;) {
		p = skipsp(s, n, p);
		if (p < n && count_word(s, n, p, &k) >= 0 && !first)
			break;
		if (phrase_len(s, n, p, "and"))
			p = skipsp(s, n, p + 3);
		else if (p < n && s[p] == '&')
			p = skipsp(s, n, p + 1);
		if ((k = name_after(s, n, p, &a, &b, &h)) == 0)
			break;
		mu_buf_addc(&tmp, first ? '[' : ',');
		mu_json_quote(&tmp, s + a, b - a);
		first = 0;
		(*cnt)++;
		p = k;
		while (p < n && (s[p] == ',' || s[p] == ' '))
			p++;
		if (k > 0 && (s[k - 1] == '.' || s[k - 1] == ';') &&
		    !initial(s, a, b))
			break;
	}
	if (first)
		return 0;
	mu_buf_addc(&tmp, ']');
	*off = mu_save(&vs, tmp.s, tmp.len);
	return p;
}

/* Does the sentence around s + i speak of a vote (so "7:7" is one)? */
static int
votey(const char *s, size_t n, size_t i)
{
	size_t a, e;

	sentence(s, n, i, &a, &e);
	return ci_find(s + a, e - a, "vote") || ci_find(s + a, e - a,
	    "voting") || ci_find(s + a, e - a, "casting") ||
	    ci_find(s + a, e - a, "in favour") || ci_find(s + a, e - a,
	    "majority") || ci_find(s + a, e - a, "resolved") ||
	    ci_find(s + a, e - a, "carried");
}

/*
 * "the amendment", "the motion" at s + j: which motion of a division a
 * count or an outcome names; *k gets the phrase's length.  -1: neither.
 */
static int
named_motion(const char *s, size_t n, size_t j, size_t *k)
{
	if ((*k = phrase_len(s, n, j, "the amendment")) != 0)
		return V_AMEND;
	if ((*k = phrase_len(s, n, j, "the motion")) != 0 ||
	    (*k = phrase_len(s, n, j, "the original motion")) != 0)
		return V_MOTION;
	return -1;
}

/* The newest vote of kind kd read so far in block bi's item, or NULL. */
static struct vote *
of_kind(int bi, int kd)
{
	size_t x;

	for (x = nq; x > head && D.b[q[x - 1].blk].item == D.b[bi].item; x--)
		if (q[x - 1].kind == kd)
			return &q[x - 1];
	return NULL;
}

/*
 * A division between a motion and an amendment (Scottish minutes): "3
 * voted for the amendment and 2 for the motion", "there voted for the
 * amendment 5, and for the motion 4".  j is just after "for": the count
 * goes to the motion named there, when one of that kind was read in the
 * item.  Returns the end of the phrase, or 0.
 */
static size_t
division(const char *s, size_t n, size_t j, int bi, int v,
    struct vote **cur)
{
	struct vote *x;
	size_t k, e;
	int kd;

	if ((kd = named_motion(s, n, skipsp(s, n, j), &k)) < 0 ||
	    (x = of_kind(bi, kd)) == NULL || x->n[C_FOR] >= 0)
		return 0;
	e = skipsp(s, n, j) + k;
	if (v < 0) {				/* "for the amendment 5" */
		if ((v = number_at(s, n, skipsp(s, n, e), &k)) < 0)
			return 0;
		e = skipsp(s, n, e) + k;
	}
	x->n[C_FOR] = v;
	*cur = x;
	return e;
}

/*
 * "and the amendment was accordingly declared carried": the outcome of
 * the motion the clause names (i: the outcome's word, sa: its sentence)
 * when both were counted in a division; the other motion fell.  Returns
 * 1 when it named one.
 */
static int
division_outcome(const char *s, size_t n, size_t i, size_t sa, int bi, int o,
    struct vote **cur)
{
	struct vote *x, *y;
	size_t w = i, k;
	int m, kd = -1;

	for (m = 0; m < 6 && (w = prev_word(s, w)) != NOSTR && w >= sa; m++)
		if ((kd = named_motion(s, n, w, &k)) >= 0)
			break;
	if (kd < 0 || (x = of_kind(bi, kd)) == NULL || x->outcome != O_NONE)
		return 0;
	y = of_kind(bi, kd == V_AMEND ? V_MOTION : V_AMEND);
	if (y == NULL || y->n[C_FOR] < 0 || x->n[C_FOR] < 0)
		return 0;		/* no division: the vote goes on */
	x->outcome = o;
	*cur = x;
	if (o == O_CARRIED && y->outcome == O_NONE)
		y->outcome = O_LOST;
	return 1;
}

/*
 * A count at s + i: "For 7", "For: 7", "7 for", "4 members against",
 * "1 abstention", "For (3): Cllrs A, B, C", "three to two in favour",
 * "by 5 votes to 3", "(7:7".  Fills the vote's columns; returns the
 * end, or 0.  The sentence around at is read (votey) only for the forms
 * that need it, so that a long paragraph is not read again at each word.
 */
static size_t
count_at(const char *s, size_t n, size_t i, struct vote **cur, int bi,
    size_t at)
{
	size_t k, k2, j, off;
	int c, v, v2, cnt;
	struct vote *x;

	if ((c = count_word(s, n, i, &k)) >= 0) {	/* "For: 7" */
		if (c == C_FOR && (j = division(s, n, i + k, bi, -1, cur)))
			return j;
		j = skipsp(s, n, i + k);
		if (j < n && strchr(":-=", s[j]))
			j = skipsp(s, n, j + 1);
		if (j < n && s[j] == '(' && (v = number_at(s, n, j + 1, &k2)) >=
		    0 && j + 1 + k2 < n && s[j + 1 + k2] == ')') {
			j = skipsp(s, n, j + 2 + k2);	/* "For (4):" */
			if (j < n && strchr(":-", s[j]))
				j = skipsp(s, n, j + 1);
		} else if ((v = number_at(s, n, j, &k2)) >= 0 &&
		    count_end(s, n, j + k2)) {
			x = slot(cur, bi, c);
			x->n[c] = v;
			return j + k2;
		} else
			v = -1;
		if (j > i + k && (s[j - 2] == ':' || s[j - 1] == ':' || v >= 0) &&
		    (k = named_list(s, n, j, &off, &cnt)) != 0) {
			x = slot(cur, bi, c);
			x->named[c] = off;
			x->n[c] = v >= 0 ? v : cnt;
			return k;
		}
		return 0;
	}
	if ((v = number_at(s, n, i, &k)) < 0)
		return 0;
	j = skipsp(s, n, i + k);
	if (word_in(s, n, j, countnouns))
		j = next_word(s, n, j);
	if (word_in(s, n, j, votedwords))	/* "6 members voted for" */
		j = next_word(s, n, j);
	if ((c = count_word(s, n, j, &k2)) >= 0 && (c != C_FOR ||
	    count_end(s, n, j + k2))) {
		if (c == C_FOR && (k = division(s, n, j + k2, bi, v, cur)))
			return k;
		x = slot(cur, bi, c);
		x->n[c] = v;
		return j + k2;
	}
	/* "three to two in favour", "by 5 votes to 3", "(7:7" */
	if (phrase_len(s, n, j, "to") && (v2 = number_at(s, n,
	    skipsp(s, n, j + 2), &k2)) >= 0 && (word_in(s, n, i +
	    k + 1, countnouns) || votey(s, n, at))) {
		j = skipsp(s, n, j + 2) + k2;
		x = slot(cur, bi, C_FOR);
		x->n[C_FOR] = v;
		x->n[C_AGAINST] = v2;
		return j;
	}
	/* "(7:7 and on the Chair's casting vote)", "Carried 5-2" */
	if (i + k + 1 < n && ((s[i + k] == ':' && i > 0 &&
	    s[i - 1] == '(') || s[i + k] == '-') &&
	    (v2 = number_at(s, n, i + k + 1, &k2)) >= 0 &&
	    (i + k + 1 + k2 == n || !strchr("-/", s[i + k + 1 + k2])) &&
	    votey(s, n, at)) {
		x = slot(cur, bi, C_FOR);
		x->n[C_FOR] = v;
		x->n[C_AGAINST] = v2;
		return i + k + 1 + k2;
	}
	return 0;
}

static size_t
save_name(const char *s, size_t a, size_t b)
{
	return mu_save(&vs, s + a, b - a);
}

/*
 * "Proposal (AH)", "On a motion by Cllr A", "on the motion of": the
 * words that name a mover only so; "a motion by Cllr A" alone is a
 * notice of a motion, not one moved at the meeting.
 */
static int
weak_mover(const char *s, size_t n, size_t i, size_t k, size_t c)
{
	size_t p, j = skipsp(s, n, i + mu_wordlen(s + i, n - i));

	if (c - k == 8 && mu_strncaseeq(s + k, "proposal", 8))
		return j < n && s[j] == '(';
	if (c - k != 6 || !mu_strncaseeq(s + k, "motion", 6) ||
	    (p = prev_word(s, i)) == NOSTR || !word_in(s, n, p,
	    w_article))
		return 0;
	return (p = prev_word(s, p)) != NOSTR && word_in(s, n, p,
	    w_on);
}

/* Does s[0..n) speak of several motions at once? */
static int
has_plural(const char *s, size_t n)
{
	size_t i;

	for (i = skipsp(s, n, 0); i < n; i = next_word(s, n, i))
		if (word_in(s, n, i, plurals))
			return 1;
	return 0;
}

/*
 * A second outcome in the same sentence as the first, or in a sentence
 * of a few words after it ("agreed unanimously. Motion carried."), says
 * the same again: unanimity is the more exact of the two.
 */
static int
same_again(struct vote *v, int o, size_t sa, size_t se, size_t osent,
    const char *s)
{
	if (v == NULL || v->outcome == O_NONE)
		return 0;
	if (sa != osent && nwords(s + sa, se - sa) > 4)
		return 0;
	if ((v->outcome == O_CARRIED && o == O_UNAN) ||
	    (v->outcome == O_UNAN && o == O_CARRIED) || v->outcome == o) {
		if (o == O_UNAN)
			v->outcome = O_UNAN;
		return 1;
	}
	return 0;
}

/*
 * Is the word s[k..c) one of l (m: l's first letters)?  A letter that
 * no word of l starts with turns it away before the look-up, which is
 * asked at every word of a block.
 */
static int
in_words(const char *s, size_t k, size_t c, const char *const *l,
    unsigned *m)
{
	unsigned b;

	if (c <= k)
		return 0;
	b = letter_bit((unsigned char)s[k]);
	return (b == 0 || (b & list_letters(m, l))) && inlist(l, s + k, c - k);
}

/*
 * "Councillor A, seconded by Councillor B, moved that ...": the seconder
 * set off by commas between the mover and the verb (the form of Scottish
 * minutes, and of "As an amendment, Cllr C, seconded by ..., moved").
 * i is "seconded", r the end of the seconder's name.
 */
static int
aside_mover(const char *s, size_t n, size_t i, size_t r, size_t floor,
    size_t *a, size_t *b, int *h)
{
	static unsigned first;
	size_t q = i, w;

	while (q > 0 && s[q - 1] == ' ')
		q--;
	if (q == 0 || s[q - 1] != ',' || r == 0 || s[r - 1] != ',')
		return 0;
	w = skipsp(s, n, r);
	if (!in_words(s, w, w + mu_wordlen(s + w, n - w), movewords, &first))
		return 0;
	return name_before(s, q - 1, floor, a, b, h);
}

/* Reads the facts of s[0..n) (block bi) into votes. */
static void
read_text(int bi, const char *s, size_t n)
{
	struct vote *cur = NULL;
	size_t i, e, c, k, a, b, r, floor = 0, sa, se, skipto = 0, osent = 0;
	int o, weak, h;
	static unsigned mfirst, sfirst;	/* for in_words() */

	for (i = skipsp(s, n, 0); i < n; i = skipsp(s, n, e)) {
		e = i + mu_wordlen(s + i, n - i);
		if (i < skipto)
			continue;
		c = e;
		k = i;
		core(s, &k, &c);
		weak = weak_mover(s, n, i, k, c);
		if ((in_words(s, k, c, movewords, &mfirst) || weak) &&
		    (r = who(s, n, i, c, floor, weak, &a, &b, &h)) != 0) {
			cur = slot(&cur, bi, -1);
			cur->mover = save_name(s, a, b);
			cur->mhon = h;
			cur->kind = motion_kind(s, n, i);
			floor = r;
			skipto = r;
			continue;
		}
		if (in_words(s, k, c, secondwords, &sfirst) &&
		    (r = who(s, n, i, c, floor, 0, &a, &b, &h)) != 0) {
			cur = slot(&cur, bi, -2);
			cur->second = save_name(s, a, b);
			if (cur->mover == NOSTR)
				cur->kind = motion_kind(s, n, i);
			if (cur->mover == NOSTR &&
			    aside_mover(s, n, i, r, floor, &a, &b, &h)) {
				cur->mover = save_name(s, a, b);
				cur->mhon = h;
			}
			floor = skipto = r;
			continue;
		}
		if ((r = count_at(s, n, k, &cur, bi, i)) != 0) {
			floor = skipto = r;
			continue;
		}
		if (phrase_len(s, n, k, "casting")) {
			cur = cur ? cur : new_vote(bi);
			cur->casting = 1;
			continue;
		}
		if ((o = outcome_at(s, n, i, &r)) == O_NONE)
			continue;
		sentence(s, n, i, &sa, &se);
		if (has_plural(s + sa, se - sa))
			continue;
		skipto = i + r;
		if (division_outcome(s, n, i, sa, bi, o, &cur))
			continue;
		if (same_again(cur, o, sa, se, osent, s))
			continue;
		if (cur == NULL || cur->outcome != O_NONE) {
			cur = new_vote(bi);
			cur->kind = motion_kind(s, n, i);
		}
		cur->outcome = o;
		osent = sa;
	}
}

/* ---- blocks ---- */

/*
 * Only those against counted ("there were 4 members against and 1
 * abstention"): the motion fell, unless the text says it was decided
 * all the same ("Agreed, with 2 against").
 */
static int
against_only(int bi, const char *s, size_t n)
{
	static const char *won[] = { "agreed", "resolved", "approved",
		"accepted", NULL };
	const char *const *w;

	if (D.b[bi].role == R_RES || D.b[bi].role == R_RESCONT)
		return O_CARRIED;
	for (w = won; *w; w++)
		if (ci_find(s, n, *w))
			return O_CARRIED;
	return O_LOST;
}

/* The block before bi that has text of its own (not page furniture). */
static int
prev_blk(int bi)
{
	while (--bi >= 0)
		if (D.b[bi].kind != K_ARTIFACT && D.b[bi].role != R_DROP)
			return bi;
	return -1;
}

/* The line of the resolution record block bi is part of, or 0. */
static long
res_line(int bi)
{
	while (bi >= 0 && (D.b[bi].role == R_RESCONT ||
	    D.b[bi].kind == K_ARTIFACT || D.b[bi].role == R_DROP))
		bi--;
	return bi >= 0 && D.b[bi].role == R_RES ? D.b[bi].line : 0;
}

/* Words that open a line that only says how the motion before went. */
static const char *votelead[] = { "resolved", "proposed", "moved",
	"seconded", "carried", "unanimously", "agreed", "lost", "for",
	"nem", "prop", "proposer", "the", NULL };

/*
 * The resolution a vote of block bi decided: its own, or, for a line
 * that says only how the vote went ("Resolved, proposed Cllr A,
 * seconded Cllr B. Unanimously agreed."), the one just before it.
 */
static long
decided(int bi, const char *s, size_t n)
{
	int p;

	if (D.b[bi].role == R_RES || D.b[bi].role == R_RESCONT)
		return res_line(bi);
	if (D.b[bi].decides)	/* "The amendment was carried": the motion */
		return D.b[D.b[bi].decides - 1].line;
	if ((p = prev_blk(bi)) < 0 || D.b[p].item != D.b[bi].item ||
	    ci_find(s, n, "that") || !word_in(s, n, skipsp(s, n, 0), votelead))
		return 0;
	return res_line(p);
}

static int
has_movers(const struct vote *v)
{
	return v->mover != NOSTR || v->second != NOSTR;
}

static int
has_counts(const struct vote *v)
{
	int c;

	for (c = 0; c < 3; c++)
		if (v->n[c] >= 0 || v->named[c] != NOSTR)
			return 1;
	return v->casting;
}

/* Takes the counts and the outcome of w into v. */
static void
merge(struct vote *v, const struct vote *w)
{
	int c;

	for (c = 0; c < 3; c++) {
		if (w->n[c] >= 0)
			v->n[c] = w->n[c];
		if (w->named[c] != NOSTR)
			v->named[c] = w->named[c];
	}
	v->casting |= w->casting;
	if (w->outcome != O_NONE)
		v->outcome = w->outcome;
	if (v->second == NOSTR)
		v->second = w->second;
}

/* Can w (with counts only) fill the columns that v, whose outcome is
 * not yet said, left empty? */
static int
fills(const struct vote *v, const struct vote *w)
{
	int c;

	if (has_movers(w) || w->outcome != O_NONE || v->outcome != O_NONE)
		return 0;
	for (c = 0; c < 3; c++)
		if ((w->n[c] >= 0 || w->named[c] != NOSTR) && (v->n[c] >= 0 ||
		    v->named[c] != NOSTR))
			return 0;
	return 1;
}

/*
 * A line that says only how a vote went: it opens with a word of the
 * vote ("Carried", "The motion was ...", "For 4"), holds no "that"
 * clause of a motion, and is short.
 */
static int
vote_only(const char *s, size_t n)
{
	size_t i = skipsp(s, n, 0), k;

	return nwords(s, n) <= 12 && !ci_find(s, n, "that") &&
	    (word_in(s, n, i, votelead) || count_word(s, n, i, &k) >= 0 ||
	    outcome_at(s, n, i, &k) != O_NONE);
}

/*
 * Block bi goes on with the vote o of the block before it: o was
 * proposed and bi is the resolution that decided it; or bi gives the
 * counts o lacks ("Against: Cllrs D, E" after "For: Cllrs A, B, C"), or
 * only its outcome ("Carried.").  f is bi's first vote, or NULL.
 */
static int
goes_on(struct vote *o, struct vote *f, int bi, const char *s, size_t n)
{
	if (D.b[bi].role == R_RES && has_movers(o) && o->outcome == O_NONE &&
	    !has_counts(o) && (f == NULL || !has_movers(f))) {
		o->res = D.b[bi].line;
		return 1;
	}
	if (f == NULL) {	/* "The motion was carried." / "RESOLVED that" */
		if (D.b[bi].role != R_RES || o->res)
			return 0;
		o->res = D.b[bi].line;
		return 1;
	}
	if (fills(o, f))
		return 1;
	/* "Proposed by Cllr A" / "Seconded by Cllr B and" / "RESOLVED -":
	 * the seconder on a line of his own */
	if (o->mover != NOSTR && o->second == NOSTR && f->mover == NOSTR &&
	    f->second != NOSTR && !has_counts(o) && !has_counts(f) &&
	    o->outcome == O_NONE && f->outcome == O_NONE)
		return 1;
	/* "Carried.", "CARRIED: 6 for 2 abstentions.", "The motion was
	 * carried by 3 votes to 1." on a line of its own: no motion in it */
	return !has_movers(f) && o->outcome == O_NONE && (!has_counts(f) ||
	    !has_counts(o)) && vote_only(s, n);
}

/* The text of block bi as read for votes: a keyword's label first. */
static struct mu_buf txt;

static void
block_text(int bi, const char **s, size_t *n)
{
	const struct blk *b = &D.b[bi];

	if (b->kind != K_KEYWORD || b->label == NOSTR) {
		*s = TEXT(bi);
		*n = b->len;
		return;
	}
	mu_buf_reset(&txt);
	mu_buf_adds(&txt, STR(b->label));
	mu_buf_addc(&txt, ' ');
	mu_buf_add(&txt, TEXT(bi), b->len);
	*s = txt.s;
	*n = txt.len;
}

/* ---- the records ---- */

/*
 * The attendee whose initials the minutes define as ini in the
 * attendance lists ("Ann Hale (AH)"), or NULL.
 */
static const char *
defined_as(const char *ini)
{
	size_t k = strlen(ini), i, len;
	const struct att *a;
	const char *s, *p;

	if (!initials(ini, 0, k))
		return NULL;
	for (i = 0; i < D.na; i++) {
		a = &D.at[i];
		s = TEXT(a->blk) + a->a;
		len = D.b[a->blk].len - a->a;	/* "(AH)" may follow raw */
		if (len > a->b - a->a + k + 3)
			len = a->b - a->a + k + 3;
		for (p = s; (p = memchr(p, '(', len - (p - s))) != NULL &&
		    (size_t)(p - s) + k + 2 <= len; p++)
			if (strncmp(p + 1, ini, k) == 0 && p[1 + k] == ')')
				return DER(a->name);
	}
	return NULL;
}

static void
out_person(const char *key, const char *attkey, size_t o)
{
	mu_out_str(key, o == NOSTR ? NULL : vs.s + o);
	mu_out_str(attkey, o == NOSTR ? NULL : defined_as(vs.s + o));
}

/* The outcome as said, else as the counts or a casting vote make it. */
static int
outcome(const struct vote *v)
{
	if (v->outcome != O_NONE)
		return v->outcome;
	if (v->casting)
		return O_CARRIED;
	if (v->n[C_FOR] >= 0 && v->n[C_AGAINST] >= 0 &&
	    v->n[C_FOR] != v->n[C_AGAINST])
		return v->n[C_FOR] > v->n[C_AGAINST] ? O_CARRIED : O_LOST;
	return O_NONE;
}

static struct mu_buf nbuf;

static void
write_vote(const struct vote *v)
{
	static const char *cols[] = { "for", "against", "abstain" };
	const struct blk *b = &D.b[v->blk];
	int c;

	mu_out_begin("vote", mu_buf_str(&D.name), b->line);
	mu_out_str("item", b->item ? item_num(&D.it[b->item - 1]) : NULL);
	mu_out_int("item_seq", b->item);
	if (v->res)
		mu_out_int("resolution", v->res);
	else
		mu_out_null("resolution");
	mu_out_str("motion", motname[v->kind]);
	out_person("mover", "mover_attendee", v->mover);
	out_person("seconder", "seconder_attendee", v->second);
	for (c = 0; c < 3; c++)
		if (v->n[c] >= 0)
			mu_out_int(cols[c], v->n[c]);
		else
			mu_out_null(cols[c]);
	if (v->named[0] == NOSTR && v->named[1] == NOSTR &&
	    v->named[2] == NOSTR)
		mu_out_null("named");
	else {
		mu_buf_reset(&nbuf);
		for (c = 0; c < 3; c++)
			mu_buf_printf(&nbuf, "%s\"%s\":%s", c ? "," : "{",
			    cols[c], v->named[c] == NOSTR ? "[]" :
			    vs.s + v->named[c]);
		mu_buf_addc(&nbuf, '}');
		mu_out_raw("named", nbuf.s, nbuf.len);
	}
	mu_out_bool("casting", v->casting);
	mu_out_str("outcome", outname[outcome(v)]);
	mu_out_end();
}

/*
 * A mover alone, with no seconder, count or outcome, is a vote only
 * when written as a person ("proposed by Councillor A that"): not "the
 * speed checks proposed by BT".
 */
static int
worth(const struct vote *v)
{
	return v->mhon || v->second != NOSTR || has_counts(v) ||
	    v->outcome != O_NONE || defined_as(vs.s + v->mover);
}


/* "UNANIMOUSLY RESOLVED": the keyword says what the text may not. */
static void
unanimous(int bi, size_t f)
{
	size_t k;
	struct vote *v;

	for (k = f; k < nq; k++)
		if (q[k].outcome == O_UNAN)
			return;
	for (k = f; k < nq; k++)
		if (q[k].outcome == O_NONE) {
			q[k].outcome = O_UNAN;
			return;
		}
	v = new_vote(bi);
	v->outcome = O_UNAN;
	v->res = D.b[bi].line;
}

/*
 * Reads block bi for votes: its own, or more of the vote of the block
 * before it.
 */
static void
read_block(int bi)
{
	const struct blk *b = &D.b[bi];
	const char *s = "";
	size_t n = 0, f = nq, k;
	struct vote *o = NULL;
	int p, won;
	long res;

	if (b->kind == K_ARTIFACT || b->role == R_DROP || b->role == R_TITLE)
		return;
	block_text(bi, &s, &n);
	read_text(bi, s, n);
	res = f < nq ? decided(bi, s, n) : 0;	/* once a block */
	for (k = f; k < nq; k++)
		q[k].res = res;
	if (b->role == R_RES && b->unanimous == 1)
		unanimous(bi, f);
	p = prev_blk(bi);
	if (f > 0 && p >= 0 && q[f - 1].wblk == p &&
	    D.b[q[f - 1].blk].item == b->item)
		o = &q[f - 1];
	if (o && goes_on(o, f < nq ? &q[f] : NULL, bi, s, n)) {
		if (f < nq) {
			merge(o, &q[f]);
			if (q[f].res)
				o->res = q[f].res;
			memmove(&q[f], &q[f + 1], (nq - f - 1) * sizeof *q);
			nq--;
		}
		o->wblk = bi;
	}
	for (k = f, won = -1; k < nq; k++)
		if (q[k].n[C_AGAINST] > 0 && q[k].n[C_FOR] < 0 &&
		    q[k].outcome == O_NONE)
			q[k].outcome = won < 0 ? (won = against_only(bi, s, n)) :
			    won;
}

/*
 * Reads the votes of the document before any of its records is written
 * (a resolution's outcome may be said in the line after it).
 */
void
vote_doc(void)
{
	int i;

	head = nq = rq = 0;
	mu_buf_reset(&vs);
	for (i = 0; i < (int)D.nb; i++)
		read_block(i);
}

/* After block bi's records (INT_MAX: at the end), the votes read there. */
void
vote_written(int bi)
{
	for (; head < nq && q[head].wblk <= bi; head++)
		if (worth(&q[head]))
			write_vote(&q[head]);
}

/* ---- a vote written inside a decision ---- */

/* Words of a bracket that holds a vote: "(7:7 and on the casting vote)". */
static const char *bracketvote[] = { "vote", "votes", "casting",
	"majority", "for", "against", "abstention", "abstentions", NULL };
/* Words that open a bracket naming the mover: "(Proposer: Cllr A, ...)". */
static const char *bracketmove[] = { "proposer", "proposed", "moved",
	"mover", "seconder", "seconded", "prop", NULL };

/*
 * "RESOLVED (7:7 and on the Chair's casting vote) – that ...": where the
 * decision starts after a bracket at s + rs that holds the vote, or rs.
 */
size_t
vote_lead(const char *s, size_t n, size_t rs)
{
	size_t i = skipsp(s, n, rs), e, w;
	const char *c;
	int yes = 0;

	if (i >= n || s[i] != '(' || (c = memchr(s + i, ')', n - i)) == NULL)
		return rs;
	e = c - s;
	for (w = i + 1; w < e; w = next_word(s, e, w))
		yes |= word_in(s, e, w, bracketvote) ||
		    (isdigit((unsigned char)s[w]) && memchr(s + w, ':',
		    mu_wordlen(s + w, e - w)));
	if (!yes)
		return rs;
	i = skipsp(s, n, e + 1);
	if (i < n && (s[i] == '-' || s[i] == ':'))
		i++;
	else if (i + 3 <= n && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 && ((unsigned char)s[i + 2] == 0x93
	    || (unsigned char)s[i + 2] == 0x94))
		i += 3;
	i = skipsp(s, n, i);
	return i < n ? i : rs;
}

/*
 * "RESOLVED that the order be confirmed. (Proposer: Cllr A, seconder:
 * Cllr B)": where a closing bracket that names the mover starts, or re.
 */
size_t
vote_bracket(const char *s, size_t n, size_t re)
{
	size_t i, e = n;

	while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ' '))
		e--;
	if (e == 0 || s[e - 1] != ')')
		return re;
	for (i = e - 1; i > 0 && s[i] != '('; i--)
		;
	if (s[i] != '(' || i == 0 || !word_in(s, n, i, bracketmove))
		return re;
	return i < re ? i : re;
}

/* ---- the resolution's outcome and kind ---- */

/*
 * The outcome of the resolution of block b: that of the last vote that
 * decided it, else unanimous where the text or keyword says so (un).
 */
void
vote_res(const struct blk *b, const char *s, size_t n, int un)
{
	int bi = (int)(b - D.b), o = O_NONE;
	size_t k;

	/* Its votes are written after it or the block after it, or after
	 * an outcome a few blocks on that names the motion quoted here
	 * (motion_outcome: three paragraphs at most, and a page's
	 * artifacts): the queue is in that order, so one cursor serves the
	 * document. */
	while (rq < nq && q[rq].wblk < bi)
		rq++;
	for (k = rq; k < nq && q[k].wblk <= bi + 8; k++)
		if (q[k].res == b->line && outcome(&q[k]) != O_NONE)
			o = outcome(&q[k]);
	if (o == O_NONE && un == 1)
		o = O_UNAN;
	mu_out_str("outcome", outname[o]);
	mu_out_str("kind", res_kind(s, n, b->label == NOSTR ? NULL :
	    STR(b->label)));
}
