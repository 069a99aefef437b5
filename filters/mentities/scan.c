/* scan.c: the entities of a text: the recognisers tried at each token. */
#include <string.h>

#include "mentities.h"

struct ent *ents;

int nents;
static size_t entcap;

struct mu_buf vals;	/* string values of this record */

struct ent *
ent_new(int kind, int ts, int te)
{
	struct ent *e;

	ents = mu_grow(ents, &entcap, (size_t)nents, sizeof *ents);
	e = &ents[nents++];
	memset(e, 0, sizeof *e);
	e->kind = kind;
	e->ts = ts;
	e->te = te;
	return e;
}

/* Sets the entity's value to the text of tokens [a, b). */
void
ent_val(struct ent *e, int a, int b)
{
	e->v = vals.len;
	e->vn = tk[b - 1].e - tk[a].s;
	mu_buf_add(&vals, txt + tk[a].s, e->vn);
}

void
ent_vals(struct ent *e, const char *s, size_t n)
{
	e->v = vals.len;
	e->vn = n;
	mu_buf_add(&vals, s, n);
}

void
ent_extra(struct ent *e, const char *s, size_t n)
{
	e->x = vals.len;
	e->xn = n;
	mu_buf_add(&vals, s, n);
}

/* Tries the recognisers at token i; returns the token after a match. */
static int bare;	/* sums without "£" are read in this text */

static int
recognise(int i)
{
	int k;

	switch (tk[i].t) {
	case TP:
		return rec_money_sym(i);
	case TN:
		if ((k = rec_date(i)) || (k = rec_time(i)) ||
		    (k = rec_money_num(i)) || (k = rec_percent(i)) ||
		    (bare && (k = rec_money_bare(i))))
			return k;
		return 0;
	default:
		if ((k = rec_money_sym(i)) || (k = rec_date(i)) ||
		    (k = rec_time(i)) ||
		    (k = rec_report(i)) || (k = rec_section(i)) ||
		    (k = rec_person(i)) || (k = rec_role(i)) ||
		    ((ndeclw || D.declctx) && (k = rec_declarant(i))) ||
		    (k = rec_capseq(i)) || (k = rec_acronym(i)))
			return k;
		return 0;
	}
}

void
scan(const char *s, size_t n)
{
	int i = 0, k;

	tokenize(s, n);
	nents = 0;
	mu_buf_reset(&vals);
	mu_buf_addc(&vals, '\0');
	bare = money_bare_here();
	while (i < nt)
		i = (k = recognise(i)) > i ? k : i + 1;
	fill_years();
}
