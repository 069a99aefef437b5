/*
 * out.c: records on stdout, one JSON object a line.
 *
 * Keys are written as given (the filters pass plain ASCII names); values
 * are escaped.  Records go through a buffer of our own to write(2); the
 * first failed write is fatal, so a full disk is never silent.  Text a
 * tool prints with stdio (--help) is flushed before the buffer.  SIGPIPE
 * keeps its default action: "| head" ends the filter quietly.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "minutiae.h"

static struct mu_buf esc;	/* for values too large for obuf */
static int first;		/* no field written yet in this record */
static char obuf[1 << 16];	/* our own buffer: stdio's locking per */
static size_t olen;		/* fwrite call costs a third of the time */

/*
 * Whether any of the 8 bytes in v needs an escape: a control character,
 * a quote or a backslash.  The usual SWAR tests for a zero byte; exact
 * about "any", which is all the fast path asks.
 */
static int
special8(uint64_t v)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');

	return (((v - ones * 0x20) & ~v) | ((q - ones) & ~q) |
	    ((b - ones) & ~b)) & high ? 1 : 0;
}

/* Quotes s into dst, which has room for 6 * n + 2 bytes; returns length. */
size_t
mu_json_quote_into(char *dst, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char *q = dst;
	unsigned char c;
	uint64_t v;
	size_t i = 0;

	*q++ = '"';
	while (i < n) {
		/* Most text needs no escape: move it 8 bytes at a time. */
		while (i + 8 <= n) {
			memcpy(&v, s + i, 8);
			if (special8(v))
				break;
			memcpy(q, &v, 8);
			q += 8;
			i += 8;
		}
		if (i >= n)
			break;
		c = (unsigned char)s[i++];
		if (c >= 0x20 && c != '"' && c != '\\') {
			*q++ = (char)c;
			continue;
		}
		*q++ = '\\';
		switch (c) {
		case '"': case '\\': *q++ = (char)c; break;
		case '\n': *q++ = 'n'; break;
		case '\t': *q++ = 't'; break;
		case '\r': *q++ = 'r'; break;
		case '\b': *q++ = 'b'; break;
		case '\f': *q++ = 'f'; break;
		default:
			memcpy(q, "u00", 3);
			q += 3;
			*q++ = hex[c >> 4];
			*q++ = hex[c & 15];
		}
	}
	*q++ = '"';
	return (size_t)(q - dst);
}

/* Appends s as a JSON string with quotes to b. */
void
mu_json_quote(struct mu_buf *b, const char *s, size_t n)
{
	mu_buf_grow(b, 6 * n + 2);
	b->len += mu_json_quote_into(b->s + b->len, s, n);
	b->s[b->len] = '\0';
}

static void
flush(void)
{
	size_t done = 0;
	ssize_t w;

	fflush(stdout);		/* what a tool printed with stdio comes first */
	while (done < olen) {
		w = write(1, obuf + done, olen - done);
		if (w < 0 && errno == EINTR)
			continue;
		/* Stop at the first failed write: a full disk will not empty. */
		if (w <= 0)
			mu_die(1, NULL, 0, "write error on standard output: %s",
			    strerror(w < 0 ? errno : EIO));
		done += (size_t)w;
	}
	olen = 0;
}

static void
put(const char *s, size_t n)
{
	if (n > sizeof obuf - olen) {
		flush();
		if (n > sizeof obuf) {
			while (n > 0) {	/* a huge value: in buffer-sized parts */
				size_t k = n < sizeof obuf ? n : sizeof obuf;
				memcpy(obuf, s, k);
				olen = k;
				flush();
				s += k;
				n -= k;
			}
			return;
		}
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

/* A key is short: written straight into obuf, not in three put calls
 * (a record has a dozen keys, and each put is a call to memcpy). */
static void
key(const char *k)
{
	size_t n = strlen(k);
	char *q;

	if (n + 4 > sizeof obuf - olen)
		flush();
	if (n + 4 > sizeof obuf - olen) {	/* a key as long as obuf */
		put(first ? "\"" : ",\"", first ? 1 : 2);
		put(k, n);
		put("\":", 2);
		first = 0;
		return;
	}
	q = obuf + olen;
	if (!first)
		*q++ = ',';
	*q++ = '"';
	memcpy(q, k, n);
	q += n;
	*q++ = '"';
	*q++ = ':';
	olen = (size_t)(q - obuf);
	first = 0;
}

void
mu_out_start(void)
{
	first = 1;
	put("{", 1);
}

void
mu_out_begin(const char *type, const char *doc, long line)
{
	mu_out_start();
	mu_out_str("type", type);
	mu_out_str("doc", doc);
	if (line > 0)
		mu_out_int("line", line);
}

void
mu_out_strn(const char *k, const char *s, size_t n)
{
	key(k);
	if (6 * n + 2 > sizeof obuf - olen)
		flush();
	if (6 * n + 2 <= sizeof obuf - olen) {
		olen += mu_json_quote_into(obuf + olen, s, n);
		return;
	}
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
	char num[24], *q = num + sizeof num;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	/* "%ld" by hand: snprintf was a tenth of msection's time */
	key(k);
	do
		*--q = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		*--q = '-';
	put(q, (size_t)(num + sizeof num - q));
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

char *
mu_out_reserve(size_t n)
{
	if (n > sizeof obuf)
		return NULL;
	if (n > sizeof obuf - olen)
		flush();
	return obuf + olen;
}

void
mu_out_commit(size_t k)
{
	olen += k;
}

void
mu_out_bytes(const char *s, size_t n)
{
	put(s, n);
}

int
mu_out_finish(void)
{
	flush();
	if (fflush(stdout) == EOF || ferror(stdout)) {
		mu_warn(NULL, 0, "write error on standard output: %s",
		    strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}
