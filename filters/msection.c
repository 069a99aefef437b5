/*
 * msection: turn the block records of mtokenize into the records people
 * ask for: the meeting, who attended, the agenda items, the discussion
 * points and the resolutions.  Every text of a block lands in exactly one
 * record (meeting title, attendee raw, item title, point, resolution or
 * prose), so nothing read is lost and nothing is counted twice.
 *
 * A document is held until it ends (its meeting record comes first, but
 * the end time is often on its last line); nothing is kept across
 * documents.  Blocks are read into one arena, given a role in one pass,
 * and written in a second.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

static int rval;

static const char synopsis[] = "[--strict] [--max-line N] [file ...]";
static const char helptext[] =
    "Reads block records (stdin when no file) and writes meeting, attendee,\n"
    "item, point, resolution, vote and prose records; other records pass\n"
    "through.\n"
    "  --strict   stop at the first line that is not a record\n"
    "  --max-line N  refuse a line longer than N bytes (K, M or G; 16M)\n"
    "  -h, --help, --version\n"
    "See msection(1) and minutiae(7).\n";

int
main(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "max-line", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c, strict = 0, i;

	rval = 0;		/* main may run again (a fuzzer) */
	mu_setprog(argv[0]);
	/* getopt names the tool by argv[0]: as our messages do. */
	argv[0] = (char *)mu_prog;
	while ((c = getopt_long(argc, argv, "h", lopts, NULL)) != -1) {
		switch (c) {
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
	if (argc == 0)
		rval |= section("-", strict);
	for (i = 0; i < argc; i++)
		rval |= section(argv[i], strict);
	finish_doc();
	if (mu_out_finish() != 0)
		rval = 1;
	return rval;
}
