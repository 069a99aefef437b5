/* doc.c: what is remembered of the document: meeting, attendees, acronyms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentities.h"

struct doc D;

/*
 * A new document: forgets what the one before said.  The per-document
 * state, audited: everything in D (the meeting date and body, the
 * contexts of the item being read, the next meeting's date, the last
 * sentence and its action, an action table's columns, the attendees and
 * acronyms); output.c's held records are written by hold_flush() before
 * this is called, and its cache of character offsets is per text.  The
 * scratch of actions.c, sentence.c and scan.c holds nothing between
 * texts.  tests/6001 reads every fixture alone and after the others.
 */
void
doc_reset(const char *doc)
{
	free(D.doc);
	D.doc = mu_strdup(doc);
	D.year = D.month = D.day = D.fallback = D.declctx = D.payctx = 0;
	D.paytable = 0;
	D.chair = 0;
	D.nextctx = D.ny = D.nm = D.nd = D.lastact = 0;
	D.tcols = 0;
	D.tact = D.town = D.tdue = -1;
	D.resolution = 0;
	D.bodyend[0] = '\0';
	mu_buf_reset(&D.last);
	mu_buf_reset(&D.store);
	mu_buf_addc(&D.store, '\0');	/* offset 0 is "" */
	D.natt = D.nacr = 0;
	mu_index_reset(&D.attx);
	mu_index_reset(&D.wordx);
}

const char *
stored(size_t off)
{
	return D.store.s + off;
}

/*
 * The surname (lower case, into sur) and first initial of a name, as the
 * scorer and the attendee records read them: honorifics and post-nominals
 * are dropped, initials kept.
 */
static char
name_key(const char *s, size_t n, char *sur, size_t sursz)
{
	size_t i = 0, b, e, lb = 0, le = 0;
	int ntok = 0, num;
	char init = 0;

	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '.' || s[i] == ','))
			i++;
		b = i;
		while (i < n && s[i] != ' ' && s[i] != '.' && s[i] != ',')
			i++;
		e = i;
		if (e == b || (wlook(s + b, e - b, &num) & (F_HON | F_POST)))
			continue;
		if (ntok++ == 0)
			init = (char)(s[b] | 0x20);
		lb = b;
		le = e;
	}
	if (le - lb >= sursz)
		le = lb + sursz - 1;
	for (i = lb; i < le; i++)
		sur[i - lb] = (s[i] >= 'A' && s[i] <= 'Z') ?
		    (char)(s[i] | 0x20) : s[i];
	sur[le - lb] = '\0';
	return ntok > 1 ? init : 0;
}

/* s[0..n), of hash h, is in the set of name words. */
static int
word_at(const char *s, size_t n, unsigned h)
{
	const char *w;
	int e;

	for (e = mu_index_first(&D.wordx, h); e >= 0;
	    e = mu_index_next(&D.wordx, e)) {
		w = stored(D.word[e]);
		if (strncmp(w, s, n) == 0 && w[n] == '\0')
			return 1;
	}
	return 0;
}

/*
 * Adds each word of the name stored at off (split at spaces) to the set
 * of name words.  Saving a word may move D.store, so the name is found
 * again by its offset after each.
 */
static void
note_words(size_t off)
{
	const char *p, *e;
	size_t at, n;
	unsigned h;
	int k;

	for (at = 0; *(p = stored(off) + at) != '\0'; at += n + (*e ? 1 : 0)) {
		if ((e = strchr(p, ' ')) == NULL)
			e = p + strlen(p);
		n = (size_t)(e - p);
		if (n == 0 || word_at(p, n, h = mu_hash(p, n)))
			continue;
		D.word = mu_grow(D.word, &D.wordcap, D.wordx.n, sizeof *D.word);
		k = mu_index_add(&D.wordx, h);
		mu_buf_grow(&D.store, n + 1);	/* the copy moves no more */
		p = stored(off) + at;
		e = p + n;
		D.word[k] = mu_save(&D.store, p, n);
	}
}

/*
 * Notes an attendee for the lookups below.  A long document names its
 * members again and again (a stream of glued documents, a register per
 * item): each name is kept once, so the tables grow with the people,
 * not with the text.
 */
void
note_attendee(const char *name)
{
	struct person_key *p;
	char sur[64];
	char init;
	int e;

	if (name == NULL || *name == '\0')
		return;
	init = name_key(name, strlen(name), sur, sizeof sur);
	for (e = mu_index_first(&D.attx, mu_hash(sur, strlen(sur))); e >= 0;
	    e = mu_index_next(&D.attx, e))
		if (strcmp(stored(D.att[e].name), name) == 0)
			return;
	D.att = mu_grow(D.att, &D.attcap, (size_t)D.natt, sizeof *D.att);
	p = &D.att[D.natt++];
	p->init = init;
	p->name = mu_save(&D.store, name, strlen(name));
	p->sur = mu_save(&D.store, sur, strlen(sur));
	mu_index_add(&D.attx, mu_hash(sur, strlen(sur)));
	note_words(p->name);
}

/*
 * The attendee a name in the text stands for, or NULL: the first noted
 * whose surname and initial agree (the index gives the newest first).
 */
const char *
attendee_of(const char *s, size_t n)
{
	char sur[64], init;
	int e, best = -1;

	init = name_key(s, n, sur, sizeof sur);
	if (*sur == '\0')
		return NULL;
	for (e = mu_index_first(&D.attx, mu_hash(sur, strlen(sur))); e >= 0;
	    e = mu_index_next(&D.attx, e))
		if (strcmp(stored(D.att[e].sur), sur) == 0 &&
		    (!init || !D.att[e].init || init == D.att[e].init))
			best = e;
	return best < 0 ? NULL : stored(D.att[best].name);
}

/* s[0..n) is a word of an attendee's name ("Jane" of "Cllr Jane Hale"). */
int
attendee_word(const char *s, size_t n)
{
	return word_at(s, n, mu_hash(s, n));
}

/* Keeps the last word of the body ("council" of "Eastwold Parish Council"). */
static void
note_body(const char *body)
{
	const char *w = body;
	size_t i;

	D.bodyend[0] = '\0';
	if (body == NULL)
		return;
	for (; *body; body++)
		if (*body == ' ' && body[1])
			w = body + 1;
	for (i = 0; w[i] && i < sizeof D.bodyend - 1; i++)
		D.bodyend[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 0x20 : w[i]);
	D.bodyend[i] = '\0';
}

/* The name s[0..n) is of a body other than the meeting's: its last word
 * differs. */
int
other_body(const char *s, size_t n)
{
	size_t i = n, k = strlen(D.bodyend);

	while (i > 0 && s[i - 1] != ' ')
		i--;
	return k && (n - i != k || !mu_strncaseeq(s + i, D.bodyend, k));
}

void
note_meeting(const char *date, const char *body)
{
	int y, m, d;

	note_body(body);

	if (date && sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3) {
		D.year = y;
		D.month = m;
		D.day = d;
	}
}

/*
 * The year that puts day d of month m nearest the meeting: in a November
 * meeting "9 January" is the coming one.  Without the meeting's month,
 * the year given.
 */
int
nearest_year(int y, int m, int d)
{
	int here, there;

	if (!D.year || !D.month)
		return y;
	here = D.month * 31 + D.day;
	there = m * 31 + d;
	if (there - here > 6 * 31)
		return y - 1;
	if (here - there > 6 * 31)
		return y + 1;
	return y;
}

/* s holds a word that starts with one of w, in any case. */
static int
has_word(const char *s, const char *const *w)
{
	const char *p;
	int i;

	for (p = s; p && *p; p++) {
		if (p > s && isalpha_a(p[-1]))
			continue;
		for (i = 0; w[i]; i++)
			if ((*p | 0x20) == w[i][0] && mu_caseprefix(p, w[i]))
				return 1;
	}
	return 0;
}

static const char *const declwords[] = { "declaration", NULL };

static const char *const nextwords[] = { "next meeting", "future meeting",
    NULL };

/* Titles of items whose figures are sums ("Bills for payment", "Bank
 * reconciliation", "Precept", "Receipts and payments"). */
static const char *const paywords[] = { "payment", "accounts", "invoice",
    "cheque", "expenditure", "finance", "financial", "bills", "receipt",
    "reconciliation", "precept", "budget", NULL };

/* What the item (or heading) is about, for the rules that depend on it. */
void
note_item(const char *title)
{
	D.declctx = has_word(title, declwords);
	D.payctx = has_word(title, paywords);
	D.nextctx = has_word(title, nextwords);
}
