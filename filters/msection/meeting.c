/* meeting.c: the meeting record: body, venue, date, times, heading. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

/*
 * The words of a header, in tables (one a form), so that a new form is a
 * line here and a test.
 *
 * Words that say what kind of meeting it was, not who met: "Minutes of
 * the Community Council virtual meeting", "EXTRA ORDINARY PARISH COUNCIL
 * MEETING", "the Annual General Meeting of ...".
 */
static const char *kindwords[] = { "ordinary", "extraordinary", "extra",
	"extra-ordinary", "annual", "general", "special", "monthly",
	"virtual", "remote", "online", "on-line", "emergency", "adjourned",
	"statutory", "inaugural", NULL };

/*
 * The word a venue after "held" begins with: "held at V", "held in the
 * V", "held via Zoom", "held remotely", "conducted on-line".  Other text
 * after "held ... DATE" is no venue ("... 12.20 pm. Responsible Officer").
 */
static const char *venuestarts[] = { "at", "in", "via", "within", "using",
	"by", "over", "on", "online", "on-line", "remotely", "virtually",
	"electronically", "conducted", NULL };

/* Nouns of the places meetings are held in: a venue line with no label. */
static const char *venuenouns[] = { "hall", "halls", "room", "rooms",
	"chamber", "chambers", "centre", "center", "school", "library",
	"offices", "office", "house", "church", "chapel", "suite", "building",
	"buildings", "hotel", "headquarters", "pavilion", "institute",
	"boardroom", "club", "barn", "hub", "zoom", "teams", "online",
	"on-line", "remotely", "virtually", NULL };

/*
 * Phrases that speak of another meeting: "To approve the minutes of the
 * previous meeting", "the minutes of the last meeting were signed".
 */
static const char *othermeeting[] = { "previous meeting", "last meeting",
	"preceding meeting", NULL };

static int
is_struct_key(int y)
{
	return (y >= Y_RESOLVED && y <= Y_SUBST) || y == Y_CLERK;
}

/* Is some word of s[0..n) one of l? */
static int
has_word(const char *const *l, const char *s, size_t n)
{
	size_t i, k, w;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		for (w = k; w && strchr(",.;:()", s[i + w - 1]); w--)
			;
		if (inlist(l, s + i, w))
			return 1;
	}
	return 0;
}

/*
 * Where the heading's "Minutes of", "Minute of" or "Meeting of" starts,
 * or NULL.  Among the first dozen words only: further on, it is a
 * mention ("... not present at the meeting of 10 November").
 */
static const char *
of_phrase(const char *s, size_t n)
{
	static const char *ph[] = { "minutes of ", "minute of ",
		"meeting of ", NULL };
	const char *p, *best = NULL;
	size_t j;

	for (j = 0; ph[j]; j++)
		if ((p = ci_find(s, n, ph[j])) != NULL && (best == NULL ||
		    p < best))
			best = p;
	if (best == NULL || nwords(s, best - s) > 12)
		return NULL;
	return best;
}

/*
 * Does the line speak of another meeting rather than head this one?
 * "To approve the minutes of the meeting held on 3 May" (an agenda
 * phrase), "the minutes of the previous meeting", "The minutes of the
 * meeting held on 11 March had been circulated" (a sentence about
 * minutes), "present at the meeting of 10 November" (a meeting named by
 * its date).
 */
static int
mention(const char *s, size_t n)
{
	const char *p;
	size_t at;
	int y, mo, d, j;

	if (agenda_phrase(s, n))
		return 1;
	for (j = 0; othermeeting[j]; j++)
		if (ci_find(s, n, othermeeting[j]))
			return 1;
	if (mu_caseprefix(s, "the minutes") && sentence_like(s, n))
		return 1;
	for (p = s; (p = ci_find(p, s + n - p, "meeting of ")) != NULL; p++)
		if (mu_find_date(p + 11, s + n - p - 11, &at, &y, &mo, &d) &&
		    at == 0)
			return 1;
	return 0;
}

static int
title_score(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, at;
	int y, mo, d, h, m, sc = 0, of = 0;

	if (n == 0 || mention(s, n))
		return -1;
	if (of_phrase(s, n))
		sc += 4, of = 1;
	if (mu_find_date(s, n, &at, &y, &mo, &d))
		sc += 3;
	if (mu_find_time(s, n, &at, &h, &m))
		sc += 1;
	if (ci_find(s, n, "held "))
		sc += 2;
	if (mu_caseprefix(s, "agenda"))
		sc -= 5;
	if (!of && n > 200)
		sc -= 3;
	return sc;
}

/*
 * A web page's table of items begins ("No. Item", "No. | Item |"): the
 * header is above it.
 */
static int
items_table(int i)
{
	const char *s = TEXT(i);
	char w[8];
	size_t k = 0;

	for (; *s && k < sizeof w - 1; s++)
		if (*s != ' ' && *s != '|' && *s != '.')
			w[k++] = *s;
	w[k] = '\0';
	return *s == '\0' && k == 6 && mu_strncaseeq(w, "NoItem", 6);
}

/* Trims spaces, punctuation and dashes (ASCII or UTF-8) off the end. */
static void
trim_tail(const char **s, size_t *n)
{
	for (;;) {
		trim(s, n, ",-:;.");
		if (*n >= 3 && (unsigned char)(*s)[*n - 3] == 0xe2 &&
		    (unsigned char)(*s)[*n - 2] == 0x80)
			*n -= 3;
		else
			return;
	}
}

static size_t
save_trimmed(const char *s, size_t n)
{
	trim_tail(&s, &n);
	return n ? mu_save(&D.der, s, n) : NOSTR;
}

/* Does s name a body: "council", "committee", "panel" ...? */
static int
body_noun(const char *s, size_t n)
{
	static const char *w[] = { "council", "committee", "panel", "board",
		"cabinet", "forum", "assembly", "authority", "commission",
		"partnership", "trust", "sub-committee", "subcommittee",
		"executive", "group", NULL };

	return has_word(w, s, n);
}

/* An acronym alone ("NVPCP", "SLCC."): short for a body, not its name. */
static int
acronym(const char *s, size_t n)
{
	size_t i;

	trim_tail(&s, &n);
	if (n == 0 || n > 8 || nwords(s, n) != 1)
		return 0;
	for (i = 0; i < n; i++)
		if (!isupper((unsigned char)s[i]) && s[i] != '&')
			return 0;
	return !body_noun(s, n);
}

/*
 * Drops the words of the kind of meeting around a body that was written
 * with "meeting" after it: "Community Council virtual (meeting)", "EXTRA
 * ORDINARY PARISH COUNCIL (MEETING)", "X Parish Council Annual Parish
 * (Meeting)".  "General" goes only at the end
 * ("Annual General Meeting"): at the start it names a body ("General
 * Purposes Committee").
 */
static void
drop_kinds(const char **b, size_t *len)
{
	size_t k, j;

	while ((k = mu_wordlen(*b, *len)) < *len &&
	    inlist(kindwords, *b, k) && !mu_strncaseeq(*b, "general", 7)) {
		*b += k + 1;
		*len -= k + 1;
	}
	for (;;) {
		for (k = *len; k > 0 && (*b)[k - 1] != ' '; k--)
			;
		if (k == 0)
			return;
		if (inlist(kindwords, *b + k, *len - k)) {
			*len = k - 1;
			continue;
		}
		/* "X Parish Council Annual Parish (Meeting)": a kind and a word */
		for (j = k - 1; j > 0 && (*b)[j - 1] != ' '; j--)
			;
		if (j == 0 || !inlist(kindwords, *b + j, k - 1 - j) ||
		    !body_noun(*b, j - 1))
			return;
		*len = j - 1;
	}
}

/*
 * "Draft Minutes – Oakley Parish Council", "Oakley Parish Council
 * Minutes": the words about the minutes at either end go, with the dash
 * between.
 */
static void
minutes_words(const char **b, size_t *len)
{
	static const char *w[] = { "draft", "minutes", "unconfirmed",
		"approved", "confirmed", NULL };
	size_t k;

	for (;;) {
		trim(b, len, "-,:");
		if (*len > 3 && (mu_strncaseeq(*b, "\xe2\x80\x93", 3) ||
		    mu_strncaseeq(*b, "\xe2\x80\x94", 3))) {
			*b += 3, *len -= 3;
			continue;
		}
		trim_tail(b, len);
		if ((k = mu_wordlen(*b, *len)) < *len && inlist(w, *b, k)) {
			*b += k + 1, *len -= k + 1;
			continue;
		}
		for (k = *len; k > 0 && (*b)[k - 1] != ' '; k--)
			;
		if (inlist(w, *b + k, *len - k)) {
			*len = k ? k - 1 : 0;
			continue;
		}
		return;
	}
}

/*
 * The words of a body as the heading writes them: without "the", a
 * trailing "on", "meeting" and the kind of meeting before it, and a page
 * number run into the text.  Returns whether "meeting" went.
 */
static int
body_words(const char **b, size_t *len)
{
	size_t i, k;
	int mt = 0;

	trim_tail(b, len);
	/* "Meeting: Finance Committee", a header's field: the label goes */
	if (*len > 9 && mu_strncaseeq(*b, "meeting: ", 9)) {
		*b += 9;
		*len -= 9;
	}
	minutes_words(b, len);
	drop_word(b, len, "the");
	drop_tail(b, len, "on");
	trim_tail(b, len);
	if ((mt = drop_tail(b, len, "meeting")) != 0) {
		drop_kinds(b, len);
		if (*len > 2 && mu_strncaseeq(*b + *len - 2, "'s", 2))
			*len -= 2;	/* "X Parish Council's meeting" */
		else if (*len > 4 && !memcmp(*b + *len - 4, "\xe2\x80\x99s", 4))
			*len -= 4;
	}
	else if ((mt = *len == 7 && mu_strncaseeq(*b, "meeting", 7)) != 0)
		*len = 0;	/* "Minutes of the meeting held on ..." */
	/* A bare number inside is a page number run into the text. */
	for (i = 0; i < *len; i += k + 1) {
		k = mu_wordlen(*b + i, *len - i);
		if (i && k && strspn(*b + i, "0123456789") == k &&
		    !(i >= 3 && mu_strncaseeq(*b + i - 3, "no ", 3)) &&
		    !(i >= 4 && mu_strncaseeq(*b + i - 4, "no. ", 4))) {
			*len = i;
			break;
		}
	}
	trim_tail(b, len);
	return mt;
}

/*
 * "Minutes of Meeting (no.436) of X", "Minutes of Meeting No. 5 of X":
 * the body comes after the meeting's number.
 */
static const char *
numbered_meeting(const char *b, const char *e)
{
	const char *p = b;

	if (e - p > 4 && mu_strncaseeq(p, "the ", 4))
		p += 4;
	if (e - p < 14 || !mu_strncaseeq(p, "meeting ", 8))
		return b;
	p += 8;
	if (*p == '(' && (p = memchr(p, ')', e - p)) != NULL)
		p++;
	else if (mu_strncaseeq(p, "no", 2) && !isalpha((unsigned char)p[2])) {
		p += mu_wordlen(p, e - p);
		if (e - p > 2 && p[0] == ' ' && isdigit((unsigned char)p[1]))
			p += 1 + mu_wordlen(p + 1, e - p - 1);
	} else
		return b;
	if (p && e - p > 4 && mu_strncaseeq(p, " of ", 4))
		return p + 4;
	return b;
}

/* Is the word w[0..wn) among the words of s[0..n), ignoring case? */
static int
word_in(const char *w, size_t wn, const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (k == wn && mu_strncaseeq(s + i, w, k))
			return 1;
	}
	return 0;
}

/*
 * Does the body after "Minutes of" name only a meeting or a kind of body,
 * not who met: "the Board Meeting in Public", "the meeting", "PLANNING
 * (MEETING)" (mt: "meeting" was dropped), or "the Council" under a line
 * naming "ASHTON TOWN COUNCIL" (pre[0..pn))?
 */
static int
generic_body(const char *b, size_t len, int mt, const char *pre, size_t pn)
{
	static const char *w[] = { "meeting", NULL };

	return mt || len == 0 || has_word(w, b, len) || !body_noun(b, len) ||
	    (nwords(b, len) == 1 && word_in(b, len, pre, pn));
}

/*
 * The body named before "Minutes of" on the same line: "Eastvale Health
 * NHS Trust Minutes of the Board Meeting in Public ...", "CABINET 14 May
 * 2012 Minutes of the meeting held on ...", "ASHTON TOWN COUNCIL
 * COUNCIL MEETING Minutes of a meeting of the Council held ..." (the
 * kind of meeting, "Council meeting", goes).  ob: the body after "of".
 */
static size_t
prefix_body(const char *s, size_t n, const char *ob, size_t on)
{
	static const char *lead[] = { "draft", "minutes", "at", "a", "the",
		"unconfirmed", "confirmed", "approved", NULL };
	size_t at, k;
	int y, mo, d;

	if (mu_find_date(s, n, &at, &y, &mo, &d))
		n = at;
	for (;;) {
		trim_tail(&s, &n);
		for (k = n; k > 0 && s[k - 1] != ' '; k--)
			;
		if (!inlist(lead, s + k, n - k))
			break;
		n = k;
	}
	if (drop_tail(&s, &n, "meeting")) {
		if (on && n > on && s[n - on - 1] == ' ' &&
		    mu_strncaseeq(s + n - on, ob, on) &&
		    body_noun(s, n - on - 1))
			n -= on + 1;	/* "... COUNCIL COUNCIL MEETING" */
		drop_kinds(&s, &n);
	}
	trim_tail(&s, &n);
	if (n == 0 || n > 100 || !title_like(s, n) || !body_noun(s, n))
		return NOSTR;
	return mu_save(&D.der, s, n);
}

/* Past the date (ending at i) and a time after it: "3 May 2019 7pm – X". */
static const char *
after_date(const char *s, size_t n, size_t i)
{
	size_t at, k;
	int h, m;

	if ((k = mu_find_time(s + i, n - i, &at, &h, &m)) != 0 && at <= 3)
		i += at + k;
	return s + i;
}

/*
 * The body: "Minutes of a meeting of the X held ...", "X - Tuesday, 15
 * September 2020 10.30 am", "MINUTES OF THE X MEETING HELD IN ...".
 */
static size_t
get_body(const char *s, size_t n, size_t dat, size_t dlen)
{
	const char *p, *b = s, *e = s + n, *ps = of_phrase(s, n);
	size_t len, pre;
	int of = 1, mt;

	if ((p = ci_find(s, n, "meeting of ")) != NULL)
		b = p + 11;
	else if ((p = ci_find(s, n, "proceedings of ")) != NULL)
		b = p + 15;	/* "Minutes of the proceedings of the X" */
	else if ((p = ci_find(s, n, "minutes of ")) != NULL)
		b = numbered_meeting(p + 11, e);
	else if ((p = ci_find(s, n, "minute of ")) != NULL)
		b = p + 10;
	else
		of = 0;
	if ((p = ci_find(b, e - b, "held ")) != NULL)
		e = p;
	if (!of && dlen && nwords(s, dat) <= 1)
		b = after_date(s, n, dat + dlen);	/* "3 May 2019 – X" */
	else if (dlen && s + dat >= b && s + dat < e)
		e = s + dat;
	if ((p = ci_find(b, e - b, "when ")) != NULL)
		e = p;
	len = e - b;
	mt = body_words(&b, &len);
	if (of && ps && generic_body(b, len, mt, s, ps - s) &&
	    (pre = prefix_body(s, ps - s, b, len)) != NOSTR)
		return pre;
	/* Web pages: "Special Meeting, Cabinet". */
	if (!of && (p = memchr(b, ',', len)) != NULL &&
	    ci_find(b, p - b, "meeting")) {
		len -= p + 1 - b;
		b = p + 1;
		trim(&b, &len, "");
	}
	return len ? mu_save(&D.der, b, len) : NOSTR;
}

/*
 * A date with its weekday but no year, "Tuesday 7th April", "Wed, 3
 * May": its offset in *at, day, month and weekday.  Returns its length.
 */
static size_t
yearless(const char *s, size_t n, size_t *at, int *d, int *mo, int *wd)
{
	size_t i, j, k, k2, k3;
	char *e;

	for (i = 0; i < n; i += mu_wordlen(s + i, n - i) + 1) {
		k = bare_word(s + i, n - i);
		if ((*wd = mu_wday(s + i, k)) < 0)
			continue;
		j = i + mu_wordlen(s + i, n - i) + 1;
		if (j >= n || !isdigit((unsigned char)s[j]))
			continue;
		*d = (int)strtol(s + j, &e, 10);
		k2 = mu_wordlen(s + j, n - j);
		if (*d < 1 || *d > 31 || (e - (s + j) < (long)bare_word(s + j,
		    n - j) && !mu_ordinal(e, bare_word(s + j, n - j) - (e -
		    (s + j)))) || j + k2 + 1 >= n)
			continue;
		k3 = bare_word(s + j + k2 + 1, n - j - k2 - 1);
		if ((*mo = mu_month(s + j + k2 + 1, k3, NULL)) == 0)
			continue;
		*at = i;
		return j + k2 + 1 + k3 - i;
	}
	return 0;
}

/*
 * The year of a date written with its weekday and no year: among the
 * years of the document's dates (and the one after each), the first
 * whose calendar has that weekday.  0 when none has.
 */
static int
year_of(int d, int mo, int wd)
{
	size_t i, at, k;
	int y, m2, d2, b, c;

	for (b = 0; b < (int)D.nb && b < 400; b++)
		for (i = 0; (k = mu_find_date(TEXT(b) + i, D.b[b].len - i, &at,
		    &y, &m2, &d2)) != 0; i += at + k)
			for (c = y; c <= y + 1; c++)
				if (d <= mu_days_in(c, mo) && mu_dow(c, mo, d) ==
				    wd)
					return c;
	return 0;
}

/*
 * The venue in one part of a heading between its dates and times: it
 * ends before a label ("... Maidenhead Members: A B C", "VILLAGE HALL
 * Meeting No: 07") and, in a clause, at "when".  Returns its length.
 */
static size_t
venue_part(const char *seg, size_t sn)
{
	const char *p, *w;

	if ((p = ci_find(seg, sn, "when ")) != NULL)
		sn = p - seg;
	if ((p = memchr(seg, ':', sn)) == NULL)
		return sn;
	for (w = p; w > seg && w[-1] != ' '; w--)
		;
	if (w > seg && isupper((unsigned char)*w)) {
		if (p - w <= 3 && (mu_strncaseeq(w, "no", 2) ||
		    mu_strncaseeq(w, "ref", 3)))	/* "Meeting No:" */
			for (w--; w > seg && w[-1] != ' '; w--)
				;
		return w - seg;
	}
	return p - seg;
}

/*
 * Is the part a venue?  After "held" it begins with a word of venuestarts
 * ("at", "in", "via", "remotely"); after the date of a heading without
 * "held" ("... on 29 October 2019 at 7.30pm in the Village Hall", "...
 * 10:15 – 12:30 The Mill Centre, Dale Road") it may instead name a place.
 */
static int
venue_ok(const char *seg, size_t sn, int loose)
{
	trim(&seg, &sn, ",.-");
	if (sn == 0)
		return 0;
	if (inlist(venuestarts, seg, mu_wordlen(seg, sn)))
		return 1;
	return loose && has_word(venuenouns, seg, sn);
}

/* The venue in s[0..n) after "held" or after the date, its dates and
 * times blanked; loose: see venue_ok(). */
static size_t
venue_after(const char *p, size_t pn, int loose)
{
	const char *seg, *best = NULL;
	size_t i, k, at, bn = 0, sn;
	int y, mo, d, h, m, ba = 0, a;

	mu_buf_reset(&tmp);
	mu_buf_add(&tmp, p, pn);
	for (i = 0; (k = mu_find_date(tmp.s + i, tmp.len - i, &at, &y, &mo,
	    &d)) != 0; i += at + k)
		memset(tmp.s + i + at, 1, k);
	for (i = 0; (k = mu_find_time(tmp.s + i, tmp.len - i, &at, &h, &m)) != 0;
	    i += at + k)
		memset(tmp.s + i + at, 1, k);
	for (i = 0; (k = yearless(tmp.s + i, tmp.len - i, &at, &d, &mo,
	    &y)) != 0; i += at + k)
		memset(tmp.s + i + at, 1, k);
	for (i = 0; i < tmp.len; i = k + 1) {
		for (k = i; k < tmp.len && tmp.s[k] != 1; k++)
			;
		seg = tmp.s + i;
		sn = venue_part(seg, k - i);
		if (!venue_ok(seg, sn, loose))
			continue;
		for (a = 0, at = 0; at < sn; at++)
			a += isalnum((unsigned char)seg[at]) != 0;
		if (a > ba) {
			ba = a;
			best = seg;
			bn = sn;
		}
	}
	if (best == NULL)
		return NOSTR;
	for (;;) {
		trim_tail(&best, &bn);
		trim(&best, &bn, ",-");
		if (bn > 3 && (mu_strncaseeq(best, "\xe2\x80\x93", 3) ||
		    mu_strncaseeq(best, "\xe2\x80\x94", 3))) {
			best += 3;	/* a table's cells: "... – V" */
			bn -= 3;
			continue;
		}
		if (drop_word(&best, &bn, "at") || drop_word(&best, &bn, "in")
		    || drop_word(&best, &bn, "on") ||
		    drop_word(&best, &bn, "the") ||
		    drop_word(&best, &bn, "conducted") ||
		    drop_tail(&best, &bn, "at")
		    || drop_tail(&best, &bn, "on") || drop_tail(&best, &bn, "in")
		    || drop_tail(&best, &bn, "commencing") ||
		    drop_tail(&best, &bn, "starting"))
			continue;
		break;
	}
	/* "held on Monday, 20th May 2024 at 7pm": no venue, just "on" */
	if ((bn == 2 && (mu_strncaseeq(best, "on", 2) || mu_strncaseeq(best,
	    "at", 2) || mu_strncaseeq(best, "in", 2))) || (bn == 3 &&
	    mu_strncaseeq(best, "the", 3)))
		bn = 0;
	return bn ? mu_save(&D.der, best, bn) : NOSTR;
}

/* The venue of "... held at V on DATE", "held on DATE at TIME in the V",
 * or of a heading without "held", after its date (dend: where it ends). */
static size_t
get_venue(const char *s, size_t n, size_t dend)
{
	const char *p;

	if ((p = ci_find(s, n, "held ")) != NULL)
		return venue_after(p + 5, s + n - p - 5, 1);
	return dend ? venue_after(s + dend, n - dend, 1) : NOSTR;
}

/* "Venue: Riverside Suite - Civic Centre. View directions" */
static size_t
keyword_venue(int i)
{
	const char *s = TEXT(i), *p;
	size_t n = D.b[i].len;

	/* the same as a line of text: "Location: Village Hall" */
	if (D.b[i].kind == K_PARA && (p = memchr(s, ':', n)) != NULL) {
		n -= p + 1 - s;
		s = p + 1;
	}
	if ((p = ci_find(s, n, "view directions")) != NULL)
		n = p - s;
	return save_trimmed(s, n);
}

/* "Place:" alone with its value on the next line: that line. */
static size_t
label_venue(int i)
{
	size_t v = keyword_venue(i);
	int nx = i + 1;

	while (nx < (int)D.nb && D.b[nx].kind == K_ARTIFACT)
		nx++;
	if (v != NOSTR || nx >= (int)D.nb || D.b[nx].kind != K_PARA ||
	    D.b[nx].len > 120 || memchr(TEXT(nx), ':', D.b[nx].len))
		return v;
	return save_trimmed(TEXT(nx), D.b[nx].len);
}

/* The second half of a UK postcode: a digit and two capitals, "7HZ". */
static int
inward(const char *s, size_t k)
{
	return k == 3 && isdigit((unsigned char)s[0]) &&
	    isupper((unsigned char)s[1]) && isupper((unsigned char)s[2]);
}

/* Does s hold a UK postcode ("G11 7HZ", "RG24 9NN")?  An address. */
static int
postcode(const char *s, size_t n)
{
	size_t i, k, p = 0, pk = 0;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		while (k && strchr(",.", s[i + k - 1]))
			k--;
		if (pk >= 2 && pk <= 4 && isupper((unsigned char)s[p]) &&
		    isdigit((unsigned char)s[p + pk - 1 - !isdigit((unsigned
		    char)s[p + pk - 1])]) && inward(s + i, k))
			return 1;
		p = i;
		pk = k;
		k = mu_wordlen(s + i, n - i);
	}
	return 0;
}

/*
 * A line of the header under the date that names a place and nothing
 * else ("13th November 2024, 19:00-21:00." / "Hillbrae Primary School
 * Library, 5 Mill Rd, G11 7HZ"): the venue.  i: the block of the date.
 */
static size_t
venue_line(int i)
{
	const char *s;
	size_t n, at;
	int nx = i + 1, y, mo, d, h, m;

	while (nx < (int)D.nb && D.b[nx].kind == K_ARTIFACT)
		nx++;
	if (nx >= (int)D.nb || D.b[nx].kind != K_PARA)
		return NOSTR;
	s = TEXT(nx);
	n = D.b[nx].len;
	if (n > 120 || memchr(s, ':', n) || mu_find_date(s, n, &at, &y, &mo,
	    &d) || mu_find_time(s, n, &at, &h, &m) || sentence_like(s, n) ||
	    !(has_word(venuenouns, s, n) || postcode(s, n)))
		return NOSTR;
	/* "AT THE TOWN HALL, MARKET PLACE": the place, as after "held" */
	return (at = venue_after(s, n, 1)) != NOSTR ? at : save_trimmed(s, n);
}

/* "Due to the lockdown this meeting was held remotely via video
 * conferencing": a sentence of the header that says where. */
static size_t
held_sentence(int i)
{
	const char *s = TEXT(i), *p;
	size_t n = D.b[i].len;

	if (D.b[i].kind != K_PARA || (p = ci_find(s, n, "meeting was held "))
	    == NULL)
		return NOSTR;
	return venue_after(p + 17, s + n - p - 17, 0);
}

/* A line of YAML under the first rule: a key in lower case ("date"), or
 * the title whose "title:" mtokenize made chrome. */
static int
yaml_line(int i)
{
	const char *s = D.b[i].label != NOSTR ? STR(D.b[i].label) : TEXT(i);

	if (i + 1 < (int)D.nb && D.b[i + 1].kind == K_ARTIFACT &&
	    !strcmp(TEXT(i + 1), "title:"))
		return 1;
	while (islower((unsigned char)*s) || *s == '_' || *s == '-')
		s++;
	return s > (D.b[i].label != NOSTR ? STR(D.b[i].label) : TEXT(i)) &&
	    (*s == ':' || (*s == '\0' && D.b[i].kind == K_KEYWORD));
}

/*
 * YAML front matter at the top ("---", "title: ...", "date: ...",
 * "---"): the page's title, the date it was published and its tags.
 * Its date is no date of the meeting, its lines no heading (the title,
 * which mtokenize gives as a line of text, may name the body).  Returns
 * the first block after it, or 0.
 */
static int
front_end(void)
{
	int i;

	if (D.nb < 3 || D.b[0].kind != K_ARTIFACT || strcmp(TEXT(0), "---") ||
	    !yaml_line(1))
		return 0;
	for (i = 1; i < (int)D.nb && i < 30; i++)
		if (D.b[i].kind == K_ARTIFACT && !strcmp(TEXT(i), "---"))
			return i + 1;
	return 0;
}

/*
 * A flattened transcript cut at a keyword in capitals just before the
 * heading ("... * DENOTES KEY DECISION At a meeting of the X held ..."):
 * the keyword's text is the heading sentence.
 */
static int
run_in_heading(int i)
{
	const char *s = TEXT(i);

	return D.b[i].kind == K_KEYWORD && status_of(D.b[i].ykey) == S_NONE &&
	    (mu_caseprefix(s, "at a meeting of") ||
	    mu_caseprefix(s, "minutes of"));
}

/* Scans the header: which block is the heading, and its parts. */
static int
find_title(int *hend)
{
	int i, best = -1, bs = 2, sc;
	struct blk *b;

	for (i = front_end(); i < (int)D.nb && i < 40; i++) {
		b = &D.b[i];
		if (items_table(i))
			break;
		if (b->kind == K_ARTIFACT || b->kind == K_BULLET)
			continue;
		if (b->kind == K_NUMBER || b->kind == K_LABEL)
			break;
		if (b->kind == K_KEYWORD && !run_in_heading(i)) {
			if (is_struct_key(b->ykey))
				break;
			continue;
		}
		if (b->kind == K_HEADING && b->label != NOSTR &&
		    !mu_caseprefix(TEXT(i), "minutes of") &&
		    !mu_caseprefix(TEXT(i), "minute of"))
			break;
		if (b->kind == K_HEADING && bs >= 3)
			break;
		if ((sc = title_score(i)) > bs) {
			best = i;
			bs = sc;
		}
	}
	*hend = i;
	/*
	 * Site furniture read as a keyword ("In Attendance - PDF Viewer")
	 * can stop the scan above the heading: look on for a full heading
	 * sentence, one with "meeting of" and a date (or a keyword's text
	 * that is one).
	 */
	for (i = *hend; best < 0 && i < (int)D.nb && i < 40; i++) {
		b = &D.b[i];
		if (b->kind == K_NUMBER || b->kind == K_LABEL ||
		    (b->kind == K_HEADING && b->label != NOSTR) ||
		    items_table(i))
			break;
		if ((b->kind == K_PARA || b->kind == K_HEADING ||
		    run_in_heading(i)) && title_score(i) >= 7) {
			best = i;
			*hend = i + 1;
		}
	}
	/* "Date: ..." under a line naming the body: that line heads it. */
	for (i = 1; best < 0 && i < *hend; i++)
		if (D.b[i].ykey == Y_DATE && (D.b[i - 1].kind == K_PARA ||
		    D.b[i - 1].kind == K_HEADING) &&
		    title_like(TEXT(i - 1), D.b[i - 1].len))
			best = i - 1;
	return best;
}


/*
 * "Holmbrickett Parish Council" over "Minutes of the Parish Council Meeting
 * held ...": the line above names the council the heading only calls
 * "the Parish Council" (or "the Full Council", "the Annual Council").
 */
static void
named_body(int i)
{
	static const char *kinds[] = { "parish council", "town council",
		"community council", "city council", NULL };
	static const char *lead[] = { "full ", "public ", NULL };
	const char *b = DER(D.m.body), *s = TEXT(i);
	size_t n = D.b[i].len, k = strlen(b), at;
	int j, y, mo, d, board;

	/* "the Full Council", "the Annual Council", "the Public Board": the
	 * council itself, the board of the trust named above */
	for (j = 0; lead[j]; j++)
		if (k > strlen(lead[j]) && mu_caseprefix(b, lead[j])) {
			k -= strlen(lead[j]);
			b += strlen(lead[j]);
		}
	drop_kinds(&b, &k);
	board = k == 5 && mu_strncaseeq(b, "board", 5);
	for (j = 0; kinds[j]; j++)
		if (mu_strncaseeq(b, kinds[j], k) && kinds[j][k] == '\0')
			break;
	if (n > 100 || !title_like(s, n))
		return;
	body_words(&s, &n);
	if (n == 0 || n > 80)
		return;
	/*
	 * "Minutes of the Ordinary Meeting": the line above names the body;
	 * so it does over "the Council" when it ends with "Council".
	 */
	if ((!body_noun(b, k) || board || (nwords(b, k) == 1 && n > k + 1 &&
	    s[n - k - 1] == ' ' && mu_strncaseeq(s + n - k, b, k))) &&
	    body_noun(s, n) && !mu_find_date(s, n, &at, &y, &mo, &d) &&
	    !of_phrase(s, n) && !acronym(s, n)) {
		D.m.body = mu_save(&D.der, s, n);
		return;
	}
	if (kinds[j] == NULL || n <= k + 1 || s[n - k - 1] != ' ' ||
	    !mu_strncaseeq(s + n - k, b, k))
		return;
	D.m.body = mu_save(&D.der, s, n);
}

/*
 * The first time in s[0..n) from "from", and the end of a range after it
 * ("10:15 – 12:30", "10:00 to 11:30", "19:00-21:00", "10.00 am. – 12.20
 * pm."; the end is not set when there is none).  Returns the length from
 * the time to the end of the range, or 0 when there is no time.
 */
static size_t
times_in(const char *s, size_t n, size_t *at, int *sh, int *sm, int *eh,
    int *em)
{
	size_t k, i;
	int sfx, h, m;

	if ((k = mu_find_time(s, n, at, sh, sm)) == 0)
		return 0;
	for (i = *at + k; i < n && (s[i] == ' ' || s[i] == '.'); i++)
		;
	if (i < n && s[i] == '-')
		i++;
	else if (n - i >= 3 && (mu_caseprefix(s + i, "\xe2\x80\x93") ||
	    mu_caseprefix(s + i, "\xe2\x80\x94")))
		i += 3;
	else if (n - i >= 3 && mu_caseprefix(s + i, "to "))
		i += 2;
	else if (n - i >= 6 && mu_caseprefix(s + i, "until "))
		i += 5;
	else
		return k;
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n || (k = mu_time_at(s + i, 0, &h, &m, &sfx)) == 0 ||
	    i + k > n || h * 60 + m <= *sh * 60 + *sm)
		return mu_find_time(s, n, at, sh, sm);
	*eh = h, *em = m;
	return i + k - *at;
}

/*
 * A header line that is only a time, maybe with a date ("7.00 pm",
 * "Thursday 6 March 2025 at 7pm", "13th November 2024, 19:00-21:00")
 * above or below the heading: the start, and the end of a range.
 */
static void
time_line(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, at, k, dat = 0, dk, w;
	int h, m, eh = -1, em = 0, y, mo, d;

	if (n > 60 || (k = times_in(s, n, &at, &h, &m, &eh, &em)) == 0)
		return;
	dk = mu_find_date(s, n, &dat, &y, &mo, &d);
	w = nwords(s, n) - nwords(s + at, k) - (dk ? nwords(s + dat, dk) : 0);
	if (w > 2 || (eh < 0 && (memchr(s, '-', n) || memchr(s, 0xe2, n) ||
	    ci_find(s, n, "to "))))
		return;		/* not an odd range, which closing() reads */
	D.m.sh = h, D.m.sm = m;
	if (eh >= 0)
		D.m.eh = eh, D.m.em = em;
}

/*
 * "Date: 11 February 2025 Time: 7.30pm Place: Council Chamber": labels
 * run together on one line; each is read from its own part.
 */
static void
run_labels(int i)
{
	static const char *lab[] = { "time:", "place:", "venue:", "location:",
		"date:", NULL };
	const char *s = TEXT(i), *p, *q, *e;
	size_t n = D.b[i].len, j, at;
	int h, m, y = D.b[i].ykey;

	for (j = 0; lab[j] && !mu_caseprefix(s, lab[j]); j++)
		;
	if (!lab[j] && y != Y_DATE && y != Y_TIME && y != Y_PLACE &&
	    y != Y_VENUE)
		return;		/* only a line that starts with a label */
	for (j = 0; lab[j]; j++) {
		if ((p = ci_find(s + 1, n - 1, lab[j])) == NULL)
			continue;
		p += strlen(lab[j]);
		for (e = s + n, at = 0; lab[at]; at++)
			if ((q = ci_find(p, e - p, lab[at])) != NULL)
				e = q;
		if (j == 0 && D.m.sh < 0 && times_in(p, e - p, &at, &h, &m,
		    &D.m.eh, &D.m.em))
			D.m.sh = h, D.m.sm = m;	/* "Time: 14:00 to 14:30" */
		else if (j >= 1 && j <= 3)
			D.m.venue = save_trimmed(p, e - p);
	}
}

/*
 * Labels of the times in a header, anywhere on a line ("Minutes of the
 * meeting held on 9 September 2019 Commenced: 7.00pm Concluded:
 * 8.20pm"): 's' the start, 'e' the end.
 */
static const struct {
	const char *label;
	int what;
} timelabels[] = {
	{ "commenced:", 's' }, { "started:", 's' }, { "start time:", 's' },
	{ "concluded:", 'e' }, { "closed:", 'e' }, { "finished:", 'e' },
	{ "finish time:", 'e' }, { "end time:", 'e' }, { NULL, 0 }
};

static void
label_times(int i)
{
	const char *s = TEXT(i), *p;
	size_t n = D.b[i].len, j, at, k;
	int h, m;

	if (!memchr(s, ':', n))
		return;
	for (j = 0; timelabels[j].label; j++) {
		if ((p = ci_find(s, n, timelabels[j].label)) == NULL)
			continue;
		p += strlen(timelabels[j].label);
		k = s + n - p < 16 ? s + n - p : 16;
		if (mu_find_time(p, k, &at, &h, &m) == 0 || at > 2)
			continue;
		if (timelabels[j].what == 's')
			D.m.sh = h, D.m.sm = m;
		else
			D.m.eh = h, D.m.em = m;
	}
}

/*
 * The date of the heading and where to look for its times: after "held",
 * the date there and a time near it ("held on 16 April 2012 9.30 am",
 * "held at 6pm on 4 October 2005"); a cover sheet may come first with
 * the date and time of a later meeting ("Cabinet 14 May 2012 Minutes of
 * the meeting held on 16 April 2012 ... 2.30 pm ... MINUTES OF THE
 * MEETING HELD ON 16 APRIL 2012 9.30 am").  Else the
 * first date.  *dat and *dk give where the date is; returns where its
 * times begin, *tn how far they may go.
 */
static size_t
title_date(const char *s, size_t n, size_t *dat, size_t *dk, size_t *tn)
{
	const char *h;
	size_t at, k, j, e;
	int y, mo, d, hh, mm, tries;

	*dk = 0;
	*tn = n;
	for (h = s, tries = 0; tries < 3 && (h = ci_find(h, s + n - h,
	    "held ")) != NULL; h += 5, tries++) {
		if ((k = mu_find_date(h, s + n - h, &at, &y, &mo, &d)) == 0)
			break;
		/* room for "from 10.00 am to 12.15 pm" after the date */
		e = h - s + at + k + 32 < n ? h - s + at + k + 32 : n;
		if (*dk == 0 || mu_find_time(h, s + e - h, &j, &hh, &mm)) {
			*dat = h - s + at;
			*dk = k;
			*tn = e;
			D.m.y = y, D.m.mo = mo, D.m.d = d;
		}
		if (mu_find_time(h, s + e - h, &j, &hh, &mm))
			return h - s;
	}
	if (*dk)
		return *tn = n, 0;
	if ((k = mu_find_date(s, n, &at, &y, &mo, &d)) == 0 &&
	    ((k = yearless(s, n, &at, &d, &mo, &hh)) == 0 ||
	    (y = year_of(d, mo, hh)) == 0))
		return 0;
	*dat = at;
	*dk = k;
	D.m.y = y, D.m.mo = mo, D.m.d = d;
	return 0;
}

/*
 * A line of the header that may name the body: not one that is about
 * the minutes ("Draft Minutes", "September 2020 Minutes", "Agenda and
 * minutes") nor one with a date; "Minutes of a meeting of X" names X.
 */
static size_t
body_line(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, at;
	int y, mo, d;

	if (D.b[i].kind != K_PARA && D.b[i].kind != K_HEADING)
		return NOSTR;
	if (of_phrase(s, n) && !mention(s, n))
		return get_body(s, n, 0, 0);
	if (mu_caseprefix(s, "agenda") || mu_find_date(s, n, &at, &y, &mo,
	    &d) || (ci_find(s, n, "minutes") && !body_noun(s, n)) ||
	    n > 100 || !title_like(s, n) || sentence_like(s, n) ||
	    acronym(s, n) || memchr(s, ':', n) || mu_caseprefix(s, "note"))
		return NOSTR;	/* "Note: subject to approval" */
	body_words(&s, &n);
	return n ? mu_save(&D.der, s, n) : NOSTR;
}

/*
 * The body where the heading names none, or only a place ("Kirkbride, 8th
 * December 2016." over "Kirkbride City Council."): a line next to it that
 * names one; with no heading, the first line of the header that does.
 */
static void
body_near(int t, int hend)
{
	size_t b;
	int i, k;

	if (t < 0) {
		for (i = 0; i < hend && i < 4; i++)
			if ((b = body_line(i)) != NOSTR &&
			    body_noun(DER(b), strlen(DER(b)))) {
				D.m.body = b;
				return;
			}
		return;
	}
	for (i = t - 1, k = 0; D.m.body == NOSTR && i >= 0 && k < 2; i--)
		if (D.b[i].kind == K_PARA || D.b[i].kind == K_HEADING) {
			D.m.body = body_line(i);
			/* "the Public Board" under the trust's own line */
			if (D.m.body != NOSTR && i > 0 && (D.b[i - 1].kind ==
			    K_PARA || D.b[i - 1].kind == K_HEADING))
				named_body(i - 1);
			k += !acronym(TEXT(i), D.b[i].len) ? 2 : 1;
		}
	if (D.m.body != NOSTR && body_noun(DER(D.m.body),
	    strlen(DER(D.m.body))))
		return;
	for (i = t + 1; i < hend && i <= t + 2; i++)
		if (D.b[i].kind == K_PARA && (b = body_line(i)) != NOSTR &&
		    body_noun(DER(b), strlen(DER(b)))) {
			D.m.body = b;
			return;
		}
}

/* The heading's date, times, body and venue. */
static void
heading(int t, int hend)
{
	struct meeting *m = &D.m;
	const char *s = TEXT(t);
	size_t n = D.b[t].len, at = 0, k, from, j, tn;
	int i;

	from = title_date(s, n, &at, &k, &tn);
	if (times_in(s + from, tn - from, &j, &m->sh, &m->sm, &m->eh,
	    &m->em) == 0 && times_in(s, n, &j, &m->sh, &m->sm, &m->eh,
	    &m->em) == 0)
		m->sh = -1;
	m->body = get_body(s, n, at, k);
	m->venue = get_venue(s, n, k ? at + k : 0);
	for (i = t - 1; i >= 0 && m->body != NOSTR && i >= t - 3; i--)
		if (D.b[i].kind == K_PARA || D.b[i].kind == K_HEADING) {
			named_body(i);
			break;
		}
	body_near(t, hend);
}

/* Fills D.m; returns where the header ends (the first block after it). */
int
meeting(void)
{
	struct meeting *m = &D.m;
	const char *s;
	size_t n, j, v;
	int i, t, y, mo, d, hend, dblk;

	memset(m, 0, sizeof *m);
	m->body = m->venue = NOSTR;
	m->sh = m->eh = -1;
	m->title = t = find_title(&hend);
	dblk = t;
	if (t >= 0)
		heading(t, hend);
	else
		body_near(t, hend);
	for (i = front_end(); i < hend; i++) {
		s = TEXT(i);
		n = D.b[i].len;
		if ((D.b[i].ykey == Y_VENUE || D.b[i].ykey == Y_PLACE ||
		    (D.b[i].kind == K_PARA && (mu_caseprefix(s, "location:") ||
		    mu_caseprefix(s, "venue:") || mu_caseprefix(s, "place:")))) &&
		    (v = label_venue(i)) != NOSTR)
			m->venue = v;
		else if (m->venue == NOSTR && i != t)
			m->venue = held_sentence(i);
		if (D.b[i].ykey == Y_TIME && m->sh < 0 &&
		    times_in(s, n, &j, &m->sh, &m->sm, &m->eh, &m->em) == 0)
			m->sh = -1;
		if (i != t && D.b[i].kind != K_ARTIFACT && n > 1)
			run_labels(i);
		if (D.b[i].kind != K_ARTIFACT)
			label_times(i);
		if (i != t && m->sh < 0 && (D.b[i].kind == K_PARA ||
		    D.b[i].kind == K_HEADING))
			time_line(i);
		if (m->y == 0 && D.b[i].kind != K_ARTIFACT &&
		    mu_find_date(s, n, &j, &y, &mo, &d) && !mention(s, n))
			m->y = y, m->mo = mo, m->d = d, dblk = i;
	}
	if (m->venue == NOSTR && dblk >= 0)
		m->venue = venue_line(dblk);
	return hend;
}

/*
 * The words that say which end of the meeting a time is, before "at
 * TIME" or a time with no "at".  The weak ones ("open", "closure") only
 * with "meeting" near: "declared the meeting open at 7:00 pm", "final
 * closure of the meeting was at 8.37 pm".
 */
static const char *endwords[] = { "closed", "concluded", "ended",
	"finished", "terminated", "rose", "closes", "close", "closure", "end",
	"ends", "concludes", NULL };
static const char *startwords[] = { "commenced", "started", "began",
	"opened", "convened", "open", "start", "starts", "commences",
	"opens", NULL };
static const char *weakwords[] = { "open", "close", "closure", "end",
	"start", NULL };

/*
 * The verb before "at TIME": "closed at", "closed the meeting at" (the
 * end: 'e'), "commenced at", "opened the meeting at" (the start: 's'),
 * a few words back in the same sentence when "meeting" is among them.
 */
static int
time_verb(const char *s, const char *at)
{
	const char *v, *e = at - 1, *from = at - s > 60 ? at - 60 : s;
	int w, mt = 0, c;

	for (w = 0; w < 7 && e - s >= 2; w++, e = v - 1) {
		for (v = e; v > s && v[-1] != ' '; v--)
			;
		if (e > v && strchr(".;:!?", e[-1]))
			return 0;	/* a sentence before it */
		c = inlist(endwords, v, e - v) ? 'e' : inlist(startwords, v,
		    e - v) ? 's' : 0;
		if (c && inlist(weakwords, v, e - v))
			return ci_find(from, at - from, "meeting") ? c : 0;
		if (c)
			return w == 0 || mt ? c : 0;
		mt |= e - v == 7 && mu_strncaseeq(v, "meeting", 7);
		if (!mt && w >= 2)
			return 0;
	}
	return 0;
}

/*
 * A time at p, "7.30pm", "14:00", or one in 24 hours with "pm" after it
 * all the same ("20.15PM").
 */
static size_t
time_at(const char *p, int *h, int *m)
{
	size_t k;
	int sfx;

	if ((k = mu_time_at(p, 0, h, m, &sfx)) != 0)
		return k;
	for (k = 0; k < 5 && (isdigit((unsigned char)p[k]) || (k == 2 &&
	    (p[k] == '.' || p[k] == ':'))); k++)
		;
	if (k < 5 || !mu_strncaseeq(p + 5, "pm", 2) || (*h = atoi(p)) < 13 ||
	    *h > 23 || (*m = atoi(p + 3)) > 59)
		return 0;
	return 7;
}

/* An end time with no am or pm ("The meeting closed at 9.15.", "Meeting
 * ended 8.50."), read when no other end is found: see closing(). */
static int bare_h = -1, bare_m;

static void
bare_end(const char *p)
{
	int h, m, sfx;

	if (mu_time_at(p, 1, &h, &m, &sfx) && sfx == 0 && h > 0)
		bare_h = h, bare_m = m;
}

/* "Meeting ended 8.50.": a line that begins with the end and a bare time. */
static void
bare_line(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, k;

	if (i + 12 < (int)D.nb || n < 12 || !mu_caseprefix(s, "meeting "))
		return;
	k = bare_word(s + 8, n - 8);
	if (!inlist(endwords, s + 8, k))
		return;
	for (k += 8; k < n && (s[k] == ':' || s[k] == ' '); k++)
		;
	if (k < n && isdigit((unsigned char)s[k]))
		bare_end(s + k);
}

/* "The meeting closed at 8.40pm", "... commenced at 7.00pm" in block i. */
static void
time_sentence(int i, int *sh, int *sm)
{
	const char *s = TEXT(i), *q;
	size_t n = D.b[i].len;
	int h, m, v;

	for (q = s; (q = ci_find(q, s + n - q, "at ")) != NULL; q += 3) {
		if (q - s < 6 || q[-1] != ' ' || (v = time_verb(s, q)) == 0)
			continue;
		if (!time_at(q + 3, &h, &m)) {
			if (v == 'e' && i + 12 >= (int)D.nb)
				bare_end(q + 3);
			continue;
		}
		/* The end among the last lines, the start among the first. */
		if (v == 'e' && i + 12 >= (int)D.nb)
			D.m.eh = h, D.m.em = m;
		else if (v == 's' && i < 15 && *sh < 0)
			*sh = h, *sm = m;
	}
}

/*
 * A short line that names the time with no "at": "Meeting ended: 21:10",
 * "Close of meeting: 9.05pm", "Meeting started 7pm", "Commenced: 7.30pm",
 * "Concluded 9.15 pm".  The words before the time say which end of the
 * meeting it is; without "meeting", the line begins with one of them.
 */
static void
time_label(int i, int *sh, int *sm)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, j, k, at;
	int h, m, sfx, v = 0;

	if (n >= 60 || ci_find(s, n, "at ") || mu_find_time(s, n, &at, &h,
	    &m) == 0 || at == 0)
		return;
	for (j = 0; j < at; j += k + 1) {
		k = mu_wordlen(s + j, at - j);
		while (k && !isalpha((unsigned char)s[j + k - 1]))
			k--;
		if (inlist(endwords, s + j, k))
			v = 'e';
		else if (inlist(startwords, s + j, k))
			v = 's';
		else if (j == 0 && !ci_find(s, at, "meeting"))
			return;
		k = mu_wordlen(s + j, at - j);
	}
	if (v == 0 || !mu_time_at(s + at, 0, &h, &m, &sfx))
		return;
	if (v == 'e' && i + 12 >= (int)D.nb)
		D.m.eh = h, D.m.em = m;
	else if (v == 's' && i < 15 && *sh < 0)
		*sh = h, *sm = m;
}

/*
 * The times of the meeting outside its heading: a closing "2.00 - 3.45
 * pm" alone on its line, "The meeting closed at 8.40pm", "The meeting
 * commenced at 7.00pm" (the heading's start time wins over that).
 */
void
closing(void)
{
	const char *s;
	int i, sh, sm, eh, em, xh = -1, xm = 0;

	bare_h = -1;
	for (i = 0; i < (int)D.nb; i++) {
		if (i == D.m.title || (D.b[i].kind != K_PARA &&
		    D.b[i].kind != K_KEYWORD && D.b[i].kind != K_BULLET))
			continue;
		s = TEXT(i);
		if (D.b[i].len < 60 && mu_range_at(s, &sh, &sm, &eh, &em)) {
			if (D.m.sh < 0)
				D.m.sh = sh, D.m.sm = sm;
			D.m.eh = eh, D.m.em = em;
		} else if (i < 15 || i + 12 >= (int)D.nb) {
			time_sentence(i, &xh, &xm);
			time_label(i, &xh, &xm);
			bare_line(i);
		}
	}
	if (D.m.sh < 0 && xh >= 0)
		D.m.sh = xh, D.m.sm = xm;
	/* A bare end is after the start: "8.50" after 19:30 is 20:50. */
	if (D.m.eh < 0 && bare_h >= 0 && D.m.sh >= 0) {
		if (bare_h < 12 && bare_h * 60 + bare_m <= D.m.sh * 60 + D.m.sm)
			bare_h += 12;
		if (bare_h * 60 + bare_m > D.m.sh * 60 + D.m.sm)
			D.m.eh = bare_h, D.m.em = bare_m;
	}
}
