/* declare.c: declarations of interest. */
#include <stdio.h>
#include <string.h>

#include "mentities.h"

static int items_cell(int k);
static int decl_end = -1;	/* the end of the last sentence that declared */

/*
 * Interests written as initials, as the codes of conduct name them: a
 * "DPI" (disclosable pecuniary interest), an "ORI" (other registrable
 * interest), an "NRI" (non-registrable interest).
 */
static const struct {
	const char *abbr, *kind;
} interest_abbrs[] = {
	{ "dpi", "disclosable pecuniary" }, { "dpis", "disclosable pecuniary" },
	{ "ori", "other" }, { "oris", "other" },
	{ "nri", "non-registrable" }, { "nris", "non-registrable" },
};

/* The kind an abbreviation at k stands for, or NULL. */
static const char *
abbr_kind(int k)
{
	size_t i;

	if (!(tk[k].t == TW && (tk[k].f & F_INTEREST) && tk[k].up))
		return NULL;
	for (i = 0; i < sizeof interest_abbrs / sizeof interest_abbrs[0]; i++)
		if (isw_n(k, interest_abbrs[i].abbr,
		    strlen(interest_abbrs[i].abbr)))
			return interest_abbrs[i].kind;
	return NULL;
}

/*
 * A normalised kind of interest from the words in [a, b), into vals; an
 * abbreviation at b ("DPI") gives the kind it stands for.
 */
static void
kind_of(int a, int b, size_t *off, size_t *len)
{
	static const char *const plain[] = { "disclosable pecuniary",
	    "prejudicial", "non-pecuniary", "non-financial", "pecuniary",
	    "personal", "other" };
	const char *ab = abbr_kind(b);
	char w[128];
	size_t n = 0, i;
	int k;

	*off = *len = 0;
	if (ab)
		a = b;
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
	if (ab)
		n = (size_t)snprintf(w, sizeof w, "%s", ab);
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

/* Role entity e is the chair's ("Chairman", "Chair", "Chairperson"). */
static int
chair_role(int e)
{
	static const char *const w[] = { "Chairman", "Chair", "Chairwoman",
	    "Chairperson" };
	size_t i;

	for (i = 0; i < sizeof w / sizeof w[0]; i++)
		if (ents[e].vn == strlen(w[i]) &&
		    memcmp(vals.s + ents[e].v, w[i], ents[e].vn) == 0)
			return 1;
	return 0;
}

/*
 * Where the subject of the verb at k ends, over what may come between:
 * "wished to", "also", a dash, a role or a clause in commas, a bracket.
 */
static int
subject_end(int a, int k)
{
	int e, j;

	if (isw(k - 1, "to") && lowword(k - 2) && k - 2 > a)
		k -= 2;		/* "Cllr X wished to declare", "would like to" */
	while (k > a && tk[k - 1].t == TW && (tk[k - 1].f & F_AUX))
		k--;
	if (k - 1 > a && (isp(k - 1, ',') || isdash(k - 1)) &&
	    (isp(k - 2, ')') || ((e = entat[k - 2]) >= 0 &&
	    ents[e].kind == K_PERSON)))
		k--;		/* "The Mayor, Cllr X, declared", "X – declared" */
	else if (isp(k - 1, ','))
		for (j = k - 2; j > a && j > k - 24 && !isp(j, ';'); j--)
			if (isp(j, ',') && (e = entat[j - 1]) >= 0 &&
			    ents[e].kind == K_PERSON) {
				k = j;	/* "Cllr X, a trustee of Y, declared" */
				break;
			}
	if (isp(k - 1, ')')) {		/* "Cllr X (Chairman) declared" */
		for (j = k - 1; j > a && !isp(j, '('); j--)
			;
		if (isp(j, '('))
			k = j;
	} else if (isp(k - 1, ',') && (e = entat[k - 2]) >= 0 &&
	    ents[e].kind == K_ROLE && isp(ents[e].ts - 1, ','))
		k = ents[e].ts - 1;	/* "Cllr X, Chairman, declared" */
	return k;
}

/* The people named just before token k: "Cllrs A and B", "Mr X, Mrs Y". */
static int
subjects(int a, int k, int *who, int max)
{
	int n = 0, e, j;

	k = subject_end(a, k);
	if (D.chair && (e = entat[k - 1]) >= 0 && ents[e].kind == K_ROLE &&
	    chair_role(e)) {
		/* "The Chairman declared": the attendee who chaired */
		ent_extra(&ents[e], stored(D.chair), strlen(stored(D.chair)));
		who[n++] = e;
		return n;
	}
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

/* "interest", or an abbreviation of one ("DPI"). */
static int
interest_at(int k)
{
	return k >= 0 && k < nt && tk[k].t == TW && (tk[k].f & F_INTEREST);
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

	if (n > 0)
		decl_end = b;
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
 * "A personal interest was received from Cllr X on item 8": a participle
 * of receiving or recording, then "from" or "by", after "interest".
 * Returns 1 when the sentence is of that shape.
 */
static int
decl_passive(int a, int b)
{
	static const char *const part[] = { "received", "registered",
	    "recorded", "noted", "made", "given", "reported" };
	int who[16], n, k, j;
	size_t p;

	for (k = a; k < b && !interest_at(k); k++)
		;
	for (j = k + 2; j < b && j < k + 6; j++)
		if (isw(j, "from") || isw(j, "by"))
			break;
	if (j >= b || j >= k + 6)
		return 0;
	for (p = 0; p < sizeof part / sizeof part[0]; p++)
		if (isw_n(j - 1, part[p], strlen(part[p])))
			break;
	if (p == sizeof part / sizeof part[0])
		return 0;
	if ((n = subjects_after(j + 1, b, who, 16)) > 0)
		decl_emit(who, n, a, k, skip_paren(ents[who[n - 1]].te), b);
	return 1;
}

/*
 * "Cllr X had a personal interest in item 5", "Cllr X said that she had a
 * prejudicial interest": had or has, a kind, "interest", and the person
 * a few words before.  Without a kind ("had an interest in seeing ...")
 * it is none.  Returns 1 when the sentence is of that shape.
 */
static int
decl_had(int a, int b)
{
	int who[16], n = 0, k, h, j, e;

	for (k = a; k < b && !interest_at(k); k++)
		;
	for (j = k; j > a && tk[j - 1].t == TW && (tk[j - 1].f & F_KIND); j--)
		;
	if (k == b || j == k || !(isw(j - 1, "a") || isw(j - 1, "an")))
		return 0;
	h = j - 2;
	if (!isw(h, "had") && !isw(h, "has") && !isw(h, "have"))
		return 0;
	if ((n = subjects_before(a, h, who, 16)) == 0)
		for (j = h; j > a && j > h - 6 && n == 0; j--) {
			if ((e = entat[j - 1]) >= 0 && ents[e].kind == K_PERSON)
				who[n++] = e;	/* "X said that she had" */
			else if (!lowword(j - 1))
				break;
		}
	decl_emit(who, n, h + 1, k, k + 1, b);
	return 1;
}

/* "(item 5)" after the person e: the items of declaration x. */
static void
paren_items(struct decl *x, int e)
{
	int p = ents[e].te, q = skip_paren(p);

	if (q > p && items_cell(p + 1)) {
		x->items = p + 1;
		x->itemse = q - 1;
	}
}

/*
 * "Personal interests: Cllr A (item 5) and Cllr B (item 6)": a kind and
 * "interest" as a label at the start of the sentence, the people after
 * it.  Returns 1 when someone is named so.
 */
static int
decl_label(int a, int b)
{
	int who[16], n, k, j, i;

	for (k = a; k < b && !interest_at(k); k++)
		;
	for (j = k; j > a && tk[j - 1].t == TW && (tk[j - 1].f & F_KIND); j--)
		;
	if (k == b || j != a || !(isp(k + 1, ':') || isdash(k + 1)) ||
	    (n = subjects_after(k + 2, b, who, 16)) == 0)
		return 0;
	decl_emit(who, n, a, k, -b, b);
	for (i = 0; i < n; i++)
		paren_items(&decls[ndecls - n + i], who[i]);
	return 1;
}

/*
 * "Cllr A declared a personal interest in item 5; Cllr B in item 6": a
 * clause of people and items only ("in item 6", "(item 6)"), after a ";"
 * that ends one that declared, takes its kind.  Returns 1 when it is of
 * that shape.
 */
static int
decl_more(int a, int b)
{
	struct decl *x, *prev;
	int who[16], n, i, t;

	if (ndecls == 0 || decl_end != a || !isp(a - 1, ';') ||
	    (n = subjects_after(a, b, who, 16)) == 0)
		return 0;
	t = ents[who[n - 1]].te;
	if (!(isp(t, '(') && items_cell(t + 1)) && !((isw(t, "in") ||
	    isw(t, "for") || isw(t, "on")) && items_cell(t + 1)))
		return 0;
	for (i = 0; i < n; i++) {
		x = decl_new(who[i]);	/* may move decls */
		prev = x - 1;
		x->kind = prev->kind;
		x->kindn = prev->kindn;
		decl_tail(x, t, b);
		if (isp(t, '('))
			paren_items(x, who[i]);
	}
	decl_end = b;
	return 1;
}

/*
 * A list of declarations after "declared" at d: "declared as follows:",
 * "were declared:".  The token after the colon, or -1.
 */
static int
list_after(int d)
{
	int k;

	for (k = d + 1; k < nt && k <= d + 4; k++) {
		if (isp(k, ':'))
			return k + 1;
		if (tk[k].t != TW)
			return -1;
	}
	return -1;
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

	if (ndeclw == 0 && nintw == 0)
		return 0;	/* no word of declaring in the text */
	for (d = a; d < b && !(tk[d].t == TW && (tk[d].f & F_DECL)); d++)
		;
	if (d == b)
		return decl_passive(a, b) || decl_had(a, b) ||
		    decl_label(a, b) || decl_more(a, b) || decl_made(a, b);
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
	if (n == 0 && list_after(d) >= 0)
		return 0;	/* "... declared as follows: Cllr X, item 5" */
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

/*
 * In an item on declarations, a text that is a member's name and nothing
 * else, or a name and the items: a table flattened one cell per line
 * ("Member" / "Item" / "Interest" / "Cllr A Hale" / "7" / "Personal")
 * names its declarants so, and a list "Cllr A Hale – item 7" without
 * kinds; so does a name just after a heading in the text at from
 * ("Declarations of interest: Cllr A Hale (item 5)").  The kind, in a
 * later text, is not known here.
 */
static int
lone_member(int e, int from, int b)
{
	int k = skip_paren(ents[e].te), j;

	if (D.declctx && ents[e].ts == (cellsep(0) ? 1 : 0))
		;
	else if (from > 0 && from < ents[e].ts && ents[e].ts <= from + 4 &&
	    (isp(ents[e].ts - 1, ':') || isdash(ents[e].ts - 1))) {
		for (j = from; j < ents[e].ts - 1; j++)	/* "of interest:" */
			if (!lowword(j) && !interest_at(j))
				return 0;
	} else
		return 0;
	while (k < b && tk[k].t == TP && !isp(k, '('))
		k++;
	return k == b || (k > ents[e].te && items_cell(k) &&
	    (!isw(k, "all") || isw(k + 1, "items")));	/* "A Hale – item 7" */
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
		if (j == b) {
			if (lone_member(e, from, b)) {
				x = decl_new(e);
				decl_cells(x, skip_paren(ents[e].te),
				    ents[e].te, ents[e].te, b);
			}
			continue;
		}
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

/*
 * A "Declarations of Interest" heading inside the text, or "declared as
 * follows:": the token after.
 */
int
decl_heading(void)
{
	int k;

	int j;

	if (nintw == 0 && ndeclw == 0)
		return -1;
	for (k = 0; k < nt; k++) {
		if (tk[k].t == TW && (tk[k].f & F_DECLN))
			return k + 1;
		if (tk[k].t == TW && (tk[k].f & F_DECL) &&
		    (j = list_after(k)) >= 0)
			return j;
	}
	return -1;
}
