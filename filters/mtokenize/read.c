/* read.c: stage 1, physical lines cut into pieces (form feeds, flattened
 * transcripts), and the lookahead ring of classified lines. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mtokenize.h"

/* ---- stage 1: reading, and cutting flattened transcripts ---- */

static const char *const refword_list[] = {
	"item", "no", "no.", "paragraph", "paragraphs", "para",
	"page", "minute", "section", "appendix", "agenda", "and",
	"of", "to", "report", "clause", "rule", "standing", "order", NULL
};
static struct words refwords = { .list = refword_list };

/* Does a sentence end just before the word at s + i? */
int
sentence_end(const char *s, size_t i)
{
	const char *w;
	size_t n;
	int c;

	if (i < 3 || s[i - 1] != ' ')
		return 0;
	c = lastpunct(s, i - 1);
	if (c != '.' && c != '?' && c != '!')
		return 0;
	w = lastword(s, i - 2, &n);	/* the word, without its stop */
	if (c == '.' && (n <= 1 || inlist(w, n, &abbreviations)))
		return 0;
	return 1;
}

/* A title in capitals at s: two words or more in capitals, the first of
 * three letters or more and no month ("APOLOGIES FOR ABSENCE", "HALL
 * TRUST"; not "MAY 2021"). */
static int
caps_title(const char *s)
{
	size_t i, k;

	for (i = 0; isup((unsigned char)s[i]) || s[i] == '\''; i++)
		;
	if (i < 3 || s[i] != ' ' || datelike(s))
		return 0;
	for (k = ++i; isup((unsigned char)s[i]); i++)
		;
	return i - k >= 2 && (s[i] == ' ' || s[i] == '\0' || s[i] == ':');
}

/*
 * An inline item heading "N. Title" at s + i: the next number in the
 * sequence, or before the first heading any number after a sentence, or
 * one before a title in capitals ("... (Community Sector) 66. APOLOGIES
 * FOR ABSENCE ...").  A number with no stop heads an item only before a
 * title in capitals, after a sentence ("... to update. 92 HALL TRUST The
 * Mayor ...").
 */
static int
inline_heading(struct tok *t, const char *s, size_t i)
{
	const char *w;
	size_t k, n;
	long v;
	int dot, caps, seq;

	if ((k = digits(s + i, &v)) == 0 || k > 3)
		return 0;
	dot = s[i + k] == '.';
	if (s[i + k + dot] != ' ' || !startsup(s + i + k + dot + 1))
		return 0;
	caps = caps_title(s + i + k + dot + 1);
	seq = v == t->lastitem + 1;
	if (!dot && !caps)
		return 0;
	if (i == 0)
		return dot || seq || t->lastitem == 0;
	w = lastword(s, i - 1, &n);
	if (inlist(w, n, &refwords))
		return 0;
	if (!dot)
		return (seq || t->lastitem == 0) && sentence_end(s, i);
	return seq || (t->lastitem == 0 && (caps || sentence_end(s, i)));
}

/* A keyword that starts a part of a flattened line: in capitals
 * ("PRESENT:", "RESOLVED that"), or capitalised before a colon. */
static size_t
inline_keyword(const char *s, size_t i)
{
	const struct keyword *kw;
	size_t n, sep;

	if (!isup((unsigned char)s[i]) || !maybe(kwpairs, s + i) ||
	    (n = keyword_at(s + i, &kw, &sep)) == 0)
		return 0;
	if (allcaps(s + i, n) && n > 4)
		return n;
	return s[i + n] == ':' ? n : 0;
}

static const char *const weekday_list[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};
static struct words weekdays = { .list = weekday_list };

/* A web page's chrome inside a flattened line: phrases that are pieces
 * of their own. */
static const char *const webphrases[] = {
	"share this item", "items no. item", "no. item", "agenda and minutes",
	"additional documents:", "supporting documents:", "pdf icon pdf ", NULL
};
static pairs webpairs;	/* their first two letters, for maybe(); set up */
static int webready;	/* by flattened(), before any piece is cut */
static int webline;	/* the flattened line holds some of them */

/* Does s hold any of the chrome of webmark()?  Looked for once a
 * flattened line, so that the words of the others are not looked at. */
static int
webchrome(const char *s)
{
	return strstr(s, "this item") || strstr(s, "pdf icon") ||
	    strstr(s, "No. Item") || strstr(s, "ocuments:") ||
	    strstr(s, "and minutes");
}

/* The bytes of the chrome at s (n bytes): a phrase of webphrases, or
 * "pdf icon PDF 210 KB", the link of a title (*link set: it is written
 * as the title's chrome suffix, after it); 0 if none. */
static size_t
webmark(const char *s, size_t n, int *link)
{
	const char *const *p;
	size_t i, k;

	*link = 0;
	if (n < 8)
		return 0;
	if ((s[0] | 32) != 'p') {
		for (p = webphrases; *p; p++)
			if ((**p | 32) == (s[0] | 32) && n >= (k = strlen(*p)) &&
			    mu_strncaseeq(s, *p, k) && (n == k || s[k] == ' '))
				return k;
		return 0;
	}
	if (n < 18 || !mu_strncaseeq(s, "pdf icon pdf ", 13))
		return 0;
	for (i = 13; i < n && (isdig((unsigned char)s[i]) || s[i] == '.'); i++)
		;
	if (i < n && s[i] == ' ')
		i++;
	if (i + 2 > n || (s[i] != 'K' && s[i] != 'M' && s[i] != 'k') ||
	    s[i + 1] != 'B' || (i + 2 < n && s[i + 2] != ' '))
		return 0;
	*link = 1;
	return i + 2;
}

/* Whole sentences of one word that follow a title: "2. Declarations of
 * Interest None." */
static const char *const oneword_list[] = {
	"none", "nil", "noted", "agreed", "deferred", "withdrawn", NULL
};
static struct words onewords = { .list = oneword_list };

/* Where the title of an inline heading that starts s ends: at a colon,
 * a dash, a label, a name, a keyword, a sentence end, a sentence of one
 * word, or where the run of capitalised words gives way to a sentence. */
static size_t
title_end(const char *s, size_t n, size_t from)
{
	const char *lab;
	size_t i, k, lablen, cap = 0, words = 0;
	int link, caps;

	for (i = from; i < n && words < 30; i++) {
		if (s[i] == ':')
			return i;
		if (s[i] == ' ' && ((s[i + 1] == '(' && labeltok(s + i + 1,
		    &lab, &lablen)) || sentence_end(s, i + 1) ||
		    inline_keyword(s, i + 1)))
			break;
		words += s[i] == ' ';
	}
	caps = caps_title(s + from);
	for (i = from; i < n; i += k + 1) {
		if (caps && i > from && !isdig((unsigned char)s[i]) &&
		    !allcaps(s + i, mu_wordlen(s + i, n - i)))
			return i;	/* "92 HALL TRUST The Mayor ..." */
		if (i > from && webline && maybe(webpairs, s + i) &&
		    (k = webmark(s + i, n - i, &link)) > 0)
			return link ? i + k : i;	/* "Title pdf icon ..." */
		k = mu_wordlen(s + i, n - i);
		if (i > from && (!strncmp(s + i, "\xe2\x80\x93", 3) ||
		    !strncmp(s + i, "\xe2\x80\x94", 3) || (k == 1 &&
		    s[i] == '-') || (s[i] == '(' && labeltok(s + i, &lab,
		    &lablen)) || inlist(s + i, k, &honorifics) ||
		    inlist(s + i, k, &weekdays) || sentence_end(s, i) ||
		    inline_keyword(s, i) || (k > 1 && s[i + k - 1] == '.' &&
		    inlist(s + i, k - 1, &onewords))))
			return i;	/* "5. Finance RESOLVED that" */
		if (i > from && islow((unsigned char)s[i]) &&
		    !inlist(s + i, k, &function_words))
			return cap > from ? cap : i;
		if (isup((unsigned char)s[i]))
			cap = i;
	}
	return n;
}

/* The end of the piece of a flattened line that starts at s + from. */
static size_t
piece_cut(struct tok *t, const char *s, size_t from, size_t end)
{
	const struct keyword *kw;
	const char *lab;
	size_t i, k, lablen;
	int link;

	if (webline && (k = webmark(s + from, end - from, &link)) > 0)
		return from + k;	/* "Share this item" alone */
	if ((k = minuteref(s + from)) == 0 && inline_heading(t, s + from, 0))
		k = mu_wordlen(s + from, end - from);
	if (k > 0 && s[from + k] == ' ')
		return from + title_end(s + from, end - from, k + 1);
	i = from + 1 + keyword_at(s + from, &kw, &k);
	for (; i < end; i++) {
		if (s[i - 1] != ' ')
			continue;
		/* Each cut below starts with a digit, a capital, an opening
		 * quote or bracket, or is web chrome ("pdf icon PDF 88 KB"):
		 * a word in lower case is looked at no further. */
		if (islow((unsigned char)s[i]) &&
		    !(webline && maybe(webpairs, s + i)))
			continue;
		if (inline_heading(t, s, i) || inline_keyword(s, i) ||
		    (sentence_end(s, i) && startsup(s + i)))
			return i;
		if (webline && maybe(webpairs, s + i) &&
		    (k = webmark(s + i, end - i, &link)) > 0)
			return link ? i + k : i;
		if (isup((unsigned char)s[i]) && minuteref(s + i) > 4 &&
		    strchr(s + i, '/') < s + i + 6)
			return i;
		/* A label after a stop; one at the start of the line after
		 * a blank cuts too, as it did when this looked at the byte
		 * before the line (0, to strchr() a match). */
		if (s[i] == '(' && (k = labeltok(s + i, &lab, &lablen)) &&
		    (i < 2 || strchr(".;:)", s[i - 2])) &&
		    (startsup(s + i + k + 1) || isdig((unsigned char)s[i + k + 1])))
			return i;	/* "... . (b) 23/0470 ..." */
	}
	return end;
}

/* Words after which "RESOLVED" goes on a sentence, not a heading's
 * title: "it was RESOLVED", "and RESOLVED", "UNANIMOUSLY RESOLVED", a
 * body as its subject "the Council RESOLVED". */
static const char *const resolvedafter[] = { "was", "were", "is", "are",
	"be", "been", "and", "then", "also", "further", "therefore", "duly",
	"it", "unanimously", "hereby", "had", "has", "have", "so", "council",
	"committee", "panel", "members", "board", "authority", "cabinet",
	"councillors", "forum", "group", NULL };
static struct words resolvedafter_w = { .list = resolvedafter };

/*
 * Does the line s[from, r) begin with an item's number and a title, so
 * that "RESOLVED" at r, in capitals, starts the item's decision run onto
 * its heading: "7. Minutes of the last meeting RESOLVED – that ...",
 * "Item 02/24 - Grants RESOLVED: ..."?  Not "Item 02/24 RESOLVED -
 * Grants" (no title before), nor after a word of resolvedafter.
 */
static int
title_before(const char *s, size_t from, const char *r)
{
	const char *p = s + from, *w;
	int title = 0;

	if (mu_caseprefix(p, "item ") || mu_caseprefix(p, "minute "))
		p += strcspn(p, " ") + 1;
	if (!isdig((unsigned char)*p))
		return 0;
	for (w = r - 2; w > p && w[-1] != ' '; w--)
		;
	if (inlist(w, (size_t)(r - 1 - w), &resolvedafter_w))
		return 0;
	for (p += strcspn(p, " "); p < r; p++)
		if (p[-1] == ' ' && isalpha_((unsigned char)*p))
			title = 1;
	return title;
}

/* Any line is cut before "RESOLVED" in capitals after a sentence or a
 * clause: "Seconded by Cllr A, RESOLVED that ...", or after an item's
 * number and title (title_before). */
static size_t
resolved_cut(const char *s, size_t from, size_t end)
{
	const struct keyword *kw;
	const char *r;
	size_t i, sep;

	/* Not after the first word ("a. RESOLVED"), whose length is
	 * wanted only at a capital R after a stop and a space: rare. */
	for (i = from + 2; i + 8 <= end; i = (size_t)(r - s) + 1) {
		if ((r = memchr(s + i, 'R', end - i - 7)) == NULL)
			break;
		if (r[-1] == ' ' && (size_t)(r - s) >=
		    from + mu_wordlen(s + from, end - from) + 2 &&
		    !strncmp(r, "RESOLVED", 8) && keyword_at(r, &kw, &sep) &&
		    !strcmp(kw->key, "RESOLVED") && (strchr(".,;:", r[-2]) ||
		    (sep && title_before(s, from, r))))
			return (size_t)(r - s);
	}
	return end;
}

/*
 * Does the minute reference b (bn bytes) follow a (an bytes) in one
 * sequence: the same shape, one group of digits one higher and the
 * others the same ("70/17" then "71/17", "Cou/285/07-08" then
 * "Cou/286/07-08", "21-22/PLN/4" then "21-22/PLN/5")?
 */
static int
ref_follows(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0, i0, j0;
	long x, y;
	int bumped = 0;

	while (i < an && j < bn) {
		if (!isdig((unsigned char)a[i]) || !isdig((unsigned char)b[j])) {
			if (a[i++] != b[j++])
				return 0;
			continue;
		}
		for (x = 0, i0 = i; i < an && isdig((unsigned char)a[i]) &&
		    i - i0 < 6; i++)
			x = x * 10 + a[i] - '0';
		for (y = 0, j0 = j; j < bn && isdig((unsigned char)b[j]) &&
		    j - j0 < 6; j++)
			y = y * 10 + b[j] - '0';
		if (x == y && i - i0 == j - j0)
			continue;
		if (y != x + 1 || bumped)
			return 0;
		bumped = 1;
	}
	return i == an && j == bn && bumped;
}

/* The minute reference a piece of text at s starts with, before its
 * title, with or without its word ("Minute 102/24 Finance"): where the
 * reference ends, or 0; *at gets where it starts. */
static size_t
lead_ref(const char *s, size_t *at)
{
	size_t i, k;

	*at = 0;
	if (s[0] == 'M' && s[1] == 'i' && s[2] == 'n')
		*at = prefixed(s, "Minute ") ? 7 : prefixed(s, "Min. ") ? 5 :
		    prefixed(s, "Min ") ? 4 : 0;
	s += *at;
	/* a digit first, or within the first word's eight bytes ("C.101",
	 * "Cou/285/07-08"): most words are turned away before minuteref() */
	for (i = 0; i < 8 && s[i] && s[i] != ' ' &&
	    !isdig((unsigned char)s[i]); i++)
		;
	if (i == 8 || !isdig((unsigned char)s[i]))
		return 0;
	k = minuteref(s);
	return k > 0 && s[k] == ' ' && startsup(s + k + 1) ? *at + k : 0;
}

/* An item number with a stop before a title at s, "71. Title": its
 * length with the stop, its value in *v; or 0. */
static size_t
lead_num(const char *s, long *v)
{
	size_t k = digits(s, v);

	return k > 0 && k <= 3 && s[k] == '.' && s[k + 1] == ' ' &&
	    startsup(s + k + 2) ? k + 1 : 0;
}

/*
 * Where a line is cut before the next item number of the document's own
 * sequence, after a sentence and before a title: "... detained at work.
 * 71/17 Declarations of Interest No declarations were made. 72/17 ...",
 * "... were signed. 72. Finance ...", as PDF text runs a page's items
 * into one paragraph.  The sequence is the number the piece starts with,
 * else the last item's: a minute reference of the same shape one higher,
 * or the next number.  A number that breaks it (a minute quoted, "Minute
 * 70/17 refers"; a list inside the item, "1. Mill Lane. 2. ..."; a sum,
 * a date) or that comes inside a sentence is no cut.
 */
static size_t
ref_cut(const struct tok *t, const char *s, size_t from, size_t end)
{
	const char *base = t->lastref, *p;
	size_t i, j, k, at, bn = t->lastreflen;
	long last = t->lastitem, v;

	if ((k = lead_ref(s + from, &at)) > 0) {
		base = s + from + at;
		bn = k - at;
	} else if (isdig((unsigned char)s[from]) &&
	    (k = lead_num(s + from, &v)) > 0)
		last = v;
	if (bn == 0 && last == 0)
		return end;
	/* Only ". " before a number is looked at: memchr() finds the
	 * stops, so a long line costs little more than its read */
	for (i = from + k; i + 3 < end && (p = memchr(s + i, '.', end - i - 3));
	    i = (size_t)(p - s) + 1) {
		j = (size_t)(p + 2 - s);
		if (p[1] != ' ' || !(isdig((unsigned char)p[2]) ||
		    (bn > 0 && isup((unsigned char)p[2]))))
			continue;
		if (last > 0 && (k = lead_num(s + j, &v)) > 0) {
			if (!sentence_end(s, j))
				continue;
			/* a list run into the line, "were: 1. Mill Lane. 2.
			 * ...": a number off the sequence ends these cuts */
			if (v == last + 1 && !prefixed(s + j + k + 1, "That ") &&
			    !prefixed(s + j + k + 1, "To "))
				return j;
			last = 0;
		} else if (bn > 0 && (k = lead_ref(s + j, &at)) > 0 &&
		    j + k < end && ref_follows(base, bn, s + j + at, k - at) &&
		    sentence_end(s, j))
			return j;
	}
	return end;
}

/* An item heading led by a minute reference was classified: it is the
 * sequence the next references in a line are read against (the
 * reference without its word: "Minute 101/24" is 101/24). */
static void
note_ref(struct tok *t, const struct line *l)
{
	const char *r;
	size_t n;

	if ((l->kind != K_HEADING && l->kind != K_NUMBER) || !l->haslabel)
		return;
	for (n = l->label.len; n > 0 && l->label.s[n - 1] != ' '; n--)
		;	/* memrchr() is no POSIX */
	r = l->label.s + n;
	n = l->label.len - n;
	if (n >= sizeof t->lastref || minuteref(r) != n)
		return;
	memcpy(t->lastref, r, n);
	t->lastreflen = n;
}

/* A line is a flattened transcript when it is long and holds inline
 * structure: a heading in sequence, a keyword in capitals, a reference. */
static int
flattened(struct tok *t, const char *s, size_t n)
{
	size_t i;

	if (n < FLAT)
		return 0;
	if (!webready) {
		pairs_init(webpairs, webphrases, sizeof *webphrases);
		webready = 1;
	}
	for (i = 1; i < n; i++)	/* a heading starts with a digit */
		if (s[i - 1] == ' ' && (isdig((unsigned char)s[i]) ||
		    isup((unsigned char)s[i])) && (inline_heading(t, s, i) ||
		    inline_keyword(s, i)))
			return 1;
	return 0;
}

/* Skips what separates a cut piece from the next: blanks, ":", dashes. */
static size_t
skip_separators(const char *s, size_t i, size_t end)
{
	while (i < end) {
		if (s[i] == ' ' || s[i] == ':' || s[i] == '-' || s[i] == '\t')
			i++;
		else if (end - i >= 3 && (!strncmp(s + i, "\xe2\x80\x93", 3) ||
		    !strncmp(s + i, "\xe2\x80\x94", 3)))
			i += 3;
		else
			break;
	}
	return i;
}

/* A page number run onto the first word of a page, "3The Panel noted",
 * "3hospitality had been", on one of the first lines after a form feed
 * (the running head may come first): digits glued to a word, capitalised
 * ("3D" is none) or of four letters or more ("2nd", "10am" are none),
 * the number of the page by the form feeds or the one after the last page
 * number.  Returns the bytes of the number, or 0. */
static size_t
lead_page(const struct tok *t, const char *s, size_t n)
{
	size_t i, k = 0;
	long v = 0;

	while (k < n && k < 4 && isdig((unsigned char)s[k]))
		v = v * 10 + s[k++] - '0';
	if (k == 0 || k > 3)
		return 0;
	if (isup((unsigned char)s[k]))	/* "The", "RESOLVED", not "3D" */
		for (i = k + 1; i < n && isalpha_((unsigned char)s[i]); i++)
			;
	else
		for (i = k; i < n && islow((unsigned char)s[i]); i++)
			;
	if (i - k < (isup((unsigned char)s[k]) ? 2 : 4))
		return 0;
	return v == t->feeds + 1 || (t->lastpage > 0 && v == t->lastpage + 1) ?
	    k : 0;
}

/* One of the first lines of a page, s[start, cut): when it begins with
 * the page number, classifies the number alone into l, a page number to
 * stage 3, and returns 1; the rest of the line is no piece but the line
 * the page begins with. */
static int
after_feed(struct tok *t, struct line *l, const char *s, size_t start,
    size_t cut)
{
	size_t k;

	t->sincefeed++;
	if (t->flat || l->piece || !isdig((unsigned char)s[start]) ||
	    (k = lead_page(t, s + start, cut - start)) == 0)
		return 0;
	classify(t, l, s + start, k);
	t->pos = t->segstart = start + k;
	t->sincefeed--;		/* the line is still to come */
	return 1;
}

/* Classifies the next piece of input into l; returns 0 at the end. */
static int
piece_next(struct tok *t, struct line *l)
{
	const char *s;
	const char *ff;
	size_t start, cut;
	int r;

	l->piece = 0;
	while (!t->haveline || t->pos >= t->phys.len) {
		if (t->haveline && t->pos > 0)
			t->haveline = 0;
		if ((r = mu_input_getline(t->in, &t->phys)) <= 0)
			return 0;
		t->physno = mu_input_lineno(t->in);
		t->haveline = 1;
		t->pos = t->segend = 0;
		if (t->phys.len == 0) {
			t->pos = 1;
			l->no = t->physno;
			classify(t, l, "", 0);
			return 1;
		}
	}
	s = t->phys.s;
	l->no = t->physno;
	if (s[t->pos] == '\f') {
		t->pos++;
		t->feeds++;
		t->sincefeed = 0;
		l->kind = K_BREAK;
		l->width = 0;
		mu_buf_reset(&l->text);
		return 1;
	}
	if (t->pos >= t->segend) {	/* a new segment between form feeds */
		ff = memchr(s + t->pos, '\f', t->phys.len - t->pos);
		t->segend = ff ? (size_t)(ff - s) : t->phys.len;
		t->segstart = t->pos;
		t->flat = flattened(t, s + t->pos, t->segend - t->pos);
		webline = t->flat && webchrome(s + t->pos);
	}
	start = t->pos;
	l->piece = t->flat || start > t->segstart;
	cut = t->flat ? piece_cut(t, s, start, t->segend) :
	    resolved_cut(s, start, t->segend);
	cut = ref_cut(t, s, start, cut);
	if (t->sincefeed < FEEDLINES && after_feed(t, l, s, start, cut))
		return 1;
	classify(t, l, s + start, cut - start);
	note_ref(t, l);
	t->pos = t->flat ? skip_separators(s, cut, t->segend) : cut;
	return 1;
}

/* ---- the lookahead ring ---- */

/* The line i places after the head, i <= LOOK: head + i is below
 * 2 * LOOK, and one subtraction does what % LOOK, a division, did. */
struct line *
ring_at(struct tok *t, size_t i)
{
	size_t k = t->head + i;

	return &t->ring[k < LOOK ? k : k - LOOK];
}

void
ring_fill(struct tok *t)
{
	while (!t->eof && t->count < LOOK) {
		if (!piece_next(t, ring_at(t, t->count)))
			t->eof = 1;
		else
			t->count++;
	}
}

/* The next line after the first that is not blank, or NULL. */
struct line *
ring_next(struct tok *t)
{
	size_t i;

	for (i = 1; i < t->count; i++)
		if (ring_at(t, i)->kind != K_BLANK)
			return ring_at(t, i);
	return NULL;
}
