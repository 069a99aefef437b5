/*
 * scheme.c: how a document marks its items, read from the whole of it
 * before the role pass.  Minutes number their items, or head them with
 * lines of one form and no number: "PLANNING" in capitals, "Planning:"
 * with a colon, or a bullet standing alone ("- Risk Assessment") where a
 * converter turned the numbers into a list.  The form most used, when it
 * is used more than numbers are, marks the items; and a document whose
 * numbers start again at 1 under each such heading numbers paragraphs,
 * not items.  Numbered items follow one sequence in one shape ("103",
 * "104" ...; "41/22", "42/22" ...): a number of that shape out of the
 * sequence (a page number "212" alone, a minute quoted again "Minute
 * 37/22") and a number alone of another shape (a sum "40.00") are no
 * items.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

#define MAXWORDS 10	/* of a heading with no number */
#define KEYLEN 16	/* bytes of the shape of a number */
#define NKEYS 8		/* shapes counted */

static int
prev_blk(int i)
{
	for (i--; i >= 0; i--)
		if (D.b[i].kind != K_ARTIFACT)
			return i;
	return -1;
}

/* A word in capitals: two letters or more, no lower case. */
static int
capsword(const char *s, size_t k)
{
	size_t i, letters = 0;

	for (i = 0; i < k; i++)
		if (islower((unsigned char)s[i]))
			return 0;
		else if (isupper((unsigned char)s[i]))
			letters++;
	return letters >= 2 || (letters == 1 && k == 1 && s[0] == 'A');
}

/*
 * "MATTERS ARISING", "BURIAL GROUND EXTENSION The clerk reported ...":
 * a run of words in capitals that starts the block, two words or more
 * (one alone must be the whole block: "PLANNING"), and, when text
 * follows, a sentence after it.  Returns where the run ends, or 0.
 */
static size_t
caps_title(const char *s, size_t n)
{
	size_t i, k, end = 0;
	int words = 0;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (k > 0 && !isalnum((unsigned char)s[i]) && s[i] != '(' &&
		    (unsigned char)s[i] < 0xc0 && words > 0)
			continue;	/* "ALLOWANCES - ANNUAL REVIEW" */
		if (!capsword(s + i, k))
			break;
		if (s[i + k - 1] == ',')
			return 0;	/* "HALE, VANE AND KEMP": names */
		end = i + k;
		words++;
	}
	if (words == 0 || words > MAXWORDS || (words == 1 && end < n) ||
	    end < 4)
		return 0;
	if (end < n && !isupper((unsigned char)s[i]))
		return 0;	/* "PLANNING was discussed" */
	return end;
}

/* Words before a colon that label a line inside an item, not an item:
 * "Action: Clerk to write", "Proposal: ...", "Note: ...". */
static const char *labelwords[] = { "action", "actions", "note", "notes",
	"proposal", "proposed", "seconded", "vote", "voting", "decision",
	"outcome", "response", "reply", "question", "answer", "agreed",
	"resolved", "resolution", "recommendation", "comment", "comments",
	"update", "result", "amendment", "motion", "present", "apologies",
	"absent", "nb", "ps", NULL };

/* A web page's labels of the papers under an item, which end in a colon
 * at the start of a line or after the item's title ("Budget Additional
 * documents: Decision: ..."): never a heading of their own. */
static const char *weblabels[] = { "additional documents",
	"supporting documents", NULL };

static int
web_label(const char *s, size_t p)
{
	const char **w;
	size_t k;

	for (w = weblabels; *w; w++)
		if (p >= (k = strlen(*w)) && mu_strncaseeq(s + p - k, *w, k) &&
		    (p == k || s[p - k - 1] == ' '))
			return 1;
	return 0;
}

/*
 * "Payments for Approval:" alone, or "Matters Arising: No matters
 * arising": a short title and a colon.  Not a list of names after it
 * ("Those Present: Cllr A"), nor a sentence before it.  Returns where
 * the title ends, or 0.
 */
static size_t
colon_title(const char *s, size_t n, size_t *rest)
{
	const char *c = memchr(s, ':', n);
	size_t p, r;

	if (c == NULL || !isupper((unsigned char)s[0]))
		return 0;
	p = (size_t)(c - s);
	r = p + 1;
	while (r < n && s[r] == ' ')
		r++;
	if (p == 0 || nwords(s, p) > 12 || sentence_like(s, p) ||
	    inlist(labelwords, s, p) || web_label(s, p) ||
	    is_hon(s, mu_wordlen(s, p)) ||	/* "Mrs Hale: I asked ..." */
	    !title_like(s, p) || (r < n && (!isupper((unsigned char)s[r]) ||
	    is_hon(s + r, mu_wordlen(s + r, n - r)) ||
	    looks_att(s + r, n - r))))
		return 0;
	*rest = r;
	return p;
}

/* "- Risk Assessment" between paragraphs: a bullet standing alone, not
 * the one point of a list a colon opens. */
static int
bullet_title(int i)
{
	int p = prev_blk(i), nx = next_blk(i);
	const char *s = TEXT(i);
	size_t n = D.b[i].len;

	if (D.b[i].kind != K_BULLET || nx < 0 || D.b[nx].kind == K_BULLET ||
	    (p >= 0 && (D.b[p].kind == K_BULLET || (D.b[p].len &&
	    TEXT(p)[D.b[p].len - 1] == ':'))))
		return 0;	/* "... was noted:" / "- the roof leaks" */
	return nwords(s, n) <= MAXWORDS && title_like(s, n) &&
	    !sentence_like(s, n);
}

/* Is block i a heading of form f?  *te and *ta get the title's end and
 * where the text after it starts. */
static int
form_of(int i, int f, size_t *te, size_t *ta)
{
	const struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t n = b->len, k;

	*te = *ta = n;
	if (i <= D.m.title || (b->kind != K_PARA && b->kind != K_BULLET))
		return 0;
	if (f == F_BULLET)
		return bullet_title(i);
	if (b->kind != K_PARA)
		return 0;
	if (f == F_CAPS && (k = caps_title(s, n)) > 0) {
		*te = k;
		*ta = k < n ? k + 1 : n;
		return 1;
	}
	if (f == F_COLON && (k = colon_title(s, n, ta)) > 0) {
		*te = k;
		return 1;
	}
	return 0;
}

/* A plain number "7" as label: its value, else 0. */
static long
plain(const struct blk *b)
{
	const char *l;

	if (b->label == NOSTR || b->depth != 0)
		return 0;
	l = STR(b->label);
	if (!isdigit((unsigned char)l[0]) || strspn(l, "0123456789") !=
	    strlen(l) || strlen(l) > 3)
		return 0;
	return strtol(l, NULL, 10);
}

/*
 * Numbers that start again at 1 under headings of form f, twice or more,
 * each run right after such a heading: they number the paragraphs of
 * those items.  The headings they made become labels.
 */
static int
restarts(int f)
{
	int i, p, runs = 0;
	long v;
	size_t te, ta;

	for (i = 0; i < (int)D.nb; i++) {
		if ((D.b[i].kind != K_HEADING && D.b[i].kind != K_NUMBER &&
		    D.b[i].kind != K_LABEL) || (v = plain(&D.b[i])) != 1)
			continue;
		if ((p = prev_blk(i)) < 0 || !form_of(p, f, &te, &ta))
			return 0;
		runs++;
	}
	if (runs < 2)
		return 0;
	for (i = 0; i < (int)D.nb; i++)
		if (D.b[i].kind == K_HEADING && plain(&D.b[i]))
			D.b[i].kind = K_LABEL;
	return 1;
}

/*
 * The shape of an item number: its first run of digits made "#" ("41/22"
 * is "#/22", "K41/19" "K#/19", "103" "#"), after any word before it
 * ("Minute 37/22"); *v gets the run's value.  0 when there is no digit.
 */
static int
shape(const char *l, char key[KEYLEN], long *v)
{
	const char *p = strrchr(l, ' '), *d;
	size_t k;

	if (p && isdigit((unsigned char)p[1]))
		l = p + 1;
	for (d = l; *d && !isdigit((unsigned char)*d); d++)
		;
	if (*d == '\0' || strlen(l) >= KEYLEN - 1)
		return 0;
	*v = strtol(d, NULL, 10);
	k = (size_t)(d - l);
	memcpy(key, l, k);
	key[k] = '#';
	d += strspn(d, "0123456789");
	memcpy(key + k + 1, d, strlen(d) + 1);
	return 1;
}

static int
candidate(const struct blk *b)
{
	return (b->kind == K_HEADING || b->kind == K_NUMBER) &&
	    b->label != NOSTR;
}

/* The shape most item numbers have, into best; its count. */
static int
main_shape(char best[KEYLEN])
{
	char keys[NKEYS][KEYLEN], key[KEYLEN];
	int count[NKEYS] = { 0 }, nk = 0, i, k, top = -1;
	long v;

	for (i = 0; i < (int)D.nb; i++) {
		if (!candidate(&D.b[i]) || !shape(STR(D.b[i].label), key, &v))
			continue;
		for (k = 0; k < nk && strcmp(keys[k], key); k++)
			;
		if (k == nk && nk < NKEYS)
			strcpy(keys[nk++], key);
		if (k < nk)
			count[k]++;
	}
	for (k = 0; k < nk; k++)
		if (top < 0 || count[k] > count[top])
			top = k;
	if (top < 0)
		return 0;
	strcpy(best, keys[top]);
	return count[top];
}

/*
 * The longest rising run of the numbers of the main shape (patience
 * sorting, n log n): the numbers off it are out of the sequence.
 */
static void
sequence(const char *best, int n)
{
	int *idx = mu_realloc(NULL, 3 * (size_t)n * sizeof *idx), *tail, *from;
	long *val = mu_realloc(NULL, (size_t)n * sizeof *val), v;
	int i, m = 0, len = 0, lo, hi, mid, k;
	char key[KEYLEN];

	tail = idx + n;
	from = tail + n;
	for (i = 0; i < (int)D.nb && m < n; i++)
		if (candidate(&D.b[i]) && shape(STR(D.b[i].label), key, &v) &&
		    !strcmp(key, best)) {
			idx[m] = i;
			val[m++] = v;
		}
	/* From the end, falling: of two runs as long, the earlier numbers
	 * win ("41/22 ... Minute 37/22 ... 42/22": 37 quotes a minute). */
	for (k = m - 1; k >= 0; k--) {
		for (lo = 0, hi = len; lo < hi; ) {
			mid = (lo + hi) / 2;
			if (val[tail[mid]] > val[k])
				lo = mid + 1;
			else
				hi = mid;
		}
		from[k] = lo > 0 ? tail[lo - 1] : -1;
		tail[lo] = k;
		if (lo == len)
			len++;
	}
	/* Off the run: a number alone, or one with a word before it
	 * ("Minute 37/22 should read"); a heading numbered off the run
	 * stays (a second part of the agenda may count from 1 again). */
	for (k = 0; k < m; k++)
		D.b[idx[k]].stray = D.b[idx[k]].kind == K_NUMBER ||
		    strchr(STR(D.b[idx[k]].label), ' ') != NULL;
	for (k = len ? tail[len - 1] : -1; k >= 0; k = from[k])
		D.b[idx[k]].stray = 0;
	free(idx);
	free(val);
}

/* A number alone of another shape: a sum "40.00" in a payments table
 * where items are numbered 1, 2, 3, a page number "212" where they are
 * numbered 41/22. */
static void
others(const char *best)
{
	char key[KEYLEN];
	long v;
	int i;

	for (i = 0; i < (int)D.nb; i++)
		if (D.b[i].kind == K_NUMBER && D.b[i].label != NOSTR &&
		    (!shape(STR(D.b[i].label), key, &v) || strcmp(key, best)))
			D.b[i].stray = 1;
}

/* Marks the numbers out of the document's sequence as stray. */
static void
numbers(void)
{
	char best[KEYLEN];
	int n = main_shape(best);

	if (n < 3)
		return;
	sequence(best, n);
	others(best);
}

/* "1 The Provost referred to ...": a paragraph led by a number and a
 * capital (mtokenize may have read a short one as a heading "1" with a
 * sentence for its title); the number's value, else 0. */
static long
lead_number(const struct blk *b)
{
	const char *s = TEXT(b - D.b);
	size_t k = strspn(s, "0123456789");

	if (b->kind == K_HEADING && plain(b) && b->len > 0 &&
	    s[b->len - 1] == '.' && sentence_like(s, b->len))
		return plain(b);
	if (b->kind != K_PARA || k == 0 || k > 3 || s[k] != ' ' ||
	    !isupper((unsigned char)s[k + 1]) || s[0] == '0')
		return 0;
	return strtol(s, NULL, 10);
}

/* The short title line before block i, or -1. */
static int
margin_of(int i)
{
	int p = prev_blk(i);
	const char *s;
	size_t n;

	if (p <= D.m.title || D.b[p].kind != K_PARA)
		return -1;
	s = TEXT(p);
	n = D.b[p].len;
	if (n == 0 || nwords(s, n) > 12 || isdigit((unsigned char)s[0]) ||
	    !title_like(s, n - (s[n - 1] == '.')))
		return -1;
	return p;
}

/*
 * Minutes that print each item's title as a short line ("Minutes
 * approved.") and its number in the margin of the first paragraph under
 * it ("3 The minutes of the meeting of ... were approved."), where the
 * text of a PDF puts it at the paragraph's start.  Two such pairs or
 * more, numbered upward, and no number that heads a title of its own:
 * each title takes the number after it.
 */
static void
margins(void)
{
	int i, p, pairs = 0;
	long v, last = 0;

	for (i = 0; i < (int)D.nb; i++) {
		if ((v = lead_number(&D.b[i])) == 0) {
			if (D.b[i].kind == K_HEADING && plain(&D.b[i]))
				return;		/* "4. Finance" */
			continue;
		}
		if (margin_of(i) < 0)
			continue;
		if (v <= last)
			return;
		last = v;
		pairs++;
	}
	if (pairs < 2)
		return;
	for (i = 0; i < (int)D.nb; i++)
		if ((v = lead_number(&D.b[i])) > 0 && (p = margin_of(i)) >= 0) {
			D.b[p].margin = v;
			if (D.b[i].kind == K_HEADING)
				D.b[i].kind = K_PARA;
		}
}

/* Block i as such a title: 1 when it is one. */
int
margin_title(int i)
{
	return D.b[i].margin > 0;
}

/* Sets st->hform: the form of unnumbered headings that marks the items
 * of the document, or F_NONE. */
void
item_scheme(struct state *st)
{
	int i, f, best = F_NONE, count[F_FORMS] = { 0 }, numbered = 0;
	size_t te, ta;

	numbers();
	for (i = 0; i < (int)D.nb; i++) {
		if (i > D.m.title && (D.b[i].kind == K_NUMBER ||
		    (D.b[i].kind == K_HEADING && D.b[i].label != NOSTR)))
			numbered++;
		for (f = F_CAPS; f < F_FORMS; f++)
			count[f] += form_of(i, f, &te, &ta);
	}
	margins();
	for (f = F_CAPS; f < F_FORMS; f++)
		if (count[f] >= 3 && (best == F_NONE || count[f] > count[best]))
			best = f;
	st->hform = F_NONE;
	if (best == F_NONE)
		return;
	if (restarts(best) || count[best] > numbered)
		st->hform = best;
}

/*
 * Block i as a heading of the document's form: the title of an item
 * with no number.  A heading right after another with nothing between
 * ("Planning:" / "Approved:") heads a part of that item, not an item.
 */
int
form_title(const struct state *st, int i)
{
	struct blk *b = &D.b[i];
	size_t te, ta;
	int p;

	if (st->hform == F_NONE || !form_of(i, st->hform, &te, &ta))
		return 0;
	if ((p = prev_blk(i)) >= 0 && D.b[p].role == R_ITEM &&
	    D.b[p].ta >= D.b[p].len && st->hform == F_COLON)
		return 0;
	b->te = te;
	b->ta = ta;
	return 1;
}

/* "PDF 310 KB" at s: a web page's link to the item's papers. */
static int
pdfsize(const char *s, size_t n)
{
	size_t i = 4;

	if (n < 9 || strncmp(s, "PDF ", 4) != 0 || !isdigit((unsigned char)s[4]))
		return 0;
	while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '.'))
		i++;
	return i + 3 <= n && s[i] == ' ' && (s[i + 1] == 'K' || s[i + 1] ==
	    'M') && s[i + 2] == 'B';
}

/*
 * A row of a web page's table of items ("No. | Item |" above it, the
 * numbers lost): the title, then the agenda's wording of the item ("To
 * receive ..."), the link to its papers ("PDF 310 KB"), "Additional
 * documents:", or, after a title in capitals, its text.  Returns where
 * the title ends, or 0.
 */
static size_t
web_title(const char *s, size_t n)
{
	size_t i, k, c;

	if (!isupper((unsigned char)s[0]) || agenda_phrase(s, n))
		return 0;
	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (i > 0 && (agenda_phrase(s + i, n - i) || pdfsize(s + i,
		    n - i) || mu_caseprefix(s + i, "additional documents:")))
			return i - 1;
	}
	if ((c = caps_title(s, n)) > 0 && c < n)
		return c;
	return 0;
}

/* Does the document set its items in a web page's table ("No. | Item")? */
void
web_table(struct state *st)
{
	int i;

	st->webrows = 0;
	/* mtokenize may have made the header row chrome: it is read still */
	for (i = 0; i < (int)D.nb && i < 40; i++)
		if ((D.b[i].kind == K_PARA || D.b[i].kind == K_ARTIFACT) &&
		    (mu_caseprefix(TEXT(i), "no. | item") ||
		    mu_caseprefix(TEXT(i), "no | item")))
			st->webrows = 1;
}

/* Block i as a row of the table of items: *te and *ta set. */
int
web_row(const struct state *st, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t te;

	if (!st->webrows || b->kind != K_PARA ||
	    (te = web_title(s, b->len)) == 0 || nwords(s, te) > 15 ||
	    !title_like(s, te))
		return 0;
	b->te = te;
	b->ta = te + 1;
	return 1;
}
