/*
 * mtokenize: minutes as people have them (PDF text, converter markdown,
 * saved web pages, typed minutes) into block records, one per logical
 * unit, with the damage of extraction repaired.  The stages are in
 * filters/mtokenize/ (see mtokenize.h); this file has the options, the
 * documents and the loop.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mtokenize.h"

/*
 * Forgets everything learnt from the document before, so that a
 * document's blocks are the same read alone or after others (mbatch and
 * minutes2csv send many through one process).  The per-document state,
 * audited field by field:
 *  stage 1  phys, pos, segend, segstart, physno, flat, haveline, eof,
 *           doclinks, feeds, sincefeed; read.c's webline (set again at
 *           each segment, which a new document starts);
 *  stage 2  the ring (head, count; its lines are rewritten when read),
 *           lastitem, lastroman, lastreflen (lastref is read only up to
 *           lastreflen);
 *  stage 3  gapblank, gappage, gapbreak (gap_reset), lastpage, pages,
 *           sincepage, heads and nheads, headline, arts and narts
 *           (emptied by block_close at the end of each document);
 *  stage 4  cur (closed by block_close), widths, nwidth, width, steps
 *           (the width is estimated again every 64 lines: counted from
 *           the document's first line, not the process's), attendance,
 *           itemtable, itemnext, intro, inlist; join.c's record head,
 *           cached by doc (emit_reset).
 * Not per document: drop (an option), classify.c's tables (built once
 * from constant word lists) and its scratch buffer of cells.
 */
static void
doc_reset(struct tok *t)
{
	size_t i;

	for (i = 0; i < t->nheads; i++)
		free(t->heads[i]);
	t->nheads = 0;
	t->headline = 0;
	t->top = 0;
	t->wrap = t->front = 0;
	t->head = t->count = 0;
	t->haveline = t->eof = 0;
	t->pos = t->segend = t->segstart = 0;
	t->physno = 0;
	t->flat = t->doclinks = 0;
	mu_buf_reset(&t->phys);
	t->feeds = 0;
	t->sincefeed = FEEDLINES;
	t->lastitem = t->lastroman = t->lastpage = t->pages = 0;
	t->lastreflen = 0;
	t->sincepage = 0;
	t->nwidth = 0;
	t->width = 0;
	t->steps = 0;
	t->attendance = t->intro = t->inlist = 0;
	t->itemtable = t->itemnext = 0;
	gap_reset(t);
	emit_reset();
}

/*
 * The doc of a document named name: the name itself when it is UTF-8,
 * else the name read as Windows-1252 (a file name from an old system),
 * said once, since a doc must be JSON text and its bytes cannot be.
 */
static const char *
doc_name(const char *path, const char *name)
{
	static struct mu_buf b;
	const unsigned char *p = (const unsigned char *)name;
	size_t i, n = strlen(name);
	int k;

	for (i = 0; i < n; i += (size_t)k)
		if ((k = mu_utf8_len(p + i, n - i)) == 0)
			break;
	if (i == n)
		return name;
	mu_buf_reset(&b);
	for (i = 0; i < n; i += (size_t)k)
		if ((k = mu_utf8_len(p + i, n - i)) == 0) {
			mu_cp1252_add(&b, p[i]);
			k = 1;
		} else
			mu_buf_add(&b, name + i, (size_t)k);
	mu_warn(path, 0, "the name is not UTF-8: its doc is \"%s\", the name "
	    "read as Windows-1252", mu_buf_str(&b));
	return mu_buf_str(&b);
}

/* Tokenizes one document; returns 0, or 1 after trouble reading it. */
static int
tokenize(struct tok *t, const char *path, const char *doc)
{
	int rval = 0;

	if ((t->in = mu_input_open(path, 0)) == NULL)
		return 1;
	t->doc = doc_name(path, doc);
	doc_reset(t);
	for (;;) {
		ring_fill(t);
		if (t->count == 0)
			break;
		if (t->nwidth < NWIDTH || t->steps++ % 64 == 0)
			t->width = estimate_width(t);
		step(t, ring_at(t, 0));
		t->head = t->head + 1 < LOOK ? t->head + 1 : 0;
		t->count--;
	}
	block_close(t);
	if (mu_input_close(t->in) < 0)
		rval = 1;
	t->in = NULL;
	return rval;
}

static void
tok_init(struct tok *t)
{
	size_t i;

	memset(t, 0, sizeof *t);
	for (i = 0; i < LOOK; i++) {
		mu_buf_init(&t->ring[i].label);
		mu_buf_init(&t->ring[i].text);
		mu_buf_init(&t->ring[i].noise);
	}
	mu_buf_init(&t->phys);
	mu_buf_init(&t->cur.label);
	mu_buf_init(&t->cur.text);
}

static void
tok_free(struct tok *t)
{
	size_t i;

	doc_reset(t);
	for (i = 0; i < LOOK; i++) {
		mu_buf_free(&t->ring[i].label);
		mu_buf_free(&t->ring[i].text);
		mu_buf_free(&t->ring[i].noise);
	}
	mu_buf_free(&t->phys);
	mu_buf_free(&t->cur.label);
	mu_buf_free(&t->cur.text);
	free(t->arts);
	classify_free();
	emit_free();
}

static const char synopsis[] = "[--drop-artifacts] [--doc name] [--max-line N] [file ...]";
static const char helptext[] =
    "Reads minutes (plain or gzip; stdin when no file) and writes one block\n"
    "record a logical unit: heading, number, label, bullet, para, keyword,\n"
    "artifact.\n"
    "  --doc name        the doc id of the input (stdin, or one file)\n"
    "  --drop-artifacts  leave out page numbers, running heads, web chrome\n"
    "  --max-line N  refuse a line longer than N bytes (K, M or G; 16M)\n"
    "  -h, --help, --version\n"
    "See mtokenize(1) and minutiae(7).\n";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "doc", required_argument, NULL, 'd' },
		{ "drop-artifacts", no_argument, NULL, 'D' },
		{ "max-line", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static struct tok t;
	static int ready;	/* main may run again (a fuzzer) */
	const char *docname = NULL;
	int c, i, rval = 0;

	mu_setprog(argv[0]);
	/* getopt names the tool by argv[0]: as our messages do. */
	argv[0] = (char *)mu_prog;
	if (!ready++)
		classify_init();	/* its tables are built once */
	tok_init(&t);
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			docname = optarg;
			break;
		case 'D':
			t.drop = 1;
			break;
		case 'L':
			if (mu_max_line_arg(optarg) < 0)
				mu_usage(synopsis, helptext, 0);
			break;
		case 'h':
			mu_usage(synopsis, helptext, 1);
		case 'V':
			mu_version();
		default:
			mu_usage(synopsis, helptext, 0);
		}
	}
	argc -= optind;
	argv += optind;

	if (docname && argc > 1)
		mu_usage(synopsis, helptext, 0); /* one name, one document */
	if (argc == 0)
		rval |= tokenize(&t, "-", docname ? docname : "-");
	for (i = 0; i < argc; i++)
		rval |= tokenize(&t, argv[i], docname ? docname : argv[i]);
	tok_free(&t);
	if (mu_out_finish() != 0)
		rval = 1;
	return rval;
}
