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
	long seq;		/* an item's item_seq */
};

/*
 * The items kept are the last WINDOW of the document, in a ring by
 * item_seq: the records of an item follow it closely, so this serves
 * them, and memory stays flat however long one document is (a folder
 * glued with cat is one document).  A record of an item further back
 * gets empty item cells and a warning.
 */
#define WINDOW 256

static struct mu_buf curdoc;
static struct keep meeting;
static int havemeeting;
static unsigned long docgen;		/* counts the documents */
static struct keep items[WINDOW];	/* item_seq s in items[(s - 1) % WINDOW] */
static long lastseq;			/* the newest item kept */
static int warned;			/* of an item out of the window */

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

/*
 * Follows the document of r and keeps its meeting and item records.  The
 * per-document state, audited: curdoc, havemeeting, lastseq and the
 * generation docgen, which makes every item slot of an earlier document
 * stale at once; the columns and rows of cols.c are per process (one
 * table).
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
		lastseq = 0;
	}
	type = mu_rec_type(r);
	if (mc.needmeeting && !havemeeting && strcmp(type, "meeting") == 0) {
		keep(&meeting, r);
		havemeeting = 1;
	} else if (mc.needitem && strcmp(type, "item") == 0) {
		seq = mu_rec_int(r, "item_seq", 0);
		if (seq <= 0)
			return;
		keep(&items[(seq - 1) % WINDOW], r);
		items[(seq - 1) % WINDOW].seq = seq;
		if (seq > lastseq)
			lastseq = seq;
	}
}

/* The item record of the current document with that item_seq, if read. */
const struct mu_rec *
mc_item(long seq, const struct mu_rec *r)
{
	struct keep *k;

	if (seq <= 0)
		return NULL;
	k = &items[(seq - 1) % WINDOW];
	if (k->gen == docgen && k->seq == seq)
		return &k->rec;
	if (seq <= lastseq - WINDOW && !warned) {
		mu_warn(mu_rec_doc(r), mu_rec_line(r), "item %ld is more than "
		    "%d items back: its item columns are empty", seq, WINDOW);
		warned = 1;
	}
	return NULL;
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

	for (i = 0; i < WINDOW; i++) {
		mu_buf_free(&items[i].line);
		mu_rec_free(&items[i].rec);
		items[i].gen = 0;
		items[i].seq = 0;
	}
	lastseq = 0;
	warned = 0;
	docgen = 0;
	havemeeting = 0;
	mu_buf_free(&meeting.line);
	mu_rec_free(&meeting.rec);
	mu_buf_free(&curdoc);
}
