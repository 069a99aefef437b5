/*
 * mcsv: write minutiae records as RFC 4180 CSV, one row per record.
 *
 * Columns come from -f, or from a table of default columns per known
 * record type, or from the keys of the first record of an unknown type.
 * A column "meeting.F" or "item.F" is a context column: field F of the
 * document's meeting record or of the record's item record.  The pipeline
 * writes those before the records that refer to them, so mcsv streams and
 * keeps only the current document's meeting and items.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"
#include "mcsv.h"

struct mc mc = { .delim = ',' };

static const char synopsis[] = "[-t TYPE[,TYPE...]] [-f FIELD[,FIELD...]] "
    "[--no-header] [-d DELIM] [--excel] [--strict] [--max-line N] [FILE...]";
static const char helptext[] =
    "Writes records as RFC 4180 CSV (stdin when no file).\n"
    "  -t, --type TYPE,...     the record types to write (default: the first\n"
    "                          record's type); each has default columns\n"
    "  -f, --fields FIELD,...  the columns; meeting.F and item.F pull a field\n"
    "                          of the record's meeting or item\n"
    "  --no-header             no header row\n"
    "  -d, --delimiter C       the separator (\\t or tab for a tab)\n"
    "  --excel                 BOM, CRLF, formula cells made inert\n"
    "  --strict                stop at the first line that is not a record\n"
    "  --max-line N            refuse a line longer than N bytes (K, M, G;\n"
    "                          16M by default)\n"
    "  --help, --version\n"
    "See mcsv(1) and minutiae(7).\n";

static void
addtype(const char *s, size_t n)
{
	char *t;

	t = mu_malloc(n + 1);
	memcpy(t, s, n);
	t[n] = '\0';
	mc.types = mu_realloc(mc.types, (mc.ntypes + 1) * sizeof *mc.types);
	mc.types[mc.ntypes++] = t;
}

static int
parsedelim(const char *s)
{
	if (strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0)
		return '\t';
	if (strlen(s) != 1 || *s == '"' || *s == '\n' || *s == '\r' ||
	    (*s & 0x80)) {
		mu_warn(NULL, 0, "-d: want one ASCII character other than "
		    "a quote or a line end, not \"%s\"", s);
		mu_usage(synopsis, helptext, 0);
	}
	return *s;
}

/*
 * Columns known before any input: -f, or the defaults of the -t types.
 * Several types write the union of their defaults after a "type" column;
 * an unknown type among several has no columns to join, so it needs -f.
 */
static void
setcols(void)
{
	const char *d;
	size_t i;

	if (mc.fflag || mc.ntypes == 0)
		return;
	if (mc.ntypes > 1)
		mc_addcol("type", 4);
	for (i = 0; i < mc.ntypes; i++) {
		if ((d = mc_defcols(mc.types[i])) != NULL)
			mc_eachpart(d, mc_addcol);
		else if (mc.ntypes > 1) {
			mu_warn(NULL, 0, "-t %s: no default columns for an "
			    "unknown type among several: give -f", mc.types[i]);
			mu_usage(synopsis, helptext, 0);
		}
	}
}

/* Whether r is wanted; settles the columns at the first record if need be. */
static int
wanted(const struct mu_rec *r)
{
	const char *type = mu_rec_type(r);
	size_t i;

	if (mc.ntypes == 0 && mc.fflag)
		return 1;
	if (mc.ntypes == 0) {
		if (*type == '\0')	/* no type: warned about by the reader */
			return 0;
		if (mc.firsttype == NULL)
			mc.firsttype = mu_strdup(type);
		if (strcmp(type, mc.firsttype) != 0) {
			mc.skipped++;
			return 0;
		}
	} else {
		for (i = 0; i < mc.ntypes; i++)
			if (strcmp(type, mc.types[i]) == 0)
				break;
		if (i == mc.ntypes)
			return 0;
	}
	if (mc.cols == NULL) {
		if (mc_defcols(type))
			mc_eachpart(mc_defcols(type), mc_addcol);
		else
			mc_keycols(r);
		mc_header();
	}
	return 1;
}

/*
 * Returns 0, 1 after trouble with this input, -1 to stop altogether.  A
 * write error needs no check here: the library's output dies on it.
 */
static int
dofile(const char *path)
{
	struct mu_input *in;
	struct mu_buf line;
	struct mu_rec r;
	int bad = 0, n, status = 0;

	if ((in = mu_input_open(path, 1)) == NULL)
		return 1;
	mu_buf_init(&line);
	mu_rec_init(&r);
	while ((n = mc_next(in, &line, &r, &bad)) == 1) {
		mc_track(&r);
		if (wanted(&r))
			mc_row(&r);
	}
	if (n < 0)
		status = mc.strict && bad ? -1 : 1;
	if (mu_input_close(in) != 0 && status == 0)
		status = 1;
	if (bad && status == 0)
		status = 1;
	mu_rec_free(&r);
	mu_buf_free(&line);
	return status;
}

static void
options(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "type", required_argument, NULL, 't' },
		{ "fields", required_argument, NULL, 'f' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "no-header", no_argument, NULL, 'H' },
		{ "excel", no_argument, NULL, 'x' },
		{ "strict", no_argument, NULL, 's' },
		{ "max-line", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "t:f:d:h", longopts, NULL)) != -1)
		switch (c) {
		case 't':
			mc_eachpart(optarg, addtype);
			break;
		case 'f':
			mc.fflag = 1;
			mc_eachpart(optarg, mc_addcol);
			break;
		case 'd':
			mc.delim = parsedelim(optarg);
			break;
		case 'H':
			mc.noheader = 1;
			break;
		case 'x':
			mc.excel = 1;
			break;
		case 's':
			mc.strict = 1;
			break;
		case 'L':
			if (mu_max_line_arg(optarg) < 0) {
				mu_warn(NULL, 0, "--max-line %s: not a size (bytes, "
				    "or with K, M or G)", optarg);
				mu_usage(synopsis, helptext, 0);
			}
			break;
		case 'h':
			mu_usage(synopsis, helptext, 1);
		case 'V':
			mu_version();
			break;
		default:
			mu_usage(synopsis, helptext, 0);
		}
	if (mc.fflag && mc.ncols == 0) {
		mu_warn(NULL, 0, "-f: no field names");
		mu_usage(synopsis, helptext, 0);
	}
}

static void
cleanup(void)
{
	size_t i;

	for (i = 0; i < mc.ntypes; i++)
		free(mc.types[i]);
	free(mc.types);
	free(mc.firsttype);
	mc_freecols();
	mc_freecontext();
	/* As at the start: main may run again in one process (a fuzzer). */
	mc = (struct mc){ .delim = ',' };
}

int
main(int argc, char *argv[])
{
	int i, rval = 0, s;

	mu_setprog(argv[0]);
	options(argc, argv);
	argc -= optind;
	argv += optind;

	setcols();
	if (mc.cols != NULL)
		mc_header();
	for (i = 0; i == 0 || i < argc; i++) {
		s = dofile(argc > 0 ? argv[i] : "-");
		if (s != 0)
			rval = 1;
		if (s < 0)
			break;
	}
	if (mc.skipped > 0)
		mu_warn(NULL, 0, "wrote the %s records only (the type of the "
		    "first record); %lu of other types left out: use -t or -f",
		    mc.firsttype, mc.skipped);
	if (mu_out_finish() != 0)
		rval = 1;
	cleanup();
	return rval;
}
