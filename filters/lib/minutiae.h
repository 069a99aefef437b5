/*
 * minutiae.h: the library shared by the minutiae filters.
 *
 * Ownership, stated once and kept everywhere: a pointer that a mu_
 * function returns points into storage owned by the object it was given
 * (a buffer, a record, an input) and stays valid until the next call that
 * changes that object.  Copy what you keep.  Nothing returned needs
 * free() unless the comment of the function says so.  A function that may
 * reallocate a buffer says so: pointers into the old storage are then dead.
 *
 * Files: buf.c (growable bytes), err.c (messages and exit status),
 * input.c (plain or gzip text, line by line, decoded to UTF-8),
 * json.c (parse one JSON object line into fields), out.c (write records),
 * text.c (UTF-8 and small text helpers), store.c (growing arrays, strings
 * kept by offset), index.c (strings hashed per document), when.c (dates
 * and times).
 */
#ifndef MINUTIAE_H
#define MINUTIAE_H

#include <stdarg.h>
#include <stddef.h>

#define MU_VERSION "0.1.0"

/* ---- buf.c: a growable byte buffer, always NUL-terminated ---- */
struct mu_buf {
	char *s;		/* NULL until the first add */
	size_t len;		/* bytes in use, not counting the NUL */
	size_t cap;
};

void mu_buf_init(struct mu_buf *);
void mu_buf_free(struct mu_buf *);
void mu_buf_reset(struct mu_buf *);		/* len = 0, keeps storage */
/* The adds may reallocate b->s; they exit(1) when memory runs out. */
void mu_buf_grow(struct mu_buf *, size_t extra);
void mu_buf_add(struct mu_buf *, const char *, size_t);
void mu_buf_adds(struct mu_buf *, const char *);
void mu_buf_addc(struct mu_buf *, int);
void mu_buf_printf(struct mu_buf *, const char *, ...)
    __attribute__((format(printf, 2, 3)));
const char *mu_buf_str(struct mu_buf *);	/* "" when empty */

void *mu_malloc(size_t);
void *mu_realloc(void *, size_t);
char *mu_strdup(const char *);			/* free() the result */

/* ---- err.c: messages "prog: doc:line: message" ---- */
extern const char *mu_prog;		/* set by mu_setprog() */
void mu_setprog(const char *argv0);
/* doc NULL: "prog: msg"; line 0: "prog: doc: msg". */
void mu_warn(const char *doc, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void mu_die(int status, const char *doc, long line,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Print the version line of the tool and exit 0. */
_Noreturn void mu_version(void);
/*
 * "usage: prog SYNOPSIS".  help zero: to stderr, exit 2 (a usage error).
 * help nonzero: to stdout followed by options (the option summary and a
 * pointer to the man page), exit 0, or 1 when stdout cannot be written.
 */
_Noreturn void mu_usage(const char *synopsis, const char *options, int help);

/* ---- input.c: text lines from a file or stdin, plain or gzip ---- */
struct mu_input;
/*
 * Opens path ("-" is stdin).  Gzip and zlib streams are inflated, plain
 * text is read as it is.  Returns NULL after a warning when it cannot.
 * raw: nonzero for record streams (JSON): lines are passed as read,
 * except CR; zero for minutes: a BOM is dropped, NUL bytes are dropped
 * with a warning, and a file that is not valid UTF-8 is decoded as
 * Windows-1252 with one warning per file.
 */
struct mu_input *mu_input_open(const char *path, int raw);
/*
 * What an input is not read as (each said): a PDF ("%PDF-"), an ELF
 * program, binary data (more than one byte in eight of a first chunk of
 * 256 bytes or more NUL), compressed UTF-16.  UTF-16 is decoded by
 * iconv(3), with a byte order mark or, said, without one when a NUL is in
 * every other byte of the first chunk.
 *
 * Reads the next line into line (reset first), without "\n", "\r\n" or
 * a lone "\r" (old Mac files).  A line longer than mu_max_line bytes, or
 * compressed data that inflates more than 200 times (a decompression
 * bomb), is said and ends the input.  Returns 1 for a line, 0 at the
 * end, -1 after a read error or one of those (warned; the input is done).
 */
#define MU_MAX_LINE (16UL << 20)	/* 16 MB, the default limit */
extern size_t mu_max_line;
/* Sets mu_max_line from an option's argument: bytes, or with a suffix
 * K, M or G; says so and returns -1 when it is not one (a usage error). */
int mu_max_line_arg(const char *);
int mu_input_getline(struct mu_input *, struct mu_buf *line);
long mu_input_lineno(const struct mu_input *);	/* of the last line */
/* Counts a bad line of the input; returns the count so far. */
long mu_input_bad(struct mu_input *);
/* Counts a record that broke the contract; returns the count so far. */
long mu_input_broken(struct mu_input *);
const char *mu_input_name(const struct mu_input *);
/*
 * Closes; returns -1 when any read error or truncation was met, or
 * data that was warned about (a BOM on a record stream).  When
 * more bad lines were counted than were warned about one by one
 * (MU_BAD_SHOWN), says how many there were in all.
 */
#define MU_BAD_SHOWN 10
int mu_input_close(struct mu_input *);

/* ---- json.c: one JSON object per line ---- */
enum mu_type { MU_NULL, MU_FALSE, MU_TRUE, MU_NUM, MU_STR, MU_ARR, MU_OBJ };

struct mu_field {
	const char *key;	/* decoded, NUL-terminated */
	enum mu_type type;
	const char *val;	/* MU_STR: decoded UTF-8, NUL-terminated;
				   others: the JSON text, NUL-terminated */
	size_t len;		/* strlen of val, but val may hold \u0000 */
};

struct mu_rec {
	struct mu_field *f;
	size_t n, cap;
	struct mu_buf store;	/* decoded keys and values */
	const char *line;	/* the line parsed, as given */
	size_t linelen;
	int newdoc;		/* mu_rec_next: the lines of the doc's
				   blocks start again here (see check.c) */
	int unique;		/* mu_rec_next: no key twice, so that
				   mu_rec_get may take the first it meets */
};

void mu_rec_init(struct mu_rec *);
void mu_rec_free(struct mu_rec *);
/*
 * Parses one line that holds one JSON object.  Returns 0, or -1 with
 * *why set to a static message (and *col to the byte where it failed).
 * The record points at line: keep line unchanged while you use it.
 */
int mu_rec_parse(struct mu_rec *, const char *line, size_t len,
    const char **why, size_t *col);
const struct mu_field *mu_rec_get(const struct mu_rec *, const char *key);
/* The string value of key, or NULL when missing or not a string. */
const char *mu_rec_str(const struct mu_rec *, const char *key);
/* The integer value of key, or dflt. */
long mu_rec_int(const struct mu_rec *, const char *key, long dflt);
/* The record's "type", "doc" and "line" ("" / "-" / 0 when absent;
 * a line is 0 unless a whole number 1..MU_LINE_MAX). */
const char *mu_rec_type(const struct mu_rec *);
const char *mu_rec_doc(const struct mu_rec *);
long mu_rec_line(const struct mu_rec *);

/* ---- check.c: the record contract (minutiae(7), RECORD CONTRACT) ---- */
#define MU_LINE_MAX 2147483647L
/* The value of a "line" field: 1..MU_LINE_MAX, or 0 when f is NULL or
 * not such a whole number (-5, 0, "12", 3.75, 1e29). */
long mu_line_value(const struct mu_field *f);
/*
 * Checks a parsed record against the contract (see check.c for what is
 * kept and what dropped); warns about a break and sets *bad.  Returns 1
 * to use the record, 0 to drop it, -1 under strict after a break.
 */
int mu_rec_check(struct mu_input *, struct mu_rec *, int strict, int *bad);

/*
 * Reads the next record from in.  A blank line is skipped; a line that is
 * not one JSON object is warned about (naming doc and line, and the fix:
 * "jq -c" for pretty-printed JSON, mtokenize for minutes text; the first
 * MU_BAD_SHOWN of an input one by one, then their count at the close) and
 * skipped, and *bad is set to 1; with strict set, it returns -1 instead.
 * Returns 1 for a record, 0 at the end, -1 on a read error or a bad line
 * under strict.  Each record is checked by mu_rec_check: a record that
 * breaks the contract is warned about and *bad set.  line is the buffer
 * that holds the text the record points into.
 */
int mu_rec_next(struct mu_input *, struct mu_buf *line, struct mu_rec *,
    int strict, int *bad);
/*
 * mu_rec_next, passing over unparsed every line for which pass(line, len)
 * is nonzero: a filter that wants few record types saves their parsing.
 */
int mu_rec_next_pass(struct mu_input *, struct mu_buf *line, struct mu_rec *,
    int strict, int *bad, int (*pass)(const char *, size_t));

/* ---- out.c: records on stdout ---- */
/* Starts {"type":T,"doc":D,"line":N (line 0 writes no line). */
void mu_out_begin(const char *type, const char *doc, long line);
/* Starts an empty record "{", for records rewritten field by field. */
void mu_out_start(void);
void mu_out_str(const char *key, const char *s);	/* NULL: null */
void mu_out_strn(const char *key, const char *s, size_t n);
void mu_out_int(const char *key, long v);
void mu_out_bool(const char *key, int v);
void mu_out_null(const char *key);
void mu_out_raw(const char *key, const char *json, size_t n);
/* Copies field f (key and value) of a parsed record. */
void mu_out_field(const struct mu_field *f);
void mu_out_end(void);					/* "}\n" */
/* Writes a record line unchanged, adding "\n". */
void mu_out_line(const char *s, size_t n);
/* Writes bytes with no change (for mcsv and the like). */
void mu_out_bytes(const char *s, size_t n);
/* Appends s as a JSON string with quotes to b (may reallocate b). */
void mu_json_quote(struct mu_buf *b, const char *s, size_t n);
/* Writes s as a JSON string with quotes to dst, which has room for
 * MU_QUOTE_MAX(n) bytes; returns the bytes written. */
#define MU_QUOTE_MAX(n)	(6 * (n) + 2)
size_t mu_json_quote_into(char *dst, const char *s, size_t n);
/*
 * A record written in place: mu_out_reserve(n) returns room for n bytes
 * in the output buffer (NULL when n is more than it ever holds: build
 * the record elsewhere and use mu_out_bytes), mu_out_commit(k) adds the
 * k <= n bytes written there.  Saves the copy of a record built whole.
 */
char *mu_out_reserve(size_t n);
void mu_out_commit(size_t k);
/* Flushes stdout; returns 0, or -1 after a warning on a write error. */
int mu_out_finish(void);

/* ---- text.c ---- */
/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
int mu_utf8_len(const unsigned char *s, size_t n);
/* Appends the Windows-1252 byte c as UTF-8 to b. */
void mu_cp1252_add(struct mu_buf *b, unsigned char c);
int mu_strncaseeq(const char *a, const char *b, size_t n);
/* s starts with p, ignoring ASCII case. */
int mu_caseprefix(const char *s, const char *p);
/* Length of the word at s[0..n): the bytes up to a space (or n).  Inline:
 * it is read at every word. */
static inline size_t
mu_wordlen(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] != ' ')
		i++;
	return i;
}
/* Characters (not bytes) of the UTF-8 text s[0..n). */
size_t mu_nchars(const char *s, size_t n);

/* ---- store.c: arrays that grow, strings kept by offset ---- */
/*
 * Room for element n of the array p of *cap elements of size bytes:
 * returns p, or p reallocated (64 elements, doubled until n fits) with
 * *cap updated.  Use as p = mu_grow(p, &cap, n, sizeof *p).
 */
void *mu_grow(void *p, size_t *cap, size_t n, size_t size);
/*
 * Appends s[0..n) and a NUL to b; returns the offset of the copy, which
 * (unlike a pointer) stays good when b is reallocated.
 */
size_t mu_save(struct mu_buf *b, const char *s, size_t n);

/* ---- index.c: strings hashed to entry numbers, per document ---- */
unsigned mu_hash(const char *s, size_t n);	/* FNV-1a of the bytes */
/*
 * Entries are numbered 0, 1, 2 ... in the order added; the caller keeps
 * what they stand for in an array of its own, by that number, and
 * compares the strings itself (two strings may share a hash).  A zeroed
 * struct is an empty index.  Reset costs what was added since the last.
 */
struct mu_index {
	int *head;		/* per bucket: the newest entry, or -1 */
	int *next;		/* per entry: the one added before it there */
	unsigned *hash;		/* per entry */
	size_t nb;		/* buckets, a power of two, 0 until the first add */
	size_t n, cap;		/* entries */
};
int mu_index_add(struct mu_index *, unsigned hash);	/* its number */
/* The newest entry of that hash, then the one before it ...; -1 ends. */
int mu_index_first(const struct mu_index *, unsigned hash);
int mu_index_next(const struct mu_index *, int entry);
void mu_index_reset(struct mu_index *);

/* ---- when.c: dates and times as minutes write them ---- */
/* Lower case, NULL-ended: "january".."december", "sunday".."saturday". */
extern const char *const mu_month_names[];
extern const char *const mu_wday_names[];
/* The abbreviations mu_month knows: "jan", "feb", .. "sep", "sept" .. */
extern const char *const mu_month_abbrs[];
/* The ordinal suffixes "st", "nd", "rd", "th", NULL-ended. */
extern const char *const mu_ordinals[];
/*
 * The month 1..12 named by the word s[0..n) in any case: its full name or
 * an abbreviation ("Sept", "DEC"); 0 for none.  *abbr (may be NULL) is
 * set to 1 for an abbreviation ("May" is a full name).
 */
int mu_month(const char *s, size_t n, int *abbr);
/* The weekday 0..6 (Sunday 0) of the word s[0..n): the full name or its
 * first three or four letters ("Thur", "wed"), any case; -1 for none. */
int mu_wday(const char *s, size_t n);
/* s[0..n) is an ordinal suffix: "st", "nd", "rd", "th", any case.  PDF
 * extraction may split it from its number ("1 st"): the caller decides. */
int mu_ordinal(const char *s, size_t n);
int mu_days_in(int y, int m);			/* m 1..12 */
int mu_dow(int y, int m, int d);		/* 0 Sunday */
/* The hour 0..23 of h 1..12 with am (pm 0) or pm (pm 1). */
int mu_hour24(int h, int pm);
/*
 * Readers of a NUL-terminated string s; each returns the length read, or
 * 0 for none.
 * mu_date_at: a full date at s, day first: "Thursday, 5 March 2020",
 * "1ST SEPTEMBER 2016", "9th March, 2014", "Wed. 2nd of May 2018",
 * "04/03/2021", "04.03.2021".
 * mu_find_date: the first date in s[0..n) starting at a word; *at gets
 * its offset.
 * mu_time_at: "2.00 pm", "2:00pm", "6pm", "14:00", "7.30 P.M.", "noon",
 * "midday" at s, with *h 0..23; loose: a bare "2.00" is taken too (the
 * first half of a range).  *sfx gets 'a', 'p' or 0 (no am/pm).
 * mu_find_time: the first time in s[0..n) that starts a word, not after
 * ".", "/", ":" or "£"; a bare "19.30" only after "at ".
 * mu_range_at: "2.00 - 3.45 pm", "10am to 12.30pm", en or em dash; the
 * first time takes the second's pm unless that puts it after the end.
 */
size_t mu_date_at(const char *s, int *y, int *mo, int *d);
size_t mu_find_date(const char *s, size_t n, size_t *at, int *y, int *mo,
    int *d);
size_t mu_time_at(const char *s, int loose, int *h, int *m, int *sfx);
size_t mu_find_time(const char *s, size_t n, size_t *at, int *h, int *m);
size_t mu_range_at(const char *s, int *sh, int *sm, int *eh, int *em);

#endif
