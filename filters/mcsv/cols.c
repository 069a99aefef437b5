/* cols.c: the columns of mcsv, and the CSV it writes through libcsv. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "minutiae.h"
#include "mcsv.h"

/*
 * The record types mcsv knows: their default columns, and every field
 * they carry (minutiae(7)), which -f is checked against.  The item
 * records carry item and item_seq: (doc, item_seq) is the key that joins
 * them to items.csv, since item (the number as printed) may be null or
 * repeat.  A type without a field list is not checked.
 */
static const struct deftype {
	const char *type, *cols, *fields;
} deftab[] = {
	{ "meeting", "doc,line,date,weekday,start,end,body,venue,title",
	    "body,venue,date,weekday,start,end,title" },
	{ "attendee", "doc,line,meeting.date,name,honorific,postnominals,"
	    "status,chair,role,organisation,reason,arrived,left,raw",
	    "name,honorific,postnominals,raw,status,chair,role,organisation,"
	    "reason,arrived,left" },
	{ "attendance", "doc,line,meeting.date,item,item_seq,item.title,event,"
	    "name,attendee,time,at", "item,item_seq,event,name,attendee,time,at" },
	{ "item", "doc,line,meeting.date,item,item_seq,number,title,report,"
	    "exempt,private", "item,item_seq,number,seq,title,report,exempt,"
	    "private" },
	{ "point", "doc,line,meeting.date,item,item_seq,item.title,label,"
	    "text", "item,item_seq,label,text,entities" },
	{ "resolution", "doc,line,meeting.date,item,item_seq,item.title,"
	    "label,text,unanimous,outcome,kind",
	    "item,item_seq,label,text,unanimous,outcome,kind,entities" },
	{ "vote", "doc,line,meeting.date,item,item_seq,item.title,resolution,"
	    "motion,mover,mover_attendee,seconder,seconder_attendee,for,"
	    "against,abstain,named,casting,outcome",
	    "item,item_seq,resolution,motion,mover,mover_attendee,seconder,"
	    "seconder_attendee,for,against,abstain,named,casting,outcome" },
	{ "prose", "doc,line,meeting.date,item,item_seq,kind,label,text",
	    "item,item_seq,kind,label,text,entities" },
	{ "entity", "doc,line,meeting.date,item,item_seq,kind,text,value,"
	    "currency", "item,item_seq,kind,text,value,start,end,currency,"
	    "inferred,attendee,expansion" },
	{ "declaration", "doc,line,meeting.date,item,item_seq,member,kind,"
	    "items,reason,left",
	    "item,item_seq,member,kind,items,reason,attendee,left" },
	{ "action", "doc,line,meeting.date,item,item_seq,item.title,owner,"
	    "text,due", "item,item_seq,owner,text,due" },
	{ "block", "doc,line,kind,label,key,depth,text",
	    "kind,label,key,depth,text,entities" },
};
#define NDEFTAB (sizeof deftab / sizeof deftab[0])

/*
 * Names of the CSV files (minutes2csv, make demo) that are not the type
 * with an s: a -t may name the file.
 */
static const struct {
	const char *name, *type;
} plurals[] = {
	{ "attendees", "attendee" },
	{ "entities", "entity" },
};

static const struct deftype *
findtype(const char *type)
{
	size_t i;

	for (i = 0; i < NDEFTAB; i++)
		if (strcmp(deftab[i].type, type) == 0)
			return &deftab[i];
	return NULL;
}

static int started;		/* anything written yet */
static struct mu_buf row, cell, hdr;	/* reused for every row and cell */

const char *
mc_defcols(const char *type)
{
	const struct deftype *d = findtype(type);

	return d ? d->cols : NULL;
}

/* The fields of a known type, comma-separated; NULL: not known. */
const char *
mc_fields(const char *type)
{
	const struct deftype *d = findtype(type);

	return d ? d->fields : NULL;
}

/*
 * The known type that a -t name means: itself, or the name of its CSV
 * file ("resolutions", "entities"); NULL when none.  "attendance" is a
 * type of its own (arrivals and departures), though attendance.csv holds
 * the attendee records.
 */
const char *
mc_knowntype(const char *name)
{
	size_t i, n = strlen(name);
	char buf[64];

	if (findtype(name))
		return findtype(name)->type;
	for (i = 0; i < sizeof plurals / sizeof plurals[0]; i++)
		if (strcmp(plurals[i].name, name) == 0)
			return plurals[i].type;
	if (n > 1 && n < sizeof buf && name[n - 1] == 's') {
		memcpy(buf, name, n - 1);
		buf[n - 1] = '\0';
		if (findtype(buf))
			return findtype(buf)->type;
	}
	return NULL;
}

/* The known types, ", "-separated, for messages. */
const char *
mc_typelist(void)
{
	static char list[256];
	size_t i;

	if (list[0] == '\0')
		for (i = 0; i < NDEFTAB; i++) {
			if (i > 0)
				strcat(list, ", ");
			strcat(list, deftab[i].type);
		}
	return list;
}

/* Whether the comma-separated list has the name (n bytes). */
int
mc_inlist(const char *list, const char *name, size_t n)
{
	const char *p = list, *e;

	for (; *p != '\0'; p = *e ? e + 1 : e) {
		if ((e = strchr(p, ',')) == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) == n && memcmp(p, name, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * A context column is "meeting.F" or "item.F", or with an underscore as
 * the header writes it ("meeting_date", "item_title") when F is a field
 * of that type and the name is no field of its own ("item_seq").
 */
static int
ctxcol(struct mc_col *c, const char *what, enum mc_ctx ctx)
{
	size_t n = strlen(what);
	const char *f, *name = c->name;
	size_t i;

	if (strncmp(name, what, n) != 0 || (name[n] != '.' && name[n] != '_') ||
	    name[n + 1] == '\0')
		return 0;
	if (name[n] == '_') {
		f = mc_fields(what);
		if (!mc_inlist(f, name + n + 1, strlen(name + n + 1)))
			return 0;
		for (i = 0; i < NDEFTAB; i++)
			if (deftab[i].fields &&
			    mc_inlist(deftab[i].fields, name, strlen(name)))
				return 0;
	}
	c->ctx = ctx;
	c->key = name + n + 1;
	return 1;
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
	c->found = 0;
	if (ctxcol(c, "meeting", MC_MEETING))
		mc.needmeeting = 1;
	else if (ctxcol(c, "item", MC_ITEM))
		mc.needitem = 1;
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
 * Would a spreadsheet read the text s (n bytes) as a number, a date, a
 * time, a percentage or a truth value: "7.30", "12%", "1/2", "£1,200",
 * "(5)", "June 2023", "TRUE"?  It looks at the first characters and errs
 * towards yes, since keeping as text a cell that was text costs nothing.
 */
static int
looktyped(const char *s, size_t n)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	size_t i = 0, m;

	while (i < n && s[i] == ' ')
		i++;
	if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == '.' || s[i] == '('))
		i++;
	if (i + 1 < n && memcmp(s + i, "\xc2\xa3", 2) == 0)	/* £ */
		i += 2;
	else if (i + 2 < n && memcmp(s + i, "\xe2\x82\xac", 3) == 0)	/* € */
		i += 3;
	else if (i < n && s[i] == '$')
		i++;
	if (i < n && isdigit((unsigned char)s[i]))
		return 1;
	if ((n == 4 && strncasecmp(s, "true", 4) == 0) ||
	    (n == 5 && strncasecmp(s, "false", 5) == 0))
		return 1;
	/* A month's name or its first three letters, then a number. */
	for (m = 0; n > 3 && m < sizeof months - 1; m += 3)
		if (strncasecmp(s, months + m, 3) == 0)
			break;
	if (n <= 3 || m >= sizeof months - 1)
		return 0;
	for (i = 3; i < n && isalpha((unsigned char)s[i]); i++)
		;
	if (i < n && s[i] == '.')
		i++;
	if (i < n && strchr(" -/,", s[i]) != NULL && s[i] != '\0')
		i++;
	while (i < n && s[i] == ' ')
		i++;
	return i < n && isdigit((unsigned char)s[i]);
}

/* Sets cell to the formula ="s", whose value is the text s as it stands. */
static void
textformula(const char *s, size_t n)
{
	size_t i;

	mu_buf_reset(&cell);
	mu_buf_adds(&cell, "=\"");
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			mu_buf_addc(&cell, '"');
		mu_buf_addc(&cell, s[i]);
	}
	mu_buf_addc(&cell, '"');
}

/*
 * Adds one cell to row.  Under --excel, a text that a spreadsheet would
 * run as a formula, or read as a number or a date, is written as the
 * formula ="text", whose value is the text as it stands: Excel and
 * LibreOffice both evaluate it on import, and it runs nothing.  Excel
 * allows 255 characters in such a string: a longer formula-like text
 * gets a leading quote instead, as does a typed string (a value, a date)
 * that would run; numbers are not strings, so -5 stays.
 * libcsv quotes a cell; only cells that need it are given to it.
 */
static void
addcell(const char *s, size_t n, enum mc_cell how)
{
	size_t i, need;
	int f;

	if (mc.excel && how != MC_VALUE) {
		f = formula(s, n);
		if (how == MC_TEXT && n <= 250 && (f || looktyped(s, n))) {
			textformula(s, n);
			s = cell.s;
			n = cell.len;
		} else if (f) {
			mu_buf_reset(&cell);
			mu_buf_addc(&cell, '\'');
			mu_buf_add(&cell, s, n);
			s = cell.s;
			n = cell.len;
		}
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
 * The string fields that a spreadsheet should type: dates, times, and the
 * value of an entity that is a sum, a percentage, a date or a time.  The
 * others are text (names, labels, an item's number as printed: "5.10").
 */
static int
typedfield(const struct mu_rec *src, const char *key)
{
	static const char *const keys[] = { "date", "start", "end", "due" };
	static const char *const kinds[] = { "money", "percent", "date",
	    "time" };
	const char *kind;
	size_t i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (strcmp(key, keys[i]) == 0)
			return 1;
	if (strcmp(key, "value") != 0 ||
	    (kind = mu_rec_str(src, "kind")) == NULL)
		return 0;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kind, kinds[i]) == 0)
			return 1;
	return 0;
}

/*
 * A string with a NUL character (\u0000) in it: a CSV reader would cut
 * the cell there, or the file, so each NUL is written as U+FFFD, the
 * replacement character, and said once.
 */
static void
addnul(const struct mu_rec *src, const struct mu_field *f,
    enum mc_cell how)
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
		mu_warn(mu_rec_doc(src), mu_rec_line(src), "a NUL character "
		    "(\\u0000) in the value of \"%s\": written as U+FFFD",
		    f->key);
	addcell(b.s, b.len, how);
}

/* Adds the field key of src; notes that the column was found. */
static void
addfield(const struct mu_rec *src, struct mc_col *c)
{
	const struct mu_field *f = mu_rec_get(src, c->key);

	if (f == NULL)
		return;
	c->found = 1;
	if (f->type == MU_NULL)
		return;
	if (f->type != MU_STR)
		addcell(f->val, f->len, MC_VALUE);
	else if (memchr(f->val, '\0', f->len) != NULL)
		addnul(src, f, MC_TEXT);
	else
		addcell(f->val, f->len, mc.excel && typedfield(src, c->key) ?
		    MC_TYPED : MC_TEXT);
}

/*
 * The header names the columns so that SQL needs no quotes for them:
 * meeting.date is meeting_date, item.title item_title.
 */
void
mc_header(void)
{
	size_t i, j;

	if (mc.noheader)
		return;
	for (i = 0; i < mc.ncols; i++) {
		if (i > 0)
			mu_buf_addc(&row, mc.delim);
		mu_buf_reset(&cell);
		mu_buf_adds(&cell, mc.cols[i].name);
		for (j = 0; j < cell.len; j++)
			if (cell.s[j] == '.')
				cell.s[j] = '_';
		mu_buf_reset(&hdr);
		mu_buf_add(&hdr, cell.s, cell.len);
		addcell(hdr.s, hdr.len, MC_VALUE);
	}
	flushrow();
}

void
mc_row(const struct mu_rec *r)
{
	const struct mu_rec *item = NULL, *src;
	size_t i;

	mc.rows++;
	if (mc.needitem)
		item = mc_item(mu_rec_int(r, "item_seq", 0), r);
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
			addfield(src, &mc.cols[i]);
	}
	flushrow();
}

/*
 * Writes one row of cells given as strings (mcsv -l); NULL is an empty
 * cell.
 */
void
mc_rowof(const char *const *cells, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			mu_buf_addc(&row, mc.delim);
		if (cells[i] != NULL)
			addcell(cells[i], strlen(cells[i]), MC_VALUE);
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
	mu_buf_free(&hdr);
	started = 0;
}
