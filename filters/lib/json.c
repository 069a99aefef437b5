/*
 * json.c: one JSON object per line, parsed into a flat list of fields.
 *
 * Only the top level is split into fields; a nested array or object is
 * checked and kept as its JSON text, which is all the filters need (they
 * pass such values on, or print them into a CSV cell).  The decoded keys
 * and values go into one buffer per record, grown once per line to a
 * size they cannot outgrow, so the pointers handed out stay put and a
 * record costs no allocation once the buffers are warm.
 *
 * Why our own parser and not a library: the filters need one flat level
 * of fields, strict checking and the raw text of nested values.  jansson
 * builds a tree for every line (about twice jq's speed, measured on the
 * team's 150 MB stream); yajl's event parser is fast but still leaves the
 * decoding and the writing to us and adds a package.  This parser with
 * out.c's writer does parse + write at 16-20 times "jq -c ." on the same
 * stream in the same run (bench/records.sh), over the 10 times asked
 * for; it is cross-checked against jq (tests/0001-records.t) and fuzzed
 * (make fuzz).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#define PLAIN_SSE2 1
#include <emmintrin.h>
#endif

#include "minutiae.h"

#define MAXDEPTH 512

struct parser {
	const char *p, *e;
	struct mu_buf *st;
	const char *why;
};

static int value(struct parser *, int depth);

static void
skipws(struct parser *ps)
{
	while (ps->p < ps->e && (*ps->p == ' ' || *ps->p == '\t' ||
	    *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
}

static int
fail(struct parser *ps, const char *why)
{
	ps->why = why;
	return -1;
}

static int
hex4(const char *p, unsigned *u)
{
	int i;

	*u = 0;
	for (i = 0; i < 4; i++) {
		*u <<= 4;
		if (p[i] >= '0' && p[i] <= '9')
			*u |= (unsigned)(p[i] - '0');
		else if (p[i] >= 'a' && p[i] <= 'f')
			*u |= (unsigned)(p[i] - 'a' + 10);
		else if (p[i] >= 'A' && p[i] <= 'F')
			*u |= (unsigned)(p[i] - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

/* Writes code point u as UTF-8 (out has room: see the file comment). */
static void
put_utf8(struct mu_buf *b, unsigned u)
{
	char *q = b->s + b->len;

	if (u < 0x80)
		*q++ = (char)u;
	else if (u < 0x800) {
		*q++ = (char)(0xc0 | u >> 6);
		*q++ = (char)(0x80 | (u & 0x3f));
	} else if (u < 0x10000) {
		*q++ = (char)(0xe0 | u >> 12);
		*q++ = (char)(0x80 | ((u >> 6) & 0x3f));
		*q++ = (char)(0x80 | (u & 0x3f));
	} else {
		*q++ = (char)(0xf0 | u >> 18);
		*q++ = (char)(0x80 | ((u >> 12) & 0x3f));
		*q++ = (char)(0x80 | ((u >> 6) & 0x3f));
		*q++ = (char)(0x80 | (u & 0x3f));
	}
	b->len = (size_t)(q - b->s);
}

static int unicode(struct parser *, struct mu_buf *);

/* An escape at ps->p (the backslash); decoded into out unless NULL. */
static int
escape(struct parser *ps, struct mu_buf *out)
{
	char c;

	if (ps->e - ps->p < 2)
		return fail(ps, "unfinished escape in a string");
	c = ps->p[1];
	ps->p += 2;
	switch (c) {
	case '"': case '\\': case '/':
		break;
	case 'b': c = '\b'; break;
	case 'f': c = '\f'; break;
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case 'u':
		return unicode(ps, out);
	default:
		return fail(ps, "bad escape in a string");
	}
	if (out)
		out->s[out->len++] = c;
	return 0;
}

/* A \u escape (ps->p after the "u"), with its surrogate pair. */
static int
unicode(struct parser *ps, struct mu_buf *out)
{
	unsigned u, lo;

	if (ps->e - ps->p < 4 || hex4(ps->p, &u) < 0)
		return fail(ps, "bad \\u escape in a string");
	ps->p += 4;
	if (u >= 0xd800 && u < 0xdc00 && ps->e - ps->p >= 6 &&
	    ps->p[0] == '\\' && ps->p[1] == 'u' && hex4(ps->p + 2, &lo) == 0 &&
	    lo >= 0xdc00 && lo < 0xe000) {
		u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
		ps->p += 6;
	} else if (u >= 0xd800 && u < 0xe000)
		u = 0xfffd;	/* a lone surrogate, as jq does */
	if (out)
		put_utf8(out, u);
	return 0;
}

#ifndef PLAIN_SSE2
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/*
 * Whether the 8 bytes at p are all plain string bytes: no '"', no '\\',
 * no control character, no byte of a UTF-8 sequence.  Tested 8 at a time
 * because the long "text" values are most of the input and almost all
 * plain; a word with a zero byte, or a byte below 0x20, has a borrow
 * into its top bit (exact when no byte has its top bit set already).
 */
static int
plain8(const char *p)
{
	uint64_t w, q, b;

	memcpy(&w, p, 8);
	q = w ^ (ONES * '"');
	b = w ^ (ONES * '\\');
	return ((((q - ONES) & ~q) | ((b - ONES) & ~b) | (w - ONES * 0x20) |
	    w) & HIGHS) == 0;
}

#endif

/* The bytes plain8 passes, one at a time: the short keys and the end
 * of a run are read through this table. */
static const unsigned char plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/*
 * The end of the run of plain bytes at p, before e.  Local pointers, not
 * the parser's: a store through out would make the compiler reload them
 * at every step.  With SSE2 (every x86-64) 16 bytes are tested at a time
 * and the first byte that is not plain is found from the mask, not by a
 * byte loop: a signed compare below ' ' takes the control bytes and the
 * bytes of UTF-8 sequences (negative) together.
 */
#ifdef PLAIN_SSE2
static const char *
plain_run(const char *p, const char *e)
{
	const __m128i quote = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
	    space = _mm_set1_epi8(' ');
	__m128i v;
	unsigned m;

	for (; e - p >= 16; p += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)p);
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bs)),
		    _mm_cmplt_epi8(v, space)));
		if (m != 0)
			return p + __builtin_ctz(m);
	}
	while (p < e && plain[(unsigned char)*p])
		p++;
	return p;
}
#else
static const char *
plain_run(const char *p, const char *e)
{
	while (e - p >= 8 && plain8(p))
		p += 8;
	while (p < e && plain[(unsigned char)*p])
		p++;
	return p;
}
#endif

/* A string at ps->p ('"'); decoded into out when out is not NULL. */
static int
string(struct parser *ps, struct mu_buf *out)
{
	const char *run;
	int len;

	ps->p++;
	for (;;) {
		run = ps->p;
		ps->p = plain_run(run, ps->e);
		if (out && ps->p > run) {
			memcpy(out->s + out->len, run, (size_t)(ps->p - run));
			out->len += (size_t)(ps->p - run);
		}
		if (ps->p >= ps->e)
			return fail(ps, "unterminated string");
		if (*ps->p == '"') {
			ps->p++;
			return 0;
		}
		if (*ps->p == '\\') {
			if (escape(ps, out) < 0)
				return -1;
			continue;
		}
		if ((unsigned char)*ps->p < 0x20)
			return fail(ps, "control character in a string "
			    "(a raw newline or tab must be escaped)");
		len = mu_utf8_len((const unsigned char *)ps->p,
		    (size_t)(ps->e - ps->p));
		if (len == 0)
			return fail(ps, "invalid UTF-8 in a string");
		if (out) {
			memcpy(out->s + out->len, ps->p, (size_t)len);
			out->len += (size_t)len;
		}
		ps->p += len;
	}
}

static int
digits(struct parser *ps)
{
	const char *s = ps->p;

	while (ps->p < ps->e && *ps->p >= '0' && *ps->p <= '9')
		ps->p++;
	return ps->p > s ? 0 : fail(ps, "bad number");
}

static int
number(struct parser *ps)
{
	if (*ps->p == '-')
		ps->p++;
	if (ps->p < ps->e && *ps->p == '0')
		ps->p++;
	else if (digits(ps) < 0)
		return -1;
	if (ps->p < ps->e && *ps->p == '.') {
		ps->p++;
		if (digits(ps) < 0)
			return -1;
	}
	if (ps->p < ps->e && (*ps->p == 'e' || *ps->p == 'E')) {
		ps->p++;
		if (ps->p < ps->e && (*ps->p == '+' || *ps->p == '-'))
			ps->p++;
		if (digits(ps) < 0)
			return -1;
	}
	return 0;
}

static int
literal(struct parser *ps, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(ps->e - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return fail(ps, "unexpected character: not JSON");
	ps->p += n;
	return 0;
}

/* An array or object: checked, not decoded. */
static int
container(struct parser *ps, int depth)
{
	char close = *ps->p == '[' ? ']' : '}';

	if (depth > MAXDEPTH)
		return fail(ps, "nested too deeply");
	ps->p++;
	skipws(ps);
	if (ps->p < ps->e && *ps->p == close) {
		ps->p++;
		return 0;
	}
	for (;;) {
		skipws(ps);
		if (close == '}') {
			if (ps->p >= ps->e || *ps->p != '"')
				return fail(ps, "expected a key string");
			if (string(ps, NULL) < 0)
				return -1;
			skipws(ps);
			if (ps->p >= ps->e || *ps->p++ != ':')
				return fail(ps, "expected ':' after a key");
		}
		if (value(ps, depth + 1) < 0)
			return -1;
		skipws(ps);
		if (ps->p < ps->e && *ps->p == ',') {
			ps->p++;
			continue;
		}
		if (ps->p < ps->e && *ps->p == close) {
			ps->p++;
			return 0;
		}
		return fail(ps, "expected ',' or a closing bracket");
	}
}

static int
value(struct parser *ps, int depth)
{
	skipws(ps);
	if (ps->p >= ps->e)
		return fail(ps, "unexpected end of line: value missing");
	switch (*ps->p) {
	case '"':
		return string(ps, NULL);
	case '[': case '{':
		return container(ps, depth);
	case 't':
		return literal(ps, "true");
	case 'f':
		return literal(ps, "false");
	case 'n':
		return literal(ps, "null");
	default:
		if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
			return number(ps);
		return fail(ps, "unexpected character: not JSON");
	}
}

void
mu_rec_init(struct mu_rec *r)
{
	memset(r, 0, sizeof *r);
	mu_buf_init(&r->store);
}

void
mu_rec_free(struct mu_rec *r)
{
	free(r->f);
	mu_buf_free(&r->store);
	mu_rec_init(r);
}

static struct mu_field *
newfield(struct mu_rec *r)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->f = mu_realloc(r->f, r->cap * sizeof *r->f);
	}
	return &r->f[r->n++];
}

static enum mu_type
typeof_value(char c)
{
	switch (c) {
	case '"': return MU_STR;
	case '[': return MU_ARR;
	case '{': return MU_OBJ;
	case 't': return MU_TRUE;
	case 'f': return MU_FALSE;
	case 'n': return MU_NULL;
	default: return MU_NUM;
	}
}

/* One "key": value pair of the top level into a new field. */
static int
member(struct parser *ps, struct mu_rec *r)
{
	struct mu_buf *st = ps->st;
	struct mu_field *f;
	const char *start;

	if (ps->p >= ps->e || *ps->p != '"')
		return fail(ps, "expected a key string");
	f = newfield(r);
	f->key = st->s + st->len;
	if (string(ps, st) < 0)
		return -1;
	st->s[st->len++] = '\0';
	skipws(ps);
	if (ps->p >= ps->e || *ps->p++ != ':')
		return fail(ps, "expected ':' after a key");
	skipws(ps);
	if (ps->p >= ps->e)
		return fail(ps, "unexpected end of line: value missing");
	f->type = typeof_value(*ps->p);
	f->val = st->s + st->len;
	start = ps->p;
	if (f->type == MU_STR) {
		if (string(ps, st) < 0)
			return -1;
	} else {
		if (value(ps, 1) < 0)
			return -1;
		memcpy(st->s + st->len, start, (size_t)(ps->p - start));
		st->len += (size_t)(ps->p - start);
	}
	f->len = (size_t)(st->s + st->len - f->val);
	st->s[st->len++] = '\0';
	return 0;
}

int
mu_rec_parse(struct mu_rec *r, const char *line, size_t len,
    const char **why, size_t *col)
{
	struct parser ps;

	r->n = 0;
	r->unique = 0;
	r->line = line;
	r->linelen = len;
	mu_buf_reset(&r->store);
	/* Decoded text never outgrows its JSON, plus a NUL per string. */
	mu_buf_grow(&r->store, 2 * len + 16);
	ps.p = line;
	ps.e = line + len;
	ps.st = &r->store;
	ps.why = NULL;
	skipws(&ps);
	if (ps.p >= ps.e || *ps.p != '{') {
		ps.why = "not a JSON object";
		goto bad;
	}
	ps.p++;
	skipws(&ps);
	if (ps.p < ps.e && *ps.p == '}')
		ps.p++;
	else
		for (;;) {
			if (member(&ps, r) < 0)
				goto bad;
			skipws(&ps);
			if (ps.p < ps.e && *ps.p == ',') {
				ps.p++;
				skipws(&ps);
				continue;
			}
			if (ps.p < ps.e && *ps.p == '}') {
				ps.p++;
				break;
			}
			ps.why = ps.p < ps.e ? "expected ',' or '}'" :
			    "unexpected end of line: the object is not closed";
			goto bad;
		}
	skipws(&ps);
	if (ps.p < ps.e) {
		ps.why = "text after the end of the object";
		goto bad;
	}
	return 0;
bad:
	*why = ps.why;
	if (col)
		*col = (size_t)(ps.p - line) + 1;
	r->n = 0;
	return -1;
}

const struct mu_field *
mu_rec_get(const struct mu_rec *r, const char *key)
{
	size_t i;

	/* the last of equal keys, as jq; the first bytes differ most often */
	for (i = r->n; i-- > 0;)
		if (r->f[i].key[0] == key[0] && strcmp(r->f[i].key, key) == 0)
			return &r->f[i];
	return NULL;
}

/*
 * mu_rec_get for a key the filters write at field i (type, doc, line),
 * asked of every record: found there at once when r's keys are unique.
 */
static const struct mu_field *
get_at(const struct mu_rec *r, size_t i, const char *key)
{
	if (r->unique && i < r->n && strcmp(r->f[i].key, key) == 0)
		return &r->f[i];
	return mu_rec_get(r, key);
}

static const char *
str_at(const struct mu_rec *r, size_t i, const char *key)
{
	const struct mu_field *f = get_at(r, i, key);

	return f && f->type == MU_STR ? f->val : NULL;
}

const char *
mu_rec_str(const struct mu_rec *r, const char *key)
{
	const struct mu_field *f = mu_rec_get(r, key);

	return f && f->type == MU_STR ? f->val : NULL;
}

long
mu_rec_int(const struct mu_rec *r, const char *key, long dflt)
{
	const struct mu_field *f = mu_rec_get(r, key);
	char *end;
	long v;

	if (f == NULL || f->type != MU_NUM)
		return dflt;
	v = strtol(f->val, &end, 10);
	return *end == '\0' ? v : dflt;
}

const char *
mu_rec_type(const struct mu_rec *r)
{
	const char *s = str_at(r, 0, "type");

	return s ? s : "";
}

const char *
mu_rec_doc(const struct mu_rec *r)
{
	const char *s = str_at(r, 1, "doc");

	return s ? s : "-";
}

long
mu_rec_line(const struct mu_rec *r)
{
	return mu_line_value(get_at(r, 2, "line"));
}

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Says why a line is not a record, and what to do about it. */
static void
warn_bad(struct mu_input *in, const struct mu_buf *line, const char *why,
    size_t col)
{
	const char *name = mu_input_name(in);
	long no = mu_input_lineno(in);
	char c = line->s[0];

	if (line->len == 1 && (c == '{' || c == '['))
		mu_warn(name, no, "pretty-printed JSON: records must be one "
		    "object a line (use jq -c)");
	else if (c != '{' && c != '[' && c != ' ' && c != '\t')
		mu_warn(name, no, "not a record but text: minutes go through "
		    "mtokenize first");
	else
		mu_warn(name, no, "column %zu: %s: not a record (one JSON "
		    "object a line expected; jq -c writes them)", col, why);
}

int
mu_rec_next(struct mu_input *in, struct mu_buf *line, struct mu_rec *r,
    int strict, int *bad)
{
	return mu_rec_next_pass(in, line, r, strict, bad, NULL);
}

int
mu_rec_next_pass(struct mu_input *in, struct mu_buf *line, struct mu_rec *r,
    int strict, int *bad, int (*pass)(const char *, size_t))
{
	const char *why;
	size_t col;
	int got;

	while ((got = mu_input_getline(in, line)) == 1) {
		if (blank(line->s, line->len) ||
		    (pass && pass(line->s, line->len)))
			continue;
		if (mu_rec_parse(r, line->s, line->len, &why, &col) == 0) {
			if ((got = mu_rec_check(in, r, strict, bad)) != 0)
				return got;
			continue;	/* dropped, and warned about */
		}
		*bad = 1;
		if (mu_input_bad(in) <= MU_BAD_SHOWN || strict)
			warn_bad(in, line, why, col);
		if (strict)
			return -1;
	}
	return got;
}
