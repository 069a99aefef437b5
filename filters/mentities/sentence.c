/* sentence.c: sentences, read for declarations of interest and actions. */
#include <string.h>

#include "mentities.h"

struct decl *decls;

int ndecls;
size_t declcap;

struct action *acts;

int nacts;
size_t actcap;

/* Like tk, both have PAD places either side, all -1 but for entities. */
int *entat;		/* entat[t]: the entity that ends at token t */
int *entst;		/* entst[t]: the entity that starts there */
static int *atbase, *stbase;
static int entatcap;

/* The end of the sentence that starts at a. */
int
sentence_end(int a)
{
	int k;

	for (k = a; k < nt; k++) {
		if (isp(k, ';'))
			return k + 1;
		if (!isp(k, '.') && !isp(k, '!') && !isp(k, '?'))
			continue;
		if (k + 1 >= nt)
			return nt;
		if (!tk[k + 1].sp || initial_at(k - 1) ||
		    (tk[k - 1].t == TW && (tk[k - 1].f & (F_ABBR | F_HON)) &&
		    adj(k)))
			continue;
		if (tk[k + 1].cap || tk[k + 1].t != TW)
			return k + 1;
	}
	return nt;
}

void
sentences(void)
{
	int a, b, k, from, pa;

	if (entatcap < nt + 2 * PAD) {
		entatcap = nt + 2 * PAD;
		atbase = mu_realloc(atbase, (size_t)entatcap * sizeof *atbase);
		stbase = mu_realloc(stbase, (size_t)entatcap * sizeof *stbase);
		entat = atbase + PAD;
		entst = stbase + PAD;
	}
	for (k = -PAD; k < nt + PAD; k++)
		entat[k] = entst[k] = -1;
	for (k = 0; k < nents; k++) {
		entat[ents[k].te - 1] = k;
		entst[ents[k].ts] = k;
	}
	ndecls = nacts = 0;
	from = D.declctx ? 0 : decl_heading();
	for (a = 0, pa = -1; a < nt; pa = a, a = b) {
		b = sentence_end(a);
		if (!decl_sentence(a, b) && from >= 0 && b > from)
			decl_table(a > from ? a : from, b);
		next_meeting(a, b);
		k = nacts;
		action_sentence(pa, a, b);
		if (nacts > k && acts[k].text >= 0)
			action_due(&acts[k]);
		else if (nacts > 0 && acts[nacts - 1].y == 0 &&
		    !acts[nacts - 1].next && acts[nacts - 1].text >= 0)
			due_later(&acts[nacts - 1], a, b);
	}
	action_table();
	action_last(pa);
}
