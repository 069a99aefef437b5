/* meeting.c: the meeting record: body, venue, date, times, heading. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

static int
is_struct_key(int y)
{
	return (y >= Y_RESOLVED && y <= Y_SUBST) || y == Y_CLERK;
}

static int
title_score(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, at;
	int y, mo, d, h, m, sc = 0, of = 0;

	if (n == 0)
		return -1;
	if (ci_find(s, n, "meeting of") || ci_find(s, n, "minutes of") ||
	    ci_find(s, n, "minute of"))
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

/*
 * The body: "Minutes of a meeting of the X held ...", "X - Tuesday, 15
 * September 2020 10.30 am", "MINUTES OF THE X MEETING HELD IN ...".
 */
static size_t
get_body(const char *s, size_t n, size_t dat, size_t dlen)
{
	const char *p, *b = s, *e = s + n;
	size_t len, i, k;
	int of = 1;

	if ((p = ci_find(s, n, "meeting of ")) != NULL)
		b = p + 11;
	else if ((p = ci_find(s, n, "minutes of ")) != NULL)
		b = p + 11;
	else if ((p = ci_find(s, n, "minute of ")) != NULL)
		b = p + 10;
	else
		of = 0;
	if ((p = ci_find(b, e - b, "held ")) != NULL)
		e = p;
	if (dlen && s + dat >= b && s + dat < e)
		e = s + dat;
	if ((p = ci_find(b, e - b, "when ")) != NULL)
		e = p;
	len = e - b;
	trim_tail(&b, &len);
	drop_word(&b, &len, "the");
	drop_tail(&b, &len, "on");
	trim_tail(&b, &len);
	drop_tail(&b, &len, "meeting");
	/* A bare number inside is a page number run into the text. */
	for (i = 0; i < len; i += k + 1) {
		k = mu_wordlen(b + i, len - i);
		if (i && k && strspn(b + i, "0123456789") == k &&
		    !(i >= 3 && mu_strncaseeq(b + i - 3, "no ", 3)) &&
		    !(i >= 4 && mu_strncaseeq(b + i - 4, "no. ", 4))) {
			len = i;
			break;
		}
	}
	trim_tail(&b, &len);
	/* Web pages: "Special Meeting, Cabinet". */
	if (!of && (p = memchr(b, ',', len)) != NULL &&
	    ci_find(b, p - b, "meeting")) {
		len -= p + 1 - b;
		b = p + 1;
		trim(&b, &len, "");
	}
	return len ? mu_save(&D.der, b, len) : NOSTR;
}

/* The venue of "... held at V on DATE", "held on DATE at TIME in the V". */
static size_t
get_venue(const char *s, size_t n)
{
	const char *p, *seg, *best = NULL;
	size_t i, k, at, bn = 0, sn;
	int y, mo, d, h, m, ba = 0, a;

	if ((p = ci_find(s, n, "held ")) == NULL)
		return NOSTR;
	p += 5;
	mu_buf_reset(&tmp);
	mu_buf_add(&tmp, p, s + n - p);
	for (i = 0; (k = mu_find_date(tmp.s + i, tmp.len - i, &at, &y, &mo,
	    &d)) != 0; i += at + k)
		memset(tmp.s + i + at, 1, k);
	for (i = 0; (k = mu_find_time(tmp.s + i, tmp.len - i, &at, &h, &m)) != 0;
	    i += at + k)
		memset(tmp.s + i + at, 1, k);
	for (i = 0; i < tmp.len; i = k + 1) {
		for (k = i; k < tmp.len && tmp.s[k] != 1; k++)
			;
		seg = tmp.s + i;
		sn = k - i;
		if ((p = ci_find(seg, sn, "when ")) != NULL)
			sn = p - seg;
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
		if (drop_word(&best, &bn, "at") || drop_word(&best, &bn, "in")
		    || drop_word(&best, &bn, "on") ||
		    drop_word(&best, &bn, "the") || drop_tail(&best, &bn, "at")
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

/* Scans the header: which block is the heading, and its parts. */
static int
find_title(int *hend)
{
	int i, best = -1, bs = 2, sc;
	struct blk *b;

	for (i = 0; i < (int)D.nb && i < 40; i++) {
		b = &D.b[i];
		if (b->kind == K_ARTIFACT || b->kind == K_BULLET)
			continue;
		if (b->kind == K_NUMBER || b->kind == K_LABEL)
			break;
		if (b->kind == K_KEYWORD) {
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
	 * sentence, one with "meeting of" and a date.
	 */
	for (i = *hend; best < 0 && i < (int)D.nb && i < 40; i++) {
		b = &D.b[i];
		if (b->kind == K_NUMBER || b->kind == K_LABEL ||
		    (b->kind == K_HEADING && b->label != NOSTR))
			break;
		if ((b->kind == K_PARA || b->kind == K_HEADING) &&
		    title_score(i) >= 7) {
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

/* Does s name a body: "council", "committee", "panel" ...? */
static int
body_noun(const char *s, size_t n)
{
	static const char *w[] = { "council", "committee", "panel", "board",
		"cabinet", "forum", "assembly", "authority", "commission",
		"partnership", "trust", "sub-committee", "subcommittee",
		"executive", "group", NULL };
	size_t i, k;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (inlist(w, s + i, k))
			return 1;
	}
	return 0;
}

/*
 * "Holmbrickett Parish Council" over "Minutes of the Parish Council Meeting
 * held ...": the line above names the council the heading only calls
 * "the Parish Council".
 */
static void
named_body(int i)
{
	static const char *kinds[] = { "parish council", "town council",
		"community council", "city council", NULL };
	const char *b = DER(D.m.body), *s = TEXT(i);
	size_t n = D.b[i].len, k = strlen(b), at;
	int j, y, mo, d;

	for (j = 0; kinds[j]; j++)
		if (mu_strncaseeq(b, kinds[j], k) && kinds[j][k] == '\0')
			break;
	trim_tail(&s, &n);
	if (n > 80 || !title_like(s, n))
		return;
	/* "Minutes of the Ordinary Meeting": the line above names the body */
	if (!body_noun(b, k) && body_noun(s, n) && !mu_find_date(s, n, &at,
	    &y, &mo, &d)) {
		D.m.body = mu_save(&D.der, s, n);
		return;
	}
	if (kinds[j] == NULL || n <= k + 1 || s[n - k - 1] != ' ' ||
	    !mu_strncaseeq(s + n - k, b, k))
		return;
	D.m.body = mu_save(&D.der, s, n);
}

/*
 * A header line that is only a time, maybe with a date ("7.00 pm",
 * "Thursday 6 March 2025 at 7pm") above or below the heading: the start.
 */
static void
time_line(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, at, k, dat = 0, dk, w;
	int h, m, y, mo, d;

	/* not a range "2.00 - 3.45 pm", which closing() reads */
	if (n > 60 || memchr(s, '-', n) || memchr(s, 0xe2, n) ||
	    ci_find(s, n, "to ") || (k = mu_find_time(s, n, &at, &h, &m)) == 0)
		return;
	dk = mu_find_date(s, n, &dat, &y, &mo, &d);
	w = nwords(s, n) - nwords(s + at, k) - (dk ? nwords(s + dat, dk) : 0);
	if (w <= 2)
		D.m.sh = h, D.m.sm = m;
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
		if (j == 0 && D.m.sh < 0 &&
		    mu_find_time(p, e - p, &at, &h, &m))
			D.m.sh = h, D.m.sm = m;
		else if (j >= 1 && j <= 3)
			D.m.venue = save_trimmed(p, e - p);
	}
}

/* Fills D.m; returns where the header ends (the first block after it). */
int
meeting(void)
{
	struct meeting *m = &D.m;
	const char *s;
	size_t n, at = 0, k = 0, j;
	int i, t, y, mo, d, hend;

	memset(m, 0, sizeof *m);
	m->body = m->venue = NOSTR;
	m->sh = m->eh = -1;
	m->title = t = find_title(&hend);
	if (t >= 0) {
		s = TEXT(t);
		n = D.b[t].len;
		if ((k = mu_find_date(s, n, &at, &y, &mo, &d)) != 0)
			m->y = y, m->mo = mo, m->d = d;
		if (mu_find_time(s, n, &j, &m->sh, &m->sm) == 0)
			m->sh = -1;
		m->body = get_body(s, n, at, k);
		m->venue = get_venue(s, n);
		for (i = t - 1; i >= 0 && m->body != NOSTR && i >= t - 3; i--)
			if (D.b[i].kind == K_PARA || D.b[i].kind == K_HEADING) {
				named_body(i);
				break;
			}
		for (i = t - 1; m->body == NOSTR && i >= 0; i--)
			if (D.b[i].kind == K_PARA || D.b[i].kind == K_HEADING) {
				if (!mu_caseprefix(TEXT(i), "agenda") &&
				    !mu_find_date(TEXT(i), D.b[i].len, &j, &y, &mo,
				    &d))
					m->body = save_trimmed(TEXT(i),
					    D.b[i].len);
				break;
			}
	}
	for (i = 0; i < hend; i++) {
		s = TEXT(i);
		n = D.b[i].len;
		if (D.b[i].ykey == Y_VENUE || D.b[i].ykey == Y_PLACE ||
		    (D.b[i].kind == K_PARA && (mu_caseprefix(s, "location:") ||
		    mu_caseprefix(s, "venue:") || mu_caseprefix(s, "place:"))))
			m->venue = keyword_venue(i);
		else if (D.b[i].ykey == Y_TIME && m->sh < 0 &&
		    mu_find_time(s, n, &j, &m->sh, &m->sm) == 0)
			m->sh = -1;
		if (i != t && D.b[i].kind != K_ARTIFACT && n > 1)
			run_labels(i);
		if (i != t && m->sh < 0 && (D.b[i].kind == K_PARA ||
		    D.b[i].kind == K_HEADING))
			time_line(i);
		if (m->y == 0 && D.b[i].kind != K_ARTIFACT &&
		    mu_find_date(s, n, &j, &y, &mo, &d))
			m->y = y, m->mo = mo, m->d = d;
	}
	return hend;
}

/*
 * The verb before "at TIME": "closed at", "closed the meeting at" (the
 * end: 'e'), "commenced at", "opened the meeting at" (the start: 's').
 */
static int
time_verb(const char *s, const char *at)
{
	static const char *ends[] = { "closed", "concluded", "ended",
		"finished", "terminated", "rose", "closes", NULL };
	static const char *starts[] = { "commenced", "started", "began",
		"opened", "convened", NULL };
	const char *v, *e = at - 1;
	int skip;

	for (skip = 0; skip < 3; skip++) {
		for (v = e; v > s && v[-1] != ' '; v--)
			;
		if (inlist(ends, v, e - v))
			return 'e';
		if (inlist(starts, v, e - v))
			return 's';
		if (!(skip == 0 && e - v == 7 && mu_strncaseeq(v, "meeting", 7))
		    && !(skip == 1 && e - v == 3 && mu_strncaseeq(v, "the", 3)))
			return 0;
		if (v - s < 2)
			return 0;
		e = v - 1;
	}
	return 0;
}

/* "The meeting closed at 8.40pm", "... commenced at 7.00pm" in block i. */
static void
time_sentence(int i, int *sh, int *sm)
{
	const char *s = TEXT(i), *q;
	size_t n = D.b[i].len;
	int h, m, sfx, v;

	for (q = s; (q = ci_find(q, s + n - q, "at ")) != NULL; q += 3) {
		if (q - s < 6 || q[-1] != ' ' || !mu_time_at(q + 3, 0, &h, &m,
		    &sfx) || (v = time_verb(s, q)) == 0)
			continue;
		/* The end among the last lines, the start among the first. */
		if (v == 'e' && i + 12 >= (int)D.nb)
			D.m.eh = h, D.m.em = m;
		else if (v == 's' && i < 15 && *sh < 0)
			*sh = h, *sm = m;
	}
}

/*
 * A short line that names the time with no "at": "Meeting ended: 21:10",
 * "Close of meeting: 9.05pm", "Meeting started 7pm".  The words before
 * the time say which end of the meeting it is.
 */
static void
time_label(int i, int *sh, int *sm)
{
	static const char *ends[] = { "closed", "concluded", "ended",
		"finished", "close", "end", "closes", "ends", NULL };
	static const char *starts[] = { "commenced", "started", "began",
		"opened", "start", "starts", "commences", NULL };
	const char *s = TEXT(i);
	size_t n = D.b[i].len, j, k, at;
	int h, m, sfx, v = 0;

	if (n >= 60 || !ci_find(s, n, "meeting") || ci_find(s, n, "at ") ||
	    mu_find_time(s, n, &at, &h, &m) == 0 || at == 0 ||
	    !ci_find(s, at, "meeting"))
		return;
	for (j = 0; j < at; j += k + 1) {
		k = mu_wordlen(s + j, at - j);
		while (k && !isalpha((unsigned char)s[j + k - 1]))
			k--;
		if (inlist(ends, s + j, k))
			v = 'e';
		else if (inlist(starts, s + j, k))
			v = 's';
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
		}
	}
	if (D.m.sh < 0 && xh >= 0)
		D.m.sh = xh, D.m.sm = xm;
}
