/*
 * input.c: text lines from a file or stdin, plain, gzip or zlib.
 *
 * The compression is sniffed from the first bytes rather than the file
 * name, so that a pipe of gzip data works too.  Nothing is dropped
 * without a warning: NUL bytes are reported once per file, text that is
 * not UTF-8 is decoded as Windows-1252 (old council PDFs: 0xA3 is a
 * pound sign) with one warning per file, and a truncated gzip stream is
 * an error after its last complete line has been returned.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "minutiae.h"

#define CHUNK 65536

enum { PLAIN, INFLATE };

struct mu_input {
	int fd;
	const char *name;
	int raw;
	int mode;
	z_stream z;
	int zdone;		/* the last member ended, no bytes after it */
	unsigned char in[CHUNK];
	size_t inlen;		/* plain mode: bytes in in[] */
	unsigned char out[CHUNK];
	size_t opos, olen;	/* decoded bytes waiting in out[] */
	size_t cr;		/* the next CR in out[], or olen: stale when */
	size_t special;		/* < opos; the next byte for decode() */
	int eof, failed;
	int trouble;		/* data warned about: the exit status is 1 */
	int skiplf;		/* the last line ended in CR: drop a next LF */
	long lineno;
	int warned_nul, warned_cp1252;
	long nbad;		/* lines that were not records */
	long nbroken;		/* records that broke the contract */
	struct mu_buf tmp;	/* the undecoded line, text mode only */
};

static int
readsome(struct mu_input *in, unsigned char *p, size_t n)
{
	ssize_t r;

	do
		r = read(in->fd, p, n);
	while (r < 0 && errno == EINTR);
	if (r < 0) {
		mu_warn(in->name, 0, "read error: %s", strerror(errno));
		in->failed = 1;
		return -1;
	}
	return (int)r;
}

/* Sniffs gzip (1f 8b) and zlib (78 xx with a valid check) headers. */
static int
compressed(const unsigned char *p, size_t n)
{
	if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b)
		return 1;
	return n >= 2 && (p[0] & 0x0f) == 8 && (p[0] >> 4) <= 7 &&
	    (p[0] * 256 + p[1]) % 31 == 0 && !(p[1] & 0x20);
}

/* Finds the first CR at or after out[from] (olen when there is none).
 * Looked for once per stretch of the chunk, not once per line: most
 * files have none, or one a line. */
static void
find_cr(struct mu_input *in, size_t from)
{
	const unsigned char *c = memchr(in->out + from, '\r',
	    in->olen - from);

	in->cr = c ? (size_t)(c - in->out) : in->olen;
}

/* Finds the first byte at or after out[from] that decode() must see: a
 * NUL or a byte of the high half (olen when there is none).  8 bytes at
 * a time: "any zero byte" by the usual SWAR test, exact about "any". */
static void
find_special(struct mu_input *in, size_t from)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	size_t i = from;
	uint64_t v;

	for (; i + 8 <= in->olen; i += 8) {
		memcpy(&v, in->out + i, 8);
		if ((v | ((v - ones) & ~v)) & high)
			break;
	}
	while (i < in->olen && in->out[i] != 0 && in->out[i] < 0x80)
		i++;
	in->special = i;
}

/* A new chunk in out[]. */
static void
chunk_scan(struct mu_input *in)
{
	find_cr(in, 0);
	find_special(in, 0);
}

struct mu_input *
mu_input_open(const char *path, int raw)
{
	struct mu_input *in;
	int fd, r;

	if (strcmp(path, "-") == 0)
		fd = 0;
	else if ((fd = open(path, O_RDONLY)) < 0) {
		mu_warn(path, 0, "%s", strerror(errno));
		return NULL;
	}
	in = mu_malloc(sizeof *in);
	memset(in, 0, sizeof *in);
	in->fd = fd;
	in->name = path;
	in->raw = raw;
	mu_buf_init(&in->tmp);
	/* Fill the first chunk to sniff it (a pipe may give it in parts). */
	while (in->inlen < 2 && (r = readsome(in, in->in + in->inlen,
	    CHUNK - in->inlen)) > 0)
		in->inlen += (size_t)r;
	if (in->failed) {
		mu_input_close(in);
		return NULL;
	}
	if (compressed(in->in, in->inlen)) {
		in->mode = INFLATE;
		if (inflateInit2(&in->z, 15 + 32) != Z_OK)
			mu_die(1, path, 0, "cannot start zlib");
		in->z.next_in = in->in;
		in->z.avail_in = (uInt)in->inlen;
	} else {
		memcpy(in->out, in->in, in->inlen);
		in->olen = in->inlen;
		chunk_scan(in);
	}
	return in;
}

/* Inflates the next piece into out[]; returns its length, 0 at the end. */
static int
fill_inflate(struct mu_input *in)
{
	int r, ret;

	in->opos = in->olen = 0;
	while (in->olen == 0 && !in->eof) {
		if (in->z.avail_in == 0) {
			if ((r = readsome(in, in->in, CHUNK)) < 0)
				return -1;
			if (r == 0) {
				if (!in->zdone) {
					mu_warn(in->name, 0, "truncated gzip "
					    "stream: the end of the data is "
					    "missing");
					in->failed = 1;
				}
				in->eof = 1;
				break;
			}
			in->z.next_in = in->in;
			in->z.avail_in = (uInt)r;
		}
		if (in->zdone) {	/* a further gzip member follows */
			inflateReset(&in->z);
			in->zdone = 0;
		}
		in->z.next_out = in->out;
		in->z.avail_out = CHUNK;
		ret = inflate(&in->z, Z_NO_FLUSH);
		in->olen = CHUNK - in->z.avail_out;
		if (ret == Z_STREAM_END)
			in->zdone = 1;
		else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			mu_warn(in->name, 0, "corrupt compressed data: %s",
			    in->z.msg ? in->z.msg : "inflate failed");
			in->failed = in->eof = 1;
		}
	}
	return (int)in->olen;
}

static int
fill(struct mu_input *in)
{
	int r;

	if (in->mode == INFLATE)
		r = fill_inflate(in);
	else {
		in->opos = in->olen = 0;
		if ((r = readsome(in, in->out, CHUNK)) <= 0) {
			in->eof = 1;
			return r;
		}
		in->olen = (size_t)r;
	}
	chunk_scan(in);
	return r;
}

/* Text mode: BOM, NUL bytes and bytes that are not UTF-8. */
static void
decode(struct mu_input *in, struct mu_buf *line)
{
	const unsigned char *p = (const unsigned char *)in->tmp.s;
	size_t n = in->tmp.len, i = 0, k;
	int len;

	if (in->lineno == 1 && n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	mu_buf_reset(line);
	mu_buf_grow(line, 3 * n);	/* Windows-1252 grows 3 times at most */
	while (i < n) {
		for (k = i; k < n && p[k] != 0 && p[k] < 0x80; k++)
			;
		memcpy(line->s + line->len, p + i, k - i);	/* ASCII */
		line->len += k - i;
		if ((i = k) == n)
			break;
		if (p[i] == 0) {
			if (!in->warned_nul++)
				mu_warn(in->name, in->lineno, "NUL bytes "
				    "dropped (binary data in a text file?)");
			i++;
		} else if ((len = mu_utf8_len(p + i, n - i)) > 0) {
			memcpy(line->s + line->len, p + i, (size_t)len);
			line->len += (size_t)len;
			i += (size_t)len;
		} else {
			if (!in->warned_cp1252++)
				mu_warn(in->name, in->lineno, "not valid "
				    "UTF-8: read as Windows-1252");
			mu_cp1252_add(line, p[i++]);
		}
	}
	line->s[line->len] = '\0';
}

/* A record stream that starts with a UTF-8 byte order mark (an editor
 * on Windows saved it): the mark is dropped, so that the first record
 * is read, and said, as it changes the stream. */
static void
raw_bom(struct mu_input *in, struct mu_buf *line)
{
	if (line->len < 3 || memcmp(line->s, "\xef\xbb\xbf", 3) != 0)
		return;
	memmove(line->s, line->s + 3, line->len - 3);
	line->len -= 3;
	line->s[line->len] = '\0';
	mu_warn(in->name, 1, "a UTF-8 byte order mark before the first "
	    "record: dropped");
	in->trouble = 1;
}

int
mu_input_getline(struct mu_input *in, struct mu_buf *line)
{
	struct mu_buf t;
	const unsigned char *p, *e;
	int got = 0, plain = 1;
	size_t n, end;

	mu_buf_reset(line);
	for (;;) {
		if (in->opos == in->olen) {
			if (in->eof || fill(in) <= 0)
				break;
			continue;
		}
		p = in->out + in->opos;
		n = in->olen - in->opos;
		if (in->skiplf) {
			in->skiplf = 0;
			if (*p == '\n') {
				in->opos++;
				continue;
			}
		}
		e = memchr(p, '\n', n);
		end = e ? (size_t)(e - in->out) : in->olen;
		if (in->cr < in->opos)
			find_cr(in, in->opos);
		if (in->cr < end)
			e = in->out + (end = in->cr);
		if (!in->raw) {	/* plain ASCII lines need no decode() */
			if (in->special < in->opos)
				find_special(in, in->opos);
			plain &= end <= in->special;
		}
		got = 1;
		mu_buf_add(line, (const char *)p, end - in->opos);
		if (e == NULL) {
			in->opos = in->olen;
			continue;
		}
		in->opos = end + 1;
		in->skiplf = *e == '\r';
		break;
	}
	if (!got)
		return in->failed ? -1 : 0;
	if (++in->lineno == 1 && in->raw)
		raw_bom(in, line);
	if (!plain) {	/* the bytes as read to tmp, decoded into line */
		t = *line;
		*line = in->tmp;
		in->tmp = t;
		decode(in, line);
	}
	if (line->s == NULL)
		mu_buf_grow(line, 0);
	return 1;
}

long
mu_input_lineno(const struct mu_input *in)
{
	return in->lineno;
}

long
mu_input_bad(struct mu_input *in)
{
	return ++in->nbad;
}

long
mu_input_broken(struct mu_input *in)
{
	return ++in->nbroken;
}

const char *
mu_input_name(const struct mu_input *in)
{
	return in->name;
}

int
mu_input_close(struct mu_input *in)
{
	int failed;

	if (in == NULL)
		return -1;
	failed = in->failed || in->trouble;
	if (in->nbad > MU_BAD_SHOWN)
		mu_warn(in->name, 0, "%ld lines in all were not records (the "
		    "first %d shown)", in->nbad, MU_BAD_SHOWN);
	if (in->nbroken > MU_BAD_SHOWN)
		mu_warn(in->name, 0, "%ld records in all broke the record "
		    "contract (the first %d shown)", in->nbroken, MU_BAD_SHOWN);
	if (in->mode == INFLATE)
		inflateEnd(&in->z);
	if (in->fd > 0)
		close(in->fd);
	mu_buf_free(&in->tmp);
	free(in);
	return failed ? -1 : 0;
}
