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

/*
 * Writes v (0 <= v < 10^width) as width digits into q, as "%0*d" would;
 * returns the end.  printf was a tenth of the time of writing entities.
 */
static char *
put_digits(char *q, int v, int width)
{
	char *e = q + width;

	while (width-- > 0) {
		q[width] = (char)('0' + v % 10);
		v /= 10;
	}
	return e;
}

/* A money value, "-12.50", as "%s%lld.%02lld" of the cents would. */
static void
money_value(struct mu_buf *b, long long c)
{
	char num[32], *q = num + sizeof num;
	unsigned long long u = c < 0 ? 0ULL - (unsigned long long)c :
	    (unsigned long long)c;

	*--q = '"';
	*--q = (char)('0' + u % 10);
	*--q = (char)('0' + u / 10 % 10);
	*--q = '.';
	u /= 100;
	do
		*--q = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (c < 0)
		*--q = '-';
	*--q = '"';
	mu_buf_add(b, q, (size_t)(num + sizeof num - q));
}

/* A date, "2024-03-07", or with no day its month, "2024-03". */
static void
date_value(struct mu_buf *b, int y, int m, int d, int day)
{
	char s[16], *q = s;

	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		if (day)
			mu_buf_printf(b, "\"%04d-%02d-%02d\"", y, m, d);
		else
			mu_buf_printf(b, "\"%04d-%02d\"", y, m);
		return;
	}
	*q++ = '"';
	q = put_digits(q, y, 4);
	*q++ = '-';
	q = put_digits(q, m, 2);
	if (day) {
		*q++ = '-';
		q = put_digits(q, d, 2);
	}
	*q++ = '"';
	mu_buf_add(b, s, (size_t)(q - s));
}

/* The value of an entity, as JSON text into b. */
static void
ent_json_value(const struct ent *e, struct mu_buf *b)
{
	char s[8];

	switch (e->kind) {
	case K_MONEY:
		money_value(b, e->cents);
		break;
	case K_DATE:
		date_value(b, e->y, e->m, e->d, 1);
		break;
	case K_TIME:
		if (e->m < 0 || e->m > 99 || e->d < 0 || e->d > 99) {
			mu_buf_printf(b, "\"%02d:%02d\"", e->m, e->d);
			break;
		}
		s[0] = '"';
		put_digits(s + 1, e->m, 2);
		s[3] = ':';
		put_digits(s + 4, e->d, 2);
		s[6] = '"';
		mu_buf_add(b, s, 7);
		break;
	case K_PERIOD:
		if (e->m) {
			date_value(b, e->y, e->m, 0, 0);
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
 * Output goes through emit(): straight out, or, while an action waits for
 * the date of the next meeting, into hold with the offsets of its "null"
 * dues in pend; hold_flush() writes it all, with the date when known.
 */
static struct mu_buf hold;
static size_t *pend, npend, pendcap;
static struct mu_buf rb;	/* a declaration or action being built */

static void
emit(const char *s, size_t n)
{
	if (npend)
		mu_buf_add(&hold, s, n);
	else
		mu_out_bytes(s, n);
}

void
emit_line(const char *s, size_t n)
{
	if (npend) {
		mu_buf_add(&hold, s, n);
		mu_buf_addc(&hold, '\n');
	} else
		mu_out_line(s, n);
}

void
hold_flush(void)
{
	char due[16];
	size_t i, at = 0;
	int n;

	if (npend == 0)
		return;
	n = snprintf(due, sizeof due, "\"%04d-%02d-%02d\"", D.ny % 10000,
	    D.nm % 100, D.nd % 100);
	for (i = 0; i < npend; i++) {
		mu_out_bytes(hold.s + at, pend[i] - at);
		if (D.ny)
			mu_out_bytes(due, (size_t)n);
		else
			mu_out_bytes("null", 4);
		at = pend[i] + 4;
	}
	mu_out_bytes(hold.s + at, hold.len - at);
	mu_buf_reset(&hold);
	npend = 0;
}

/* rb: a record's head, fields, end. */
static void
rb_begin(const char *type, const char *doc, long line,
    const struct mu_rec *r)
{
	mu_buf_reset(&rb);
	mu_buf_adds(&rb, "{\"type\":\"");
	mu_buf_adds(&rb, type);
	mu_buf_adds(&rb, "\",\"doc\":");
	mu_json_quote(&rb, doc, strlen(doc));
	if (line > 0) {
		mu_buf_adds(&rb, ",\"line\":");
		add_num(&rb, line);
	}
	add_field(&rb, r, "item", "null");
	add_field(&rb, r, "item_seq", "0");
}

static void
rb_str(const char *key, const char *s, size_t n)
{
	mu_buf_adds(&rb, ",\"");
	mu_buf_adds(&rb, key);
	mu_buf_adds(&rb, "\":");
	if (s == NULL)
		mu_buf_adds(&rb, "null");
	else
		mu_json_quote(&rb, s, n);
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
		emit(jb.s, jb.len);
	}
}

static void
rb_span(const char *key, int a, int b)
{
	if (a < 0 || b <= a)
		rb_str(key, NULL, 0);
	else
		rb_str(key, txt + tk[a].s, tk[b - 1].e - tk[a].s);
}

/*
 * The item fields of the record in rb, as rb_begin wrote them from the
 * source record, replaced by those of item num (seq).
 */
static void
rb_item(const char *num, long seq)
{
	const char *p = strstr(rb.s, ",\"item\":");

	if (p == NULL)
		return;
	rb.len = p - rb.s;
	rb_str("item", num, strlen(num));
	mu_buf_adds(&rb, ",\"item_seq\":");
	add_num(&rb, seq);
}

/*
 * A declaration made before the item it names ("Cllr A declared an
 * interest in item 7" under "Declarations of interest"), written as the
 * document numbers its items (decl_may_come), waits for that item's
 * record: it is written just after it, with its item and item_seq, or,
 * when the document ends without it, as it was read (the item it was
 * read in).  At most DECL_HOLD wait, so that each item record is checked
 * against a few; one more is written at once, as read.
 */
#define DECL_HOLD 32
struct held {
	size_t at, len;		/* the record in dheld */
	size_t item;		/* where its ",\"item\":" starts, from at */
	size_t rest;		/* where what follows item_seq starts */
	size_t num, numlen;	/* the item number it names, in dheld */
};
static struct mu_buf dheld;
static struct held held[DECL_HOLD];
static int nheld;

/* rb holds a declaration naming the item ns (nk bytes) not read yet. */
static int
decl_hold(const char *ns, size_t nk)
{
	struct held *h;
	const char *p = strstr(rb.s, ",\"item\":"), *q;

	if (nheld == DECL_HOLD || p == NULL ||
	    (q = strstr(p, ",\"item_seq\":")) == NULL)
		return 0;
	q += strlen(",\"item_seq\":");
	while (*q >= '0' && *q <= '9')
		q++;
	h = &held[nheld++];
	h->at = dheld.len;
	h->len = rb.len;
	h->item = (size_t)(p - rb.s);
	h->rest = (size_t)(q - rb.s);
	mu_buf_add(&dheld, rb.s, rb.len);
	h->num = dheld.len;
	h->numlen = nk;
	mu_buf_add(&dheld, ns, nk);
	return 1;
}

/* The declarations waiting for item num (or, num NULL, for any): written
 * with that item's fields (or as read). */
void
decl_release(const char *num, long seq)
{
	struct held *h;
	size_t n = num ? strlen(num) : 0;
	int i, k = 0;

	for (i = 0; i < nheld; i++) {
		h = &held[i];
		if (num && (h->numlen != n || memcmp(dheld.s + h->num, num,
		    n) != 0)) {
			held[k++] = *h;
			continue;
		}
		mu_buf_reset(&rb);
		if (num) {
			mu_buf_add(&rb, dheld.s + h->at, h->item);
			rb_str("item", num, n);
			mu_buf_adds(&rb, ",\"item_seq\":");
			add_num(&rb, seq);
			mu_buf_add(&rb, dheld.s + h->at + h->rest,
			    h->len - h->rest);
		} else
			mu_buf_add(&rb, dheld.s + h->at, h->len);
		emit(rb.s, rb.len);
	}
	nheld = k;
	if (nheld == 0)
		mu_buf_reset(&dheld);
}

void
out_decls(const struct mu_rec *r, const char *doc, long line)
{
	const struct decl *d;
	const struct ent *e;
	const char *num, *ns = NULL;
	size_t nk = 0;
	long seq;
	int i, later;

	for (i = 0; i < ndecls; i++) {
		d = &decls[i];
		e = &ents[d->who];
		rb_begin("declaration", doc, line, r);
		later = 0;
		if ((seq = decl_item(d->items, d->itemse, &num)) > 0)
			rb_item(num, seq);	/* the item it is in */
		else
			later = decl_named(d->items, d->itemse, &ns, &nk) &&
			    decl_may_come(ns, nk);
		if (e->kind == K_ROLE)	/* "The Chairman": the chair's name */
			rb_str("member", vals.s + e->x, e->xn);
		else
			rb_str("member", vals.s + e->v, e->vn);
		if (e->xn)
			rb_str("attendee", vals.s + e->x, e->xn);
		rb_str("kind", d->kindn ? vals.s + d->kind : NULL, d->kindn);
		rb_span("items", d->items, d->itemse);
		rb_span("reason", d->reason, d->reasone);
		mu_buf_adds(&rb, d->left ? ",\"left\":true" : ",\"left\":false");
		mu_buf_add(&rb, "}\n", 2);
		if (!later || !decl_hold(ns, nk))
			emit(rb.s, rb.len);
	}
}

/*
 * An action due at the next meeting, whose date is not known yet, is
 * written with due null and held back with all that follows (in this
 * document) till the date is stated or the document ends.
 */
void
out_actions(const struct mu_rec *r, const char *doc, long line)
{
	const struct action *x;
	char due[16];
	int i;

	for (i = 0; i < nacts; i++) {
		x = &acts[i];
		rb_begin("action", doc, line, r);
		rb_span("owner", x->owner, x->ownere);
		if (x->text < 0)
			rb_str("text", x->xt, x->xtn);
		else
			rb_span("text", x->text, x->texte);
		if (x->y) {
			snprintf(due, sizeof due, "%04d-%02d-%02d",
			    x->y % 10000, x->m % 100, x->d % 100);
			rb_str("due", due, strlen(due));
		} else
			rb_str("due", NULL, 0);
		mu_buf_add(&rb, "}\n", 2);
		if (x->next && !x->y) {
			/* due is the last field: rb ends "null}\n", and
			 * hold_flush() writes the date over the "null". */
			pend = mu_grow(pend, &pendcap, npend, sizeof *pend);
			pend[npend++] = hold.len + rb.len - strlen("null}\n");
			mu_buf_add(&hold, rb.s, rb.len);
		} else
			emit(rb.s, rb.len);
	}
}

/* The record again, with an "entities" array at its end. */
void
out_annotated(const struct mu_rec *r)
{
	const struct mu_field *f;
	size_t i;
	int k, n = 0;

	mu_buf_reset(&jb);
	mu_buf_addc(&jb, '{');
	for (i = 0; i < r->n; i++) {
		f = &r->f[i];
		if (strcmp(f->key, "entities") == 0)
			continue;
		if (n++)
			mu_buf_addc(&jb, ',');
		mu_json_quote(&jb, f->key, strlen(f->key));
		mu_buf_addc(&jb, ':');
		if (f->type == MU_STR)
			mu_json_quote(&jb, f->val, f->len);
		else
			mu_buf_add(&jb, f->val, f->len);
	}
	mu_buf_adds(&jb, n ? ",\"entities\":[" : "\"entities\":[");
	for (k = 0; k < nents; k++) {
		mu_buf_adds(&jb, k ? ",{" : "{");
		ent_json(&ents[k], &jb);
		mu_buf_addc(&jb, '}');
	}
	mu_buf_adds(&jb, "]}\n");
	emit(jb.s, jb.len);
}

/* A new text: forget the offsets counted in the last. */
void
out_reset(void)
{
	cpos_b = 0;
	cpos_c = 0;
}
