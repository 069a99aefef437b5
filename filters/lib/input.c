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
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "minutiae.h"

#define CHUNK 65536
/* Past this much output, data that inflates more than RATIO times is
 * no text: a decompression bomb (text compresses 3 to 20 times). */
#define BOMB_AFTER (16UL << 20)
#define RATIO 200

enum { PLAIN, INFLATE, UTF16 };

size_t mu_max_line = MU_MAX_LINE;

struct mu_input {
	int fd;
	const char *name;
	int raw;
	int mode;
	z_stream z;
	int zdone;		/* the last member ended, no bytes after it */
	unsigned long long zin, zout;	/* bytes read and inflated */
	iconv_t cd;		/* UTF16: to UTF-8 */
	int rawend;		/* UTF16: the bytes read are all there are */
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

/* How many of the bytes p[0..n) are NUL, at even offsets and at odd. */
static void
nuls(const unsigned char *p, size_t n, size_t *even, size_t *odd)
{
	size_t i;

	*even = *odd = 0;
	/* Text has none: memchr says so faster than counting a byte a time
	 * (this ran over each input's first 64 KB at every open). */
	if (memchr(p, 0, n) == NULL)
		return;
	for (i = 0; i < n; i++)
		if (p[i] == 0)
			(*(i % 2 ? odd : even))++;
}

/*
 * Whether p[0..n) is UTF-16 with no byte order mark: a NUL in every other
 * byte, as Latin text gives (one NUL in eight on the other side allowed:
 * U+0100 is 00 01).  Returns "UTF-16LE" (the NULs at odd offsets) or
 * "UTF-16BE", or NULL.  Binary data has NULs on both sides alike.
 */
static const char *
utf16_unmarked(const unsigned char *p, size_t n)
{
	size_t even, odd, big, small;

	nuls(p, n, &even, &odd);
	big = even > odd ? even : odd;
	small = even > odd ? odd : even;
	if (n < 8 || 3 * big < n || 8 * small > big)
		return NULL;
	return odd > even ? "UTF-16LE" : "UTF-16BE";
}

/* Reads in through iconv(3) from UTF-16 in the order of enc; 0, or 1
 * with a warning when the input cannot be read so. */
static int
utf16_open(struct mu_input *in, const char *enc)
{
	if (in->mode == INFLATE) {
		mu_warn(in->name, 0, "compressed UTF-16 text: not read (convert "
		    "it first: zcat | iconv -f %s -t UTF-8)", enc);
		return 1;
	}
	if ((in->cd = iconv_open("UTF-8", enc)) == (iconv_t)-1) {
		mu_warn(in->name, 0, "UTF-16 text, and iconv cannot read UTF-16 "
		    "here: convert it first (iconv -f %s -t UTF-8)", enc);
		return 1;
	}
	in->mode = UTF16;
	return 0;
}

/*
 * What the first bytes say the input is not: a PDF, a program, binary
 * data, each refused with a warning that says what it is (returns 1).
 * UTF-16 is read through iconv(3): with a byte order mark, and without
 * one when every other byte is NUL (said, as Windows-1252 is).
 */
static int
refused(struct mu_input *in, const unsigned char *p, size_t n)
{
	size_t even, odd;
	const char *enc;

	if (n >= 5 && memcmp(p, "%PDF-", 5) == 0)
		mu_warn(in->name, 0, "a PDF, not text: convert it first "
		    "(pdftotext -enc UTF-8 file.pdf)");
	else if (n >= 4 && memcmp(p, "\x7f" "ELF", 4) == 0)
		mu_warn(in->name, 0, "binary data (an ELF program), not text: "
		    "not read");
	else if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) ||
	    (p[0] == 0xfe && p[1] == 0xff)))
		return utf16_open(in, "UTF-16");
	else if ((enc = utf16_unmarked(p, n)) != NULL) {
		if (in->mode != INFLATE)
			mu_warn(in->name, 0, "%s text with no byte order mark "
			    "(a NUL in every other byte): read as such", enc);
		return utf16_open(in, enc);
	} else if (nuls(p, n, &even, &odd), n >= 256 && 8 * (even + odd) > n)
		mu_warn(in->name, 0, "binary data, not text (%zu of the "
		    "first %zu bytes are NUL): not read", even + odd, n);
	else
		return 0;
	return 1;
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
	while (in->inlen < 8 && (r = readsome(in, in->in + in->inlen,
	    CHUNK - in->inlen)) > 0)
		in->inlen += (size_t)r;
	if (in->failed || (!compressed(in->in, in->inlen) &&
	    refused(in, in->in, in->inlen))) {
		mu_input_close(in);
		return NULL;
	}
	if (in->mode == UTF16)
		return in;
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

/* Data that inflates more than RATIO times, past BOMB_AFTER bytes, is
 * said and not read further (a gzip of 1 MB that is 1 GB of zeros). */
static int
bomb(struct mu_input *in)
{
	in->zout += in->olen;
	if (in->zout < BOMB_AFTER || in->zout / (in->zin + in->inlen + 1) <
	    RATIO)
		return 0;
	mu_warn(in->name, 0, "compressed data that inflates more than %d "
	    "times (%llu bytes from %llu): no text does; not read further",
	    RATIO, in->zout, in->zin + in->inlen);
	return 1;
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
			in->zin += (unsigned)r;
		}
		if (in->zdone) {	/* a further gzip member follows */
			inflateReset(&in->z);
			in->zdone = 0;
		}
		in->z.next_out = in->out;
		in->z.avail_out = CHUNK;
		ret = inflate(&in->z, Z_NO_FLUSH);
		in->olen = CHUNK - in->z.avail_out;
		if (bomb(in) || (in->zout == in->olen && in->olen > 0 &&
		    refused(in, in->out, in->olen))) {
			in->olen = 0;
			in->failed = in->eof = 1;
			break;
		}
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

/* Reads more of a UTF-16 input into in[], after the bytes left there. */
static void
read_utf16(struct mu_input *in)
{
	int r;

	if (in->rawend || in->inlen == CHUNK)
		return;
	if ((r = readsome(in, in->in + in->inlen, CHUNK - in->inlen)) <= 0)
		in->rawend = 1;
	else
		in->inlen += (size_t)r;
}

/* Decodes the next piece of UTF-16 into out[] as UTF-8; returns its
 * length, 0 at the end.  A character cut by the chunk waits for the
 * rest; bytes that are not UTF-16 stop the input with a warning. */
static int
fill_utf16(struct mu_input *in)
{
	char *ip, *op;
	size_t il, ol, r;

	in->opos = in->olen = 0;
	while (in->olen == 0 && !in->failed) {
		read_utf16(in);
		if (in->inlen == 0)
			break;
		ip = (char *)in->in;
		il = in->inlen;
		op = (char *)in->out;
		ol = CHUNK;
		r = iconv(in->cd, &ip, &il, &op, &ol);
		in->olen = CHUNK - ol;
		memmove(in->in, ip, il);
		in->inlen = il;
		if (r != (size_t)-1 || errno == E2BIG ||
		    (errno == EINVAL && !in->rawend))
			continue;
		mu_warn(in->name, 0, "%s UTF-16 after line %ld: the rest is not "
		    "read", errno == EINVAL ? "truncated" : "not valid",
		    in->lineno);
		in->failed = 1;
	}
	if (in->olen == 0)
		in->eof = 1;
	return (int)in->olen;
}

static int
fill(struct mu_input *in)
{
	int r;

	if (in->mode == INFLATE)
		r = fill_inflate(in);
	else if (in->mode == UTF16)
		r = fill_utf16(in);
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

/* A line longer than mu_max_line: said, and the input is not read
 * further (memory stays bounded by the limit). */
static int
too_long(struct mu_input *in, struct mu_buf *line)
{
	mu_warn(in->name, in->lineno + 1, "a line longer than %zu bytes (the "
	    "limit, --max-line): the input is not read further", mu_max_line);
	mu_buf_reset(line);
	in->failed = in->eof = 1;
	in->opos = in->olen;
	return -1;
}

int
mu_max_line_arg(const char *s)
{
	char *e;
	unsigned long long v = 0;

	errno = 0;
	if (*s >= '0' && *s <= '9')
		v = strtoull(s, &e, 10);
	if (v != 0 && (*e == 'k' || *e == 'K'))
		v <<= 10, e++;
	else if (v != 0 && (*e == 'm' || *e == 'M'))
		v <<= 20, e++;
	else if (v != 0 && (*e == 'g' || *e == 'G'))
		v <<= 30, e++;
	if (v == 0 || errno || *e != '\0' || v > (SIZE_MAX >> 2)) {
		mu_warn(NULL, 0, "--max-line %s: not a size (bytes, or with K, "
		    "M or G)", s);
		return -1;
	}
	mu_max_line = (size_t)v;
	return 0;
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
		if (line->len + (end - in->opos) > mu_max_line)
			return too_long(in, line);
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
	if (in->mode == UTF16)
		iconv_close(in->cd);
	if (in->fd > 0)
		close(in->fd);
	mu_buf_free(&in->tmp);
	free(in);
	return failed ? -1 : 0;
}
