/* output.c: the records written: entities, declarations, actions. */
#include <stdio.h>
#include <string.h>

#include "mentities.h"

static const char *const kindname[] = { "", "money", "date", "time",
    "percent", "period", "person", "role", "org", "operation", "report",
    "law", "place" };

static struct mu_buf jb;	/* the entities array of --annotate */
static size_t cpos_b;		/* a cache for char_off */
static long cpos_c;

/* The character offset of byte b in the text (counted once onward). */
static long
char_off(size_t b)
{
	size_t end = b < txtlen ? b : txtlen;

	if (b < cpos_b)
		cpos_b = cpos_c = 0;
	if (cpos_b < end)
		cpos_c += (long)mu_nchars(txt + cpos_b, end - cpos_b);
	cpos_b = b;
	return cpos_c;
}

/* The value of an entity, as JSON text into b. */
static void
ent_json_value(const struct ent *e, struct mu_buf *b)
{
	long long c = e->cents;

	switch (e->kind) {
	case K_MONEY:
		mu_buf_printf(b, "\"%lld.%02lld\"", c / 100, c % 100);
		break;
	case K_DATE:
		mu_buf_printf(b, "\"%04d-%02d-%02d\"", e->y, e->m, e->d);
		break;
	case K_TIME:
		mu_buf_printf(b, "\"%02d:%02d\"", e->m, e->d);
		break;
	case K_PERIOD:
		if (e->m) {
			mu_buf_printf(b, "\"%04d-%02d\"", e->y, e->m);
			break;
		}
		/* FALLTHROUGH */
	default:
		mu_json_quote(b, vals.s + e->v, e->vn);
	}
}

/* Appends the decimal digits of v (not negative) to b; printf is slow. */
static void
add_num(struct mu_buf *b, long v)
{
	char d[24];
	int n = 0;

	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		mu_buf_addc(b, d[--n]);
}

/* Fields of entity e after "kind", as JSON members into b. */
static void
ent_json(const struct ent *e, struct mu_buf *b)
{
	size_t s = tk[e->ts].s, n = tk[e->te - 1].e - s;

	mu_buf_adds(b, "\"kind\":\"");
	mu_buf_adds(b, kindname[e->kind]);
	mu_buf_adds(b, "\",\"text\":");
	mu_json_quote(b, txt + s, n);
	mu_buf_adds(b, ",\"value\":");
	ent_json_value(e, b);
	mu_buf_adds(b, ",\"start\":");
	add_num(b, char_off(s));
	mu_buf_adds(b, ",\"end\":");
	add_num(b, char_off(s + n));
	if (e->cur) {
		mu_buf_adds(b, ",\"currency\":\"");
		mu_buf_adds(b, e->cur);
		mu_buf_addc(b, '"');
	}
	if (e->kind == K_DATE)
		mu_buf_adds(b, e->inferred ? ",\"inferred\":true" :
		    ",\"inferred\":false");
	if (e->xn) {
		mu_buf_adds(b, e->kind == K_PERSON ? ",\"attendee\":" :
		    ",\"expansion\":");
		mu_json_quote(b, vals.s + e->x, e->xn);
	}
}

static void
out_item(const struct mu_rec *r)
{
	const struct mu_field *f;

	if ((f = mu_rec_get(r, "item")) != NULL)
		mu_out_field(f);
	else
		mu_out_null("item");
	if ((f = mu_rec_get(r, "item_seq")) != NULL)
		mu_out_field(f);
	else
		mu_out_int("item_seq", 0);
}

/* Appends field key of r (or dflt when it has none) as a JSON member. */
static void
add_field(struct mu_buf *b, const struct mu_rec *r, const char *key,
    const char *dflt)
{
	const struct mu_field *f = mu_rec_get(r, key);

	mu_buf_adds(b, ",\"");
	mu_buf_adds(b, key);
	mu_buf_adds(b, "\":");
	if (f == NULL)
		mu_buf_adds(b, dflt);
	else if (f->type == MU_STR)
		mu_json_quote(b, f->val, f->len);
	else
		mu_buf_add(b, f->val, f->len);
}

/*
 * The entity records of the text.  Their common head (type, doc, line,
 * item) is made once and each record written whole: a record has many.
 */
void
out_entities(const struct mu_rec *r, const char *doc, long line)
{
	static struct mu_buf head;
	int i;

	if (nents == 0)
		return;
	mu_buf_reset(&head);
	mu_buf_adds(&head, "{\"type\":\"entity\",\"doc\":");
	mu_json_quote(&head, doc, strlen(doc));
	if (line > 0) {
		mu_buf_adds(&head, ",\"line\":");
		add_num(&head, line);
	}
	add_field(&head, r, "item", "null");
	add_field(&head, r, "item_seq", "0");
	mu_buf_addc(&head, ',');
	for (i = 0; i < nents; i++) {
		mu_buf_reset(&jb);
		mu_buf_add(&jb, head.s, head.len);
		ent_json(&ents[i], &jb);
		mu_buf_add(&jb, "}\n", 2);
		mu_out_bytes(jb.s, jb.len);
	}
}

static void
out_span(const char *key, int a, int b)
{
	if (a < 0 || b <= a)
		mu_out_null(key);
	else
		mu_out_strn(key, txt + tk[a].s, tk[b - 1].e - tk[a].s);
}

void
out_decls(const struct mu_rec *r, const char *doc, long line)
{
	const struct decl *d;
	int i;

	for (i = 0; i < ndecls; i++) {
		d = &decls[i];
		mu_out_begin("declaration", doc, line);
		out_item(r);
		mu_out_strn("member", vals.s + ents[d->who].v, ents[d->who].vn);
		if (ents[d->who].xn)
			mu_out_strn("attendee", vals.s + ents[d->who].x,
			    ents[d->who].xn);
		if (d->kindn)
			mu_out_strn("kind", vals.s + d->kind, d->kindn);
		else
			mu_out_null("kind");
		out_span("items", d->items, d->itemse);
		out_span("reason", d->reason, d->reasone);
		mu_out_end();
	}
}

void
out_actions(const struct mu_rec *r, const char *doc, long line)
{
	const struct action *x;
	char due[16];
	int i;

	for (i = 0; i < nacts; i++) {
		x = &acts[i];
		mu_out_begin("action", doc, line);
		out_item(r);
		out_span("owner", x->owner, x->ownere);
		out_span("text", x->text, x->texte);
		if (x->y) {
			snprintf(due, sizeof due, "%04d-%02d-%02d",
			    x->y % 10000, x->m % 100, x->d % 100);
			mu_out_str("due", due);
		} else
			mu_out_null("due");
		mu_out_end();
	}
}

/* The record again, with an "entities" array at its end. */
void
out_annotated(const struct mu_rec *r)
{
	size_t i;
	int k;

	mu_out_start();
	for (i = 0; i < r->n; i++)
		if (strcmp(r->f[i].key, "entities") != 0)
			mu_out_field(&r->f[i]);
	mu_buf_reset(&jb);
	mu_buf_addc(&jb, '[');
	for (k = 0; k < nents; k++) {
		mu_buf_adds(&jb, k ? ",{" : "{");
		ent_json(&ents[k], &jb);
		mu_buf_addc(&jb, '}');
	}
	mu_buf_addc(&jb, ']');
	mu_out_raw("entities", jb.s, jb.len);
	mu_out_end();
}

/* A new text: forget the offsets counted in the last. */
void
out_reset(void)
{
	cpos_b = 0;
	cpos_c = 0;
}
