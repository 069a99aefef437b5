/*
 * mtokenize.h: the private header of mtokenize, shared by its stages.
 *
 * A line goes through four stages, one file each:
 *  read.c      1. physical lines, cut at form feeds and, in a flattened
 *                 transcript, at inline headings, keywords and sentences;
 *                 the lookahead ring of classified lines;
 *  classify.c  2. what a line is on its own;
 *  page.c      3. page numbers, running heads and web chrome, decided
 *                 with the lines around them;
 *  join.c      4. wrapped lines and paragraphs cut by a page break become
 *                 one block; blocks are written.
 * text.c holds the small text helpers and word lists they share.
 * Memory is bounded by the ring (LOOK lines) and the block being built.
 */
#ifndef MTOKENIZE_H
#define MTOKENIZE_H

#include <stddef.h>

#include "minutiae.h"

#define LOOK	24	/* lookahead: page furniture, and widths at the start */
#define NWIDTH	32	/* recent line widths that estimate the text width */
#define NHEAD	16	/* short lines remembered near page breaks */
#define FLAT	300	/* a line longer than this may be a whole transcript */
#define FEEDLINES 3	/* lines after a form feed a page number may lead */

enum kind {
	K_BLANK, K_BREAK, K_TEXT, K_HEADING, K_NUMBER, K_LABEL, K_BULLET,
	K_KEYWORD, K_ARTIFACT, K_PAGENO
};

struct line {
	long no;
	enum kind kind;
	int depth;
	int indent;		/* leading blanks of the physical line */
	int hard;		/* ends in a markdown hard break */
	int piece;		/* cut from a flattened line: never joined */
	int row;		/* a table row: its cells are no list */
	int weak;		/* a heading a wrapped line may swallow */
	int haslabel;		/* label holds the enumeration (else null) */
	int attend;		/* a keyword that starts a list of names */
	long num;		/* of a heading, number, page; for a keyword,
				   1 when a colon or dash followed it */
	const char *key;	/* keyword key, or artifact label */
	struct mu_buf label;	/* enumeration, or keyword as printed */
	struct mu_buf text;	/* content, squeezed, markup removed */
	struct mu_buf noise;	/* chrome or a page number cut off the line */
	const char *noisekey;	/* its artifact label */
	int itemword;		/* the noise is the "Item" before the label */
	size_t width;		/* characters of the whole line */
	size_t lead;		/* characters of its first word */
};

struct block {
	int open;
	long no;
	enum kind kind;
	int depth, haslabel;
	const char *key;
	struct mu_buf label, text;
	size_t lastwidth;	/* of its last physical line */
	int lasthard;
	int nlines;		/* physical lines joined */
};

struct art {
	long no;
	const char *label;
	char *text;
};

struct tok {
	const char *doc;
	int drop;		/* --drop-artifacts */
	struct mu_input *in;
	/* stage 1 */
	struct mu_buf phys;	/* the physical line being cut */
	size_t pos, segend;	/* cursor and end of the current segment */
	long physno;
	size_t segstart;
	int flat, haveline, eof;
	int doclinks;		/* after "Additional documents:" */
	long feeds;		/* form feeds read */
	int sincefeed;		/* lines of text read since the last */
	/* stage 2 */
	struct line ring[LOOK];
	size_t head, count;
	long lastitem;		/* last item number seen, in input order */
	long lastroman;		/* last item numbered "IV.", in order */
	char lastref[24];	/* last item's minute reference, "70/17" */
	size_t lastreflen;
	/* stage 3 */
	int gapblank, gappage, gapbreak;
	long lastpage;
	long figno, figval;	/* the last line, a sum alone (figure_column) */
	long pages;		/* form feeds met */
	long sincepage;		/* content lines since the last page break */
	char *heads[NHEAD];	/* running heads, the most recent first */
	size_t nheads;
	int headline;		/* the open block is one that may be one */
	int top;		/* the top of the document was looked at */
	size_t wrap;		/* lines of a sharing site's wrapper to come */
	size_t front;		/* lines of YAML front matter to come */
	struct art *arts;	/* artifacts met inside the open block */
	size_t narts, capacity;
	/* stage 4 */
	struct block cur;
	size_t widths[NWIDTH];
	size_t nwidth;
	size_t width;		/* of the text, for the line being taken */
	unsigned long steps;
	int attendance;		/* in a list of names after PRESENT & co */
	int itemtable;		/* after a web page's "No. Item" */
	int itemnext;		/* after a web page's "Agenda item" */
	int intro, inlist;	/* lost bullets: after "...:", after ";" */
};

#define KW_TEXT		1	/* text may follow without a colon */
#define KW_CAPS		2	/* ... when the keyword is in capitals */
#define KW_COLON	4	/* only before a colon */
#define KW_ATTEND	8	/* starts a list of names */

struct keyword {
	const char *word, *key;
	int flags;
};

/* The pairs of first letters of a list of words, folded to 5 bits:
 * a word whose pair is not there is turned away with one look-up. */
typedef unsigned char pairs[32][32];

#define WORDS_MAX	64	/* words in a list, and bytes in a word */

/* A list of words for inlist(), indexed on its first use by first letter
 * (1-26, 0 for any other byte): a word is turned away by one look-up of
 * the lengths its letter has, or compared with the few words there. */
struct words {
	const char *const *list;	/* NULL-ended */
	int ready;
	unsigned long long lens[27];	/* bit n: a word of n bytes */
	unsigned char start[28];	/* the letter's words: [start, next) */
	unsigned char len[WORDS_MAX];
	const char *word[WORDS_MAX];	/* grouped by first letter */
};

/* ---- text.c ---- */
static inline int
isup(int c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int
islow(int c)
{
	return c >= 'a' && c <= 'z';
}

static inline int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
isalpha_(int c)
{
	return isup(c) || islow(c);
}

/* The index of a letter c, either case: 1-26; 0 for any other byte. */
static inline int
letter(int c)
{
	if (isup(c))
		return c - 'A' + 1;
	if (islow(c))
		return c - 'a' + 1;
	return 0;
}

/* Skips an opening quote or bracket: what the first letter is. */
static inline const char *
skipopen(const char *s)
{
	for (;;) {
		if (*s == '"' || *s == '\'' || *s == '(' || *s == '[')
			s++;
		else if (!strncmp(s, "\xe2\x80\x98", 3) ||
		    !strncmp(s, "\xe2\x80\x9c", 3))
			s += 3;
		else
			return s;
	}
}
static inline int
startsup(const char *s)
{
	return isup((unsigned char)*skipopen(s));
}
static inline int
startslow(const char *s)
{
	return islow((unsigned char)*s);
}
static inline int
isterminal(int c)
{
	return c == '.' || c == '?' || c == '!' || c == ';' || c == ':';
}
/* Does the text s (n bytes) end in a soft hyphen, a word cut at the end
 * of a line ("recommen\xc2\xad" / "dations")?  Only there does squeeze()
 * keep one. */
static inline int
softcut(const char *s, size_t n)
{
	return n >= 2 && (unsigned char)s[n - 1] == 0xad &&
	    (unsigned char)s[n - 2] == 0xc2;
}
static inline int
maybe(const pairs p, const char *w)
{
	return p[w[0] & 31][w[0] ? w[1] & 31 : 0];
}

int lastpunct(const char *, size_t);
void pairs_init(pairs, const char *const *, size_t stride);
int inlist(const char *, size_t, struct words *);
const char *lastword(const char *, size_t, size_t *);
extern struct words function_words, abbreviations, honorifics;

/* ---- classify.c ---- */
void classify_init(void);
void classify_free(void);
void classify(struct tok *, struct line *, const char *, size_t);
size_t keyword_at(const char *, const struct keyword **, size_t *sep);
size_t labeltok(const char *, const char **lab, size_t *lablen);
size_t minuteref(const char *);
size_t digits(const char *, long *);
int titlecase(const char *, size_t);
int datelike(const char *);
int prefixed(const char *, const char *);
int allcaps(const char *, size_t);
void setlabel(struct line *, const char *, size_t);
extern pairs kwpairs;

/* ---- read.c ---- */
struct line *ring_at(struct tok *, size_t);
void ring_fill(struct tok *);
struct line *ring_next(struct tok *);
int sentence_end(const char *, size_t);

/* ---- page.c ---- */
void step(struct tok *, struct line *);
void gap_reset(struct tok *);

/* ---- join.c ---- */
void emit(const char *doc, long no, const char *kind, const char *label,
    size_t lablen, const char *key, int depth, const char *text, size_t n);
void emit_free(void);
void emit_reset(void);
void artifact(struct tok *, long no, const char *label, const char *,
    size_t);
void block_start(struct tok *, struct line *);
void block_append(struct tok *, const struct line *);
void block_close(struct tok *);
int joins(struct tok *, const struct line *);
void record_width(struct tok *, size_t);
size_t estimate_width(const struct tok *);
int full(const struct tok *, const struct line *, int strict);
int connector(const struct block *);
int datebreak(const struct block *, const struct line *);

#endif
