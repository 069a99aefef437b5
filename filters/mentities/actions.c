/* actions.c: actions: who is to do what, and by when. */
#include <string.h>

#include "mentities.h"

static struct action *
action_new(int owner, int ownere, int text, int texte)
{
	struct action *x;

	while (texte > text && tk[texte - 1].t == TP && !isp(texte - 1, ')'))
		texte--;
	if (texte <= text)
		return NULL;
	acts = mu_grow(acts, &actcap, (size_t)nacts, sizeof *acts);
	x = &acts[nacts++];
	memset(x, 0, sizeof *x);
	x->owner = owner;
	x->ownere = ownere;
	x->text = text;
	x->texte = texte;
	return x;
}

/* The noun phrase that ends before token k: "the PCC", "The Clerk". */
static int
owner_before(int a, int k, int *end)
{
	int j;

	while (k > a && tk[k - 1].t == TW && (tk[k - 1].f & F_AUX))
		k--;
	if (isp(k - 1, ')'))		/* "the Commissioner (PCC) be asked" */
		for (j = k - 1; j > a; j--)
			if (isp(j, '(')) {
				k = j;
				break;
			}
	*end = k;
	for (j = k; j > a; j--) {
		if (tk[j - 1].t == TW && (tk[j - 1].cap || tk[j - 1].up) &&
		    !(tk[j - 1].f & F_OWNSTOP))
			continue;
		if (isw(j - 1, "and") || isw(j - 1, "of") || isw(j - 1, "for"))
			if (j - 1 > a && tk[j - 2].cap && j < k)
				continue;
		break;
	}
	if (j == k)
		return -1;
	if (isw(j, "the") && j + 1 == k)
		return -1;
	if (isw(j - 1, "the") && j - 1 >= a)
		j--;
	return j;
}

/* A lower-case verb at k, not a pronoun or article. */
static int
verb_at(int k)
{
	static const char *const no[] = { "this", "that", "the", "a", "an",
	    "it", "these", "those", "be", "him", "her", "them", "declare" };
	size_t i;

	if (!lowword(k))
		return 0;
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		if (isw_n(k, no[i], strlen(no[i])))
			return 0;
	return 1;
}

/* The owner at the start of a sentence: "Clerk to", "AH to", "Cllr X to". */
static int
owner_at_start(int a)
{
	int e = entst[a], k = a;

	if (isw(k, "the") && k + 1 < nt)
		e = entst[++k];
	if (e >= 0 && (ents[e].kind == K_PERSON || ents[e].kind == K_ROLE))
		return ents[e].te;
	if (k == a && tk[k].t == TW && tk[k].up && wlen(k) >= 2 &&
	    wlen(k) <= 4 && !(tk[k].f & F_ACRSTOP))
		return k + 1;
	return 0;
}

/* "The PCC agreed to provide ...", "be requested to", "Clerk to action". */
void
action_sentence(int a, int b)
{
	int k, o, oe, p;

	if ((oe = owner_at_start(a)) && isw(oe, "to") && verb_at(oe + 1)) {
		action_new(a, oe, oe + 1, b);
		return;
	}
	for (k = a + 1; k + 2 < b; k++) {
		if (tk[k].t != TW || !(tk[k].f & F_ACT))
			continue;
		p = isw(k - 1, "be") || isw(k - 1, "was") || isw(k - 1, "is") ||
		    isw(k - 1, "were") || isw(k - 1, "been");
		if ((isw(k, "agreed") || isw(k, "undertook") ||
		    isw(k, "offered")) && !p && isw(k + 1, "to") &&
		    verb_at(k + 2) && (o = owner_before(a, k, &oe)) >= 0) {
			action_new(o, oe, k + 2, b);
			return;
		}
		if ((isw(k, "requested") || isw(k, "asked")) && p &&
		    isw(k + 1, "to") && verb_at(k + 2) &&
		    (o = owner_before(a, k - 1, &oe)) >= 0) {
			action_new(o, oe, k + 2, b);
			return;
		}
		if (isw(k, "agreed") && p && isw(k + 1, "that") && k >= a + 2 &&
		    (isw(k - 2, "it") ||
		    (isw(k - 2, "also") && isw(k - 3, "it")))) {
			action_new(-1, -1, k + 2, b);
			return;
		}
	}
}

/* When an action is due: a date in it, or "the end of the year". */
void
action_due(struct action *x)
{
	int k, e, y = D.year ? D.year : D.fallback;

	for (k = x->text; k < x->texte; k++) {
		if ((e = entst[k]) >= 0 && ents[e].kind == K_DATE) {
			x->y = ents[e].y;
			x->m = ents[e].m;
			x->d = ents[e].d;
			return;
		}
		if (!isw(k, "end") || !isw(k + 1, "of") || !y)
			continue;
		if ((e = entst[k + 2]) >= 0 && ents[e].kind == K_PERIOD &&
		    ents[e].m) {
			x->y = ents[e].y;
			x->m = ents[e].m;
			x->d = mu_days_in(x->y, x->m);
			return;
		}
		if (month_at(k + 2) && !isyear(k + 3)) {
			x->m = month_at(k + 2);	/* "by the end of December" */
			x->y = nearest_year(y, x->m, 28);
			x->d = mu_days_in(x->y, x->m);
			return;
		}
		if (isw(k + 2, "the") && (isw(k + 3, "year") ||
		    (isw(k + 3, "calendar") && isw(k + 4, "year")))) {
			x->y = y;
			x->m = 12;
			x->d = 31;
			return;
		}
		if (isw(k + 2, "the") && isw(k + 3, "financial") &&
		    isw(k + 4, "year")) {
			x->y = y + (D.month >= 4);
			x->m = 3;
			x->d = 31;
			return;
		}
	}
}

/*
 * "The PCC agreed to provide more detail.  It would be circulated before
 * the end of the year.": a later sentence that says when gives the due.
 */
void
due_later(struct action *x, int a, int b)
{
	struct action t;
	int k;

	for (k = a; k < b; k++)
		if (isw(k, "would") || isw(k, "will"))
			break;
	if (k == b)
		return;
	memset(&t, 0, sizeof t);
	t.text = a;
	t.texte = b;
	action_due(&t);
	if (t.y) {
		x->y = t.y;
		x->m = t.m;
		x->d = t.d;
	}
}
