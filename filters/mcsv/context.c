/*
 * context.c: the meeting record and the item records of the current
 * document, for the context columns meeting.F and item.F.  The pipeline
 * writes them before the records that refer to them, so mcsv streams and
 * keeps only these.
 */
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"
#include "mcsv.h"

/* A meeting or item record kept for the current document. */
struct keep {
	struct mu_buf line;
	struct mu_rec rec;
	unsigned long gen;	/* the document it belongs to */
};

/*
 * Item slots go by item_seq; a larger one is not an ordinal of real
 * minutes, and its records get empty item cells.
 */
#define MAXSEQ 100000

static struct mu_buf curdoc;
static struct keep meeting;
static int havemeeting;
static unsigned long docgen;		/* counts the documents */
static struct keep *items;		/* items[s - 1]: item_seq s */
static size_t capitems;

/* Copies the record into k, which then owns its text. */
static void
keep(struct keep *k, const struct mu_rec *r)
{
	const char *why;
	size_t col;

	mu_buf_reset(&k->line);
	mu_buf_add(&k->line, r->line, r->linelen);
	/* It parsed once already, so it parses again. */
	if (mu_rec_parse(&k->rec, k->line.s, k->line.len, &why, &col) != 0)
		mu_die(1, mu_rec_doc(r), mu_rec_line(r), "internal: %s", why);
	k->gen = docgen;
}

/* Grows the item slots to hold seq; they serve one document after another. */
static void
moreitems(size_t seq)
{
	size_t i, cap = capitems ? capitems : 64;

	while (cap < seq)
		cap *= 2;
	items = mu_realloc(items, cap * sizeof *items);
	for (i = capitems; i < cap; i++) {
		mu_buf_init(&items[i].line);
		mu_rec_init(&items[i].rec);
		items[i].gen = 0;
	}
	capitems = cap;
}

/*
 * Follows the document of r and keeps its meeting and item records.  The
 * per-document state, audited: curdoc, havemeeting and the generation
 * docgen, which makes every item slot of an earlier document stale at
 * once; the columns and rows of cols.c are per process (one table).
 */
void
mc_track(const struct mu_rec *r)
{
	const char *doc = mu_rec_doc(r), *type;
	long seq;

	if (docgen == 0 || r->newdoc || strcmp(doc, curdoc.s) != 0) {
		mu_buf_reset(&curdoc);
		mu_buf_adds(&curdoc, doc);
		docgen++;
		havemeeting = 0;
	}
	type = mu_rec_type(r);
	if (mc.needmeeting && !havemeeting && strcmp(type, "meeting") == 0) {
		keep(&meeting, r);
		havemeeting = 1;
	} else if (mc.needitem && strcmp(type, "item") == 0) {
		seq = mu_rec_int(r, "item_seq", 0);
		if (seq <= 0 || seq > MAXSEQ)
			return;
		if ((size_t)seq > capitems)
			moreitems((size_t)seq);
		keep(&items[seq - 1], r);
	}
}

/* The item record of the current document with that item_seq, if read. */
const struct mu_rec *
mc_item(long seq)
{
	if (seq <= 0 || (size_t)seq > capitems || items[seq - 1].gen != docgen)
		return NULL;
	return &items[seq - 1].rec;
}

/* The first meeting record of the current document, if read. */
const struct mu_rec *
mc_meeting(void)
{
	return havemeeting ? &meeting.rec : NULL;
}

void
mc_freecontext(void)
{
	size_t i;

	for (i = 0; i < capitems; i++) {
		mu_buf_free(&items[i].line);
		mu_rec_free(&items[i].rec);
	}
	free(items);
	items = NULL;
	capitems = 0;
	docgen = 0;
	havemeeting = 0;
	mu_buf_free(&meeting.line);
	mu_rec_free(&meeting.rec);
	mu_buf_free(&curdoc);
}
