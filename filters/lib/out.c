/*
 * out.c: records on stdout, one JSON object a line.
 *
 * Keys are written as given (the filters pass plain ASCII names); values
 * are escaped.  stdout is block-buffered in a large buffer; a write error
 * is sticky in stdio, and mu_out_finish reports it, so a full disk is
 * never silent.  SIGPIPE keeps its default action: "| head" ends the
 * filter quietly.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "minutiae.h"

static int first;		/* no field written yet in this record */
static struct mu_buf esc;	/* reused for escaping */

/* Appends s as a JSON string; runs of plain bytes are copied whole. */
void
mu_json_quote(struct mu_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run;
	unsigned char c;

	mu_buf_grow(b, n + 2);
	b->s[b->len++] = '"';
	while (i < n) {
		for (run = i; run < n; run++) {
			c = (unsigned char)s[run];
			if (c < 0x20 || c == '"' || c == '\\')
				break;
		}
		if (run > i) {
			mu_buf_add(b, s + i, run - i);
			i = run;
			continue;
		}
		c = (unsigned char)s[i++];
		mu_buf_grow(b, 6);
		b->s[b->len++] = '\\';
		switch (c) {
		case '"': case '\\': b->s[b->len++] = (char)c; break;
		case '\n': b->s[b->len++] = 'n'; break;
		case '\t': b->s[b->len++] = 't'; break;
		case '\r': b->s[b->len++] = 'r'; break;
		case '\b': b->s[b->len++] = 'b'; break;
		case '\f': b->s[b->len++] = 'f'; break;
		default:
			b->s[b->len++] = 'u';
			b->s[b->len++] = '0';
			b->s[b->len++] = '0';
			b->s[b->len++] = hex[c >> 4];
			b->s[b->len++] = hex[c & 15];
		}
	}
	mu_buf_addc(b, '"');
}

static void
put(const char *s, size_t n)
{
	static int buffered;
	static char big[1 << 16];

	if (!buffered) {
		setvbuf(stdout, big, _IOFBF, sizeof big);
		buffered = 1;
	}
	/* Stop at the first failed write: a full disk will not empty. */
	if (fwrite(s, 1, n, stdout) != n)
		mu_die(1, NULL, 0, "write error on standard output: %s",
		    strerror(errno ? errno : EIO));
}

static void
key(const char *k)
{
	put(first ? "\"" : ",\"", first ? 1 : 2);
	put(k, strlen(k));
	put("\":", 2);
	first = 0;
}

void
mu_out_begin(const char *type, const char *doc, long line)
{
	first = 1;
	put("{", 1);
	mu_out_str("type", type);
	mu_out_str("doc", doc);
	if (line > 0)
		mu_out_int("line", line);
}

void
mu_out_strn(const char *k, const char *s, size_t n)
{
	key(k);
	mu_buf_reset(&esc);
	mu_json_quote(&esc, s, n);
	put(esc.s, esc.len);
}

void
mu_out_str(const char *k, const char *s)
{
	if (s == NULL)
		mu_out_null(k);
	else
		mu_out_strn(k, s, strlen(s));
}

void
mu_out_int(const char *k, long v)
{
	char num[32];
	int n;

	key(k);
	n = snprintf(num, sizeof num, "%ld", v);
	put(num, (size_t)n);
}

void
mu_out_bool(const char *k, int v)
{
	key(k);
	put(v ? "true" : "false", v ? 4 : 5);
}

void
mu_out_null(const char *k)
{
	key(k);
	put("null", 4);
}

void
mu_out_raw(const char *k, const char *json, size_t n)
{
	key(k);
	put(json, n);
}

void
mu_out_field(const struct mu_field *f)
{
	if (f->type == MU_STR)
		mu_out_strn(f->key, f->val, f->len);
	else
		mu_out_raw(f->key, f->val, f->len);
}

void
mu_out_end(void)
{
	put("}\n", 2);
}

void
mu_out_line(const char *s, size_t n)
{
	put(s, n);
	put("\n", 1);
}

void
mu_out_bytes(const char *s, size_t n)
{
	put(s, n);
}

int
mu_out_finish(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		mu_warn(NULL, 0, "write error on standard output: %s",
		    strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}
