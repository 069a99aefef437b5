/* join.c: stage 4, joining lines into blocks, and writing them. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mtokenize.h"

static const char *const kindname[] = {
	"blank", "break", "para", "heading", "number", "label", "bullet",
	"keyword", "artifact", "page"
};

/* ---- stage 4 (used by 3): block emission ---- */

/* A block record, and the head that every record of a document starts
 * with ({"type":"block","doc":"...","line":), made once a document. */
struct record {
	long no;
	const char *kind, *label, *key, *text;
	size_t lablen, n;
	int depth;
	size_t kindlen, keylen;
};
static struct mu_buf head, big;	/* big: a record too large for in place */
static const char *headdoc;		/* the doc of head */

/* Copies the string literal lit to p and steps past it. */
#define PUT(p, lit)	((p) = (char *)memcpy((p), (lit), sizeof(lit) - 1) + \
			    sizeof(lit) - 1)

/* Writes the decimal digits of v (>= 0) to p; returns the end.  Line
 * numbers run to millions: the digits are counted and made two at a
 * time, from the last. */
static char *
put_number(char *p, long v)
{
	static const char twodigits[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "62636465666768697071727374757677787980818283848586878889909192"
	    "93949596979899";
	unsigned long u = (unsigned long)v, x;
	size_t k = 1;
	char *q;

	for (x = u; x >= 100; x /= 100)
		k += 2;
	k += x >= 10;
	q = p += k;
	for (; u >= 100; u /= 100) {
		q -= 2;
		memcpy(q, twodigits + 2 * (u % 100), 2);
	}
	if (u >= 10)
		memcpy(q - 2, twodigits + 2 * u, 2);
	else
		q[-1] = (char)('0' + u);
	return p;
}

/* The most bytes record_into() writes for r. */
static size_t
record_size(const struct record *r)
{
	size_t n = head.len + 2 * 24 + 64 + r->kindlen + r->keylen +
	    MU_QUOTE_MAX(r->n);

	if (r->label)
		n += MU_QUOTE_MAX(r->lablen);
	return n;
}

/* Writes the record line of r to dst, record_size() bytes at most;
 * returns its length. */
static size_t
record_into(char *dst, const struct record *r)
{
	char *p = dst;

	memcpy(p, head.s, head.len);
	p = put_number(p + head.len, r->no);
	PUT(p, ",\"kind\":\"");
	p = (char *)memcpy(p, r->kind, r->kindlen) + r->kindlen;
	PUT(p, "\",\"label\":");
	if (r->label)
		p += mu_json_quote_into(p, r->label, r->lablen);
	else
		PUT(p, "null");
	if (r->key) {
		PUT(p, ",\"key\":\"");
		p = (char *)memcpy(p, r->key, r->keylen) + r->keylen;
		PUT(p, "\"");
	}
	PUT(p, ",\"depth\":");
	p = put_number(p, r->depth);
	PUT(p, ",\"text\":");
	p += mu_json_quote_into(p, r->text, r->n);
	PUT(p, "}\n");
	return (size_t)(p - dst);
}

/* Writes a block record, built whole in the output buffer: one copy of
 * the text, escaped on the way. */
void
emit(const char *doc, long no, const char *kind, const char *label,
    size_t lablen, const char *key, int depth, const char *text, size_t n)
{
	struct record r = { no, kind, label, key, text, lablen, n, depth,
	    strlen(kind), key ? strlen(key) : 0 };
	size_t size;
	char *p;

	if (headdoc != doc) {
		mu_buf_reset(&head);
		mu_buf_adds(&head, "{\"type\":\"block\",\"doc\":");
		mu_json_quote(&head, doc, strlen(doc));
		mu_buf_adds(&head, ",\"line\":");
		headdoc = doc;
	}
	size = record_size(&r);
	if ((p = mu_out_reserve(size)) != NULL) {
		mu_out_commit(record_into(p, &r));
		return;
	}
	mu_buf_reset(&big);
	mu_buf_grow(&big, size);
	mu_out_bytes(big.s, record_into(big.s, &r));
}

/* A new document: the record head is made again (its doc may be at the
 * address of the last one's). */
void
emit_reset(void)
{
	headdoc = NULL;
}

/* Artifacts inside the open block wait for it, to keep the blocks in
 * the order of their first lines. */
void
artifact(struct tok *t, long no, const char *label, const char *s, size_t n)
{
	struct art *a;

	if (t->drop)
		return;
	if (!t->cur.open) {
		emit(t->doc, no, "artifact", label, strlen(label), NULL, 0,
		    s, n);
		return;
	}
	if (t->narts == t->capacity) {
		t->capacity = t->capacity ? 2 * t->capacity : 8;
		t->arts = mu_realloc(t->arts, t->capacity * sizeof *t->arts);
	}
	a = &t->arts[t->narts++];
	a->no = no;
	a->label = label;
	a->text = memcpy(mu_malloc(n + 1), s, n + 1);
}

static const char *const conjunction_list[] = { "and", "or", NULL };
static struct words conjunctions = { .list = conjunction_list };

/* Lost bullets: paragraphs ending ";" after one ending ":", and the
 * last of them. */
static void
lost_bullet(struct tok *t, struct block *b)
{
	int p = lastpunct(b->text.s, b->text.len);
	int lost = b->kind == K_TEXT && (t->inlist || (t->intro && p == ';'));
	size_t w, n = b->text.len;
	const char *last;

	if (lost) {
		b->kind = K_BULLET;
		b->depth = 1;
	}
	/* The list goes on, unless at a full stop not after "and", "or". */
	t->inlist = lost && p != '.';
	if (lost && p == '.' && n > 4) {
		last = lastword(b->text.s, n, &w);
		t->inlist = inlist(last, w, &conjunctions);
	}
	t->intro = (b->kind == K_TEXT || b->kind == K_LABEL) && p == ':';
	/* The lengths and the colon first: most blocks are none of these. */
	if (b->kind == K_TEXT && ((n >= 8 && b->text.s[n - 1] == ':' &&
	    mu_strncaseeq(b->text.s + n - 8, "present:", 8)) || (n == 11 &&
	    !strcmp(b->text.s, "Councillors")) || (n == 7 &&
	    !strcmp(b->text.s, "Members"))))
		t->attendance = 1;	/* "... when there were present:" */
}

void
block_close(struct tok *t)
{
	struct block *b = &t->cur;
	size_t i;

	if (b->open) {
		if (softcut(b->text.s, b->text.len))
			b->text.s[b->text.len -= 2] = '\0';	/* no word after */
		lost_bullet(t, b);
		emit(t->doc, b->no, kindname[b->kind], b->haslabel ?
		    b->label.s : NULL, b->label.len, b->kind == K_KEYWORD ?
		    b->key : NULL, b->depth, mu_buf_str(&b->text), b->text.len);
		b->open = 0;
	}
	for (i = 0; i < t->narts; i++) {
		emit(t->doc, t->arts[i].no, "artifact", t->arts[i].label,
		    strlen(t->arts[i].label), NULL, 0, t->arts[i].text,
		    strlen(t->arts[i].text));
		free(t->arts[i].text);
	}
	t->narts = 0;
}

/* ---- stage 4: joining ---- */

/* Hyphens that stay when a word is joined over a line end. */
static const char *const hyphen_list[] = {
	"self", "non", "co", "ex", "well", "cross", "long", "short", "anti",
	"multi", "pre", "post", "re", "semi", "sub", "vice", "half", "part",
	"full", "high", "low", "mid", "all", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "year",
	"day", "on", "off", "in", "out", "up", "follow", "built", "ring",
	"cost", "value", "front", "back", "old", "new", "x", "e", NULL
};
static struct words hyphen_prefixes = { .list = hyphen_list };

/* ... and words after which one stays: they end compounds, never a word
 * cut at a syllable ("decision-" "making", "evidence-" "based"). */
static const char *const hyphen_head_list[] = {
	"making", "based", "related", "wide", "friendly", "specific", "owned",
	"funded", "focused", "scale", "level", "term", "free", "driven",
	"centred", "minded", "sized", NULL
};
static struct words hyphen_heads = { .list = hyphen_head_list };

/* Does the hyphen of w (n bytes, before the hyphen) stay when the word
 * goes on with next on the next line?  After a prefix that keeps one,
 * inside a word that has one, after an acronym ("NHS-" "funded"), and
 * before the end of a compound. */
static int
keep_hyphen(const char *w, size_t n, const char *next)
{
	size_t i, caps = 0;

	if (inlist(w, n, &hyphen_prefixes) || memchr(w, '-', n))
		return 1;
	for (i = 0; i < n && !islow((unsigned char)w[i]); i++)
		caps += isup((unsigned char)w[i]);
	if (i == n && caps >= 2)
		return 1;
	for (i = 0; islow((unsigned char)next[i]); i++)
		;
	return inlist(next, i, &hyphen_heads);
}

void
record_width(struct tok *t, size_t w)
{
	t->widths[t->nwidth++ % NWIDTH] = w;
}

/* The width of the text, from recent lines and the lines ahead: the
 * second largest, so one stray long line does not decide it, and 0 when
 * too few lines come near it for the text to be wrapped at a width. */
size_t
estimate_width(const struct tok *t)
{
	size_t i, k, n = t->nwidth < NWIDTH ? t->nwidth : NWIDTH;
	size_t w[NWIDTH + LOOK], m = 0, a = 0, b = 0, near = 0;

	for (i = 0; i < n; i++)
		w[m++] = t->widths[i];
	for (i = 0, k = t->head; i < t->count; i++) {	/* the ring, in order */
		if (!t->ring[k].piece)
			w[m++] = t->ring[k].width;
		if (++k == LOOK)
			k = 0;
	}
	for (i = 0; i < m; i++) {
		if (w[i] > a) {
			b = a;
			a = w[i];
		} else if (w[i] > b)
			b = w[i];
	}
	for (i = 0; i < m; i++)
		near += w[i] * 10 >= b * 8;
	return near >= 3 ? b : 0;
}

/* Would the first word of l have fitted on the block's last line?  If
 * not, the line break is a wrap.  Proportional fonts put more or fewer
 * characters on a line: a sentence end must be clearly full. */
int
full(const struct tok *t, const struct line *l, int strict)
{
	size_t w = t->width, need = t->cur.lastwidth + 1 + l->lead;

	if (w < 30)
		return 0;
	return strict ? need > w : need * 100 > w * 85;
}

/* The block ends with a word or mark that cannot end a sentence. */
int
connector(const struct block *b)
{
	size_t n;
	const char *w = lastword(b->text.s, b->text.len, &n);
	int c = b->text.len ? b->text.s[b->text.len - 1] : 0;

	/* "Cllr O Ewart A" (a register's code), "Jane Doe A" (an
	 * initial): a capital A after a word in lower case is no article */
	if (n == 1 && w[0] == 'A' && w > b->text.s + 1 &&
	    islow((unsigned char)w[-2]))
		return 0;
	return c == ',' || c == '-' || inlist(w, n, &function_words) ||
	    (w > b->text.s && inlist(w, n, &honorifics)) ||
	    (n == 3 && !strncmp(w, "\xe2\x80\x93", 3));
}

/* The day of a month at s (n bytes, a whole word): 1 to 31, an ordinal
 * suffix allowed ("18", "3rd"). */
static int
dayword(const char *s, size_t n)
{
	size_t k = 0;
	int v = 0;

	while (k < n && k < 3 && isdig((unsigned char)s[k]))
		v = v * 10 + s[k++] - '0';
	return k > 0 && k < 3 && v >= 1 && v <= 31 &&
	    (k == n || (n - k == 2 && mu_ordinal(s + k, 2)));
}

/* The letters that start s (n bytes). */
static size_t
alphalen(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && isalpha_((unsigned char)s[k]))
		k++;
	return k;
}

/* Is the break between the block and l inside a date?  A day number and
 * a month ("... on Thursday 18" / "April 2024"), a weekday and its day
 * ("... booked for Thursday" / "25 April"), a month and its year or day:
 * a paragraph does not end there, however short the line (figures and
 * capitals are wide in a proportional font, so fewer fit).  The tests
 * start at digits, which few line ends and starts have. */
int
datebreak(const struct block *b, const struct line *l)
{
	const char *w, *s = l->text.s;
	size_t n, k, ln = l->text.len;

	if (b->text.len == 0 || ln == 0 ||
	    isdig((unsigned char)b->text.s[b->text.len - 1]) ==
	    isdig((unsigned char)s[0]))
		return 0;	/* most: a digit on neither side */
	w = lastword(b->text.s, b->text.len, &n);
	if (isdig((unsigned char)w[n - 1]))
		return dayword(w, n) && isup((unsigned char)s[0]) &&
		    mu_month(s, alphalen(s, ln), NULL);
	if (!isup((unsigned char)w[0]) || alphalen(w, n) != n)
		return 0;
	k = mu_wordlen(s, ln);
	while (k > 0 && (s[k - 1] == '.' || s[k - 1] == ','))
		k--;
	if (mu_wday(w, n) >= 0)
		return dayword(s, k);
	return mu_month(w, n, NULL) && (dayword(s, k) || (k == 4 &&
	    isdig((unsigned char)s[1]) && isdig((unsigned char)s[2]) &&
	    isdig((unsigned char)s[3])));
}

/* In a list of names, a line that starts a new entry. */
static int
entry(const struct line *l)
{
	const char *s = l->text.s;
	size_t n = mu_wordlen(s, l->text.len);

	return inlist(s, n, &honorifics) || strstr(s, " \xe2\x80\x93 ") ||
	    strstr(s, " - ") || strchr(s, ',') || strchr(s, '(');
}

/* Adjacent lines: is the break between them a wrap? */
static int
join_wrapped(struct tok *t, const struct line *l)
{
	int p = lastpunct(t->cur.text.s, t->cur.text.len);

	if (softcut(t->cur.text.s, t->cur.text.len))
		return 1;	/* a word cut at a soft hyphen goes on */
	if (t->cur.lasthard || p == ';' || p == ':')
		return 0;
	if (startslow(l->text.s) || datebreak(&t->cur, l))
		return 1;
	if (t->cur.kind == K_HEADING)	/* a long title wraps on */
		return connector(&t->cur) ||
		    (t->cur.nlines > 1 && full(t, l, 0));
	if (t->attendance)
		return connector(&t->cur) || (full(t, l, 0) && !entry(l));
	if (connector(&t->cur))
		return 1;
	if (t->cur.kind == K_LABEL && t->cur.depth == 0 && t->cur.nlines > 1)
		return 1;	/* a wrapped point goes on, no blank line */
	return full(t, l, p == '.' || p == '?' || p == '!');
}

/* Lines with blank lines or page furniture between: is it one paragraph
 * cut by a page break? */
static int
join_across(struct tok *t, const struct line *l)
{
	struct block *b = &t->cur;

	if (b->kind != K_TEXT && b->kind != K_LABEL && b->kind != K_BULLET)
		return 0;
	if (isterminal(lastpunct(b->text.s, b->text.len)))
		return 0;
	if (startslow(l->text.s) || connector(b) ||
	    ((t->gappage || t->gapbreak) && datebreak(b, l)))
		return 1;
	if (t->attendance)
		return 0;
	if (t->gappage || t->gapbreak)
		return b->lastwidth * 10 >= t->width * 6;
	return t->nwidth >= NWIDTH / 2 && full(t, l, 1);
}

int
joins(struct tok *t, const struct line *l)
{
	struct block *b = &t->cur;

	if (!b->open || l->kind != K_TEXT || l->piece)
		return 0;
	if (b->kind == K_LABEL && b->text.len == 0)
		return 1;	/* "(i)" alone, its paragraph below */
	if (b->text.len == 0 || b->kind == K_NUMBER || b->kind == K_ARTIFACT)
		return 0;
	if (t->gapblank || t->gappage || t->gapbreak)
		return join_across(t, l);
	return join_wrapped(t, l);
}

void
block_append(struct tok *t, const struct line *l)
{
	struct mu_buf *b = &t->cur.text;
	size_t n;
	const char *w;

	if (softcut(b->s, b->len))
		b->len -= 2;	/* "commis\xc2\xad" "sioner": no blank */
	else if (b->len > 1 && b->s[b->len - 1] == '-' &&
	    isalpha_((unsigned char)b->s[b->len - 2]) &&
	    isalpha_((unsigned char)l->text.s[0])) {
		w = lastword(b->s, b->len - 1, &n);
		if (startslow(l->text.s) && !keep_hyphen(w, n, l->text.s))
			b->len--;	/* "commis-" "sioner" */
		/* else "Vice-" "Chairman": the hyphen stays, no blank */
	} else if (b->len > 0)
		mu_buf_addc(b, ' ');
	mu_buf_add(b, l->text.s, l->text.len);
	t->cur.lastwidth = l->width;
	t->cur.lasthard = l->hard;
	t->cur.nlines++;
}

/* A sentence, not an entry of a list of names: two words or more in
 * lower case that are not small words, outside brackets. */
static int
prose(const struct line *l)
{
	static const char *const small_list[] = {
		"and", "of", "the", "for", "to", "in", "on", "at", "by", "with",
		"a", "an", "from", "or", "&", "substitute", NULL
	};
	static struct words small = { .list = small_list };
	const char *s = l->text.s;
	size_t i, k, n = l->text.len, words = 0;
	int depth = 0;

	if (inlist(s, mu_wordlen(s, n), &honorifics))
		return 0;
	for (i = 0; i < n && words < 2; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		depth += s[i] == '(';
		if (!depth && islow((unsigned char)s[i]) &&
		    !inlist(s + i, k, &small))
			words++;
		depth -= depth > 0 && s[i + k - 1] == ')';
	}
	return words >= 2;
}

static void
swap(struct mu_buf *a, struct mu_buf *b)
{
	struct mu_buf t = *a;

	*a = *b;
	*b = t;
}

/* Opens a block with the line l.  The block takes the line's text and
 * label by swapping buffers, not by copying: the line is done with once
 * this step is over (stage 2 resets it for the next line). */
void
block_start(struct tok *t, struct line *l)
{
	struct block *b = &t->cur;

	if (l->kind == K_KEYWORD)
		t->attendance = l->attend;
	else if (t->attendance && ((l->kind != K_TEXT && l->kind != K_BULLET) ||
	    prose(l)))
		t->attendance = 0;
	b->open = 1;
	b->no = l->no;
	b->kind = l->kind;
	b->depth = l->depth;
	b->haslabel = l->haslabel;
	b->key = l->key;
	swap(&b->label, &l->label);
	swap(&b->text, &l->text);
	b->lastwidth = l->width;
	b->lasthard = l->hard;
	b->nlines = 1;
}

void
emit_free(void)
{
	mu_buf_free(&big);
	mu_buf_free(&head);
}
