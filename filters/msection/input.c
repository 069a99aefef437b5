/*
 * input.c: reading the record stream of msection.  Blocks are kept in
 * the document held (D); other records are kept as they came, to go out
 * where they stood; a change of doc ends the document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

struct doc D;

/*
 * Writes the document held and forgets it.  The per-document state,
 * audited: D.arena, D.der, D.nb, D.ni, D.na, D.np and D.open here; D.m
 * is filled afresh by meeting() for every document that has blocks (and
 * not read for one without); D.name is set by section() when the next
 * document opens.  The word sets of people.c and the scratch buffers
 * (tmp, tmp2, people.c's ename..ereason) hold nothing between calls.
 * tests/6001 reads every fixture alone and after the others.
 */
void
finish_doc(void)
{
	int hend = 0;

	if (!D.open)
		return;
	if (D.nb) {
		hend = meeting();
		closing();
		roles(hend);
		reports();
	}
	emit();
	mu_buf_reset(&D.arena);
	mu_buf_reset(&D.der);
	D.nb = D.ni = D.na = D.np = 0;
	D.open = 0;
}

static int
kind_of(const char *k)
{
	int i;

	for (i = 1; i <= K_ARTIFACT; i++)
		if (k[0] == kindname[i][0] && strcmp(k, kindname[i]) == 0)
			return i;
	return K_OTHER;
}

/* The record's doc ("-" when absent), and whether it is a block. */
static const char *
rec_doc(const struct mu_rec *r, int *isblock)
{
	const struct mu_field *f, *end;
	const char *doc = "-";

	*isblock = 0;
	if (r->n == 0)		/* "{}": r->f may be NULL */
		return doc;
	for (f = r->f, end = r->f + r->n; f < end; f++)
		if (f->type != MU_STR)
			continue;
		else if (f->key[0] == 'd' && strcmp(f->key, "doc") == 0)
			doc = f->val;
		else if (f->key[0] == 't' && strcmp(f->key, "type") == 0)
			*isblock = strcmp(f->val, "block") == 0;
	return doc;
}

static int
key_of(const char *k)
{
	static const char *keys[] = { "", "RESOLVED", "UNANIMOUSLY RESOLVED",
		"DECISION", "AGREED", "MOVED", "PRESENT", "ALSO PRESENT",
		"IN ATTENDANCE", "APOLOGIES", "ABSENT", "SUBSTITUTES",
		"MINUTES", "CHAIRMAN", "VENUE", "DATE", "TIME", "PLACE", "CLERK" };
	int i;

	if (k == NULL)
		return Y_NONE;
	for (i = 1; i < (int)(sizeof keys / sizeof keys[0]); i++)
		if (strcmp(k, keys[i]) == 0)
			return i;
	return Y_OTHERKEY;
}

static size_t
keep(const char *s)
{
	size_t off = D.arena.len;

	if (s == NULL)
		return NOSTR;
	mu_buf_adds(&D.arena, s);
	mu_buf_addc(&D.arena, '\0');
	return off;
}

/* One pass over the fields: blocks are most of the stream. */
static void
add_block(const struct mu_rec *r)
{
	const struct mu_field *f, *end = r->f + r->n;	/* n > 0: a block */
	const char *k = NULL, *t = NULL, *l = NULL, *y = NULL;
	size_t tl = 0;
	struct blk *b;

	D.b = mu_grow(D.b, &D.cb, D.nb, sizeof *D.b);
	b = &D.b[D.nb++];
	memset(b, 0, sizeof *b);
	for (f = r->f; f < end; f++) {
		switch (f->key[0]) {	/* the first letter tells most apart */
		case 't':
			if (f->type == MU_STR && strcmp(f->key, "text") == 0)
				t = f->val, tl = f->len;
			break;
		case 'k':
			if (f->type == MU_STR && strcmp(f->key, "kind") == 0)
				k = f->val;
			else if (f->type == MU_STR && strcmp(f->key, "key") == 0)
				y = f->val;
			break;
		case 'l':
			if (f->type == MU_STR && strcmp(f->key, "label") == 0)
				l = f->val;
			else if (strcmp(f->key, "line") == 0)
				b->line = mu_line_value(f);	/* 0: none */
			break;
		case 'd':
			if (f->type == MU_NUM && strcmp(f->key, "depth") == 0)
				b->depth = (int)strtol(f->val, NULL, 10);
			break;
		}
	}
	b->kind = kind_of(k ? k : "");
	b->kindstr = b->kind == K_OTHER ? keep(k ? k : "other") : NOSTR;
	b->label = keep(l);
	b->ykey = key_of(y);
	b->text = D.arena.len;
	mu_buf_add(&D.arena, t ? t : "", t ? tl : 0);
	mu_buf_addc(&D.arena, '\0');
	b->len = tl;
	b->unanimous = -1;
	b->re = b->te = b->ta = b->len;
}

static void
add_pass(const struct mu_buf *line)
{
	struct pass *p;

	D.ps = mu_grow(D.ps, &D.cp, D.np, sizeof *D.ps);
	p = &D.ps[D.np++];
	p->off = D.arena.len;
	p->len = line->len;
	p->before = (int)D.nb;
	mu_buf_add(&D.arena, line->s, line->len);
	mu_buf_addc(&D.arena, '\0');
}

/* Reads one input; returns 1 after trouble with it, else 0. */
int
section(const char *path, int strict)
{
	static struct mu_buf line;
	static struct mu_rec rec;
	static int init;
	struct mu_input *in;
	const char *doc;
	int got, bad = 0, ret = 0, isblock;

	if (!init) {
		mu_rec_init(&rec);
		init = 1;
	}
	if ((in = mu_input_open(path, 1)) == NULL)
		return 1;
	while ((got = mu_rec_next(in, &line, &rec, strict, &bad)) == 1) {
		doc = rec_doc(&rec, &isblock);
		if (D.open && (rec.newdoc ||
		    strcmp(doc, mu_buf_str(&D.name)) != 0))
			finish_doc();
		if (!D.open) {
			mu_buf_reset(&D.name);
			mu_buf_adds(&D.name, doc);
			D.open = 1;
		}
		if (isblock)
			add_block(&rec);
		else
			add_pass(&line);
	}
	if (got < 0 || bad)
		ret = 1;
	if (mu_input_close(in) != 0)
		ret = 1;
	if (got < 0 && strict) {
		finish_doc();
		mu_out_finish();
		exit(1);
	}
	return ret;
}

/* The block after block i that is not an artifact, or -1. */
int
next_blk(int i)
{
	for (i++; i < (int)D.nb; i++)
		if (D.b[i].kind != K_ARTIFACT)
			return i;
	return -1;
}
