/* declare.c: declarations of interest. */
#include <string.h>

#include "mentities.h"

/* A normalised kind of interest from the words in [a, b), into vals. */
static void
kind_of(int a, int b, size_t *off, size_t *len)
{
	static const char *const plain[] = { "disclosable pecuniary",
	    "prejudicial", "non-pecuniary", "non-financial", "pecuniary",
	    "personal", "other" };
	char w[128];
	size_t n = 0, i;
	int k;

	*off = *len = 0;
	for (k = a; k < b; k++) {
		if (tk[k].t != TW || !(tk[k].f & F_KIND) ||
		    n + (size_t)wlen(k) + 2 > sizeof w)
			continue;
		if (n)
			w[n++] = ' ';
		for (i = tk[k].s; i < tk[k].e; i++)
			w[n++] = (char)(txt[i] >= 'A' && txt[i] <= 'Z' ?
			    txt[i] | 0x20 : txt[i]);
	}
	w[n] = '\0';
	if (n == 0)
		return;
	for (i = 0; i < sizeof plain / sizeof plain[0]; i++)
		if (strstr(w, plain[i]) != NULL) {
			if (i == 6 && strncmp(w, "other", 5) != 0)
				continue;
			*off = vals.len;
			*len = strlen(plain[i]);
			mu_buf_add(&vals, plain[i], *len);
			return;
		}
	*off = vals.len;
	*len = n;
	mu_buf_add(&vals, w, n);
}

static struct decl *
decl_new(int who)
{
	struct decl *d;

	decls = mu_grow(decls, &declcap, (size_t)ndecls, sizeof *decls);
	d = &decls[ndecls++];
	memset(d, 0, sizeof *d);
	d->who = who;
	d->items = d->itemse = d->reason = d->reasone = -1;
	return d;
}

/* The people named just before token k: "Cllrs A and B", "Mr X, Mrs Y". */
static int
subjects(int a, int k, int *who, int max)
{
	int n = 0, e, j;

	while (k > a && tk[k - 1].t == TW && (tk[k - 1].f & F_AUX))
		k--;
	if (isp(k - 1, ')')) {		/* "Cllr X (Chairman) declared" */
		for (j = k - 1; j > a && !isp(j, '('); j--)
			;
		if (isp(j, '('))
			k = j;
	} else if (isp(k - 1, ',') && (e = entat[k - 2]) >= 0 &&
	    ents[e].kind == K_ROLE && isp(ents[e].ts - 1, ','))
		k = ents[e].ts - 1;	/* "Cllr X, Chairman, declared" */
	while (n < max && k > a && (e = entat[k - 1]) >= 0 &&
	    ents[e].kind == K_PERSON) {
		who[n++] = e;
		k = ents[e].ts;
		if (isw(k - 1, "and") || isp(k - 1, '&'))
			k--;
		if (isp(k - 1, ','))
			k--;
		if (isp(k - 1, ')')) {
			for (j = k - 1; j > a && !isp(j, '('); j--)
				;
			if (isp(j, '('))
				k = j;
		}
	}
	return n;
}

/* The people named from token k on ("declared by Cllr A and Cllr B"). */
static int
subjects_after(int k, int b, int *who, int max)
{
	int n = 0, e;

	while (n < max && k < b && (e = entst[k]) >= 0 &&
	    ents[e].kind == K_PERSON) {
		who[n++] = e;
		k = skip_paren(ents[e].te);
		if (isp(k, ','))
			k++;
		if (isw(k, "and") || isp(k, '&'))
			k++;
	}
	return n;
}

/* Where the words after "interest in" name the items and the reason. */
static void
decl_tail(struct decl *d, int k, int b)
{
	static const char *const intro[] = { "in", "respect", "relation",
	    "regard", "to", "of", "on", "for", "regarding", "relating",
	    "concerning", "with" };
	size_t j;
	int r, e;

	while (b > k && tk[b - 1].t == TP && !isp(b - 1, ')'))
		b--;
	while (k < b && (isp(k, '\'') || isp(k, '"') || isp(k, P_QUOTE)))
		k++;		/* "an 'other registrable interest' in" */
	for (; k < b && tk[k].t == TW; k++) {
		for (j = 0; j < sizeof intro / sizeof intro[0]; j++)
			if (isw_n(k, intro[j], strlen(intro[j])))
				break;
		if (j == sizeof intro / sizeof intro[0])
			break;
	}
	for (r = k; r < b; r++)
		if (isw(r, "as") || isw(r, "because") || isw(r, "since") ||
		    isw(r, "being") || isw(r, "having") ||
		    ((isw(r, "due") || isw(r, "owing")) && isw(r + 1, "to")))
			break;
	for (e = k; e < r; e++)		/* "item 7 and left the room" */
		if (isw(e, "and") && lowword(e + 1) && !isw(e + 1, "item") &&
		    !isw(e + 1, "items"))
			break;
	if (e > k) {
		d->items = k;
		d->itemse = isp(e - 1, ',') ? e - 1 : e;
	}
	if (r < b) {
		d->reason = r;
		d->reasone = b;
	}
}

static int
interest_at(int k)
{
	return isw(k, "interest") || isw(k, "interests");
}

/*
 * One declaration for each of the n people: the kind from the words
 * [ka, kb), items and reason from token tail on (or, when tail is -t, the
 * reason from t on).
 */
static void
decl_emit(const int *who, int n, int ka, int kb, int tail, int b)
{
	struct decl *x;
	size_t ko, kl;
	int i;

	kind_of(ka, kb, &ko, &kl);
	for (i = 0; i < n; i++) {
		x = decl_new(who[i]);
		x->kind = ko;
		x->kindn = kl;
		x->left = decl_left(ka, b);	/* declitem.c */
		if (tail >= 0)
			decl_tail(x, tail, b);
		else if (b > -tail) {
			x->reason = -tail;	/* "declared that she ..." */
			x->reasone = isp(b - 1, '.') || isp(b - 1, ';') ? b - 1 : b;
		}
	}
}

/* The people before token k, in the order written. */
static int
subjects_before(int a, int k, int *who, int max)
{
	int n = subjects(a, k, who, max), i, t;

	for (i = 0; i < n / 2; i++) {
		t = who[i];
		who[i] = who[n - 1 - i];
		who[n - 1 - i] = t;
	}
	return n;
}

/*
 * "Cllr X made a declaration of a personal interest in item 5": the noun
 * with "made" before it.  Returns 1 when the sentence is of that shape.
 */
static int
decl_made(int a, int b)
{
	int who[16], n, d, m, k;

	for (d = a; d < b && !(tk[d].t == TW && (tk[d].f & F_DECLN)); d++)
		;
	for (m = d - 1; m >= a && m >= d - 4 && !isw(m, "made"); m--)
		;
	if (d == b || m < a || m < d - 4)
		return 0;
	for (k = d; k < b && !interest_at(k); k++)
		;
	n = subjects_before(a, m, who, 16);
	if (k < b)
		decl_emit(who, n, m + 1, k, k + 1, b);
	else
		decl_emit(who, n, m + 1, d, d + 1, b);
	return 1;
}

/*
 * "Mr. K. Dunmore declared a personal interest in ... as he ...", with
 * several people before "declared", or after "declared by".  Returns 1
 * when the sentence is of that shape, found or not.
 */
int
decl_sentence(int a, int b)
{
	int who[16], n, d, k;

	for (d = a; d < b && !(tk[d].t == TW && (tk[d].f & F_DECL)); d++)
		;
	if (d == b)
		return decl_made(a, b);
	if (isw(d + 1, "by")) {
		/* "A personal interest was declared by Cllr X in item 5" */
		for (k = a; k < d && !interest_at(k); k++)
			;
		if (k < d && (n = subjects_after(d + 2, b, who, 16)) > 0)
			decl_emit(who, n, a, k, skip_paren(ents[who[n - 1]].te),
			    b);
		return 1;
	}
	for (k = d; k < b && !interest_at(k); k++)
		if (isw(k, "no") || isw(k, "none") || isw(k, "not"))
			return 1;
	n = subjects_before(a, d, who, 16);
	if (k < b)
		decl_emit(who, n, d + 1, k, k + 1, b);
	else if (isw(d + 1, "that"))
		decl_emit(who, n, d, d, -(d + 2), b);
	return 1;
}

/*
 * Kind words [j, p) read as the kind of an interest in a table: before
 * "interest", in brackets, after a column separator, or last.  Not "Cllr
 * X asked about the personal data policy".
 */
static int
table_kind(int j, int p, int b)
{
	if (interest_at(p) || isp(j - 1, '(') || isdash(j - 1) ||
	    isp(j - 1, '|') || isp(j - 1, ':') || isp(j - 1, ',') ||
	    isw(j - 1, "both"))
		return 1;
	return p == b || tk[p].t == TP;
}

/* A cell at k that names items: "7", "Item 6", "all items". */
static int
items_cell(int k)
{
	return isnum(k) || isw(k, "item") || isw(k, "items") ||
	    isw(k, "minute") || isw(k, "agenda") || isw(k, "all");
}

/*
 * The cells of a table row after the member at k, "| 7 | Non-pecuniary |
 * member of the club |": the cell that names items, and what follows the
 * kind (words [kj, kp)) up to the row's end b as the reason.  Returns 0
 * when the member is not followed by a cell.
 */
static int
decl_cells(struct decl *x, int k, int kj, int kp, int b)
{
	int s, e;

	if (!cellsep(k) || kj >= b)	/* the kind is another member's */
		return 0;
	while (b > k && tk[b - 1].t == TP && !isp(b - 1, ')'))
		b--;
	for (s = k + 1; s < b; s = e + 1) {
		for (e = s; e < b && !cellsep(e); e++)
			;
		if (s <= kj && kj < e) {	/* the kind's cell */
			s = kp;
			if (isw(s, "interest") || isw(s, "interests"))
				s++;
		}
		if (s >= e)
			continue;
		if (items_cell(s) && x->items < 0) {
			x->items = s;
			x->itemse = e;
		} else if (s > kj && x->reason < 0) {
			x->reason = s;
			x->reasone = b;
			break;
		}
	}
	return 1;
}

/* The table forms: "Item 5.1 - Mr J Orrell (personal)", "Cllr A Personal". */
void
decl_table(int from, int b)
{
	struct decl *x;
	size_t ko, kl;
	int k, j, e, p, q, f;

	for (k = from; k < b; k++) {
		if ((e = entst[k]) < 0 || ents[e].kind != K_PERSON)
			continue;
		for (j = ents[e].te; j < b; j++)
			if ((tk[j].t == TW && (tk[j].f & F_KIND)) ||
			    isw(j, "interest"))
				break;
		if (j == b)
			continue;
		for (p = j; p < b && tk[p].t == TW && (tk[p].f & F_KIND); p++)
			;
		if (!table_kind(j, p, b))
			continue;
		kind_of(j, p, &ko, &kl);
		x = decl_new(e);
		x->kind = ko;
		x->kindn = kl;
		for (q = ents[e].te; q < b && !((f = entst[q]) >= 0 &&
		    ents[f].kind == K_PERSON); q++)
			;		/* the row ends at the next member */
		if (decl_cells(x, skip_paren(ents[e].te), j, p, q))
			;
		else if (isw(p, "interest") || isw(p, "interests"))
			decl_tail(x, p + 1, sentence_end(p));
		else if (ents[e].ts > 1 && (isdash(ents[e].ts - 1) ||
		    isp(ents[e].ts - 1, ':')) &&
		    (p = entat[ents[e].ts - 2]) >= 0 &&
		    ents[p].kind == K_REPORT) {
			x->items = ents[p].ts;
			x->itemse = ents[p].te;
		} else if (ndecls > 1 && (isw(ents[e].ts - 1, "and") ||
		    isp(ents[e].ts - 1, ',') || isp(ents[e].ts - 1, '&'))) {
			/* "Item 6 - Mr A and Mr B (both personal)" */
			x->items = decls[ndecls - 2].items;
			x->itemse = decls[ndecls - 2].itemse;
		}
		k = ents[e].te - 1;
	}
}

/* A "Declarations of Interest" heading inside the text: the token after. */
int
decl_heading(void)
{
	int k;

	for (k = 0; k < nt; k++)
		if (tk[k].t == TW && (tk[k].f & F_DECLN))
			return k + 1;
	return -1;
}
