/*
 * mcsv.h: what the files of mcsv share.  mcsv.c reads the options and the
 * input; cols.c knows the columns and writes the CSV; context.c keeps the
 * meeting and items of the current document; read.c reads the records
 * that are needed.  The settings live in one struct, mc, set by mcsv.c
 * before the first record and read by the others.
 */
#ifndef MCSV_H
#define MCSV_H

#include <stddef.h>

#include "minutiae.h"

enum mc_ctx { MC_SELF, MC_MEETING, MC_ITEM };
/* A cell: a JSON value as written, a string to type, a string of text. */
enum mc_cell { MC_VALUE, MC_TYPED, MC_TEXT };

struct mc_col {
	char *name;		/* header cell, as asked for */
	const char *key;	/* the field looked up, inside name */
	enum mc_ctx ctx;
	int found;		/* some record written had the field */
};

struct mc {
	struct mc_col *cols;	/* the columns, once known */
	size_t ncols;
	char **types;		/* -t, split at commas */
	int *seen;		/* types[i] had a record */
	size_t ntypes;
	int fflag;		/* -f given */
	int noheader, excel, strict;
	int delim;
	char *firsttype;	/* no -t, no -f: the type of the first record */
	unsigned long skipped;	/* records of other types in that case */
	int needmeeting, needitem;	/* context columns asked for */
	int list;		/* -l: list the types instead */
	unsigned long rows;	/* rows written */
};
extern struct mc mc;

/* cols.c */
const char *mc_defcols(const char *type);	/* NULL: unknown type */
const char *mc_fields(const char *type);	/* NULL: unknown type */
const char *mc_knowntype(const char *name);	/* NULL: unknown type */
const char *mc_typelist(void);
int mc_inlist(const char *list, const char *name, size_t n);
void mc_rowof(const char *const *cells, size_t n);
void mc_addcol(const char *name, size_t n);
void mc_eachpart(const char *s, void (*fn)(const char *, size_t));
void mc_keycols(const struct mu_rec *);
void mc_header(void);
void mc_row(const struct mu_rec *);
void mc_freecols(void);

/* context.c */
void mc_track(const struct mu_rec *);
const struct mu_rec *mc_meeting(void);		/* NULL: none yet */
/* NULL: none, or too far back (r, the record asking, is for the warning) */
const struct mu_rec *mc_item(long item_seq, const struct mu_rec *r);
void mc_freecontext(void);

/* list.c */
void mc_list_add(const struct mu_rec *);
void mc_list_write(void);
void mc_list_free(void);

/* read.c */
int mc_next(struct mu_input *, struct mu_buf *line, struct mu_rec *,
    int *bad);

#endif
