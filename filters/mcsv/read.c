/* read.c: the records mcsv needs, and only those parsed. */
#include <string.h>

#include "minutiae.h"
#include "mcsv.h"

static int
typeis(const char *t, size_t n, const char *name)
{
	return name != NULL && strlen(name) == n && memcmp(t, name, n) == 0;
}

/* Whether a record of type t (n bytes) makes a row or gives context. */
static int
needed(const char *t, size_t n)
{
	size_t i;

	if (mc.list || (mc.ntypes == 0 && (mc.fflag || mc.firsttype == NULL)) ||
	    (mc.needmeeting && typeis(t, n, "meeting")) ||
	    (mc.needitem && typeis(t, n, "item")))
		return 1;
	if (mc.ntypes == 0) {
		if (typeis(t, n, mc.firsttype))
			return 1;
		mc.skipped++;
		return 0;
	}
	for (i = 0; i < mc.ntypes; i++)
		if (typeis(t, n, mc.types[i]))
			return 1;
	return 0;
}

/*
 * Whether the line can be passed over unparsed: it starts as the pipeline
 * writes records, {"type":"NAME", ends in "}", and nothing wants NAME.
 * Parsing is most of mcsv's work, and most records of a stream are of
 * types it does not write.  Any other line is parsed, and warned about
 * when it is not a record.
 */
static int
passover(const char *s, size_t n)
{
	static const char head[] = "{\"type\":\"";
	size_t h = sizeof head - 1;
	const char *t, *e;

	if (n <= h + 1 || s[n - 1] != '}' || memcmp(s, head, h) != 0)
		return 0;
	t = s + h;
	if ((e = memchr(t, '"', n - h)) == NULL ||
	    memchr(t, '\\', (size_t)(e - t)) != NULL)
		return 0;
	return !needed(t, (size_t)(e - t));
}

/* mu_rec_next(), passing over the lines that passover() allows. */
int
mc_next(struct mu_input *in, struct mu_buf *line, struct mu_rec *r, int *bad)
{
	return mu_rec_next_pass(in, line, r, mc.strict, bad, passover);
}
