/* cols.c: the columns of mcsv, and the CSV it writes through libcsv. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "minutiae.h"
#include "mcsv.h"

static const struct {
	const char *type, *cols;
} deftab[] = {
	{ "meeting", "doc,line,date,weekday,start,end,body,venue,title" },
	{ "attendee", "doc,line,meeting.date,name,honorific,postnominals,"
	    "status,chair,role,organisation,reason,raw" },
	{ "item", "doc,line,meeting.date,item,item_seq,number,title,report" },
	{ "point", "doc,line,meeting.date,item,item.title,label,text" },
	{ "resolution", "doc,line,meeting.date,item,item.title,label,text,"
	    "unanimous" },
	{ "prose", "doc,line,meeting.date,item,kind,label,text" },
	{ "entity", "doc,line,meeting.date,item,kind,text,value,currency" },
	{ "declaration", "doc,line,meeting.date,item,member,kind,items,"
	    "reason" },
	{ "action", "doc,line,meeting.date,item,item.title,owner,text,due" },
	{ "block", "doc,line,kind,label,key,depth,text" },
};

static int started;		/* anything written yet */
static struct mu_buf row, cell;	/* reused for every row and cell */

const char *
mc_defcols(const char *type)
{
	size_t i;

	for (i = 0; i < sizeof deftab / sizeof deftab[0]; i++)
		if (strcmp(deftab[i].type, type) == 0)
			return deftab[i].cols;
	return NULL;
}

/* Appends column name unless a column of that name is there already. */
void
mc_addcol(const char *name, size_t n)
{
	struct mc_col *c;
	size_t i;

	for (i = 0; i < mc.ncols; i++)
		if (strlen(mc.cols[i].name) == n &&
		    memcmp(mc.cols[i].name, name, n) == 0)
			return;
	mc.cols = mu_realloc(mc.cols, (mc.ncols + 1) * sizeof *mc.cols);
	c = &mc.cols[mc.ncols++];
	c->name = mu_malloc(n + 1);
	memcpy(c->name, name, n);
	c->name[n] = '\0';
	c->key = c->name;
	c->ctx = MC_SELF;
	if (strncmp(c->name, "meeting.", 8) == 0 && c->name[8] != '\0') {
		c->ctx = MC_MEETING;
		c->key = c->name + 8;
		mc.needmeeting = 1;
	} else if (strncmp(c->name, "item.", 5) == 0 && c->name[5] != '\0') {
		c->ctx = MC_ITEM;
		c->key = c->name + 5;
		mc.needitem = 1;
	}
}

/* Calls fn on each non-empty part of the comma-separated list s. */
void
mc_eachpart(const char *s, void (*fn)(const char *, size_t))
{
	const char *e;

	for (; *s != '\0'; s = *e ? e + 1 : e) {
		e = strchr(s, ',');
		if (e == NULL)
			e = s + strlen(s);
		if (e > s)
			fn(s, (size_t)(e - s));
	}
}

/* Columns of an unknown type: doc, line and the keys of its first record. */
void
mc_keycols(const struct mu_rec *r)
{
	size_t i;

	mc_addcol("doc", 3);
	mc_addcol("line", 4);
	for (i = 0; i < r->n; i++)
		if (strcmp(r->f[i].key, "type") != 0)
			mc_addcol(r->f[i].key, strlen(r->f[i].key));
}

/* Writes row as it stands, with the BOM first under --excel. */
static void
flushrow(void)
{
	if (!started && mc.excel)
		mu_out_bytes("\xef\xbb\xbf", 3);
	started = 1;
	mu_buf_adds(&row, mc.excel ? "\r\n" : "\n");
	mu_out_bytes(row.s, row.len);
	mu_buf_reset(&row);
}

/*
 * Would a spreadsheet run the cell s (n bytes) as a formula?  One that
 * starts with = + - @ (or a tab or CR, which some strip first) may, but
 * a plain decimal ("-1200.00", a money value is a string) is a number,
 * and "-" alone (the doc of stdin) is nothing; both stay as they are.
 */
static int
formula(const char *s, size_t n)
{
	size_t i = 1, digits = 0;

	if (n == 0 || strchr("=+-@\t\r", s[0]) == NULL || s[0] == '\0')
		return 0;
	if (n == 1 && s[0] == '-')
		return 0;
	if (s[0] != '-' && s[0] != '+')
		return 1;
	for (; i < n && isdigit((unsigned char)s[i]); i++)
		digits++;
	if (i < n && s[i] == '.' && digits > 0)
		for (i++; i < n && isdigit((unsigned char)s[i]); i++)
			;
	return digits == 0 || i < n;
}

/*
 * Adds one cell to row.  Text that a spreadsheet would run as a formula
 * gets a leading quote under --excel; numbers are not text, so -5 stays.
 * libcsv quotes a cell; only cells that need it are given to it.
 */
static void
addcell(const char *s, size_t n, int text)
{
	size_t i, need;

	if (mc.excel && text && formula(s, n)) {
		mu_buf_reset(&cell);
		mu_buf_addc(&cell, '\'');
		mu_buf_add(&cell, s, n);
		s = cell.s;
		n = cell.len;
	}
	for (i = 0; i < n; i++)
		if (s[i] == mc.delim || s[i] == '"' || s[i] == '\n' ||
		    s[i] == '\r')
			break;
	if (i == n) {
		mu_buf_add(&row, s, n);
		return;
	}
	/* Every byte doubled at worst, and the two quotes. */
	need = 2 * n + 2;
	mu_buf_grow(&row, need);
	row.len += csv_write(row.s + row.len, need, s, n);
	row.s[row.len] = '\0';
}

/*
 * A string with a NUL character (\u0000) in it: a CSV reader would cut
 * the cell there, or the file, so each NUL is written as U+FFFD, the
 * replacement character, and said once.
 */
static void
addnul(const struct mu_field *f)
{
	static struct mu_buf b;	/* not cell: addcell uses that */
	static int warned;
	size_t i;

	mu_buf_reset(&b);
	for (i = 0; i < f->len; i++)
		if (f->val[i] == '\0')
			mu_buf_adds(&b, "\xef\xbf\xbd");
		else
			mu_buf_addc(&b, f->val[i]);
	if (!warned++)
		mu_warn(NULL, 0, "a NUL character (\\u0000) in the value of "
		    "\"%s\": written as U+FFFD", f->key);
	addcell(b.s, b.len, 1);
}

static void
addfield(const struct mu_field *f)
{
	if (f == NULL || f->type == MU_NULL)
		return;
	if (f->type == MU_STR && memchr(f->val, '\0', f->len) != NULL)
		addnul(f);
	else
		addcell(f->val, f->len, f->type == MU_STR);
}

void
mc_header(void)
{
	size_t i;

	if (mc.noheader)
		return;
	for (i = 0; i < mc.ncols; i++) {
		if (i > 0)
			mu_buf_addc(&row, mc.delim);
		addcell(mc.cols[i].name, strlen(mc.cols[i].name), 1);
	}
	flushrow();
}

void
mc_row(const struct mu_rec *r)
{
	const struct mu_rec *item = NULL, *src;
	size_t i;

	if (mc.needitem)
		item = mc_item(mu_rec_int(r, "item_seq", 0));
	for (i = 0; i < mc.ncols; i++) {
		if (i > 0)
			mu_buf_addc(&row, mc.delim);
		switch (mc.cols[i].ctx) {
		case MC_MEETING:
			src = mc_meeting();
			break;
		case MC_ITEM:
			src = item;
			break;
		default:
			src = r;
			break;
		}
		if (src != NULL)
			addfield(mu_rec_get(src, mc.cols[i].key));
	}
	flushrow();
}

void
mc_freecols(void)
{
	size_t i;

	for (i = 0; i < mc.ncols; i++)
		free(mc.cols[i].name);
	free(mc.cols);
	mu_buf_free(&row);
	mu_buf_free(&cell);
	started = 0;
}
