/* emit.c: the records msection writes for a document. */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

const char *kindname[] = { "other", "heading", "number", "label",
	"bullet", "para", "keyword", "artifact" };
const char *statusname[] = { "", "present", "attendance",
	"apologies", "absent", "present" };	/* a substitute is a member */

static const char *
opt(size_t o)
{
	return o == NOSTR ? NULL : STR(o);
}

static const char *
dopt(size_t o)
{
	return o == NOSTR ? NULL : DER(o);
}

static void
out_item(const struct blk *b)
{
	const char *num = b->item ? item_num(&D.it[b->item - 1]) : NULL;

	mu_out_str("item", num);
	mu_out_int("item_seq", b->item);
}

static void
emit_meeting(void)
{
	const struct meeting *m = &D.m;
	char v[16];
	const char *s;
	size_t n;

	mu_out_begin("meeting", mu_buf_str(&D.name),
	    m->title >= 0 ? D.b[m->title].line : D.b[0].line);
	mu_out_str("body", dopt(m->body));
	mu_out_str("venue", dopt(m->venue));
	if (m->y) {
		snprintf(v, sizeof v, "%04d-%02d-%02d", m->y, m->mo, m->d);
		mu_out_str("date", v);
		s = mu_wday_names[mu_dow(m->y, m->mo, m->d)];
		mu_out_strn("weekday", v, snprintf(v, sizeof v, "%c%s",
		    toupper((unsigned char)s[0]), s + 1));
	} else {
		mu_out_null("date");
		mu_out_null("weekday");
	}
	if (m->sh >= 0)
		mu_out_strn("start", v, snprintf(v, sizeof v, "%02d:%02d",
		    m->sh, m->sm));
	else
		mu_out_null("start");
	if (m->eh >= 0)
		mu_out_strn("end", v, snprintf(v, sizeof v, "%02d:%02d",
		    m->eh, m->em));
	else
		mu_out_null("end");
	if (m->title >= 0) {
		s = TEXT(m->title);
		n = D.b[m->title].len;
		mu_out_strn("title", s, n);
	} else
		mu_out_null("title");
	mu_out_end();
}

static void
emit_prose(const struct blk *b, const char *s, size_t n)
{
	mu_out_begin("prose", mu_buf_str(&D.name), b->line);
	out_item(b);
	mu_out_str("kind", b->kind == K_OTHER ? STR(b->kindstr) :
	    kindname[b->kind]);
	mu_out_str("label", opt(b->label));
	mu_out_strn("text", s, n);
	mu_out_end();
}

static void emit_decided(const struct blk *b, const char *s, size_t n);

/* Attendees of block i, then any of its text that named no one. */
static void
emit_att(int i, size_t *ai, size_t pos)
{
	const struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	const struct att *a;
	size_t k, n;
	const char *r;

	mu_buf_reset(&tmp2);
	for (; *ai < D.na && D.at[*ai].blk == i; (*ai)++) {
		a = &D.at[*ai];
		mu_out_begin("attendee", mu_buf_str(&D.name), b->line);
		mu_out_str("name", DER(a->name));
		mu_out_str("honorific", dopt(a->hon));
		mu_out_str("postnominals", dopt(a->post));
		if (a->wrap) {
			mu_buf_reset(&tmp);
			mu_buf_add(&tmp, s + a->a, a->b - a->a);
			mu_buf_addc(&tmp, ' ');
			mu_buf_add(&tmp, TEXT(a->wrap), D.b[a->wrap].len);
			mu_out_strn("raw", tmp.s, tmp.len);
		} else
			mu_out_strn("raw", s + a->a, a->b - a->a);
		mu_out_str("status", statusname[a->status]);
		mu_out_bool("chair", a->chair);
		mu_out_str("role", dopt(a->role));
		mu_out_str("organisation", dopt(a->org));
		mu_out_str("reason", dopt(a->reason));
		moves_att(*ai);		/* arrived, left: moves.c */
		mu_out_end();
		if (a->a > pos) {
			r = s + pos;
			n = a->a - pos;
			trim(&r, &n, ",;&");
			if (drop_tail(&r, &n, "and") || n != 3 ||
			    !mu_strncaseeq(r, "and", 3))
				addpart(&tmp2, r, n, " ");
		}
		if (a->b > pos)
			pos = a->b;
	}
	r = s + pos;
	n = b->len - pos;
	trim(&r, &n, ",;&");
	addpart(&tmp2, r, n, " ");
	for (k = 0; k < tmp2.len; k++)
		if (isalnum((unsigned char)tmp2.s[k]))
			break;
	if (k < tmp2.len)
		emit_decided(b, tmp2.s, tmp2.len);
}

/* One resolution record: no leading "That", no closing ";", "; and". */
static void
out_res(const struct blk *b, const char *lab, size_t ln, const char *s,
    size_t n, int un)
{
	trim_sep(&s, &n);	/* a table's bars are no part of it either */
	if (n > 5 && mu_strncaseeq(s, "that", 4) && (s[4] == ' ' ||
	    s[4] == ':')) {
		s += 5;
		n -= 5;
		trim(&s, &n, ":");
	}
	trim(&s, &n, "");
	if (n > 5 && strncmp(s + n - 5, "; and", 5) == 0)
		n -= 5;
	while (n && (s[n - 1] == ';' || s[n - 1] == '.' || s[n - 1] == ',' ||
	    s[n - 1] == '|' || isspace((unsigned char)s[n - 1])))
		n--;
	mu_out_begin("resolution", mu_buf_str(&D.name), b->line);
	out_item(b);
	if (lab)
		mu_out_strn("label", lab, ln);
	else
		mu_out_null("label");
	mu_out_strn("text", s, n);
	if (un < 0)
		mu_out_null("unanimous");
	else
		mu_out_bool("unanimous", un);
	vote_res(b, s, n, un);		/* outcome, kind: vote.c */
	mu_out_end();
}

/*
 * The length of "(a) " (open) or "a) " at s when text follows it, or 0;
 * *ln gets the label's.
 */
static size_t
part_label(const char *s, size_t n, int open, size_t *ln)
{
	size_t o = open == 1, k = o;
	int close = open == 2 ? '.' : ')';

	if (n < 3 + o || (o && s[0] != '('))
		return 0;
	while (k < n && k < 5 + o && isalnum((unsigned char)s[k]))
		k++;
	if (k == o || k + 2 >= n || s[k] != close || s[k + 1] != ' ')
		return 0;		/* a label with no text after it */
	/* "a. ", "2. ", "iv. ": lower case or digits ("A. Smith" is a name) */
	if (open == 2 && (k > 3 || isupper((unsigned char)s[0])))
		return 0;
	*ln = k - o;
	return k + 2;
}

/* The label after l[0..ln) in its series: 1 2 3, a b c, i ii iii. */
static void
next_label(const char *l, size_t ln, int roman, char *nx, size_t sz)
{
	static const char *rom[] = { "i", "ii", "iii", "iv", "v", "vi", "vii",
		"viii", "ix", "x", NULL };
	int i;

	nx[0] = '\0';
	if (isdigit((unsigned char)l[0]) && ln <= 3)
		snprintf(nx, sz, "%d", (int)strtol(l, NULL, 10) % 1000 + 1);
	else if (roman) {
		for (i = 0; rom[i + 1]; i++)
			if (strlen(rom[i]) == ln && strncmp(l, rom[i], ln) == 0)
				snprintf(nx, sz, "%s", rom[i + 1]);
	} else if (ln == 1 && isalpha((unsigned char)l[0]) && l[0] != 'z' &&
	    l[0] != 'Z')
		snprintf(nx, sz, "%c", l[0] + 1);
}

/* Where the label nx stands in t[from..n) after a blank, or n. */
static size_t
find_label(const char *t, size_t from, size_t n, const char *nx, int open)
{
	size_t i, ln, k = strlen(nx);

	for (i = from; k && i < n; i++)
		if (t[i - 1] == ' ' && t[i] == (open == 1 ? '(' : nx[0]) &&
		    part_label(t + i, n - i, open, &ln) && ln == k &&
		    strncmp(t + i + (open == 1), nx, k) == 0)
			return i;
	return n;
}

/* The length of the part t[k..e) before the next part's label: without
 * the "and" that joins them ("(i) a sign be erected and (ii) ..."). */
static size_t
part_end(const char *t, size_t k, size_t e)
{
	size_t n = e;

	while (n > k && t[n - 1] == ' ')
		n--;
	if (n >= k + 4 && t[n - 4] == ' ' && mu_strncaseeq(t + n - 3, "and",
	    3))
		n -= 4;
	return n - k;
}

/*
 * "the Panel: (a) notes X; (b) agrees Y", "the Committee: 1. notes X":
 * a short lead-in that ends in a colon before the first part.  Moves
 * *t past it when a part follows.
 */
static void
lead_in(const char **t, size_t *tn)
{
	const char *c = memchr(*t, ':', *tn < 80 ? *tn : 80);
	size_t k, ln, r;

	if (c == NULL || c == *t || (size_t)(c - *t) + 2 >= *tn || c[1] != ' ')
		return;
	k = c + 2 - *t;
	r = *tn - k;
	if (part_label(*t + k, r, 1, &ln) || part_label(*t + k, r, 0, &ln) ||
	    part_label(*t + k, r, 2, &ln)) {
		*t += k;
		*tn = r;
	}
}

/*
 * "RESOLVED – (1) that X; and (2) that Y", "That (a) X; (b) Y", "1) X;
 * 2) Y", "Decision: a. That X. b. That Y." in one paragraph: one record per part, labelled as printed.
 * Only a series that starts the text and goes on in order is split, so a
 * "(1)" cited inside the text ("section 2(1)") is not taken for a part.
 * Returns 0 when s is no such series.
 */
static int
out_parts(const struct blk *b, const char *s, size_t n, int un)
{
	const char *t = s;
	size_t tn = n, k, ln, e;
	char nx[16];
	int roman, open;

	trim_sep(&t, &tn);
	/* "That (a) ...", "That: 1. ..." */
	if (tn > 5 && mu_strncaseeq(t, "that", 4) && (t[4] == ' ' ||
	    t[4] == ':')) {
		t += 5;
		tn -= 5;
		trim_sep(&t, &tn);
	}
	lead_in(&t, &tn);
	/* "(1) ... (2)", "1) ... 2)" or "a. ... b." */
	open = t[0] == '(' ? 1 : part_label(t, tn, 0, &ln) ? 0 : 2;
	if ((k = part_label(t, tn, open, &ln)) == 0)
		return 0;
	roman = ln == 1 && t[open == 1] == 'i';
	next_label(t + (open == 1), ln, roman, nx, sizeof nx);
	if (find_label(t, k, tn, nx, open) == tn)
		return 0;
	for (;;) {
		next_label(t + (open == 1), ln, roman, nx, sizeof nx);
		e = find_label(t, k, tn, nx, open);
		out_res(b, t + (open == 1), ln, t + k, part_end(t, k, e), un);
		if (e == tn)
			return 1;
		t += e;
		tn -= e;
		k = part_label(t, tn, open, &ln);
	}
}

/* Text s[a..b) of block b as prose, when it holds any. */
static void
prose_part(const struct blk *b, const char *s, size_t a, size_t e)
{
	const char *t = s + a;
	size_t n = e - a;

	trim(&t, &n, "");
	if (n)
		emit_prose(b, t, n);
}

/*
 * Text s[0..n) of block b that is not its own text as read (the rest of
 * a heading that runs on: "Precept: It was proposed by A and seconded by
 * B that X - agreed"): prose, and the decisions stated inside it.
 */
static void
emit_decided(const struct blk *b, const char *s, size_t n)
{
	size_t pos = 0, rs, re;

	while (decision_in(s, n, pos, &rs, &re) && rs < re) {
		prose_part(b, s, pos, rs);
		if (!out_parts(b, s + rs, re - rs, -1))
			out_res(b, NULL, 0, s + rs, re - rs, ci_find(s + pos,
			    re - pos, "unanimous") ? 1 : -1);
		pos = re;
	}
	prose_part(b, s, pos, n);
}

/*
 * The decided part [rs, re) of block i, its phrase from s[from]; the
 * last of its block (last)
 * takes the paragraphs that go on with it and leaves the rest as prose.
 */
static void
emit_res_at(int i, size_t from, size_t rs, size_t re, int last)
{
	const struct blk *b = &D.b[i];
	const char *s;
	size_t n, k;
	int j, un = b->unanimous;

	mu_buf_reset(&tmp);
	mu_buf_add(&tmp, TEXT(i) + rs, re - rs);
	for (j = i + 1; last && re == b->len && j < (int)D.nb &&
	    (D.b[j].role == R_RESCONT ||
	    D.b[j].role == R_DROP); j++)
		if (D.b[j].role == R_RESCONT) {
			mu_buf_addc(&tmp, ' ');
			mu_buf_add(&tmp, TEXT(j), D.b[j].len);
		}
	s = tmp.s;
	n = tmp.len;
	trim_sep(&s, &n);
	/* "RESOLVED unanimously that", "(unanimously)": the flag says it. */
	k = n > 13 && s[0] == '(' && mu_strncaseeq(s + 1, "unanimously)", 12) ?
	    13 : n > 12 && mu_strncaseeq(s, "unanimously", 11) && (s[11] == ' '
	    || s[11] == ':') ? 12 : 0;
	if (k) {
		s += k;
		n -= k;
		trim(&s, &n, ":");
		un = 1;
	}
	/* "It was unanimously agreed that": the word in its phrase */
	if (un < 0 && ci_find(TEXT(i) + from, (b->inl ? re : b->len) - from,
	    "unanimously"))
		un = 1;
	if (!out_parts(b, s, n, un))
		out_res(b, b->kind == K_KEYWORD ? NULL : opt(b->label),
		    b->kind == K_KEYWORD || b->label == NOSTR ? 0 :
		    strlen(STR(b->label)), s, n, un);
	if (last)
		prose_part(b, TEXT(i), re, b->len);
}

/*
 * A resolution block: prose before the decided part, it, prose after.
 * A block with decisions inside its sentences goes prose, decision,
 * prose, decision ...: the role pass found the first, the rest are
 * found here.
 */
static void
emit_res(int i)
{
	const struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t pos = 0, rs = b->rs, re = b->re, nrs, nre;

	for (;;) {
		prose_part(b, s, pos, rs);
		if (!b->inl || re == b->len ||
		    !decision_in(s, b->len, re, &nrs, &nre) || nrs >= nre) {
			emit_res_at(i, pos, rs, re, 1);
			return;
		}
		emit_res_at(i, pos, rs, re, 0);
		pos = re;
		rs = nrs;
		re = nre;
	}
}

static void
emit_item(const struct blk *b)
{
	const struct item *t = &D.it[b->item - 1];
	const char *s = b->kind == K_NUMBER ? "" : STR(b->text) + b->ts;
	size_t n = b->kind == K_NUMBER ? 0 : b->te - b->ts;

	/* "Matters Arising:" before its text: the colon goes with the stop */
	/* and a table's bar: "Declarations of Interest |" */
	while (n && (s[n - 1] == '.' || s[n - 1] == ':' || s[n - 1] == '|' ||
	    isspace((unsigned char)s[n - 1])))
		n--;
	mu_out_begin("item", mu_buf_str(&D.name), b->line);
	out_item(b);
	mu_out_str("number", item_num(t));
	mu_out_int("seq", b->item);
	mu_out_strn("title", s, n);
	mu_out_str("report", dopt(t->report));
	exempt_out(b->item);		/* exempt.c */
	mu_out_end();
}

static void
emit_pass(size_t *pi, int upto)
{
	for (; *pi < D.np && D.ps[*pi].before <= upto; (*pi)++)
		mu_out_line(STR(D.ps[*pi].off), D.ps[*pi].len);
}

void
emit(void)
{
	size_t pi = 0, ai = 0;
	const struct blk *b;
	int i;

	emit_pass(&pi, 0);
	vote_doc();
	exempt_doc();
	moves_doc();
	if (D.nb)
		emit_meeting();
	for (i = 0; i < (int)D.nb; i++) {
		emit_pass(&pi, i);
		b = &D.b[i];
		switch (b->role) {
		case R_ATT:
			emit_att(i, &ai, 0);
			break;
		case R_ITEM:
			emit_item(b);
			if (b->te < b->len)	/* the rest of a heading */
				emit_att(i, &ai, b->ta);
			break;
		case R_POINT:
			mu_out_begin("point", mu_buf_str(&D.name), b->line);
			out_item(b);
			mu_out_str("label", opt(b->label));
			mu_out_strn("text", TEXT(i), b->len);
			mu_out_end();
			break;
		case R_RES:
			emit_res(i);
			break;
		case R_PROSE:
			if (b->kind != K_NUMBER || b->len || b->label != NOSTR)
				emit_prose(b, TEXT(i), b->len);
			break;
		default:
			break;
		}
		vote_written(i);
		moves_written(i);
	}
	vote_written(INT_MAX);
	moves_written(INT_MAX);
	emit_pass(&pi, (int)D.nb);
}
