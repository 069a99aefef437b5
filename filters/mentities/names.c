/* names.c: people, roles, reports and sections of laws. */
#include <string.h>

#include "mentities.h"

/*
 * A name at i: initials and capitalised words ("K. Dunmore", "I. D.
 * Farrant", "Ann Lowe-Brisco"), ending on a word.  Returns the token
 * after its last word, or 0.
 */
static int
name_at(int i)
{
	int k = i, last = 0, n = 0;

	while (k < nt && n < 6 && tk[k].t == TW && tk[k].cap) {
		if (tk[k].f & (F_HON | F_POST | F_MONTH | F_WDAY | F_MONABBR))
			break;
		if (initial_at(k)) {
			k += isp(k + 1, '.') ? 2 : 1;
			n++;
			continue;
		}
		if ((tk[k].f & F_STOP) ||
		    ((tk[k].f & (F_ORGSUF | F_VENUE)) && n > 0))
			break;
		last = ++k;
		n++;
	}
	return last;
}

/* Post-nominals after a name ("OBE CC", ", MBE"): the token after them. */
static int
postnominals(int k)
{
	int j;

	for (;;) {
		j = isp(k, ',') ? k + 1 : k;
		if (j < nt && tk[j].t == TW && tk[j].up && (tk[j].f & F_POST))
			k = j + 1;
		else
			return k;
	}
}

/* The defined initials of a person at token i ("GC"): the entry, or -1. */
static int
initials_at(int i)
{
	int k, n = wlen(i);

	if (tk[i].t != TW || !tk[i].up || n < 2)
		return -1;
	for (k = 0; k < D.nacr; k++)
		if (D.acr[k].kind == K_PERSON &&
		    (int)strlen(D.acr[k].a) == n &&
		    memcmp(D.acr[k].a, txt + tk[i].s, (size_t)n) == 0)
			return k;
	return -1;
}

/*
 * The capitals that begin the words of s[0..n) are the letters a[0..an):
 * "GC" of "Gwen Carrow", "POM" of "Piers O'Malley" (a word begins
 * after a space, a hyphen or an apostrophe, straight or curly).
 */
static int
initials_of(const char *s, size_t n, const char *a, size_t an)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, j = 0;

	for (i = 0; i < n; i++) {
		if (u[i] < 'A' || u[i] > 'Z' || (i > 0 && u[i - 1] != ' ' &&
		    u[i - 1] != '-' && u[i - 1] != '\'' && !(i >= 3 &&
		    memcmp(u + i - 3, "\xe2\x80\x99", 3) == 0)))
			continue;
		if (j == an || u[i] != (unsigned char)a[j])
			return 0;
		j++;
	}
	return j == an;
}

/*
 * "(GC)" at k after a name s[0..n) whose initials those are: the minutes
 * then use them for the person ("GC declared an interest").  Returns the
 * token after ")", or k.
 */
static int
initials_def(int k, const char *s, size_t n)
{
	size_t an;

	if (!isp(k, '(') || !isp(k + 2, ')') || tk[k + 1].t != TW ||
	    !tk[k + 1].up || (an = (size_t)wlen(k + 1)) < 2 || an > 4 ||
	    !initials_of(s, n, txt + tk[k + 1].s, an))
		return k;
	acronym_put(txt + tk[k + 1].s, an, s, n, K_PERSON);
	return k + 3;
}

static void
person_new(int ts, int ns, int ne, int te)
{
	struct ent *e = ent_new(K_PERSON, ts, te);
	const char *a;
	int c;

	if (ne == ns + 1 && (c = initials_at(ns)) >= 0) {
		a = stored(D.acr[c].exp);	/* "Cllr GC": Gwen Carrow */
		ent_vals(e, a, strlen(a));
	} else
		ent_val(e, ns, ne);
	if ((a = attendee_of(vals.s + e->v, e->vn)) != NULL)
		ent_extra(e, a, strlen(a));
}

/*
 * A person from token ts, the name [ns, ne), with the post-nominals and
 * the initials defined after it ("Gwen Carrow (GC)"); the token after.
 */
static int
person_at(int ts, int ns, int ne)
{
	int last = postnominals(ne);

	person_new(ts, ns, ne, last);
	return initials_def(last, txt + tk[ns].s, tk[ne - 1].e - tk[ns].s);
}

/* Skips a short "( ... )" at k; returns the token after it, or k. */
int
skip_paren(int k)
{
	int j;

	if (!isp(k, '('))
		return k;
	for (j = k + 1; j < nt && j < k + 10; j++)
		if (isp(j, ')'))
			return j + 1;
	return k;
}

/* "Mr. K. Dunmore", "County Cllr J Orrell", "Councillors A, B and C". */
int
rec_person(int i)
{
	int k = i, ne, pl, last;

	if (tk[i].t != TW || !tk[i].cap)
		return 0;
	if ((tk[k].f & F_HONPRE) && k + 1 < nt && (tk[k + 1].f & F_HON))
		k++;
	if (!(tk[k].f & F_HON) || !tk[k].cap)
		return 0;
	pl = tk[k].f & F_HONPL;
	do {			/* "Councillor Mr Simon Hale" */
		k++;
		if (isp(k, '.') && adj(k))
			k++;
	} while (k < nt && tk[k].t == TW && (tk[k].f & F_HON) && tk[k].cap &&
	    !pl);
	if (!(ne = name_at(k)))
		return 0;
	last = person_at(i, k, ne);
	while (pl) {
		k = skip_paren(last);
		if (isp(k, ','))
			k++;
		if (isw(k, "and") || isp(k, '&'))
			k++;
		if (k == last || !(ne = name_at(k)))
			break;
		last = person_at(k, k, ne);
	}
	return last;
}

/*
 * A name without an honorific where it declares an interest: "Ann Hale
 * declared", "Ann Hale and B. Brook declared", "Ann Hale (AH) – declared
 * a DPI", and in an item on declarations a name that begins a table's row
 * ("Ann Hale – 7 – Personal") or, with an initial or as an attendee's, is
 * all of its cell ("A Hale").  The name has two words or more, or is an
 * attendee's; its first word is no word of the word table ("Both", "The",
 * "Members").
 */
int
rec_declarant(int i)
{
	int k = i, ne, n, first = 0;

	if (tk[i].t != TW || !tk[i].cap || (tk[i].f && !initial_at(i)))
		return 0;
	for (n = 0; n < 8 && (ne = name_at(k)) > 0; n++) {
		if (tk[k].f && !initial_at(k))
			return 0;
		if (ne - k < 2 && !attendee_of(txt + tk[k].s,
		    tk[ne - 1].e - tk[k].s))
			return 0;
		if (n == 0)
			first = ne;
		k = skip_paren(postnominals(ne));
		if (isp(k, ',') && isw(k + 1, "and"))
			k++;
		if (!isw(k, "and") && !isp(k, '&') && !(isp(k, ',') &&
		    name_at(k + 1)))
			break;
		k++;
	}
	if (first == 0)
		return 0;
	if (D.declctx && n == 0 && i == (cellsep(0) ? 1 : 0) && (cellsep(k) ||
	    ((k >= nt || (isp(k, '.') && k + 1 == nt)) && (initial_at(i) ||
	    attendee_of(txt + tk[i].s, tk[first - 1].e - tk[i].s)))))
		return person_at(i, i, first);	/* a row, or a cell */
	if (isp(k, ',') || isdash(k))
		k++;
	while (k < nt && tk[k].t == TW && (tk[k].f & F_AUX))
		k++;
	if (k >= nt || tk[k].t != TW || !(tk[k].f & F_DECL))
		return 0;
	return person_at(i, i, first);
}

/* The longest role at i ("Assistant Chief Constable"): tokens, or 0. */
int
role_at(int i, int *which)
{
	int r, k, best = 0;
	const char *p, *q;

	if (i >= nt || tk[i].t != TW || !(tk[i].f & F_ROLE1) || !tk[i].cap)
		return 0;
	for (r = 0; r < (int)nroles; r++) {
		if (role1len[r] != tk[i].e - tk[i].s ||
		    !mu_strncaseeq(txt + tk[i].s, roles[r], role1len[r]))
			continue;
		for (p = roles[r], k = i; *p && k < nt; k++) {
			if (*p == ',' && isp(k, ',')) {
				p += p[1] == ' ' ? 2 : 1;
				continue;
			}
			q = strpbrk(p, " ,");
			if (q == NULL)
				q = p + strlen(p);
			if (tk[k].t != TW && tk[k].t != TN)
				break;
			if ((size_t)(q - p) != tk[k].e - tk[k].s ||
			    !mu_strncaseeq(txt + tk[k].s, p, (size_t)(q - p)))
				break;
			p = *q == ' ' ? q + 1 : q;
		}
		if (*p == '\0' && k - i > best) {
			best = k - i;
			*which = r;
		}
	}
	return best;
}

/* An acronym defined in brackets after tokens [a, b): its ')' or 0. */
int
acronym_def(int a, int b)
{
	int k, n, j, w;
	const char *s;

	if (!isp(b, '(') || !isp(b + 2, ')') || tk[b + 1].t != TW ||
	    !tk[b + 1].up)
		return 0;
	s = txt + tk[b + 1].s;
	n = wlen(b + 1);
	if (n > 1 && s[n - 1] == 's')
		n--;
	if (n < 2 || n > 10)
		return 0;
	/* the last n capitalised words of [a, b) give the letters */
	for (j = n - 1, k = b - 1; k >= a && j >= 0; k--) {
		if (tk[k].t != TW || !tk[k].cap)
			continue;
		w = txt[tk[k].s];
		if (w != s[j])
			return 0;
		j--;
	}
	return j < 0 ? b + 2 : 0;
}

/* Notes the acronym s[0..n) of exp[0..expn) for the rest of the document. */
void
acronym_put(const char *s, size_t n, const char *exp, size_t expn, int kind)
{
	struct acro *a;

	if (D.nacr == (int)(sizeof D.acr / sizeof D.acr[0]) || n >= sizeof a->a)
		return;
	a = &D.acr[D.nacr++];
	memcpy(a->a, s, n);
	a->a[n] = '\0';
	a->exp = mu_save(&D.store, exp, expn);
	a->kind = kind;
}

void
acronym_add(int t, size_t exp, size_t expn, int kind)
{
	acronym_put(txt + tk[t].s, (size_t)wlen(t), vals.s + exp, expn, kind);
}

/*
 * An attendee listed as "Gwen Carrow (GC)": the initials stand for the
 * name in the rest of the minutes ("GC declared an interest").  raw is
 * the attendee as written, name as msection read it.
 */
/* The attendee who chaired: "The Chairman declared ..." names them. */
void
note_chair(const char *name)
{
	if (name != NULL && *name != '\0')
		D.chair = mu_save(&D.store, name, strlen(name));
}

void
attendee_initials(const char *raw, const char *name)
{
	const char *p, *q;
	size_t n, i;

	if (raw == NULL || name == NULL || (p = strrchr(raw, '(')) == NULL ||
	    (q = strchr(p, ')')) == NULL || (n = (size_t)(q - p - 1)) < 2 ||
	    n > 4)
		return;
	for (i = 1; i <= n; i++)
		if (p[i] < 'A' || p[i] > 'Z')
			return;
	if (initials_of(name, strlen(name), p + 1, n))
		acronym_put(p + 1, n, name, strlen(name), K_PERSON);
}

/* "Police and Crime Commissioner", "the Chief Constable Ruth Ambler". */
int
rec_role(int i)
{
	struct ent *e;
	int n, r, k, ne;

	if (!(n = role_at(i, &r)))
		return 0;
	k = i + n;
	if (!tk[k - 1].up && (ne = name_at(k)) &&
	    (ne > k + 1 || !initial_at(k)) &&
	    (tk[k - 1].f & F_ROLEEND) &&
	    !(ne < nt && (tk[ne].f & (F_ORGSUF | F_VENUE)))) {
		person_new(i, k, ne, postnominals(ne));
		return postnominals(ne);
	}
	e = ent_new(K_ROLE, i, k);
	ent_vals(e, roles[r], strlen(roles[r]));
	if ((ne = acronym_def(i, k))) {
		ent_extra(e, roles[r], strlen(roles[r]));
		acronym_add(k + 1, e->x, e->xn, K_ROLE);
		return ne + 1;
	}
	return k;
}

/* A reference number at k: "5", "5.1", "112/23", "7(b)"; token after. */
static int
refnum_end(int k)
{
	if (!isnum(k))
		return 0;
	k++;
	while ((isp(k, '.') || isp(k, '/')) && adj(k) && isnum(k + 1) &&
	    adj(k + 1))
		k += 2;
	if (isp(k, '(') && adj(k) && tk[k + 1].t == TW && wlen(k + 1) <= 3 &&
	    isp(k + 2, ')'))
		k += 3;
	return k;
}

/* "Agenda Item 5", "Item 5.1", "Minute 6", "Minute Number 112/23". */
int
rec_report(int i)
{
	struct ent *e;
	int k = i, b;

	if (!tk[i].cap)
		return 0;
	if (isw(k, "agenda"))
		k++;
	if (!isw(k, "item") && !isw(k, "minute"))
		return 0;
	k++;
	if (isw(k, "number") || isw(k, "no"))
		k += isp(k + 1, '.') ? 2 : 1;
	if (!(b = refnum_end(k)))
		return 0;
	e = ent_new(K_REPORT, i, b);
	ent_val(e, k, b);
	return b;
}

/* "Section 106", "S106". */
int
rec_section(int i)
{
	struct ent *e;
	int b;

	if (isw(i, "section") && tk[i].cap && (b = refnum_end(i + 1))) {
		e = ent_new(K_LAW, i, b);
		ent_val(e, i, b);
		return b;
	}
	if (isw(i, "s") && tk[i].cap && isnum(i + 1) && adj(i + 1) &&
	    tk[i + 1].num == 3 && !(i + 2 < nt && adj(i + 2) &&
	    tk[i + 2].t != TP)) {
		e = ent_new(K_LAW, i, i + 2);
		e->v = vals.len;
		mu_buf_adds(&vals, "Section ");
		mu_buf_add(&vals, txt + tk[i + 1].s, 3);
		e->vn = vals.len - e->v;
		return i + 2;
	}
	return 0;
}
