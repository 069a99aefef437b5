/* page.c: stage 3, page numbers, running heads and web chrome, decided
 * with the lines around them; the step that takes each line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mtokenize.h"

/* ---- stage 3: page breaks and artifacts ---- */

static int
midsentence(const struct block *b)
{
	return b->open && (b->kind == K_TEXT || b->kind == K_LABEL ||
	    b->kind == K_BULLET) && b->text.len > 0 &&
	    !isterminal(lastpunct(b->text.s, b->text.len));
}

/* A bare number: the page number, or an item number alone on its line
 * ("23" before its title)?  Page numbers interrupt sentences, follow
 * each other, sit between two lines of text, or are smaller than the
 * items around them. */
static int
gap_pagenumber(struct tok *t, const struct line *l)
{
	const struct line *next = ring_next(t);
	int sandwiched = t->gapblank == 0 && t->cur.open && t->count > 1 &&
	    ring_at(t, 1)->kind != K_BLANK;

	return t->gapbreak || midsentence(&t->cur) ||
	    (t->lastpage > 0 && l->num == t->lastpage + 1) ||
	    (t->lastitem > 0 && l->num < t->lastitem) || sandwiched ||
	    (next && next->kind == K_TEXT && startslow(next->text.s)) ||
	    l->num > 999;
}

/* Is the next content line after l a page break? */
static int
page_follows(struct tok *t)
{
	const struct line *next = ring_next(t);

	return next && (next->kind == K_PAGENO || next->kind == K_BREAK ||
	    (next->kind == K_ARTIFACT && !strcmp(next->key, "page")));
}

/* Past the page furniture ahead (page number, form feed, one short
 * head), does a sentence go on in lower case, or with the rest of a date
 * ("... on Thursday 18" / head / "April 2024")? */
static int
resumes(struct tok *t)
{
	const struct line *l;
	size_t i;
	int heads = 0;

	for (i = 1; i < t->count; i++) {
		l = ring_at(t, i);
		if (l->kind == K_BLANK || l->kind == K_BREAK ||
		    l->kind == K_PAGENO || l->kind == K_ARTIFACT)
			continue;
		if (l->kind != K_TEXT)
			return 0;
		if (startslow(l->text.s) || datebreak(&t->cur, l))
			return 1;
		if (heads++ > 0 || l->width > 60)
			return 0;
	}
	return 0;
}

/* The length of a running head without the page number at its end. */
static size_t
headlen(const char *s)
{
	size_t n = strlen(s), k = n;

	while (k > 0 && isdig((unsigned char)s[k - 1]))
		k--;
	if (k < n && k > 0 && s[k - 1] == ' ')
		return k - 1;
	return n;
}

/* The same running head, but for the page number: "Planning Committee
 * 12 March 2024 3" and "... 4". */
static int
samehead(const char *a, const char *b)
{
	size_t n = headlen(a);

	return n == headlen(b) && !strncmp(a, b, n);
}

#define ELLIPSIS	"\xe2\x80\xa6"	/* "…", the leader of a word processor */

/* Bytes of the leader that starts s: a dot, an underscore, an ellipsis;
 * 0 for anything else. */
static size_t
leader(const char *s)
{
	if (*s == '.' || *s == '_')
		return 1;
	return *s == ELLIPSIS[0] && !strncmp(s, ELLIPSIS, 3) ? 3 : 0;
}

/* Does s (n bytes) end in a leader of two dots or more? */
static int
leaderend(const char *s, size_t n)
{
	int c = (unsigned char)s[n - 1];

	if (c == '.' || c == '_')
		return s[n - 2] == '.' || s[n - 2] == '_' ||
		    (n >= 4 && leader(s + n - 4) == 3);
	return c == 0xa6 && n >= 3 && leader(s + n - 3) == 3;
}

/* A form to fill in at the foot of a page: a few words and runs of dots,
 * underscores or ellipses, "Chairman's initials ......", "Signed ......
 * Date ......". */
static int
fillin(const char *s, size_t n)
{
	size_t i, k, run = 0, dots = 0, words = 0;

	for (i = 0; i < n; i++) {
		if ((k = leader(s + i)) > 0) {
			if (run < 4 && (run += k) >= 4)
				dots++;
			i += k - 1;
			continue;
		}
		run = 0;
		words += s[i] == ' ' && i + 1 < n && !leader(s + i + 1);
	}
	return dots > 0 && words <= 6;
}

/* Is s a running head met before?  The heads are kept most recent
 * first: one that comes on every page stays, and the lines that were
 * only candidates once give way to new ones when the list is full. */
static int
head_known(struct tok *t, const char *s)
{
	size_t i;
	char *h;
	int known;

	for (i = 0; i < t->nheads && !samehead(t->heads[i], s); i++)
		;
	if ((known = i < t->nheads))
		h = t->heads[i];
	else {
		if (t->nheads == NHEAD)
			free(t->heads[--t->nheads]);
		h = mu_strdup(s);
		i = t->nheads++;
	}
	memmove(t->heads + 1, t->heads, i * sizeof *t->heads);
	t->heads[0] = h;
	return known;
}

/* A running head or foot: a line without a full stop next to a page
 * break, that was met before there or, when short, that cuts a sentence
 * going on in lower case after the page furniture.  A long one stands
 * apart from the text: it neither goes on with a sentence nor starts in
 * lower case (text repeated word for word is no running head).  A form
 * to fill in that ends in a leader is furniture on its own (no page
 * number need be near), and the first time it is met when page
 * furniture follows it.  Returns 1 for an artifact, 2 for a line that
 * may be one (met for the first time), 0 otherwise. */
static int
gap_runninghead(struct tok *t, const struct line *l)
{
	int after = t->sincepage == 0 && t->lastpage + t->gapbreak > 0;
	const char *s = l->text.s;
	size_t n = l->text.len;
	int fill, interrupts;

	if (l->kind != K_TEXT)
		return 0;
	fill = l->width <= 100 && n >= 6 && leaderend(s, n) && fillin(s, n);
	if (!fill && (l->width > 100 || (l->width > 60 && (startslow(s) ||
	    midsentence(&t->cur))) || isterminal(lastpunct(s, n))))
		return 0;	/* a long line goes on with the text */
	if (!after && !fill && !page_follows(t))
		return 0;
	interrupts = (l->width <= 60 || fill) && midsentence(&t->cur) &&
	    !startslow(l->text.s) &&
	    resumes(t);	/* a head of two lines: "Council" / "14 March 2024" */
	if (!head_known(t, l->text.s) && !interrupts &&
	    !(fill && page_follows(t)))	/* a form, then the page number */
		return 2;
	artifact(t, l->no, after ? "header" : "footer", l->text.s, l->text.len);
	return 1;
}

/* A line that classification thought strong, which its neighbours make
 * text: a weak heading on a wrapped line, a title after an item number
 * that reads like a keyword ("APOLOGIES FOR ABSENCE"). */
static void to_text(struct line *);

static void
demote(struct tok *t, struct line *l)
{
	int title = l->kind == K_KEYWORD && t->cur.open &&
	    t->cur.kind == K_NUMBER && l->text.len == 0 && l->num == 0;

	if (!title && !(l->weak && t->gapblank == 0 && midsentence(&t->cur) &&
	    (connector(&t->cur) || full(t, l, 0))))
		return;
	to_text(l);
}

/* The line back to text: its enumeration (and the word "Item" before
 * it) go back before the text. */
static void
to_text(struct line *l)
{
	if (l->itemword) {	/* "Item" goes back before its number */
		mu_buf_addc(&l->noise, ' ');
		mu_buf_add(&l->noise, l->label.s, l->label.len);
		mu_buf_reset(&l->label);
		mu_buf_add(&l->label, l->noise.s, l->noise.len);
		l->noisekey = NULL;
		l->itemword = 0;
	}
	if (l->label.len) {
		mu_buf_addc(&l->label, ' ');
		mu_buf_add(&l->label, l->text.s, l->text.len);
		mu_buf_reset(&l->text);
		mu_buf_add(&l->text, l->label.s, l->label.len);
		while (l->text.len && l->text.s[l->text.len - 1] == ' ')
			l->text.s[--l->text.len] = '\0';
	}
	l->kind = K_TEXT;
	l->haslabel = 0;
	l->weak = 0;
	l->depth = 0;
}

/* The title of a web item: a line before "Share this item", the line
 * after "Agenda item", or in a page's table of items ("No. Item") a line
 * in title case standing alone between blank lines. */
static void
web_title(struct tok *t, struct line *l)
{
	const struct line *next = ring_next(t);
	int alone = t->gapblank > 0 && t->count > 1 &&
	    ring_at(t, 1)->kind == K_BLANK;

	if (t->cur.open && t->cur.kind == K_NUMBER)
		return;
	if (l->kind == K_TEXT && (t->itemnext || (t->itemtable && alone &&
	    titlecase(l->text.s, l->text.len)))) {
		l->kind = K_HEADING;
		return;
	}
	if (next == NULL || next->kind != K_ARTIFACT ||
	    !prefixed(next->text.s, "share this item"))
		return;
	if (l->kind == K_KEYWORD && l->text.len == 0 && l->num == 0) {
		mu_buf_add(&l->text, l->label.s, l->label.len);
		l->kind = K_HEADING;
		l->haslabel = 0;
	} else if (l->kind == K_TEXT)
		l->kind = K_HEADING;
}

/* Does the next page begin with a month, the rest of a date whose day
 * ends this page ("... on Thursday 2" / form feed / "May 2024")? */
static int
month_follows(struct tok *t)
{
	const struct line *l;
	size_t i, k;

	for (i = 1; i < t->count; i++) {
		l = ring_at(t, i);
		if (l->kind == K_BLANK || l->kind == K_BREAK)
			continue;
		for (k = 0; isalpha_((unsigned char)l->text.s[k]); k++)
			;
		return l->kind == K_TEXT && isup((unsigned char)l->text.s[0]) &&
		    mu_month(l->text.s, k, NULL);
	}
	return 0;
}

/* A page number run onto the last line of a page, "... to remove 2"
 * before a form feed: the number of the page, or the one after the last
 * page number, goes to the line's noise.  Counted from the form feeds
 * alone, a day before a month on the next page is the date's. */
static void
glued_page(struct tok *t, struct line *l)
{
	const struct line *next;
	const char *s = l->text.s;
	size_t n = l->text.len, i = n;
	long v;

	if (n < 3 || !isdig((unsigned char)s[n - 1]) || l->noisekey ||
	    (next = ring_next(t)) == NULL || next->kind != K_BREAK)
		return;
	while (i > 0 && isdig((unsigned char)s[i - 1]))
		i--;
	if (i < 2 || s[i - 1] != ' ' || digits(s + i, &v) != n - i ||
	    (v != t->pages + 1 && (t->lastpage == 0 || v != t->lastpage + 1)))
		return;
	if ((t->lastpage == 0 || v != t->lastpage + 1) && month_follows(t))
		return;
	mu_buf_reset(&l->noise);
	mu_buf_add(&l->noise, s + i, n - i);
	l->noisekey = "page";
	l->width -= n - i + 1;
	l->text.len = i - 1;
	l->text.s[l->text.len] = '\0';
	t->lastpage = v;
}

/* A line in capitals after a sentence in mixed case is a title of its
 * own ("... chase it." / "FINANCE"), not a wrapped line; in the middle of
 * a sentence ("... to the" / "HOME OFFICE") it is a name and goes on. */
static int
capsline(const struct tok *t, const struct line *l)
{
	const char *s = l->text.s;

	return isup((unsigned char)s[0]) && isup((unsigned char)s[1]) &&
	    allcaps(s, l->text.len) &&
	    isterminal(lastpunct(t->cur.text.s, t->cur.text.len)) &&
	    !allcaps(t->cur.text.s, t->cur.text.len);
}

/* Is s only times and the words between them ("- 14:00 to 14:30", ",
 * 7.30pm")? */
static int
only_times(const char *s)
{
	static const char *const joins[] = { "to", "at", "until", "from",
		"and", NULL };
	size_t k, j;
	int h, m, sfx;

	while (*s) {
		if (!isalpha_((unsigned char)*s) && !isdig((unsigned char)*s)) {
			s++;
			continue;
		}
		if ((k = mu_time_at(s, 1, &h, &m, &sfx)) == 0) {
			for (k = 0; isalpha_((unsigned char)s[k]); k++)
				;
			for (j = 0; joins[j] && (strlen(joins[j]) != k ||
			    !mu_strncaseeq(s, joins[j], k)); j++)
				;
			if (k == 0 || joins[j] == NULL)
				return 0;
		}
		s += k;
	}
	return 1;
}

/* A date at the start of a line read as an item number or a label: "8
 * Nov 2017 - 14:00 to 14:30" (the date and times of a meeting on a web
 * page), "4. August 2017".  The line is the date (and its times), text;
 * not "4. March 2020 payments", an item about March. */
static void
date_line(struct line *l)
{
	char s[48];
	int y, mo, d, k;
	size_t n;

	if (!l->haslabel || l->depth || l->label.len > 2 ||
	    !isdig((unsigned char)l->label.s[0]) || (l->kind != K_HEADING &&
	    l->kind != K_LABEL) || l->text.len < 6 || l->text.len > 40)
		return;
	k = snprintf(s, sizeof s, "%s %s", l->label.s, l->text.s);
	if (k <= 0 || (n = mu_date_at(s, &y, &mo, &d)) <= l->label.len + 1 ||
	    !only_times(s + n))
		return;
	to_text(l);
	l->kind = K_TEXT;
}

/*
 * A sum with pence alone on its line, "750.00", "1,980.00": its value in
 * pence, or -1.  Such a line may have been read as a sub-number label
 * ("750.00") or an item number ("30.00") with no text.
 */
static long
figure(const struct line *l)
{
	const char *s;
	long v = 0;
	int n = 0, group = 0;

	if (l->piece || l->depth)
		return -1;
	if (l->kind == K_TEXT && !l->haslabel)
		s = l->text.s;
	else if ((l->kind == K_LABEL || l->kind == K_NUMBER) &&
	    l->haslabel && l->text.len == 0)
		s = l->label.s;
	else
		return -1;
	for (; isdig((unsigned char)*s) || (*s == ',' && n > 0); s++) {
		if (*s == ',') {	/* "1,980.00": groups of three */
			if (group && n != 3)
				return -1;
			group = 1;
			n = 0;
			continue;
		}
		if (++n > 7 || (group && n > 3))
			return -1;
		v = v * 10 + (*s - '0');
	}
	if (n == 0 || (group && n != 3) || s[0] != '.' ||
	    !isdig((unsigned char)s[1]) || !isdig((unsigned char)s[2]) || s[3])
		return -1;
	return v * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

/*
 * A column of sums, a payments table flattened one cell per line
 * ("750.00" / "334.49" / "30.00"): a figure with pence alone on its line,
 * with another just before or after it, is text, not a paragraph's label
 * or an item's number.  Numbers that go up by one ("4.10" / "4.11", an
 * item's paragraph numbers read as a column before their text) stay
 * labels.
 */
static void
figure_column(struct tok *t, struct line *l)
{
	const struct line *next = t->count > 1 ? ring_at(t, 1) : NULL;
	long v = figure(l), w = next && next->no == l->no + 1 ?
	    figure(next) : -1;
	int before = v >= 0 && t->figno > 0 && t->figno == l->no - 1 &&
	    v != t->figval + 1;

	t->figno = v >= 0 ? l->no : 0;
	t->figval = v;
	if (v < 0 || !(before || (w >= 0 && w != v + 1)))
		return;
	if (l->kind != K_TEXT)
		to_text(l);
}

/* The text of a line with its label or keyword before it, in the line's
 * label buffer: what an artifact made of the whole line says. */
static void
whole(struct line *l)
{
	if (l->label.len && l->text.len)
		mu_buf_addc(&l->label, ' ');
	mu_buf_add(&l->label, l->text.s, l->text.len);
}

/* Does the line end in a sharing site's signature, "... Powered By
 * Sharesite" (its name, no full stop)? */
static int
poweredby(const struct line *l)
{
	const char *s = l->text.s, *w;
	size_t n = l->text.len;

	if (s == NULL)		/* an empty line has no text yet */
		return 0;
	for (w = s + n; w > s && w[-1] != ' '; w--)
		;
	return w - s >= 11 && w < s + n && isalpha_((unsigned char)s[n - 1]) &&
	    mu_strncaseeq(w - 11,
	    "powered by ", 11) && (w - s == 11 || w[-12] == ' ');
}

/* Lines of the ring, from the first, that are a document-sharing site's
 * wrapper: its title of the upload ("Minutes Template", "4. August
 * 2017", the first words of the document) above "Total Page:16", or all
 * it puts above "... Powered By Sharesite".  0 for none. */
static size_t
wrapper(struct tok *t)
{
	const struct line *l;
	size_t i, seen = 0;

	for (i = 0; i < t->count && seen < 8; i++) {
		l = ring_at(t, i);
		if (l->kind == K_BLANK)
			continue;
		seen++;
		if (l->kind == K_ARTIFACT && prefixed(l->text.s, "total page:"))
			return i;
		if (l->kind != K_ARTIFACT && poweredby(l))
			return i + 1;
	}
	return 0;
}

/* A line of YAML, "title: ...", "date: ...": a key in lower case. */
static int
yaml_key(const struct line *l)
{
	const char *s = l->kind == K_KEYWORD ? l->label.s : l->text.s;
	size_t k;

	if (l->kind != K_TEXT && l->kind != K_KEYWORD)
		return 0;
	for (k = 0; islow((unsigned char)s[k]) || s[k] == '_' || s[k] == '-';
	    k++)
		;
	return k > 0 && (s[k] == ':' || (s[k] == '\0' &&
	    l->kind == K_KEYWORD));
}

/* Lines of YAML front matter at the top, "---" to "---" with "key: value"
 * lines between (a static site's page: its title, the date it was
 * published, its tags); 0 for none. */
static size_t
front_matter(struct tok *t)
{
	const struct line *l;
	size_t i;

	l = ring_at(t, 0);
	if (l->kind != K_ARTIFACT || strcmp(l->text.s, "---") != 0 ||
	    (l = ring_next(t)) == NULL || !yaml_key(l))
		return 0;
	for (i = 1; i < t->count; i++) {
		l = ring_at(t, i);
		if (l->kind == K_ARTIFACT && !strcmp(l->text.s, "---"))
			return i;
	}
	return 0;
}

/* A line of front matter: "title:" gives the page's title as a line of
 * text (the word "title:" is chrome); the other keys stay as they are
 * (msection knows front matter by its rules). */
static void
front_line(struct line *l)
{
	char *s = l->text.s;
	size_t n = l->text.len;

	if (l->kind != K_TEXT || !prefixed(s, "title:") || n < 8)
		return;
	mu_buf_reset(&l->noise);
	mu_buf_add(&l->noise, s, 6);
	l->noisekey = "chrome";
	for (s += 6, n -= 6; n && (*s == ' ' || *s == '"'); s++, n--)
		;
	while (n && s[n - 1] == '"')
		n--;
	memmove(l->text.s, s, n);
	l->text.len = n;
	l->text.s[n] = '\0';
	l->hard = 1;
}

/* Page furniture at the top of a document, where the lines before it
 * are met: a sharing site's wrapper goes as chrome, front matter is read.
 * Returns 1 when the line was taken. */
static int
top_lines(struct tok *t, struct line *l)
{
	if (!t->top) {
		t->top = 1;
		t->front = front_matter(t);
		t->wrap = t->front ? 0 : wrapper(t);
	}
	if (t->front && t->front--) {
		front_line(l);
		return 0;
	}
	if (t->wrap == 0 || t->wrap-- == 0 || l->kind == K_BLANK ||
	    l->kind == K_ARTIFACT)
		return 0;
	whole(l);
	artifact(t, l->no, "chrome", l->label.s, l->label.len);
	if (l->noisekey)
		artifact(t, l->no, l->noisekey, l->noise.s, l->noise.len);
	return 1;
}

/* "No. | Item |", the head of a web page's table of items written with
 * bars: chrome, as "No. Item" is. */
static int
items_head(const struct line *l)
{
	const char *s = l->text.s;
	char w[8];
	size_t k = 0;

	for (; *s && k < sizeof w - 1; s++)
		if (*s != ' ' && *s != '|' && *s != '.')
			w[k++] = *s;
	return *s == '\0' && k == 6 && mu_strncaseeq(w, "NoItem", 6);
}

void
gap_reset(struct tok *t)
{
	t->gapblank = t->gappage = t->gapbreak = 0;
}

/* Takes one line: page furniture is set aside, content joins the open
 * block or starts the next one. */
void
step(struct tok *t, struct line *l)
{
	int head;

	if (top_lines(t, l))
		return;
	if (l->kind == K_TEXT && strchr(l->text.s, '|') && items_head(l)) {
		l->kind = K_ARTIFACT;
		l->key = "chrome";
		t->itemtable = 1;
	}
	switch (l->kind) {
	case K_BLANK:
		t->gapblank++;
		return;
	case K_BREAK:
		t->gapbreak = 1;
		t->pages++;
		t->sincepage = 0;
		return;
	case K_PAGENO:
		if (gap_pagenumber(t, l)) {
			artifact(t, l->no, "page", l->text.s, l->text.len);
			t->gappage = 1;
			t->lastpage = l->num;
			t->sincepage = 0;
			return;
		}
		l->kind = K_NUMBER;
		setlabel(l, l->text.s, l->text.len);
		mu_buf_reset(&l->text);
		break;
	case K_ARTIFACT:
		artifact(t, l->no, l->key, l->text.s, l->text.len);
		if (l->noisekey)	/* "Home > Meetings Page 3" */
			artifact(t, l->no, l->noisekey, l->noise.s,
			    l->noise.len);
		t->itemtable |= !strcmp(l->text.s, "No. Item");
		t->itemnext = !strcasecmp(l->text.s, "Agenda item");
		if (!strcmp(l->key, "page")) {
			t->gappage = 1;
			t->sincepage = 0;
		}
		/* A rule ends a paragraph as a blank line does: "|||" between
		 * the rows of a web page's table of items. */
		if (!strcmp(l->key, "rule"))
			t->gapblank++;
		return;
	default:
		break;
	}
	if ((head = gap_runninghead(t, l)) == 1) {
		if (l->noisekey)	/* "Chairman's initials .... Page 3" */
			artifact(t, l->no, l->noisekey, l->noise.s,
			    l->noise.len);
		return;
	}
	if (l->kind == K_TEXT)
		glued_page(t, l);
	date_line(l);
	figure_column(t, l);
	demote(t, l);
	web_title(t, l);
	t->itemnext = 0;
	if (joins(t, l) && !capsline(t, l) && !(t->headline &&
	    !startslow(l->text.s) && !connector(&t->cur) &&
	    !datebreak(&t->cur, l)))
		block_append(t, l);
	else {
		block_close(t);
		block_start(t, l);
	}
	/* A line alone that may be a running head is not joined to what
	 * follows the page break, unless that goes on in lower case. */
	t->headline = head == 2 && t->cur.nlines == 1;
	if (!l->piece)
		record_width(t, l->width);
	if (l->noisekey)
		artifact(t, l->no, l->noisekey, l->noise.s, l->noise.len);
	gap_reset(t);
	t->sincepage++;
}
