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
    "[-l] [--no-header] [-d DELIM] [--excel] [--strict] [--max-line N] "
    "[FILE...]";
static const char helptext[] =
    "Writes records as RFC 4180 CSV (stdin when no file).\n"
    "  -t, --type TYPE,...     the record types to write (default: the first\n"
    "                          record's type); each has default columns; the\n"
    "                          name of its file is taken too (resolutions)\n"
    "  -f, --fields FIELD,...  the columns; meeting.F and item.F pull a field\n"
    "                          of the record's meeting or item\n"
    "  -l, --list              list the record types of the input, with their\n"
    "                          counts and fields, instead\n"
    "  --no-header             no header row\n"
    "  -d, --delimiter C       the separator (\\t or tab for a tab)\n"
    "  --excel                 for a spreadsheet: BOM, CRLF, formula cells\n"
    "                          made inert, text kept as text\n"
    "  --strict                stop at the first line that is not a record\n"
    "  --max-line N            refuse a line longer than N bytes (K, M, G;\n"
    "                          16M by default)\n"
    "  -h, --help, --version\n"
    "See mcsv(1) and minutiae(7).\n";

/*
 * Adds a -t type: a known type, or the name of its CSV file, is the type;
 * another name is kept for a type that mcsv does not know, and must then
 * turn up in the input (see checktypes).
 */
static void
addtype(const char *s, size_t n)
{
	const char *known;
	char *t;

	t = mu_malloc(n + 1);
	memcpy(t, s, n);
	t[n] = '\0';
	if ((known = mc_knowntype(t)) != NULL) {
		free(t);
		t = mu_strdup(known);
	}
	mc.types = mu_realloc(mc.types, (mc.ntypes + 1) * sizeof *mc.types);
	mc.seen = mu_realloc(mc.seen, (mc.ntypes + 1) * sizeof *mc.seen);
	mc.seen[mc.ntypes] = 0;
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

	if (mc.list) {
		mc_list_add(r);
		return 0;
	}
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
		mc.seen[i] = 1;
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
		{ "list", no_argument, NULL, 'l' },
		{ "max-line", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "t:f:d:lh", longopts, NULL)) != -1)
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
		case 'l':
			mc.list = 1;
			break;
		case 'L':
			if (mu_max_line_arg(optarg) < 0)
				mu_usage(synopsis, helptext, 0);
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
	if (mc.list && (mc.fflag || mc.ntypes > 0)) {
		mu_warn(NULL, 0, "-l lists every type: it takes no -t or -f");
		mu_usage(synopsis, helptext, 0);
	}
}

/*
 * The fields of the -t types, when mcsv knows them all, as a message
 * lists them into buf; NULL when some type is not known.
 */
static const char *
knownfields(struct mu_buf *buf)
{
	const char *f;
	size_t i;

	mu_buf_reset(buf);
	mu_buf_adds(buf, "type,doc,line");
	for (i = 0; i < mc.ntypes; i++) {
		if ((f = mc_fields(mc.types[i])) == NULL)
			return NULL;
		mu_buf_addc(buf, ',');
		mu_buf_adds(buf, f);
	}
	return buf->s;
}

/*
 * Before any input: each -f field must be one that the -t types carry
 * (or their meeting's or item's), when mcsv knows those types; otherwise
 * it is a usage error that lists the fields there are.
 */
static void
checkfields(void)
{
	struct mu_buf buf;
	const char *list, *in;
	size_t i;

	if (!mc.fflag || mc.ntypes == 0)
		return;
	mu_buf_init(&buf);
	if ((list = knownfields(&buf)) == NULL) {
		mu_buf_free(&buf);
		return;
	}
	for (i = 0; i < mc.ncols; i++) {
		in = mc.cols[i].ctx == MC_MEETING ? mc_fields("meeting") :
		    mc.cols[i].ctx == MC_ITEM ? mc_fields("item") : list;
		if (mc_inlist(in, mc.cols[i].key, strlen(mc.cols[i].key)))
			continue;
		mu_warn(NULL, 0, "-f %s: no such field; the records asked for "
		    "have %s, and meeting.F, item.F for a field F of their "
		    "meeting or item", mc.cols[i].name, list);
		mu_buf_free(&buf);
		mu_usage(synopsis, helptext, 0);
	}
	mu_buf_free(&buf);
}

/*
 * After the input: a -t type that mcsv does not know and that no record
 * had, or a -f field that no record written had, is a usage error (it
 * would be an empty table or column, silently).
 */
static void
checkseen(void)
{
	size_t i;

	for (i = 0; i < mc.ntypes; i++)
		if (!mc.seen[i] && mc_fields(mc.types[i]) == NULL) {
			mu_out_finish();
			mu_warn(NULL, 0, "-t %s: no such record type, and no "
			    "record of it in the input; the types are %s "
			    "(mcsv -l lists those of the input)",
			    mc.types[i], mc_typelist());
			mu_usage(synopsis, helptext, 0);
		}
	if (!mc.fflag || mc.rows == 0)
		return;
	for (i = 0; i < mc.ncols; i++)
		if (mc.cols[i].ctx == MC_SELF && !mc.cols[i].found) {
			mu_out_finish();
			mu_warn(NULL, 0, "-f %s: no record written has this "
			    "field (mcsv -l lists the fields of the input)",
			    mc.cols[i].name);
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
	free(mc.seen);
	free(mc.firsttype);
	mc_list_free();
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
	/* getopt names the tool by argv[0]: "mcsv:", as our messages do. */
	argv[0] = (char *)mu_prog;
	options(argc, argv);
	argc -= optind;
	argv += optind;

	setcols();
	checkfields();
	if (mc.cols != NULL)
		mc_header();
	for (i = 0; i == 0 || i < argc; i++) {
		s = dofile(argc > 0 ? argv[i] : "-");
		if (s != 0)
			rval = 1;
		if (s < 0)
			break;
	}
	if (mc.list)
		mc_list_write();
	else
		checkseen();
	if (mc.skipped > 0)
		mu_warn(NULL, 0, "wrote the %s records only (the type of the "
		    "first record); %lu of other types left out: use -t or -f",
		    mc.firsttype, mc.skipped);
	if (mu_out_finish() != 0)
		rval = 1;
	cleanup();
	return rval;
}
