/*
 * moves.c: who came and went during the meeting.  Sentences ("Cllr A
 * arrived at 7.45 pm during item 6", "Cllr B left the meeting before item
 * 9", "Cllr C entered the meeting.") and notes in the attendance list
 * ("Cllr D (arrived at 7.10pm)", "(from item 4)", "(until 11.40)") give
 * the attendee's arrived and left; each that says where in the meeting it
 * happened is also an attendance record at that place in the stream, so
 * that a query can tell who was in the room for an item.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

struct move {
	int wblk;		/* written after this block's records */
	int item;		/* the item it is in (index + 1), or 0 */
	int att;		/* the attendee (index), or -1 */
	int left;		/* 1 left, 0 arrived */
	long line;
	size_t name;		/* in mb: the member as written */
	size_t time, ref;	/* in mb: "19:45", "before item 9"; or NOSTR */
};

static struct move *mv;
static size_t nmv, cmv, mhead;
static struct mu_buf mb;
/* Per attendee: arrived and left, offsets in mb or NOSTR. */
static size_t *arr, *lft;
static size_t carr, clft;

/*
 * The verbs of coming and going.  place: the verb is one only before a
 * place or a time ("entered the meeting", "left at 8.30pm"), not in
 * "entered into a contract" or "left the matter with the Clerk".
 */
/* left: 2 for a return, which undoes a leaving and is no arrival. */
static const struct { const char *w; int left, place; } verbs[] = {
	{ "arrived", 0, 0 }, { "arrives", 0, 0 }, { "entered", 0, 1 },
	{ "joined", 0, 1 }, { "rejoined", 2, 1 }, { "returned", 2, 1 },
	{ "left", 1, 1 }, { "departed", 1, 0 }, { "withdrew", 1, 1 },
	{ "leaves", 1, 1 }, { NULL, 0, 0 }
};
/* What may follow such a verb. */
static const char *places[] = { "the meeting", "the room", "the chamber",
	"the call", "the hall", "the virtual meeting", "from the meeting",
	"from the room", "to the meeting", "to the room", "at", "before",
	"after", "during", "for", NULL };
/* Notes in the attendance list: "(arrived 7.10pm)", "(until 11.40)". */
static const struct { const char *w; int left; } notes[] = {
	{ "arrived", 0 }, { "from", 0 }, { "joined", 0 }, { "present from", 0 },
	{ "left", 1 }, { "until", 1 }, { "departed", 1 }, { "to", 1 },
	{ NULL, 0 }
};

static size_t
skipsp(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* The phrase p at s + i, starting a word: its length, or 0. */
static inline size_t
phrase(const char *s, size_t n, size_t i, const char *p)
{
	if (i > 0 && i <= n && isalnum((unsigned char)s[i - 1]))
		return 0;
	return phrase_len(s, n, i, p);
}

/* The end of the sentence from s + i, at most 300 bytes on: a paragraph
 * with no full stops is not read whole at each verb. */
static size_t
sentence_to(const char *s, size_t n, size_t i)
{
	if (n - i > 300)
		n = i + 300;
	for (; i + 1 < n; i++)
		if (s[i] == '.' && s[i + 1] == ' ' && i > 0 &&
		    isalpha((unsigned char)s[i - 1]) && i > 1 &&
		    isalpha((unsigned char)s[i - 2]))
			return i;
	return n;
}

/*
 * "at 7.45 pm", "during item 6", "before item 9" in s[i..e): the time
 * ("19:45") and the item ("item 6", "before item 9") saved in mb.
 */
static void
when(const char *s, size_t i, size_t e, size_t *time, size_t *ref)
{
	static const char *rel[] = { "before", "after", NULL };
	const char *p, *q;
	size_t k;
	int h, m, sfx, r;
	char v[8];

	*time = *ref = NOSTR;
	for (k = i; k < e; k = skipsp(s, e, k + mu_wordlen(s + k, e - k)))
		if (isdigit((unsigned char)s[k]) && mu_time_at(s + k, 1, &h, &m,
		    &sfx) && (sfx || memchr(s + k, '.', 3) || memchr(s + k, ':',
		    3))) {
			snprintf(v, sizeof v, "%02d:%02d", h, m);
			*time = mu_save(&mb, v, 5);
			break;
		}
	if ((p = ci_find(s + i, e - i, "item ")) == NULL)
		return;
	q = p + 5;
	for (k = 0; q + k < s + e && !strchr(" ,;:.)", q[k]); k++)
		;
	if (k == 0)
		return;
	mu_buf_reset(&tmp2);
	for (r = 0; rel[r]; r++)
		if (p - s >= (long)strlen(rel[r]) + 1 + (long)i &&
		    mu_strncaseeq(p - strlen(rel[r]) - 1, rel[r], strlen(rel[r])))
			mu_buf_printf(&tmp2, "%s ", rel[r]);
	mu_buf_adds(&tmp2, "item ");
	mu_buf_add(&tmp2, q, k);
	*ref = mu_save(&mb, tmp2.s, tmp2.len);
}

/* The attendee whose name ends in the surname of s[0..n), or -1. */
static int
find_att(const char *s, size_t n)
{
	const char *nm, *sp;
	size_t i, k, sn;

	for (k = n; k > 0 && s[k - 1] != ' '; k--)
		;
	sn = n - k;
	for (i = 0; i < D.na; i++) {
		nm = DER(D.at[i].name);
		sp = strrchr(nm, ' ');
		sp = sp ? sp + 1 : nm;
		if (strlen(sp) == sn && mu_strncaseeq(sp, s + k, sn) &&
		    (k == 0 || toupper((unsigned char)s[0]) ==
		    toupper((unsigned char)nm[0])))
			return (int)i;
	}
	return -1;
}

static struct move *
new_move(int wblk, int item, long line, int left)
{
	struct move *m;

	mv = mu_grow(mv, &cmv, nmv, sizeof *mv);
	m = &mv[nmv++];
	m->wblk = wblk;
	m->item = item;
	m->line = line;
	m->left = left;
	m->att = -1;
	m->name = m->time = m->ref = NOSTR;
	return m;
}

/* Sets attendee a's arrived (the first) or left (the last). */
static void
set_att(int a, int left, size_t time, size_t ref)
{
	size_t v = time != NOSTR ? time : ref;

	if (a >= 0 && left == 2)	/* back in the room */
		lft[a] = NOSTR;
	if (a < 0 || v == NOSTR || left == 2)
		return;
	if (left)
		lft[a] = v;
	else if (arr[a] == NOSTR)
		arr[a] = v;
}

/* After a verb at s + e: a place or a time, or the end of the clause. */
static int
place_after(const char *s, size_t n, size_t e)
{
	size_t j = skipsp(s, n, e);
	int p;

	if (j >= n || (e < n && strchr(".;,", s[e])))
		return 1;
	for (p = 0; places[p]; p++)
		if (phrase(s, n, j, places[p]))
			return 1;
	return 0;
}

/*
 * Can a verb start at s + i?  The pairs of the verbs' first two letters
 * (either case), made at the first call: most words, "a", "and", "at"
 * among them, are turned away with one look-up before the table is read.
 */
static int
verb_start(const char *s, size_t n, size_t i)
{
	static unsigned pairs[26];
	static int ready;
	unsigned a, b;
	int v;

	if (!ready) {
		for (v = 0; verbs[v].w; v++)
			pairs[fold((unsigned char)verbs[v].w[0]) - 'a'] |= 1u <<
			    (fold((unsigned char)verbs[v].w[1]) - 'a');
		ready = 1;
	}
	if (i + 1 >= n)
		return 0;
	a = fold((unsigned char)s[i]) - 'a';
	b = fold((unsigned char)s[i + 1]) - 'a';
	return a < 26 && b < 26 && (pairs[a] >> b & 1);
}

/* "Cllr A arrived at 7.45 pm during item 6." in block bi. */
static void
sentences(int bi)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, i, e, k, a, b, t, r;
	struct move *m;
	const char *num;
	int v, h;

	for (i = skipsp(s, n, 0); i < n; i = skipsp(s, n, e)) {
		e = i + mu_wordlen(s + i, n - i);
		if (!verb_start(s, n, i))
			continue;
		for (v = 0; verbs[v].w; v++)
			if ((k = phrase(s, n, i, verbs[v].w)) != 0)
				break;
		if (verbs[v].w == NULL)
			continue;
		if ((verbs[v].place && !place_after(s, n, i + k)) ||
		    !name_before(s, i, 0, &a, &b, &h))
			continue;
		when(s, i + k, sentence_to(s, n, i), &t, &r);
		m = new_move(bi, D.b[bi].item, D.b[bi].line, verbs[v].left == 1);
		m->name = mu_save(&mb, s + a, b - a);
		m->att = find_att(s + a, b - a);
		m->time = t;
		m->ref = r;
		/* "Cllr C entered the meeting." in item 4: during item 4 */
		if (t == NOSTR && r == NOSTR && m->item && (num =
		    item_num(&D.it[m->item - 1])) != NULL) {
			mu_buf_reset(&tmp2);
			mu_buf_printf(&tmp2, "item %s", num);
			r = mu_save(&mb, tmp2.s, tmp2.len);
		}
		set_att(m->att, verbs[v].left, t, r);
	}
}

/* The block of the item numbered num (len k), or -1. */
static int
item_blk(const char *num, size_t k)
{
	const char *x;
	size_t i;

	for (i = 0; i < D.ni; i++)
		if ((x = item_num(&D.it[i])) != NULL && strlen(x) == k &&
		    strncmp(x, num, k) == 0)
			return D.it[i].blk;
	return -1;
}

/*
 * Where an event that refers to item ref goes: just before the item's
 * record ("from item 4", "before item 9"), after it ("during item 6"), or
 * before the next item ("after item 7").  -1 when there is no such item.
 */
static int
place_of(const char *ref, int left, int *item)
{
	const char *num = strstr(ref, "item ") + 5;
	int b = item_blk(num, strlen(num)), k;

	if (b < 0)
		return -1;
	*item = D.b[b].item;
	if (mu_caseprefix(ref, "after ")) {
		for (k = b + 1; k < (int)D.nb && D.b[k].role != R_ITEM; k++)
			;
		return k - 1;
	}
	if (mu_caseprefix(ref, "before ") || !left)
		return b - 1;
	return b;
}

/* "(arrived at 7.10pm)", "(from item 4)", "(until 11.40)": attendee ai. */
static void
att_notes(size_t ai)
{
	const struct att *at = &D.at[ai];
	const char *s = TEXT(at->blk) + at->a, *c, *o;
	size_t n = at->b - at->a, k, t, r;
	struct move *m;
	int w, b, item = 0;

	for (o = s; (o = memchr(o, '(', n - (o - s))) != NULL; o++) {
		if ((c = memchr(o, ')', n - (o - s))) == NULL)
			return;
		for (w = 0; notes[w].w; w++)
			if ((k = phrase(o + 1, c - o - 1, 0, notes[w].w)) != 0)
				break;
		if (notes[w].w == NULL)
			continue;
		when(o + 1, k, c - o - 1, &t, &r);
		if (t == NOSTR && r == NOSTR)
			continue;
		set_att((int)ai, notes[w].left, t, r);
		if (r == NOSTR || (b = place_of(mb.s + r, notes[w].left,
		    &item)) < 0)
			continue;
		m = new_move(b, item, D.b[at->blk].line, notes[w].left);
		m->name = mu_save(&mb, DER(at->name), strlen(DER(at->name)));
		m->att = (int)ai;
		m->time = t;
		m->ref = r;
	}
}

static int
by_place(const void *x, const void *y)
{
	const struct move *a = x, *b = y;

	if (a->wblk != b->wblk)
		return a->wblk < b->wblk ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

/* Reads the document's comings and goings, before it is written. */
void
moves_doc(void)
{
	size_t i;

	nmv = mhead = 0;
	mu_buf_reset(&mb);
	/* mu_grow doubles once a call: many attendees need several. */
	while (carr <= D.na)
		arr = mu_grow(arr, &carr, carr, sizeof *arr);
	while (clft <= D.na)
		lft = mu_grow(lft, &clft, clft, sizeof *lft);
	for (i = 0; i < D.na; i++)
		arr[i] = lft[i] = NOSTR;
	for (i = 0; i < D.na; i++)	/* the list comes first */
		att_notes(i);
	for (i = 0; i < D.nb; i++)
		if (D.b[i].kind != K_ARTIFACT && D.b[i].role != R_DROP &&
		    D.b[i].role != R_ATT)
			sentences((int)i);
	if (nmv > 1)
		qsort(mv, nmv, sizeof *mv, by_place);
}

static const char *
mstr(size_t o)
{
	return o == NOSTR ? NULL : mb.s + o;
}

/* The arrived and left fields of attendee ai. */
void
moves_att(size_t ai)
{
	mu_out_str("arrived", ai < D.na ? mstr(arr[ai]) : NULL);
	mu_out_str("left", ai < D.na ? mstr(lft[ai]) : NULL);
}

/* The attendance records placed after block bi (INT_MAX: the rest). */
void
moves_written(int bi)
{
	const struct move *m;
	const char *num;

	for (; mhead < nmv && mv[mhead].wblk <= bi; mhead++) {
		m = &mv[mhead];
		num = m->item ? item_num(&D.it[m->item - 1]) : NULL;
		mu_out_begin("attendance", mu_buf_str(&D.name), m->line);
		mu_out_str("item", num);
		mu_out_int("item_seq", m->item);
		mu_out_str("event", m->left ? "left" : "arrived");
		mu_out_str("name", mstr(m->name));
		mu_out_str("attendee", m->att >= 0 ?
		    DER(D.at[m->att].name) : NULL);
		mu_out_str("time", mstr(m->time));
		mu_out_str("at", mstr(m->ref));
		mu_out_end();
	}
}
