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
 * text.c (UTF-8 and small text helpers).
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
 * Reads the next line into line (reset first), without "\n", "\r\n" or
 * a lone "\r" (old Mac files).  No length limit.  Returns 1 for a line,
 * 0 at the end, -1 after a read error (warned; the input is done).
 */
int mu_input_getline(struct mu_input *, struct mu_buf *line);
long mu_input_lineno(const struct mu_input *);	/* of the last line */
const char *mu_input_name(const struct mu_input *);
/* Closes; returns -1 when any read error or truncation was met. */
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
/* The record's "type", "doc" and "line" ("" / "-" / 0 when absent). */
const char *mu_rec_type(const struct mu_rec *);
const char *mu_rec_doc(const struct mu_rec *);
long mu_rec_line(const struct mu_rec *);

/*
 * Reads the next record from in.  A blank line is skipped; a line that is
 * not one JSON object is warned about (naming doc and line, and the fix:
 * "jq -c" for pretty-printed JSON) and skipped, and *bad is set to 1; with
 * strict set, it returns -1 instead.  Returns 1 for a record, 0 at the
 * end, -1 on a read error or a bad line under strict.  line is the buffer
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
int mu_utf8_valid(const char *s, size_t n);
/* Appends the Windows-1252 byte c as UTF-8 to b. */
void mu_cp1252_add(struct mu_buf *b, unsigned char c);
/* Folds runs of white space (and NBSP) to one space, trims the ends. */
void mu_squeeze(struct mu_buf *out, const char *s, size_t n);
int mu_strncaseeq(const char *a, const char *b, size_t n);

#endif
