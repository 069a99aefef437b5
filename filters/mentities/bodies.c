/* bodies.c: bodies, laws, venues, operations and acronyms. */
#include <string.h>

#include "mentities.h"

static int
capword(int i)
{
	return i < nt && tk[i].t == TW && tk[i].cap &&
	    !(tk[i].f & (F_MONTH | F_WDAY | F_HON | F_OWNSTOP | F_CONN |
	    F_YEARPREP));
}

/* The end of a run of capitalised words with "and", "of" ... inside. */
static int
capseq_end(int i)
{
	int k = i, j;

	while (k < nt) {
		if (capword(k))
			k++;
		else if (((tk[k].t == TW && (tk[k].f & F_CONN) && !tk[k].cap) ||
		    isp(k, '&')) && capword(k + 1))
			k++;
		else if (isp(k, '(') && capword(k + 1) &&
		    (j = skip_paren(k)) > k && capword(j) && (tk[j].f & F_LAW))
			k = j;	/* "The Public Bodies (Admission ...) Act" */
		else
			break;
	}
	return k;
}

/* After a venue: ", Town Hall, Eastwold" (up to three parts). */
static int
place_tail(int k)
{
	int n, j;

	for (n = 0; n < 3 && isp(k, ',') && capword(k + 1); n++) {
		for (j = k + 1; capword(j) && j < k + 4; j++)
			;
		if (capword(j))
			break;
		k = j;
	}
	return k;
}

/* Bodies, laws, venues and operations named by capitalised words. */
int
rec_capseq(int i)
{
	struct ent *e;
	int a = i, b, k, c;

	if (!capword(i))
		return 0;
	b = capseq_end(i);
	/* "Minutes of a Meeting of X Council", "Delivering the X": from X */
	while (b > a + 1 && (((tk[a].f & F_STOP) && !(tk[a].f & F_HONPRE)) ||
	    (wlen(a) > 4 && memcmp(txt + tk[a].e - 3, "ing", 3) == 0)) &&
	    !(tk[a].f & F_ORGSUF) && lowword(a + 1)) {
		for (k = a + 1; k < b && !capword(k); k++)
			;
		if (k == a + 1 || k >= b)
			break;
		a = k;
	}
	if (isw(a, "the") && b > a + 1)
		a++;
	if (a > i && role_at(a, &k))
		return 0;	/* "The Chief Executive": a role, read next */
	if (b > a + 1 && (tk[b - 1].f & F_ROLEEND) && !tk[b - 1].up) {
		/* "Senior Planning Officer", "Head of Planning Services" */
		e = ent_new(K_ROLE, a, b);
		ent_val(e, a, b);
		return b;
	}
	if (isw(a, "operation") && b > a + 1 && lowword(b)) {
		e = ent_new(K_OPERATION, a, b);
		ent_val(e, a + 1, b);
		return b;
	}
	/* "X Council and Y Constabulary" are two ("Police and Crime" one) */
	for (k = a + 1; k < b; k++)
		if ((tk[k].f & F_ORGSUF) && !isw(k, "police") &&
		    (isw(k + 1, "and") || isp(k + 1, '&')))
			break;
	if (k < b)
		b = k + 1;
	for (k = b - 1; k > a; k--)
		if (capword(k) && (tk[k].f & (F_ORGSUF | F_LAW | F_VENUE)))
			break;
	if (k > a && (tk[k].f & F_LAW) && (isyear(k + 1) || isw(k, "act"))) {
		c = isyear(k + 1) ? k + 2 : k + 1;
		e = ent_new(K_LAW, a, c);
		ent_val(e, a, c);
		return c;
	}
	if (k > a && (tk[k].f & F_ORGSUF)) {
		e = ent_new(K_ORG, a, k + 1);
		ent_val(e, a, k + 1);
		if ((c = acronym_def(a, k + 1))) {
			e->x = e->v;	/* the expansion is the name itself */
			e->xn = e->vn;
			acronym_add(k + 2, e->v, e->vn, K_ORG);
			return c + 1;
		}
		return k + 1;
	}
	if (k > a && (tk[k].f & F_VENUE)) {
		c = place_tail(k + 1);
		e = ent_new(K_PLACE, a, c);
		ent_val(e, a, c);
		return c;
	}
	if (b > a + 1 && (c = acronym_def(a, b))) {
		e = ent_new(K_ORG, a, b);
		ent_val(e, a, b);
		e->x = e->v;		/* the expansion is the name itself */
		e->xn = e->vn;
		acronym_add(b + 1, e->v, e->vn, K_ORG);
		return c + 1;
	}
	return 0;
}

/* "NWRIU", "the OPCC", or an acronym defined earlier in the document. */
int
rec_acronym(int i)
{
	struct ent *e;
	const char *s = txt + tk[i].s;
	int n = wlen(i), k, j;

	if (tk[i].t != TW || !tk[i].cap || n < 2 || n > 10)
		return 0;
	if ((adj(i) && tk[i - 1].t != TW && !isp(i - 1, '(')) ||
	    (i + 1 < nt && adj(i + 1) && (tk[i + 1].t == TN ||
	    isp(i + 1, '/'))))
		return 0;	/* a reference: "20/01288/VAR", "LE1" */
	if (n > 2 && s[n - 1] == 's')
		n--;
	for (j = 0; j < n; j++)
		if (s[j] < 'A' || s[j] > 'Z')
			return 0;
	for (k = 0; k < D.nacr; k++)
		if ((int)strlen(D.acr[k].a) == n &&
		    memcmp(D.acr[k].a, s, n) == 0)
			break;
	if (k == D.nacr) {
		if (n < 3 || (tk[i].f & (F_ACRSTOP | F_POST)) ||
		    strspn(s, "IVXLC") >= (size_t)n ||
		    (tk[i - 1].t == TW && tk[i - 1].up && wlen(i - 1) > 1) ||
		    (i + 1 < nt && tk[i + 1].t == TW && tk[i + 1].up &&
		    wlen(i + 1) > 1))
			return 0;
	}
	e = ent_new(k < D.nacr ? D.acr[k].kind : K_ORG, i, i + 1);
	if (k < D.nacr && D.acr[k].kind == K_PERSON) {
		/* a person's initials: the value is the name they stand for */
		s = stored(D.acr[k].exp);
		ent_vals(e, s, strlen(s));
		if ((s = attendee_of(s, strlen(s))) != NULL)
			ent_extra(e, s, strlen(s));
		return i + 1;
	}
	ent_vals(e, s, (size_t)n);
	if (k < D.nacr)
		ent_extra(e, stored(D.acr[k].exp),
		    strlen(stored(D.acr[k].exp)));
	return i + 1;
}
