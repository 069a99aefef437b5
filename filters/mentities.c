/*
 * mentities: find entities (money, dates, times, people, bodies ...),
 * declarations of interest and actions in the text of minutiae records.
 *
 * Every record is passed through; after each one that carries text come
 * the records found in it (or, with --annotate, an "entities" array in
 * the record itself).  The text is cut into tokens once, and a small set
 * of recognisers, each a short function over the tokens, is tried at
 * every token: no regular expression is compiled at all.  Sentences are
 * then read for declarations of interest and actions, using the people
 * and dates already found.  The modules are in filters/mentities/ (see
 * mentities.h); this file reads the records and says what to scan.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "minutiae.h"
#include "mentities.h"

static int annotate, strict;

/* The field of r to scan, or NULL; notes what the document says. */
static const struct mu_field *
text_field(const struct mu_rec *r)
{
	const struct mu_field *f;
	const char *type = mu_rec_type(r), *k;

	if (strcmp(type, "meeting") == 0) {
		note_meeting(mu_rec_str(r, "date"), mu_rec_str(r, "body"));
		return mu_rec_get(r, "title");
	}
	if (strcmp(type, "attendee") == 0) {
		note_attendee(mu_rec_str(r, "name"));
		attendee_initials(mu_rec_str(r, "raw"), mu_rec_str(r, "name"));
		if ((f = mu_rec_get(r, "chair")) != NULL && f->type == MU_TRUE)
			note_chair(mu_rec_str(r, "name"));
		return NULL;
	}
	if (strcmp(type, "item") == 0) {
		note_item(mu_rec_str(r, "title"));
		return mu_rec_get(r, "title");
	}
	if (strcmp(type, "block") == 0) {
		k = mu_rec_str(r, "kind");
		if (k && strcmp(k, "artifact") == 0)
			return NULL;
		if (k && strcmp(k, "heading") == 0)
			note_item(mu_rec_str(r, "text"));
		return mu_rec_get(r, "text");
	}
	D.resolution = strcmp(type, "resolution") == 0;
	if (D.resolution || strcmp(type, "point") == 0 ||
	    strcmp(type, "prose") == 0)
		return mu_rec_get(r, "text");
	return NULL;
}

/* The records found in the text field f of r, after r. */
static void
found(const struct mu_rec *r, const struct mu_field *f, const char *doc,
    long line)
{
	scan(f->val, f->len);
	sentences();
	out_reset();
	if (annotate)
		out_annotated(r);
	else {
		emit_line(r->line, r->linelen);
		out_entities(r, doc, line);
	}
	out_decls(r, doc, line);
	out_actions(r, doc, line);
	if (D.ny)
		hold_flush();
}

static void
record(const struct mu_rec *r)
{
	const struct mu_field *f;
	const char *doc = mu_rec_doc(r);
	long line = mu_rec_line(r);

	if (D.doc == NULL || r->newdoc || strcmp(D.doc, doc) != 0) {
		decl_release(NULL, 0);
		hold_flush();
		doc_reset(doc);
	}
	decl_note_item(r);
	if ((f = text_field(r)) == NULL || f->type != MU_STR)
		emit_line(r->line, r->linelen);
	else
		found(r, f, doc, line);
	/* declarations read earlier that name this item */
	if (strcmp(mu_rec_type(r), "item") == 0 && mu_rec_str(r, "number"))
		decl_release(mu_rec_str(r, "number"), mu_rec_int(r, "seq", 0));
}

static int
run(const char *path)
{
	struct mu_input *in;
	struct mu_buf line;
	struct mu_rec r;
	int got, bad = 0, rval = 0;

	if ((in = mu_input_open(path, 1)) == NULL)
		return 1;
	mu_buf_init(&line);
	mu_rec_init(&r);
	while ((got = mu_rec_next(in, &line, &r, strict, &bad)) == 1)
		record(&r);
	if (got < 0 || bad)
		rval = 1;
	if (mu_input_close(in) < 0)
		rval = 1;
	mu_rec_free(&r);
	mu_buf_free(&line);
	return rval;
}

static const char synopsis[] = "[--annotate] [--strict] [--max-line N] [file ...]";
static const char helptext[] =
    "Passes every record through and after each one that carries text writes\n"
    "the entity (money, date, period, time, percent, person, role, org,\n"
    "operation, report, law, place), declaration and action records in it.\n"
    "  --annotate  add an \"entities\" array to each record instead\n"
    "  --strict    stop at the first line that is not a record\n"
    "  --max-line N  refuse a line longer than N bytes (K, M or G; 16M)\n"
    "  -h, --help, --version\n"
    "See mentities(1) and minutiae(7).\n";

int
main(int argc, char *argv[])
{
	static const struct option opts[] = {
		{ "annotate", no_argument, NULL, 'a' },
		{ "strict", no_argument, NULL, 's' },
		{ "max-line", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rval = 0;

	annotate = strict = 0;	/* main may run again (a fuzzer) */
	mu_setprog(argv[0]);
	/* getopt names the tool by argv[0]: as our messages do. */
	argv[0] = (char *)mu_prog;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'a':
			annotate = 1;
			break;
		case 's':
			strict = 1;
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
	words_init();
	if (argc == 0)
		rval = run("-");
	for (; argc > 0; argc--, argv++)
		if (run(*argv) != 0) {
			rval = 1;
			if (strict)
				break;
		}
	decl_release(NULL, 0);
	hold_flush();
	if (mu_out_finish() != 0)
		rval = 1;
	return rval;
}
