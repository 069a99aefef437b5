/*
 * check.c: the record contract of minutiae(7), checked on every record a
 * filter reads, so that a record that breaks it is never read silently
 * as something else.  Each break is a warning "tool: file:line: what"
 * (an error under --strict) and makes the exit status 1:
 *  - a duplicate key: the record is dropped (each reader would take a
 *    different one of its values);
 *  - a block with no string "text": dropped (it has no words to place);
 *  - no string "type": kept, as a record of no type (passed on);
 *  - no string "doc": kept, read as doc "-";
 *  - a "line" that is not a whole number from 1 to MU_LINE_MAX (-5, 0,
 *    "12", 3.75, 1e29): kept, read as a record with no line;
 *  - the blocks of a doc whose lines start again (two streams of
 *    "mtokenize < file", both doc "-", joined): kept, and read as the
 *    start of a new document (r->newdoc).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"

/* The last block read in this process: its doc and line. */
static struct mu_buf lastdoc;
static long lastline;

/* Pairs of keys compared one with another up to this many fields; more
 * (a hostile record of 200,000 keys) are sorted, for time n log n. */
#define PAIRWISE 24

static int
keycmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The first key of r that is there twice, or NULL. */
static const char *
duplicate(const struct mu_rec *r)
{
	static const char **keys;
	static size_t cap;
	const char *dup = NULL;
	size_t i, j;

	/* A key is compared with those before it only when one of them
	 * starts with a byte of the same low six bits (seen): most keys of
	 * a record start differently. */
	if (r->n <= PAIRWISE) {
		uint64_t seen = 0, bit;

		for (i = 0; i < r->n; i++) {
			bit = (uint64_t)1 << ((unsigned char)r->f[i].key[0] & 63);
			if (seen & bit)
				for (j = 0; j < i; j++)
					if (r->f[i].key[0] == r->f[j].key[0] &&
					    strcmp(r->f[i].key, r->f[j].key) == 0)
						return r->f[i].key;
			seen |= bit;
		}
		return NULL;
	}
	if (cap < r->n) {
		cap = r->n;
		keys = mu_realloc(keys, cap * sizeof *keys);
	}
	for (i = 0; i < r->n; i++)
		keys[i] = r->f[i].key;
	qsort(keys, r->n, sizeof *keys, keycmp);
	for (i = 1; i < r->n && dup == NULL; i++)
		if (strcmp(keys[i], keys[i - 1]) == 0)
			dup = keys[i];
	return dup;
}

long
mu_line_value(const struct mu_field *f)
{
	const char *s;
	long v = 0;

	if (f == NULL || f->type != MU_NUM || f->len > 10)
		return 0;
	for (s = f->val; *s >= '0' && *s <= '9'; s++)
		v = v * 10 + (*s - '0');
	return *s == '\0' && v >= 1 && v <= MU_LINE_MAX ? v : 0;
}

/* A value is shown in a message up to this many bytes. */
#define SHOWN 40

/*
 * The value of f as JSON, for a message, into v (SHOWN * 6 + 8 bytes): a
 * string quoted and escaped as in the record, so that a newline or a
 * control character in it cannot break the message's line; cut at SHOWN
 * bytes (on a character's start, not inside one), with "..." after.
 */
static const char *
shown(const struct mu_field *f, char *v)
{
	size_t n = f->len, k = n, len;

	if (k > SHOWN)
		for (k = SHOWN; k > 0 && (f->val[k] & 0xc0) == 0x80; k--)
			;
	if (f->type == MU_STR)
		len = mu_json_quote_into(v, f->val, k);
	else
		memcpy(v, f->val, len = k);
	memcpy(v + len, "...", k < n ? 4 : 1);
	if (k == n)
		v[len] = '\0';
	return v;
}

/* Warns about r (or counts the warning past MU_BAD_SHOWN). */
static void
broke(struct mu_input *in, int strict, const char *what, const char *arg,
    const char *then)
{
	if (mu_input_broken(in) <= MU_BAD_SHOWN || strict)
		mu_warn(mu_input_name(in), mu_input_lineno(in), "%s%s%s%s",
		    what, arg ? arg : "", strict ? "" : ": ",
		    strict ? "" : then);
}

/* Lines of a doc's blocks that go back: a second stream of the doc. */
static void
restart(struct mu_input *in, struct mu_rec *r, int strict, const char *doc,
    long line, int *bad)
{
	char msg[160];

	if (lastline > 0 && line > 0 && line < lastline &&
	    strcmp(doc, mu_buf_str(&lastdoc)) == 0) {
		snprintf(msg, sizeof msg, "the lines of the doc start again "
		    "(line %ld after line %ld), as where two streams are "
		    "joined", line, lastline);
		broke(in, strict, msg, NULL, "read as a new document (name "
		    "each one: mtokenize --doc)");
		r->newdoc = 1;
		*bad = 1;
	}
	mu_buf_reset(&lastdoc);
	mu_buf_adds(&lastdoc, doc);
	lastline = line;
}

/*
 * The field key of r, tried first at i, where the filters write it.  The
 * keys of r are unique once duplicate() has passed, so the one found is
 * the one mu_rec_get would find, without its walk over the fields.
 */
static const struct mu_field *
get_at(const struct mu_rec *r, size_t i, const char *key)
{
	if (i < r->n && strcmp(r->f[i].key, key) == 0)
		return &r->f[i];
	return mu_rec_get(r, key);
}

int
mu_rec_check(struct mu_input *in, struct mu_rec *r, int strict, int *bad)
{
	const struct mu_field *type, *doc, *line, *text;
	const char *k;
	char val[SHOWN * 6 + 8];
	int isblock, broken = 0;

	r->newdoc = 0;
	if ((k = duplicate(r)) != NULL) {
		*bad = 1;
		broke(in, strict, "a key twice in one record: ", k,
		    "the record is dropped");
		return strict ? -1 : 0;
	}
	r->unique = 1;		/* see mu_rec_type */
	type = get_at(r, 0, "type");
	doc = get_at(r, 1, "doc");
	line = get_at(r, 2, "line");
	isblock = type && type->type == MU_STR && strcmp(type->val, "block") == 0;
	if (isblock && ((text = mu_rec_get(r, "text")) == NULL ||
	    text->type != MU_STR)) {
		*bad = 1;
		broke(in, strict, "a block with no \"text\" string", NULL,
		    "the record is dropped");
		return strict ? -1 : 0;
	}
	if (type == NULL || type->type != MU_STR) {
		broken = 1;
		broke(in, strict, "no \"type\" string", NULL,
		    "kept, as a record of no type");
	}
	if (doc == NULL || doc->type != MU_STR) {
		broken = 1;
		broke(in, strict, "no \"doc\" string", NULL, "read as doc \"-\"");
	}
	if (line && mu_line_value(line) == 0) {
		broken = 1;
		broke(in, strict, "\"line\" is not a whole number from 1: ",
		    shown(line, val), "read as a record with no line");
	}
	if (isblock && mu_line_value(line) > 0)
		restart(in, r, strict, doc && doc->type == MU_STR ? doc->val :
		    "-", mu_line_value(line), &broken);
	if (broken)
		*bad = 1;
	return broken && strict ? -1 : 1;
}
