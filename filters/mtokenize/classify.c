/* classify.c: stage 2, what a line is on its own (squeeze, repair,
 * artifacts, enumerations, bullets, keywords). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mtokenize.h"

/* ---- stage 2: line classification ---- */

/* Byte classes for the one pass over each line: blanks, the first byte
 * of a no-break space or a soft hyphen, the star of markdown emphasis,
 * UTF-8 continuations. */
enum { B_TEXT, B_BLANK, B_C2, B_STAR, B_CONT };
static unsigned char bytes[256];

/* For squeeze(), each pair of bytes: 1 when the first needs a look, 0
 * when it can be copied as it is (looks()). */
static unsigned char lookat[256 * 256];

/* The index in lookat[] of the bytes a, b: the pairs that end in b are
 * side by side. */
static unsigned
pairindex(unsigned a, unsigned b)
{
	return a | b << 8;
}

/* The index of the pair of bytes at s. */
static unsigned
pair(const char *s)
{
	return pairindex((unsigned char)s[0], (unsigned char)s[1]);
}

/* Does squeeze() need a look at the byte a, b after it?  Not when a is a
 * single space before plain text (its fast case), nor when a is plain
 * text, unless a digit or a "-" before a space (mends()). */
static int
looks(int a, int b)
{
	if (a == ' ')
		return bytes[b] != B_TEXT;
	if (bytes[a] != B_TEXT)
		return 1;
	return b == ' ' && (isdig(a) || a == '-');
}

static void
bytes_init(void)
{
	unsigned char row[256];
	int a, b;

	for (a = 0x80; a < 0xc0; a++)
		bytes[a] = B_CONT;
	bytes['\t'] = bytes['\v'] = bytes['\f'] = bytes[' '] = B_BLANK;
	bytes[0xc2] = B_C2;
	bytes['*'] = B_STAR;
	/* lookat[], the pairs that end in b at a time.  looks() sees b
	 * only through bytes[b] and b == ' ': the row is made again only
	 * where one of them changes, a dozen times, not 256 (this runs at
	 * the start of every process). */
	for (b = 0; b < 256; b++) {
		if (b == 0 || bytes[b] != bytes[b - 1] || b == ' ' ||
		    b - 1 == ' ')
			for (a = 0; a < 256; a++)
				row[a] = (unsigned char)looks(a, b);
		memcpy(lookat + pairindex(0, (unsigned)b), row, sizeof row);
	}
}

/* Can repair() drop a blank after c: "12 th", "Vice- Chair", and once
 * there is a "**", after a star (the blank may then follow a digit)? */
static int
mends(int c, int mend)
{
	return isdig(c) || c == '-' || (c == '*' && mend);
}

/* Notes that repair() may drop the byte at o[at] (see dropped()): the
 * first and the last such place bound the bytes it looks at. */
static void
note(int *mend, size_t span[2], size_t at)
{
	if (!*mend)
		span[0] = at;
	span[1] = at;
	*mend = 1;
}

/*
 * How many bytes at the start of s (n bytes) squeeze() can copy as they
 * are, copied to o.  A byte goes when the loops of squeeze() would copy
 * it unchanged, noting and counting nothing: looks() is 0 for it and the
 * byte after.  That leaves plain text, and single spaces before plain
 * text; the byte before such a space is the first of a pair looked at
 * too (no digit or "-" there), but for s[0], which the caller sees is no
 * space.  The last byte of s is left to squeeze() (a blank there goes).
 * Eight bytes at a time while all go, a look-up each and one branch;
 * then one at a time.
 */
static size_t
plain_run(char *o, const char *s, size_t n)
{
	size_t k;

	for (k = 0; k + 9 <= n; k += 8) {
		if (lookat[pair(s + k)] | lookat[pair(s + k + 1)] |
		    lookat[pair(s + k + 2)] | lookat[pair(s + k + 3)] |
		    lookat[pair(s + k + 4)] | lookat[pair(s + k + 5)] |
		    lookat[pair(s + k + 6)] | lookat[pair(s + k + 7)])
			break;
		memcpy(o + k, s + k, 8);
	}
	for (; k + 1 < n && !lookat[pair(s + k)]; k++)
		o[k] = s[k];
	return k;
}

/* The letters of the ligatures of a PDF's fonts, U+FB00 to U+FB04
 * ("\xef\xac\x80" to "\xef\xac\x84"): the text is what the minutes say. */
static const char *const ligatures[] = { "ff", "fi", "fl", "ffi", "ffl" };

/* What the three bytes a, b, c of a character of PDF or web text are
 * written as: a ligature its letters; a zero-width space (U+200B), word
 * joiner (U+2060) or byte order mark (U+FEFF, met inside a text when
 * files were put together) nothing.  NULL for any other character. */
static const char *
mended(int a, int b, int c)
{
	if (a == 0xef && b == 0xac && c >= 0x80 && c <= 0x84)
		return ligatures[c - 0x80];
	if ((a == 0xef && b == 0xbb && c == 0xbf) ||
	    (a == 0xe2 && b == 0x80 && c == 0x8b) ||
	    (a == 0xe2 && b == 0x81 && c == 0xa0))
		return "";
	return NULL;
}

/* Are the n bytes at s all blanks? */
static int
blanks(const char *s, size_t n)
{
	while (n > 0 && bytes[(unsigned char)s[n - 1]] == B_BLANK)
		n--;
	return n == 0;
}

/* Folds runs of blanks to one space and trims the ends,
 * copying the runs between blanks whole; counts the characters into
 * l->width and tells whether repair() has work, and where (span).  Some
 * characters of PDF and web text are mended on the way: a ligature is
 * its letters, a soft hyphen goes (but at the end of the line, where it
 * marks a word cut: see softcut()), and so do the characters of no width
 * (mended()).  This is the inner loop of the whole tool. */
static int
squeeze(struct line *l, const char *s, size_t n, size_t span[2])
{
	struct mu_buf *out = &l->text;
	size_t i, k, len = 0, cont = 0;
	int mend = 0, space = 0, star = 0;
	unsigned char c;
	const char *lig;
	char *o;

	out->len = 0;		/* the NUL is written at the end */
	mu_buf_grow(out, n);
	o = out->s;
	for (i = 0; i < n; i++) {
		/* The common case: plain bytes, and single spaces between
		 * them taken in the same loop. */
		while (!space) {
			/* Runs of words and single spaces (plain_run()); a
			 * space first is left to the loop below, which looks
			 * at the byte before it. */
			if (i < n && s[i] != ' ') {
				k = plain_run(o + len, s + i, n - i);
				len += k;
				i += k;
			}
			while (i < n && bytes[(unsigned char)s[i]] == B_TEXT)
				o[len++] = s[i++];
			if (len == 0 || i + 1 >= n || s[i] != ' ' ||
			    bytes[(unsigned char)s[i + 1]] != B_TEXT)
				break;
			if (mends((unsigned char)o[len - 1], mend))
				note(&mend, span, len);
			o[len++] = ' ';
			o[len++] = s[i + 1];
			i += 2;
		}
		if (i == n)
			break;
		c = (unsigned char)s[i];
		switch (bytes[c]) {
		case B_TEXT:
			break;
		case B_BLANK:
			space = len > 0;
			continue;
		case B_C2:
			if (i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
				i++;
				space = len > 0;
				continue;
			}
			if (i + 1 < n && (unsigned char)s[i + 1] == 0xad) {
				/* a soft hyphen goes, but at the end of a
				 * word that goes on on the next line (see
				 * softcut()) */
				if (!space && len > 0 && blanks(s + i + 2,
				    n - i - 2)) {
					o[len++] = (char)c;
					o[len++] = s[++i];
					cont++;
					continue;
				}
				i++;
				continue;
			}
			break;
		case B_CONT:
			/* a ligature or a character of no width (mended()):
			 * its first byte, copied, gives way to its letters,
			 * no longer than its three bytes, or to nothing */
			if (c == 0x80 ? i + 1 == n || s[i + 1] != '\x8b' :
			    c != 0xac && c != 0xbb && c != 0x81)
				;	/* most: quotes, dashes, other letters */
			else if (len > 0 && i + 1 < n && (lig = mended((unsigned
			    char)o[len - 1], c, (unsigned char)s[i + 1]))) {
				for (len--; *lig; lig++)
					o[len++] = *lig;
				if (len > 0 && o[len - 1] == ' ') {
					len--;	/* "a \u200b b": one blank */
					space = 1;
				}
				i++;
				continue;
			}
			cont++;
			break;
		default:	/* B_STAR: "**" goes */
			star = i + 1 < n && s[i + 1] == '*';
		}
		if (space) {
			if (mends((unsigned char)o[len - 1], mend))
				note(&mend, span, len);
			o[len++] = ' ';
			space = 0;
		}
		if (star) {
			note(&mend, span, len);
			star = 0;
		}
		o[len++] = (char)c;
	}
	o[len] = '\0';
	out->len = len;
	l->width = len - cont;
	return mend;
}

/* Drops the first off bytes of the line's text, and the blanks after. */
static void
consume(struct line *l, size_t off)
{
	while (off < l->text.len && l->text.s[off] == ' ')
		off++;
	memmove(l->text.s, l->text.s + off, l->text.len - off + 1);
	l->text.len -= off;
}

void
setlabel(struct line *l, const char *s, size_t n)
{
	mu_buf_reset(&l->label);
	mu_buf_add(&l->label, s, n);
	l->haslabel = 1;
}

/* A table row "| a | b |": the bars go, cells are kept apart by " – ".
 * An empty cell stays, between its dashes ("| A | | Present |" is "A – –
 * Present"), so that the cells after it keep their columns; the empty
 * cells at the end of a row hold no column and go, as a row of empty
 * cells does. */
static struct mu_buf cells;	/* unbar's, swapped with the line's */

static void
unbar(struct line *l)
{
	struct mu_buf *b = &cells, swap;
	const char *s = l->text.s;
	size_t i, n = l->text.len, start, cell = 0, seps = 0;

	mu_buf_reset(b);
	mu_buf_grow(b, n);
	while (n > 0 && (s[n - 1] == '|' || s[n - 1] == ' '))
		n--;
	for (i = s[0] == '|'; i < n; i++, cell++) {	/* at a cell's start */
		while (i < n && s[i] == ' ')
			i++;
		start = i;
		while (i < n && s[i] != '|')
			i++;
		while (i > start && s[i - 1] == ' ')
			i--;
		if (i == start)
			continue;
		/* a dash for each cell before this one, empty ones too */
		for (; seps < cell; seps++)
			mu_buf_adds(b, b->len ? " \xe2\x80\x93" : "\xe2\x80\x93");
		if (b->len)
			mu_buf_addc(b, ' ');
		mu_buf_add(b, s + start, i - start);
		while (i < n && s[i] != '|')
			i++;
	}
	b->s[b->len] = '\0';
	swap = l->text;
	l->text = *b;
	*b = swap;
}

/* "st", "nd", "rd", "th" of "12 th". */
static int
ordinal(const char *s)
{
	return !strncmp(s, "st", 2) || !strncmp(s, "nd", 2) ||
	    !strncmp(s, "rd", 2) || !strncmp(s, "th", 2);
}

/* How many bytes at s[i] repair() drops (0-2), the text it keeps so far
 * ending before s[o]: the stars of markdown emphasis, the blank of
 * "Vice- Chairman" and of "12 th October". */
static size_t
dropped(const char *s, size_t i, size_t o, size_t n)
{
	if (s[i] == '*' && i + 1 < n && s[i + 1] == '*')
		return 2;
	if (s[i] != ' ')
		return 0;
	if (o > 1 && s[o - 1] == '-' && isalpha_((unsigned char)s[o - 2]) &&
	    i + 1 < n && isup((unsigned char)s[i + 1]))
		return 1;
	if (o > 0 && isdig((unsigned char)s[o - 1]) && i + 3 <= n &&
	    (i + 3 == n || s[i + 3] == ' ' || s[i + 3] == ',') &&
	    ordinal(s + i + 1))
		return 1;
	return 0;
}

/* Text repairs that need no context: markdown emphasis, "Vice- Chair",
 * "12 th October".  Bytes go only at the places squeeze() noted (span):
 * before the first the text stays as it is, after the last it moves up
 * whole. */
static void
repair(struct line *l, const size_t span[2])
{
	char *s = l->text.s;
	size_t i, k, o, n = l->text.len;

	for (o = i = span[0]; i <= span[1]; i += k ? k : 1)
		if ((k = dropped(s, i, o, n)) == 0)
			s[o++] = s[i];
	memmove(s + o, s + i, n - i + 1);	/* and the NUL */
	l->text.len = o + n - i;
}

/* ---- stage 2, artifacts: page numbers, rules, web chrome ---- */

static const char *const chrome_list[] = {
	"share this item", "additional documents:", "supporting documents:",
	"agenda and minutes", "agendas, reports and minutes", "no. item",
	"items no. item",
	"items", "media", "transcription", "advertisement",
	"start display at page:", "size: px", "view directions", "print",
	"back to top", "skip to main content", "home",
	"contact us", "accessibility", "accessibility statement",
	"councillors and committees", "cookies", "privacy notice",
	"privacy policy", "site map", "sitemap", "search", "menu", "sign in",
	"log in", "feedback", "terms and conditions", "agenda item",
	/* the comment form below a page */
	"was this page helpful?", "leave a comment", "post a comment",
	"your name", "your email address", "submit", "share this page",
	"print this page", NULL
};
static struct words chrome_lines = { .list = chrome_list };

/* ... and the lines that begin so, among them a breadcrumb trail of
 * site navigation, "Home > Council > Meetings". */
static const char *const chrome_prefixes[] = {
	"contact:", "total page:", "file type:", "download \"", "powered by ",
	"pdf icon ", "home > ", "home \xe2\x80\xba ", "home \xc2\xbb ",
	"you are here:", NULL
};

int
prefixed(const char *s, const char *p)
{
	return mu_strncaseeq(s, p, strlen(p));
}

/* The first letters of the chrome prefixes, a bit each (see letter()):
 * most lines start with none of them. */
static unsigned long prefix_letters;

/* Chrome that a web page adds to the whole line. */
static int
chrome(const char *s, size_t n)
{
	const char *const *p;

	if (n < 40 && inlist(s, n, &chrome_lines))
		return 1;
	if (!(prefix_letters >> letter((unsigned char)*s) & 1))
		return 0;
	for (p = chrome_prefixes; *p; p++)	/* s[1] is there: s[0] is */
		if (((*p)[0] | 32) == (s[0] | 32) &&	/* a letter */
		    ((*p)[1] | 32) == (s[1] | 32) && prefixed(s, *p))
			return 1;
	return 0;
}

/* Bytes of the web chrome ending the line ("pdf icon PDF 135 KB",
 * "View directions"), or 0. */
static size_t
chrome_suffix(const char *s, size_t n)
{
	const char *p;
	size_t i;

	if (n > 16 && (s[n - 1] | 32) == 's' &&	/* most lines: no call */
	    mu_strncaseeq(s + n - 16, " view directions", 16))
		return 15;
	if (n < 20 || s[n - 1] != 'B')
		return 0;
	for (i = n; i > n - 20; i--)
		if (s[i - 1] == ' ' && n - i >= 11 &&
		    mu_strncaseeq(s + i, "pdf icon pdf ", 13))
			break;
	if (i == 0)
		return 0;
	p = s + i + 13;
	while (isdig((unsigned char)*p) || *p == '.')
		p++;
	if (*p == ' ')
		p++;
	if ((p[0] == 'K' || p[0] == 'M' || p[0] == 'k') && p[1] == 'B' &&
	    p + 2 == s + n)
		return n - i;
	return 0;
}

/* rule() of a line that starts with a mark of one. */
static int
rule_marks(const char *s, size_t n)
{
	size_t i, marks = 0;

	for (i = 0; i < n; i++) {
		if (strchr("-_=*~|.:+ ", s[i]) == NULL)
			return 0;
		marks += s[i] != ' ' && s[i] != '.' && s[i] != ':';
	}
	return marks >= 3;
}

/* A line of dashes, underscores, dots or table bars.  Most lines are
 * turned away by their first byte, here, without a call. */
static inline int
rule(const char *s, size_t n)
{
	if (!(*s == '-' || *s == '_' || *s == '=' || *s == '*' || *s == '~' ||
	    *s == '|' || *s == '.' || *s == '+'))
		return 0;
	return rule_marks(s, n);
}

/* Parses 1-4 digits at s; returns how many, the value in *v. */
size_t
digits(const char *s, long *v)
{
	size_t i = 0;

	*v = 0;
	while (i < 5 && isdig((unsigned char)s[i]))
		*v = *v * 10 + (s[i++] - '0');
	return i < 5 ? i : 0;
}

/* Bytes of "Page 3" or "Page 3 of 12" at s (n bytes), then the end of the
 * line or a blank; 0 when there is none. */
static size_t
pageword(const char *s, size_t n)
{
	long v;
	size_t k, m;

	if (n <= 5 || (*s | 32) != 'p' || !mu_strncaseeq(s, "page ", 5) ||
	    (k = digits(s + 5, &v)) == 0)
		return 0;
	k += 5;
	if (n > k + 4 && !strncmp(s + k, " of ", 4) &&
	    (m = digits(s + k + 4, &v)) > 0)
		k += 4 + m;
	return k == n || s[k] == ' ' ? k : 0;
}

/* The start of the number that ends s[0..n), or n when none does. */
static size_t
number_start(const char *s, size_t n)
{
	size_t j = n;

	while (j > 0 && n - j < 5 && isdig((unsigned char)s[j - 1]))
		j--;
	return j;
}

/* Is " Page " before the number that starts at s + j? */
static int
page_before(const char *s, size_t j)
{
	return j >= 7 && s[j - 1] == ' ' && s[j - 6] == ' ' &&
	    (s[j - 5] | 32) == 'p' && mu_strncaseeq(s + j - 5, "page", 4);
}

/* Where "Page 3" or "Page 3 of 12" ends the line: the blank before
 * "Page", or 0.  Looked at from the end, without a scan. */
static size_t
pagesuffix(const char *s, size_t n)
{
	size_t j = number_start(s, n), k;

	if (j == n || j < 7)
		return 0;
	if (page_before(s, j))
		return j - 6;
	if (strncmp(s + j - 4, " of ", 4) ||
	    (k = number_start(s, j - 4)) == j - 4 || !page_before(s, k))
		return 0;
	return k - 6;
}

/* A running head that ends in the page number, "Planning Committee
 * 12 March 2024 Page 4" (pageline() has "Page 4 Planning Committee"),
 * given the blank before the page word: what goes with the number reads
 * as a title (capitalised words, no sentence), so a wrapped sentence
 * that ends "... set out at Page 4" stays text. */
static int
headpage(const char *s, size_t n, size_t i)
{
	return i > 0 && n <= 90 && !isterminal(lastpunct(s, i)) &&
	    titlecase(s, i);
}

/* A page footer run onto the end of a line of text: "... was noted.
 * Page 2 of 5".  With "of" it is never prose; without, only after the
 * end of a sentence.  Returns the bytes to cut (from the blank), or 0. */
static size_t
footer_suffix(const char *s, size_t n)
{
	size_t i = pagesuffix(s, n);

	if (i == 0 || headpage(s, n, i))
		return 0;
	if (memchr(s + i + 6, ' ', n - i - 6) || isterminal(lastpunct(s, i)))
		return n - i;	/* "Page 2 of 5" has a blank after the 2 */
	return 0;
}

/* Bytes of the dash at s, "-" or an en dash; 0 for none. */
static size_t
dashlen(const char *s)
{
	if (*s == '-')
		return 1;
	return (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0x93 ? 3 : 0;
}

/* "Page 3", "Page 3 of 12", "- 3 -", "– 3 –", "3 | Page": always a page
 * number; and a running head with one (headpage()). */
static int
pageline(const char *s, size_t n)
{
	long v;
	size_t k, d;

	if ((*s | 32) == 'p') {
		if ((k = pageword(s, n)) > 0)	/* "Page 4 Title" */
			return k == n || (n <= 90 && titlecase(s + k + 1,
			    n - k - 1));
		if (n > 7 && mu_strncaseeq(s, "page | ", 7) &&
		    digits(s + 7, &v) == n - 7)
			return 1;
	}
	if (n >= 5 && (d = dashlen(s)) > 0 && s[d] == ' ' && n >= 2 * d + 3 &&
	    dashlen(s + n - d) == d && s[n - d - 1] == ' ' &&
	    digits(s + d + 1, &v) == n - 2 * d - 2)
		return 1;
	if ((k = digits(s, &v)) && n > k && (!strcmp(s + k, " | Page") ||
	    !strcmp(s + k, " | page")))
		return 1;
	return isdig((unsigned char)s[n - 1]) && headpage(s, n,
	    pagesuffix(s, n));
}

/* Sets the line to an artifact when it is one on its own; a bare number
 * is only a candidate page number (K_PAGENO), decided in stage 3. */
static int
classify_artifact(struct line *l)
{
	const char *s = l->text.s;
	size_t n = l->text.len, k;

	if ((k = digits(s, &l->num)) == n && n <= 4) {
		l->kind = K_PAGENO;
		return 1;
	}
	if (pageline(s, n))
		l->key = "page";
	else if (rule(s, n))
		l->key = "rule";
	else if (chrome(s, n))
		l->key = "chrome";
	else
		return 0;
	l->kind = K_ARTIFACT;
	return 1;
}

/* ---- stage 2, enumerations: headings, numbers, labels, bullets ---- */

/* An enumeration inside "(...)" or before ")": 1-3 digits, one letter,
 * or a lower-case roman numeral. */
static int
enumeration(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 6)
		return 0;
	for (i = 0; i < n && isdig((unsigned char)s[i]); i++)
		;
	if (i == n)
		return n <= 3;
	if (i > 0)	/* "5b" */
		return n - i == 1 && islow((unsigned char)s[i]);
	if (n == 1)
		return isalpha_((unsigned char)s[0]);
	for (i = 0; i < n; i++)
		if (strchr("ivxlc", s[i]) == NULL)
			return 0;
	return 1;
}

/* Length of a label token "(iv)" or "iv)" at s followed by a blank or
 * the end; *lab and *lablen get the enumeration. */
size_t
labeltok(const char *s, const char **lab, size_t *lablen)
{
	const char *p = s + (*s == '(');
	const char *e = strchr(p, ')');

	if (e == NULL || !enumeration(p, (size_t)(e - p)))
		return 0;
	if (e[1] != ' ' && e[1] != '\0')
		return 0;
	if (*s != '(' && !isdig((unsigned char)*p) && e - p > 1 &&
	    !islow((unsigned char)*p))
		return 0;
	*lab = p;
	*lablen = (size_t)(e - p);
	return (size_t)(e + 1 - s);
}

/* A first word in capitals: the title of "(211) APOLOGIES FOR ABSENCE". */
static int
capitals(const char *s)
{
	size_t i;

	for (i = 0; s[i] && s[i] != ' '; i++)
		if (!isup((unsigned char)s[i]))
			return 0;
	return i >= 3;
}

/* A run of at most max digits at s: its length. */
static size_t
digitrun(const char *s, size_t max)
{
	size_t i = 0;

	while (i <= max && isdig((unsigned char)s[i]))
		i++;
	return i <= max ? i : 0;
}

/* A run of 2-4 capitals at s between two slashes ("21-22/PLN/4"). */
static size_t
capsrun(const char *s)
{
	size_t i = 0;

	while (i < 5 && isup((unsigned char)s[i]))
		i++;
	return i >= 2 && i <= 4 && s[i] == '/' ? i : 0;
}

/* Where a reference may end: a blank, the end, or a stop before a blank
 * or a capital ("512-3.To receive", "58/21. Title"). */
static int
refend(const char *s)
{
	return *s == ' ' || *s == '\0' || (*s == '.' && (s[1] == ' ' ||
	    isup((unsigned char)s[1])));
}

/*
 * The number part of a reference after its prefix: "285/07-08",
 * "41/25", "03.02/11" (a sub-number before the year), "21-22/PLN/4" (a
 * year range, the body, the number).  Groups of digits joined by a
 * slash; the last of two or three digits, with an optional "-08".
 */
static size_t
refnumber(const char *s)
{
	size_t i, a, b, c;

	if ((a = digitrun(s, 4)) == 0)
		return 0;
	i = a;
	if (s[i] == '-' && a == 2 && (b = digitrun(s + i + 1, 2)) == 2 &&
	    s[i + 3] == '/' && (c = capsrun(s + i + 4)) > 0) {
		i += 4 + c + 1;		/* "21-22/PLN/" */
		return (b = digitrun(s + i, 3)) > 0 ? i + b : 0;
	}
	if (s[i] == '.' && a == 2 && (b = digitrun(s + i + 1, 2)) == 2 &&
	    s[i + 3] == '/')
		i += 3;			/* "03.02/11" */
	if (s[i] != '/' || (b = digitrun(s + i + 1, 3)) < 2)
		return 0;
	i += 1 + b;
	if (s[i] == '/' && isdig((unsigned char)s[i + 1]))
		return 0;		/* a date, "12/03/2021" */
	if (s[i] == '-' && digitrun(s + i + 1, 2) == 2)
		i += 3;
	return i;
}

/*
 * Minute references: "41/25", "12/25", "Min/114/25-26", "21.44", "C.101"
 * (a letter or two for the body, then the number), "K41/19" (the
 * letter run on), "T/1187" (a prefix and one number), "03.02/11",
 * "21-22/PLN/4", "512-3." (the meeting, then the item), "EC 23/15" (the
 * letters set off by a space), "CAB/45" (the body's capitals, a slash, a
 * short number and a title).  Returns the
 * length of the reference, not of a stop after it.
 */
size_t
minuteref(const char *s)
{
	size_t i = 0, a, r;

	while (i < 6 && isalpha_((unsigned char)s[i]))
		i++;
	if (i > 0 && i <= 3 && s[i] == '.' && allcaps(s, i) &&
	    isup((unsigned char)s[0])) {
		for (a = ++i; isdig((unsigned char)s[i]) && i - a < 5; i++)
			;
		return i - a >= 2 && i - a <= 4 && (s[i] == ' ' ||
		    s[i] == '\0') ? i : 0;
	}
	if (i > 0 && !isup((unsigned char)s[0]))
		return 0;
	/* "EC 23/15", "PL 104/22": the body's letters, a space, the number */
	if (i >= 2 && i <= 4 && s[i] == ' ' && allcaps(s, i) &&
	    (r = refnumber(s + i + 1)) > 0 && memchr(s + i + 1, '/', r) &&
	    refend(s + i + 1 + r))
		return i + 1 + r;
	if (i > 0 && s[i] == '/' && (a = digitrun(s + i + 1, 5)) >= 3 &&
	    refend(s + i + 1 + a) && s[i + 1 + a] != '/')
		return i + 1 + a;	/* "T/1187" */
	if (i >= 2 && i <= 4 && s[i] == '/' && allcaps(s, i) &&
	    (a = digitrun(s + i + 1, 3)) >= 1 && s[i + 1 + a] == ' ' &&
	    isup((unsigned char)s[i + 2 + a]))
		return i + 1 + a;	/* "CAB/45 Title", "PL/7 Title" */
	if (i > 0 && s[i] == '/')
		i++;
	else if (i > 0 && (i > 3 || !allcaps(s, i) ||
	    !isdig((unsigned char)s[i])))
		return 0;
	if ((r = refnumber(s + i)) > 0)
		return refend(s + i + r) ? i + r : 0;
	if (i > 0)
		return 0;
	a = digitrun(s, 4);
	if (a == 2 && s[0] != '0' && s[2] == '.' && (r = digitrun(s + 3, 3))
	    >= 2 && (s[3 + r] == ' ' || s[3 + r] == '\0'))
		return 3 + r;		/* "21.44" */
	if (a == 3 && s[3] == '-' && (r = digitrun(s + 4, 2)) > 0 &&
	    s[4 + r] == '.' && (s[5 + r] == ' ' || isup((unsigned char)s[5 + r])))
		return 4 + r;		/* "512-3." */
	return 0;
}

/* Sub-numbers "3.1", "3.1.2", with an optional final dot. */
static size_t
subnumber(const char *s, size_t *lablen)
{
	size_t i = 0, parts = 0, k;

	for (;;) {
		for (k = i; isdig((unsigned char)s[i]) && i - k < 3; i++)
			;
		if (i == k || isdig((unsigned char)s[i]))
			return 0;
		parts++;
		if (s[i] != '.' || !isdig((unsigned char)s[i + 1]))
			break;
		i++;
	}
	if (parts < 2)
		return 0;
	*lablen = i;
	if (s[i] == '.')
		i++;
	return s[i] == ' ' || s[i] == '\0' ? i : 0;
}

static void
setkind(struct line *l, enum kind k, const char *lab, size_t lablen,
    size_t skip)
{
	l->kind = k;
	if (lab)
		setlabel(l, lab, lablen);
	consume(l, skip);
}

/* "N. Title" at the start of a line: an item heading, or a numbered
 * paragraph when indented, when it reads as a resolution part, or when
 * the numbers go back. */
static void
numbered(struct tok *t, struct line *l, long v, size_t k)
{
	const char *s = l->text.s, *title = s + k + 1;
	int part = l->text.s[l->text.len - 1] == ';' ||
	    prefixed(title, "That ") || prefixed(title, "To ");

	if (l->indent >= 2 || part || (t->lastitem > 0 && v <= t->lastitem)) {
		setkind(l, K_LABEL, s, k - 1, k);
		l->depth = l->indent >= 2 ? 1 + (l->indent - 2) / 2 : 0;
		return;
	}
	setkind(l, K_HEADING, s, k - 1, k);
	l->num = v;
	/* "4. August 2017", a date (page.c makes it text), sets no
	 * sequence: a sharing site's title of the upload is no item 4 */
	if (!datelike(l->text.s) || l->text.len > 40)
		t->lastitem = v;
}

/* A number without a dot before a title: "2 Declarations of Interest".
 * Weak: it may be a wrapped line that begins with a number. */
static int
undotted(struct tok *t, struct line *l, long v, size_t k)
{
	const char *title = l->text.s + k + 1;

	if (l->indent >= 2 || !isup((unsigned char)*title) || v <= t->lastitem
	    || (t->lastitem > 0 && v > t->lastitem + 10) || l->text.len > 150)
		return 0;
	if (prefixed(title, "Minutes of ") && strstr(title, "eeting")) {
		/* a document title after the page number of a web viewer */
		mu_buf_reset(&l->noise);
		mu_buf_add(&l->noise, l->text.s, k);
		l->noisekey = "page";
		consume(l, k);
		return 1;
	}
	setkind(l, K_HEADING, l->text.s, k, k);
	l->weak = 1;
	l->num = v;
	t->lastitem = v;
	return 1;
}

/* The library's month names, indexed by first letter for inlist(). */
static struct words months = { .list = mu_month_names };

/* A title that is a date ("20 February 2020", "25 April, when ...") is
 * no item heading: the month is the letters before any comma or stop. */
int
datelike(const char *s)
{
	size_t n = 0;

	while (isalpha_((unsigned char)s[n]))
		n++;
	return inlist(s, n, &months);
}

/* Words in title case, a dozen at most, one sentence: "Review of the
 * Allotment Rules and Charges". */
int
titlecase(const char *s, size_t n)
{
	size_t i, k, words = 0;

	static const char *const small_list[] = {
		"and", "of", "the", "for", "to", "in", "on", "at", "by", "with",
		"a", "an", "from", "or", "&", "into", "upon", NULL
	};
	static struct words small = { .list = small_list };

	if (inlist(s, mu_wordlen(s, n), &honorifics) || s[n - 1] == ':')
		return 0;
	for (i = 0; i < n; i += k + 1, words++) {
		k = mu_wordlen(s + i, n - i);
		if (islow((unsigned char)s[i]) && !inlist(s + i, k, &small))
			return 0;
		if (i + k < n && k > 1 && s[i + k - 1] == '.' &&
		    !inlist(s + i, k - 1, &abbreviations))
			return 0;
	}
	return words <= 12;
}

/* "(i) text", "(a)" alone, "i) text", "(211) TITLE IN CAPITALS". */
static int
classify_label(struct line *l)
{
	const char *s = l->text.s, *lab;
	size_t k, lablen;

	if ((k = labeltok(s, &lab, &lablen)) == 0)
		return 0;
	if (*s == '(' && isdig((unsigned char)*lab) && s[k] == ' ' &&
	    capitals(s + k + 1)) {
		setkind(l, K_HEADING, lab, lablen, k);
		return 1;
	}
	setkind(l, K_LABEL, lab, lablen, k);
	return 1;
}

/* "a. text", "iv. text": a lower-case enumeration with a dot. */
static int
classify_letter(struct line *l)
{
	const char *s = l->text.s;
	size_t i = 0;

	while (i < 4 && islow((unsigned char)s[i]))
		i++;
	if (i == 0 || s[i] != '.' || s[i + 1] != ' ' ||
	    (i > 1 && !enumeration(s, i)))
		return 0;
	setkind(l, K_LABEL, s, i, i + 1);
	return 1;
}

/*
 * "Minute 101/24 - Title", "Min. 45/24 Title", "Item 5: Title": the word
 * stays in the label ("Minute 101/24"), so that no letter of the line is
 * lost; msection reads the number after it.
 */
static int
classify_refword(struct line *l)
{
	/* "Item 5", "Item No. 5", "Agenda Item 5" are classify_item's. */
	static const char *const words[] = { "Minute No. ", "Minute No ",
		"Minute ", "Min. ", "Min ", NULL };
	const char *s = l->text.s, *const *w;
	size_t k, r, p;
	long v;

	if ((s[1] | 32) != 'i' || (s[2] | 32) != 'n')
		return 0;	/* most lines: "Members", "Motion" */
	for (w = words; *w; w++)
		if (mu_strncaseeq(s, *w, strlen(*w)))
			break;
	if (*w == NULL)
		return 0;
	k = strlen(*w);
	if ((r = minuteref(s + k)) == 0 && ((r = digits(s + k, &v)) == 0 ||
	    r > 3))
		return 0;
	p = k + r;
	if (s[p] == '.' || s[p] == ':')
		p++;
	while (s[p] == ' ')
		p++;
	if (s[p] == '-' && s[p + 1] == ' ')
		p++;
	else if (!strncmp(s + p, "\xe2\x80\x93 ", 4))
		p += 3;
	if (s[p] != '\0' && (p == k + r || !startsup(s + p + (s[p] == ' '))))
		return 0;	/* "Item 5 was deferred" */
	setkind(l, s[p] ? K_HEADING : K_NUMBER, s, k + r, p);
	return 1;
}

static size_t separator(const char *);

/* The value of a Roman numeral in capitals at s, n bytes ("IV" 4), or 0
 * when it is none. */
static long
roman(const char *s, size_t n)
{
	static const char sym[] = "IVXLC";
	static const long val[] = { 1, 5, 10, 50, 100 };
	long v = 0, a, b;
	size_t i;
	const char *p;

	for (i = 0; i < n; i++) {
		if ((p = strchr(sym, s[i])) == NULL || s[i] == '\0')
			return 0;
		a = val[p - sym];
		b = i + 1 < n && strchr(sym, s[i + 1]) && s[i + 1] ?
		    val[strchr(sym, s[i + 1]) - sym] : 0;
		v += a < b ? -a : a;
	}
	return v;
}

/* "IV. Finance": an item numbered in Roman capitals, taken only as the
 * next of its sequence (I, II, III ...) before a title, so that an
 * initial ("I. Hale reported") stays text. */
static int
classify_roman(struct tok *t, struct line *l)
{
	const char *s = l->text.s;
	size_t k = strspn(s, "IVXLC"), n;
	long v;

	if (k == 0 || k > 6 || s[k] != '.' || s[k + 1] != ' ' ||
	    (v = roman(s, k)) != t->lastroman + 1)
		return 0;
	n = l->text.len - k - 2;
	if (n == 0 || !(titlecase(s + k + 2, n) || allcaps(s + k + 2, n)))
		return 0;
	setkind(l, K_HEADING, s, k, k + 1);
	l->num = v;
	t->lastroman = v;
	return 1;
}

/* What stands between a minute reference and its title: a blank, a stop
 * ("512-3.To receive", "58/21. Title"), a colon or a dash ("86/17 –
 * Date of Next Meeting"); (size_t)-1 for anything else. */
static size_t
refsep(const char *s)
{
	size_t k;

	if (*s == '\0')
		return 0;
	if (*s == '.' && isup((unsigned char)s[1]))
		return 1;
	if ((k = separator(s)) > 0)
		return k;
	return *s == ' ' ? 1 : (size_t)-1;
}

/* An agenda number beside a minute reference, before the title: "5. ",
 * "(5) ", "5 ", "Item 5 ", "Agenda Item 5 " and a capital after it; its
 * bytes with the blank, or 0. */
static size_t
agenda_number(const char *s)
{
	size_t i = 0, k;

	if (prefixed(s, "agenda item "))
		i = 12;
	else if (prefixed(s, "item "))
		i = 5;
	k = i + (s[i] == '(');
	k += strspn(s + k, "0123456789");
	if (k == i + (s[i] == '(') || k - i > 4)
		return 0;
	if (s[i] == '(' && s[k++] != ')')
		return 0;
	if (s[k] == '.')
		k++;
	return s[k] == ' ' && isup((unsigned char)s[k + 1]) ? k + 1 : 0;
}

/* The agenda number at s (k bytes with its blank) goes to the line's
 * noise: the item's number is the minute reference beside it. */
static void
agenda_noise(struct line *l, const char *s, size_t k)
{
	mu_buf_reset(&l->noise);
	mu_buf_add(&l->noise, s, k - 1);
	l->noisekey = "chrome";
}

/* Item numbers and minute references, alone or before a title. */
static int
classify_enum(struct tok *t, struct line *l)
{
	const char *s = l->text.s;
	size_t k, p, a, lablen;
	long v;
	int title;

	if (classify_label(l) || classify_roman(t, l))
		return 1;
	if ((k = digits(s, &v)) > 0 && k < 4 && s[k] == '.') {
		/* "5. 45/21 Budget": the minute reference is the number */
		if (s[k + 1] == ' ' && !l->noisekey && (a = minuteref(s + k +
		    2)) > 0 && s[k + 2 + a] == ' ' && startsup(s + k + 3 + a)) {
			agenda_noise(l, s, k + 2);
			setkind(l, K_HEADING, s + k + 2, a, k + 2 + a);
			return 1;
		}
		if (s[k + 1] == '\0') {
			setkind(l, K_NUMBER, s, k, k + 1);
			t->lastitem = v;
			return 1;
		}
		/* "10. 2021 Annual Return" numbered on from item 9 */
		if (s[k + 1] == ' ' && (startsup(s + k + 2) ||
		    (isdig((unsigned char)s[k + 2]) && t->lastitem > 0 &&
		    v == t->lastitem + 1))) {
			numbered(t, l, v, k + 1);
			return 1;
		}
	}
	if ((k = minuteref(s)) > 0 && (p = refsep(s + k)) != (size_t)-1 &&
	    (s[k + p] == '\0' || startsup(s + k + p) ||
	    isdig((unsigned char)s[k + p]) || s[k + p] == '(')) {
		/* "45/21 5. Budget": the agenda number beside the minute's */
		if (!l->noisekey && (a = agenda_number(s + k + p)) > 0) {
			agenda_noise(l, s + k + p, a);
			p += a;
		} else if (!startsup(s + k + p) && s[k + p])
			return classify_letter(l);
		setkind(l, s[k + p] ? K_HEADING : K_NUMBER, s, k, k + p);
		return 1;
	}
	if ((k = subnumber(s, &lablen)) > 0 &&
	    (s[k] == '\0' || startsup(s + k + 1) ||
	    isdig((unsigned char)s[k + 1]))) {
		/* "3.1 Title": a sub-item; "3.1 The Panel noted": a point */
		title = s[k] && l->indent < 2 && s[l->text.len - 1] != '.' &&
		    titlecase(s + k + 1, l->text.len - k - 1);
		setkind(l, title ? K_HEADING : K_LABEL, s, lablen, k);
		return 1;
	}
	/* "12 | Declarations of Interest": a table's number cell */
	if ((k = digits(s, &v)) > 0 && k < 4 && s[k] == ' ' && s[k + 1] == '|' &&
	    s[k + 2] == ' ' && startsup(s + k + 3) && v > t->lastitem) {
		setkind(l, K_HEADING, s, k, k + 2);
		l->num = v;
		t->lastitem = v;
		return 1;
	}
	if ((k = digits(s, &v)) > 0 && k < 4 && s[k] == ' ' &&
	    !datelike(s + k + 1) && undotted(t, l, v, k))
		return 1;
	return classify_letter(l);
}

#define EN_DASH	"\xe2\x80\x93"

/* Bullet marks, in UTF-8; the markdown ones nest by indent.  "o " is
 * the second level of a word processor's list, as PDF text gives it: no
 * line of prose begins with "o" alone.  Then arrows, squares and
 * diamonds, and the same in the private area of the Symbol and Wingdings
 * fonts (U+F0xx) as PDF text gives them.  The en dash last: a wrapped
 * line may begin with a dash in a sentence ("... the figures" / "– which
 * were lower –"), so it is a weak bullet (see demote()). */
static const char *const bullets[] = {
	"- ", "* ", "\xe2\x80\xa2 ", "\xc2\xb7 ", "\xe2\x96\xaa ",
	"\xe2\x97\xa6 ", "\xe2\x80\xa3 ", "\xe2\x97\x8f ", "\xef\x82\xb7 ",
	"\xe2\x81\x83 ", "o ", "\xe2\x9e\xa2 ", "\xe2\x9e\xa4 ",
	"\xe2\x96\xba ", "\xe2\x96\xa0 ", "\xe2\x97\x86 ", "\xe2\x9d\x96 ",
	"\xef\x82\xa7 ", "\xef\x83\x98 ", "\xef\x81\xb6 ", "\xef\x83\xbc ",
	EN_DASH " ", NULL
};

/* Markdown headings "## 7. Title" and bullets "- x", "  - (i) x". */
static int
classify_markup(struct line *l)
{
	const char *s = l->text.s, *lab;
	const char *const *b;
	size_t k = 0, lablen;

	while (s[k] == '#' && k < 6)
		k++;
	if (k > 0 && s[k] == ' ') {
		consume(l, k);
		s = l->text.s;
		if ((k = digits(s, (long[]){0})) > 0 && s[k] == '.' &&
		    s[k + 1] == ' ')
			setkind(l, K_HEADING, s, k, k + 1);
		else if ((k = minuteref(s)) > 0 && s[k] == ' ')
			setkind(l, K_HEADING, s, k, k);
		else
			l->kind = K_HEADING;
		return 1;
	}
	for (b = bullets; *b; b++)	/* the first byte first: no call */
		if (**b == *s && !strncmp(s, *b, strlen(*b)))
			break;
	if (*b == NULL || l->text.len <= strlen(*b) ||
	    (**b == 'o' && !isalpha_((unsigned char)s[2])))
		return 0;
	l->depth = **b == 'o' ? 2 : 1;
	if (**b == '-' || **b == '*')
		l->depth += l->indent / 2;
	consume(l, strlen(*b));
	if ((k = labeltok(l->text.s, &lab, &lablen)) > 0)
		setkind(l, K_LABEL, lab, lablen, k);
	else
		l->kind = K_BULLET;
	if (b[1] == NULL && l->kind == K_BULLET) {
		/* the en dash: weak, and kept (not as a label) for demote() */
		mu_buf_add(&l->label, EN_DASH, 3);
		l->weak = 1;
	}
	return 1;
}

/* ---- keywords ---- */

static const struct keyword keywords[] = {
	/*
	 * Attendance labels: each starts a list of names.  The rarer ones
	 * need their colon ("Attending:", "Visitors:", "Presiding:"), so
	 * that a sentence that begins with the word stays a sentence.
	 */
	{ "Committee Members Present", "PRESENT", KW_ATTEND },
	{ "Committee Members", "PRESENT", KW_ATTEND | KW_COLON },
	{ "Council Employees Present", "IN ATTENDANCE", KW_ATTEND },
	{ "Councillors present", "PRESENT", KW_ATTEND },
	{ "Members present", "PRESENT", KW_ATTEND },
	{ "Also present", "ALSO PRESENT", KW_ATTEND },
	{ "Also in attendance", "IN ATTENDANCE", KW_ATTEND },
	{ "Also attending", "IN ATTENDANCE", KW_ATTEND | KW_COLON },
	{ "Officers in attendance", "IN ATTENDANCE", KW_ATTEND },
	{ "Officers present", "IN ATTENDANCE", KW_ATTEND },
	{ "Officials in attendance", "IN ATTENDANCE", KW_ATTEND },
	{ "In attendance", "IN ATTENDANCE", KW_ATTEND },
	{ "Officers", "IN ATTENDANCE", KW_ATTEND },
	{ "Attending", "IN ATTENDANCE", KW_ATTEND | KW_COLON },
	{ "Visitors", "ALSO PRESENT", KW_ATTEND | KW_COLON },
	{ "Participating", "PRESENT", KW_ATTEND | KW_COLON },
	{ "Sederunt", "PRESENT", KW_ATTEND },	/* Scottish: "those sitting" */
	{ "Present", "PRESENT", KW_ATTEND },
	{ "Presiding", "CHAIRMAN", KW_ATTEND | KW_COLON },
	{ "Apologies for absence", "APOLOGIES", KW_ATTEND },
	{ "Apologies", "APOLOGIES", KW_ATTEND },
	{ "Absent with apologies", "APOLOGIES", KW_ATTEND },
	{ "Absent", "ABSENT", KW_ATTEND },
	{ "Non-attendance", "ABSENT", KW_ATTEND },
	{ "Substitutes", "SUBSTITUTES", KW_ATTEND },
	{ "Unanimously resolved", "UNANIMOUSLY RESOLVED", KW_TEXT },
	{ "It was resolved", "RESOLVED", KW_TEXT },
	{ "Resolved", "RESOLVED", KW_TEXT },
	{ "Decision", "DECISION", KW_CAPS },
	{ "Agreed", "AGREED", KW_CAPS },
	{ "Moved", "MOVED", KW_CAPS },
	{ "Minutes", "MINUTES", KW_COLON },
	{ "Chairman", "CHAIRMAN", 0 },
	{ "Chair", "CHAIRMAN", 0 },
	{ "Venue", "VENUE", KW_COLON },
	{ "Date", "DATE", KW_COLON },
	{ "Time", "TIME", KW_COLON },
	{ "Place", "PLACE", KW_COLON },
	{ "Clerk", "CLERK", KW_COLON },
	{ NULL, NULL, 0 }
};

/* Bytes of a separator after a keyword: blanks, then ":", "-", "–",
 * "—" or "." and blanks; 0 when there is none. */
static size_t
separator(const char *s)
{
	size_t i = 0, k = 0;

	while (s[i] == ' ')
		i++;
	if (s[i] == ':' || s[i] == '-' || s[i] == '.')
		k = 1;
	else if (!strncmp(s + i, "\xe2\x80\x93", 3) ||
	    !strncmp(s + i, "\xe2\x80\x94", 3))
		k = 3;
	if (k == 0 || (s[i] == '.' && s[i + 1] != '\0' && s[i + 1] != ' '))
		return 0;
	if (s[i] == '-' && i == 0)
		return 0;	/* "Vice-Chairman" */
	if (s[i] == '-' && (isdig((unsigned char)s[i + 1]) ||
	    !strncmp(s + i + 1, "\xc2\xa3", 2)))
		return 0;	/* a minus sign: "RESOLVED -10 degrees" */
	i += k;
	while (s[i] == ' ')
		i++;
	return i;
}

int
allcaps(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (islow((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The keywords by first letter (see letter()), in the order of the
 * table, NULL-ended: a line is compared with the few that could match. */
#define KW_LETTER	12
static const struct keyword *byletter[27][KW_LETTER + 1];

static void
keywords_index(void)
{
	const struct keyword *k;
	size_t i;
	int b;

	for (k = keywords; k->word; k++) {
		b = letter((unsigned char)*k->word);
		for (i = 0; byletter[b][i]; i++)
			;
		if (i == KW_LETTER)
			mu_die(1, NULL, 0, "too many keywords at %c", *k->word);
		byletter[b][i] = k;
	}
}

/* A word in capital and small letters ("Cllr", "Vice"): after an
 * attendance label in capitals with no colon, a name, not more of a
 * heading in capitals ("APOLOGIES FOR ABSENCE"). */
static int
namestart(const char *s)
{
	size_t i;

	if (!isup((unsigned char)*s))
		return 0;
	for (i = 1; isalpha_((unsigned char)s[i]); i++)
		if (islow((unsigned char)s[i]))
			return 1;
	return 0;
}

/* "were Cllr A", "was Mr B": the verb that stands for a colon after an
 * attendance label ("Present were ...", "Also in attendance was ...")
 * when a name follows; its bytes and the blank, or 0. */
static size_t
were(const char *p)
{
	size_t k = !strncmp(p, "were ", 5) ? 5 : !strncmp(p, "was ", 4) ? 4 :
	    0;

	return k && namestart(p + k) ? k : 0;
}

/* Length of the keyword that starts s (0 if none); *sep gets the bytes
 * of its separator, and *kw the table entry. */
size_t
keyword_at(const char *s, const struct keyword **kw, size_t *sep)
{
	const struct keyword *const *kp, *k;
	const char *p;
	size_t n;

	for (kp = byletter[letter((unsigned char)*s)]; (k = *kp); kp++) {
		if ((k->word[1] | 32) != (s[1] | 32) ||	/* each is a letter, */
		    (k->word[2] | 32) != (s[2] | 32))	/* so s[2] is there */
			continue;
		n = strlen(k->word);
		if (!mu_strncaseeq(s, k->word, n) ||
		    isalpha_((unsigned char)s[n]))
			continue;
		p = s + n;
		while (*p == ' ')
			p++;
		*kw = k;
		*sep = separator(s + n);
		if (k->flags & KW_COLON) {
			if (*p == ':')
				return n;
			continue;
		}
		if ((*sep && (*p != '.' || k->flags & KW_TEXT)) || s[n] == '\0')
			return n;
		if (s[n] == ' ' && ((k->flags & KW_TEXT) ||
		    ((k->flags & KW_CAPS) && allcaps(s, n))))
			return n;
		if (s[n] == ' ' && (k->flags & KW_ATTEND) && allcaps(s, n) &&
		    namestart(p))
			return n;	/* "PRESENT Cllr A", "APOLOGIES Mr B" */
		if (s[n] == ' ' && (k->flags & KW_ATTEND) &&
		    (*sep = were(p)) != 0) {
			*sep += p - (s + n);	/* "Present were Cllr A" */
			return n;
		}
	}
	return 0;
}

/* Which two first letters can start a keyword: most lines are turned
 * away by one look-up. */
pairs kwpairs;

/*
 * "Presennol / Present:", "Ymddiheuriadau / Apologies:": a label given
 * in two languages, the other first.  The length of the other's words
 * and the " / " when a keyword follows them, else 0.
 */
static size_t
bilingual(const char *s)
{
	const char *p = strstr(s, " / ");
	size_t k;

	if (p == NULL || p - s > 32)
		return 0;
	for (k = 0; s + k < p; k++)
		if (isdig((unsigned char)s[k]) || s[k] == ':' || s[k] == '.')
			return 0;
	k = p + 3 - s;
	return isup((unsigned char)s[k]) && maybe(kwpairs, s + k) ? k : 0;
}

static int
classify_keyword(struct line *l)
{
	const struct keyword *kw;
	size_t n = 0, sep = 0, b = 0;
	int stop;

	if (!(maybe(kwpairs, l->text.s) && (n = keyword_at(l->text.s, &kw,
	    &sep)) != 0) && !((b = bilingual(l->text.s)) != 0 &&
	    (n = keyword_at(l->text.s + b, &kw, &sep)) != 0))
		return 0;
	n += b;
	stop = l->text.s[n] == '.' && l->text.s[n + 1] == '\0';
	setkind(l, K_KEYWORD, l->text.s, n, n + sep);
	if (stop)	/* "Resolved." closes the sentence before it */
		mu_buf_addc(&l->text, '.');
	l->key = kw->key;
	l->attend = (kw->flags & KW_ATTEND) != 0;
	l->num = sep > 0;
	return 1;
}

/* Resets the line and makes its text: 0 when that is all there is to it
 * (a blank line, a rule). */
static int
line_text(struct line *l, const char *s, size_t n)
{
	size_t span[2];
	int mend, bars;

	l->kind = K_TEXT;
	l->depth = l->weak = l->haslabel = l->attend = 0;
	l->num = 0;
	l->width = l->lead = 0;
	l->key = l->noisekey = NULL;
	l->itemword = 0;
	mu_buf_reset(&l->label);
	mu_buf_reset(&l->noise);
	for (l->indent = 0; (size_t)l->indent < n && (s[l->indent] == ' ' ||
	    s[l->indent] == '\t'); l->indent++)
		;
	l->hard = n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ';
	mend = squeeze(l, s, n, span);
	if (l->text.len && rule(l->text.s, l->text.len)) {
		l->kind = K_ARTIFACT;
		l->key = "rule";
		return 0;
	}
	bars = l->text.s[0] == '|';	/* a table row */
	l->hard |= bars;
	l->row = bars;
	if (mend)
		repair(l, span);
	if (bars)
		unbar(l);
	if (l->text.len == 0)
		l->kind = K_BLANK;
	return l->text.len > 0;
}

/* A dot after one to three letters: "C.101", also "Mr." (cheap to ask). */
static int
letterdot(const char *s)
{
	return s[1] == '.' || (s[1] && (s[2] == '.' || (s[2] && s[3] == '.')));
}

/* An item heading that says so: "ITEM 5: TITLE", "Item 5 - Title",
 * "Agenda Item 5 Title", or "Item 5" alone (a number).  Without a colon
 * or dash the title must read as one (title case or capitals), so that
 * "Item 5 was deferred" stays a sentence; weak, as a wrapped line may
 * begin so.  The word "Item" is written as chrome, after the block. */
static int
classify_item(struct tok *t, struct line *l)
{
	const char *s = l->text.s, *lab, *title;
	size_t i = 0, k, n, sep = 0;
	enum kind kind = K_HEADING;
	long v;
	int ref = 0;		/* "Item 04/09 Allotments: ..." reads so */

	if ((s[1] | 32) == 'g' && prefixed(s, "agenda "))
		i = 7;
	if ((s[i + 1] | 32) != 't' || !prefixed(s + i, "item ") ||
	    l->noisekey)
		return 0;
	i += 4;				/* the words before the number */
	if (prefixed(s + i + 1, "no. "))
		i += 4;
	else if (prefixed(s + i + 1, "no "))
		i += 3;
	lab = s + i + 1;
	/* "Item 5", "Item 04/09", "Item 03.02/11": a number or a reference */
	if ((k = minuteref(lab)) > 0 && (ref = 1))
		digits(lab, &v);
	else if ((k = digits(lab, &v)) == 0 || k > 3)
		return 0;
	title = lab + k;
	n = l->text.len - (size_t)(title - s);
	if (*title == '\0' || ((sep = separator(title)) > 0 &&
	    title[sep] == '\0'))
		kind = K_NUMBER;
	else if (sep == 0 && (*title != ' ' || !(allcaps(title + 1, n - 1) ||
	    titlecase(title + 1, n - 1) || (ref && startsup(title + 1)))))
		return 0;
	else if (!startsup(title + (sep ? sep : 1)))
		return 0;
	/* The words go to the noise: the label is the number. */
	mu_buf_reset(&l->noise);
	mu_buf_add(&l->noise, s, i);
	l->noisekey = "chrome";
	l->itemword = 1;
	setkind(l, kind, lab, k, (size_t)(title - s) + sep);
	if (kind == K_NUMBER)
		mu_buf_reset(&l->text);
	l->num = v;
	l->weak = kind == K_HEADING;
	t->lastitem = v;
	return 1;
}

/* Drops the n bytes at s + i of the line's text. */
static void
cut(struct line *l, size_t i, size_t n)
{
	memmove(l->text.s + i, l->text.s + i + n, l->text.len - i - n + 1);
	l->text.len -= n;
}

/* Could unmark() have work on s?  Most lines are turned away by their
 * first byte. */
static int
marked(const char *s)
{
	size_t i = 0;

	if (*s == '*' || *s == '_' || *s == '\\' || *s == '#')
		return 1;
	while (i < 3 && isdig((unsigned char)s[i]))
		i++;
	return i > 0 && s[i] == '\\';	/* "8\. Title" */
}

/* What a converter's markdown puts over the structure at the start of a
 * line: escapes ("8\. Title", so that it is not read as a list) and
 * emphasis ("*Resolved:* that", "__RESOLVED__ that").  They go. */
static void
unmark(struct line *l)
{
	const char *s = l->text.s, *e;
	size_t i, k;
	char c = s[0];

	for (i = 0; i + 1 < l->text.len && i < 12; i++)
		if (s[i] == '\\' && strchr(".()-*#[]_+!", s[i + 1]))
			cut(l, i, 1);
	if (c != '*' && c != '_')
		return;
	k = c == '_' && s[1] == '_' ? 2 : 1;
	if (!isalpha_((unsigned char)s[k]))
		return;
	for (e = s + k; (e = strchr(e + 1, c)) != NULL; )
		if (e[-1] != ' ' && (k == 1 || e[1] == c))
			break;
	if (e == NULL)
		return;
	cut(l, (size_t)(e - s), k);
	cut(l, 0, k);
}

/* Markup, enumerations, keywords: each tried only when the first byte
 * allows it, for speed.  Returns 1 when the line is one of them. */
static int
classify_structure(struct tok *t, struct line *l)
{
	int c = (unsigned char)l->text.s[0];

	if ((c == '#' || c == '-' || c == '*' || c >= 0xc2 || (c == 'o' &&
	    l->text.s[1] == ' ')) && !l->row && classify_markup(l))
		return 1;
	if (c == 'M' && classify_refword(l))
		return 1;
	if ((c == '(' || isdig(c) || islow(c) || (isup(c) && (memchr(l->text.s,
	    '/', l->text.len < 8 ? l->text.len : 8) || letterdot(l->text.s)))) &&
	    classify_enum(t, l))
		return 1;
	if ((c == 'I' || c == 'A') && classify_item(t, l))
		return 1;
	return classify_keyword(l);
}

/* What the piece s (n bytes) of line no is on its own. */
void
classify(struct tok *t, struct line *l, const char *s, size_t n)
{
	size_t k;

	if (!line_text(l, s, n))
		return;
	if (marked(l->text.s))
		unmark(l);
	if ((k = chrome_suffix(l->text.s, l->text.len)) > 0) {
		mu_buf_add(&l->noise, l->text.s + l->text.len - k, k);
		l->noisekey = "chrome";
		l->hard = 1;	/* a link: the next line is another */
		l->text.len -= k + 1;
		l->text.s[l->text.len] = '\0';
	} else if (l->text.len > 0 &&	/* most lines: no call */
	    isdig((unsigned char)l->text.s[l->text.len - 1]) &&
	    (k = footer_suffix(l->text.s, l->text.len)) > 0) {
		mu_buf_add(&l->noise, l->text.s + l->text.len - k + 1, k - 1);
		l->noisekey = "page";
		l->text.len -= k;
		l->text.s[l->text.len] = '\0';
		l->width -= k;
	}
	if (classify_artifact(l)) {
		t->doclinks = l->kind == K_ARTIFACT && (prefixed(l->text.s,
		    "additional documents") || prefixed(l->text.s,
		    "supporting documents")) ? 1 : t->doclinks && l->noisekey;
		return;
	}
	if (classify_structure(t, l) && !l->haslabel &&
	    chrome(l->text.s, l->text.len)) {
		l->kind = K_ARTIFACT;	/* "• Share this item" */
		l->key = "chrome";	/* (a label would be lost) */
	}
	if (l->noisekey && mu_strncaseeq(l->noise.s, "pdf", 3) &&
	    l->kind == K_TEXT && l->indent < 2 && !t->doclinks)
		l->kind = K_HEADING;	/* "Title pdf icon PDF 135 KB" */
	t->doclinks = t->doclinks && l->noisekey;
	l->lead = mu_nchars(l->text.s, mu_wordlen(l->text.s, l->text.len));
}

/* The tables of the classification, once. */
void
classify_init(void)
{
	const char *const *p;

	bytes_init();
	keywords_index();
	for (p = chrome_prefixes; *p; p++)
		prefix_letters |= 1UL << letter((unsigned char)**p);
	pairs_init(kwpairs, &keywords[0].word, sizeof keywords[0]);
}

void
classify_free(void)
{
	mu_buf_free(&cells);
}
