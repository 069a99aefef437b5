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

/*
 * A lower-case verb at k that starts something to be done: not a pronoun
 * or article, and not a verb of deciding ("the Panel agreed to note the
 * report" is a resolution, "members were asked to declare" a reminder).
 */
static int
verb_at(int k)
{
	return lowword(k) && !(tk[k].f & (F_NOACT | F_NEXT));
}

/*
 * One owner at k: a person, a role or a body found there ("Cllr Hale",
 * "the Clerk", "the Parish Council"), initials ("AH"), or people named by
 * a plural or collective noun ("Officers", "All Members", "the working
 * group").  Returns the token after it, or 0.
 */
static int
owner_unit(int k, int *weak)
{
	int e, j;

	if (isw(k, "the"))
		k++;
	if (isw(k, "all") && isw(++k, "the"))
		k++;
	if ((e = entst[k]) >= 0 && (ents[e].kind == K_PERSON ||
	    ents[e].kind == K_ROLE || ents[e].kind == K_ORG)) {
		*weak |= ents[e].kind == K_ORG;
		return skip_paren(ents[e].te);
	}
	if (tk[k].t == TW && tk[k].up && wlen(k) >= 2 && wlen(k) <= 4 &&
	    !(tk[k].f & (F_ACRSTOP | F_STOP | F_GROUP | F_ACT)))
		return k + 1;
	/* an attendee by first name or surname alone: "Jane to write" */
	for (j = k; j < k + 2 && tk[j].t == TW && tk[j].cap &&
	    !(tk[j].f & (F_STOP | F_HON | F_GROUP)); j++)
		if ((tk[j + 1].f & F_MODAL) || isw(j + 1, "and") ||
		    isp(j + 1, '&') || isp(j + 1, '/') || isp(j + 1, ',')) {
			if (attendee_word(txt + tk[j].s, (size_t)wlen(j)))
				return j + 1;
			break;
		}
	for (j = k; j < k + 3 && tk[j].t == TW; j++) {
		if (tk[j].f & F_GROUP) {
			*weak = 1;
			return j + 1;
		}
		if (tk[j].f & (F_MODAL | F_CONN | F_ACT))
			break;
	}
	return 0;
}

/*
 * Owners joined by "and", "&", "/" or ",": "JS/ Clerk", "the Clerk and
 * Chair", "Cllrs Hale and Brook".  Returns the token after, or 0; *weak
 * is set when one is a group or a body rather than people.
 */
static int
owner_list(int k, int b, int *weak)
{
	int e;

	*weak = 0;
	if (k >= b || !(e = owner_unit(k, weak)))
		return 0;
	while ((isw(e, "and") || isp(e, '&') || isp(e, '/') || isp(e, ',')) &&
	    e + 1 < b && (k = owner_unit(e + 1, weak)))
		e = k;
	return e;
}

/*
 * After an owner, what says the owner is to act: "to", "is to", "be
 * asked to", and for people (weak zero) "will", "would", "shall" ("Members
 * will recall", "the Panel would next meet" are no actions); the verb
 * after it, or 0.
 */
static int
modal_verb(int k, int weak)
{
	if ((isw(k, "is") || isw(k, "are") || isw(k, "was") ||
	    isw(k, "were") || isw(k, "be")) && (tk[k + 1].f & F_ACT) &&
	    !isw(k + 1, "agreed") && isw(k + 2, "to"))
		k += 2;		/* "the Clerk be asked to" */
	if ((isw(k, "is") || isw(k, "are") || isw(k, "was") ||
	    isw(k, "were")) && isw(k + 1, "to"))
		k++;
	if (tk[k].t != TW || !(tk[k].f & F_MODAL) || (weak && !isw(k, "to")))
		return 0;
	for (k++; tk[k].t == TW && (tk[k].f & F_AUX) && !isw(k, "be") &&
	    !(tk[k].f & F_MODAL) && !isw(k, "have") && !isw(k, "had") &&
	    !isw(k, "has"); k++)
		;		/* "will also write", "would kindly" */
	if (isw(k, "be") && (tk[k + 1].f & F_ACT) && isw(k + 2, "to"))
		k += 3;		/* "would be asked to" */
	return verb_at(k) ? k : 0;
}

/* "ACTION:", "Action -", "Actions by:": the token after it, or 0. */
static int
label_at(int k)
{
	int j = k + 1, weak;

	if (!tk[k].cap || (!isw(k, "action") && !isw(k, "actions")))
		return 0;
	if (isw(j, "by") || isw(j, "for"))
		j++;
	if (isp(j, ':') || isdash(j))
		return j + 1;
	return tk[k].up && owner_unit(j, &weak) ? j : 0;
}

/* The end of sentence [k, b) without its closing punctuation and bracket. */
static int
trim_end(int k, int b)
{
	while (b > k && tk[b - 1].t == TP)
		b--;
	return b;
}

/*
 * "ACTION: Clerk" after what is to be done: in the sentence before the
 * label, the sentence before it, or the last sentence of the text before
 * (pa is the start of the sentence before, or -1).  What an action was
 * already found in only gets its owner.
 */
static void
labelled(int pa, int a, int k, int o, int b)
{
	static struct mu_buf before;	/* D.last, which this text replaces */
	struct action *x;
	int weak, oe = owner_list(o, b, &weak), v;

	if (oe && (v = modal_verb(oe, weak))) {	/* "Action: Clerk to write" */
		action_new(o, oe, v, b);
		return;
	}
	if (!oe || oe != trim_end(o, b))
		return;
	if (k > a) {
		action_new(o, oe, a, k);
		return;
	}
	if (nacts > 0 && pa >= 0 && acts[nacts - 1].text >= pa) {
		x = &acts[nacts - 1];
		if (x->owner < 0) {
			x->owner = o;
			x->ownere = oe;
		}
		return;
	}
	if (pa >= 0) {
		action_new(o, oe, pa, a);
		return;
	}
	if (D.lastact || D.last.len == 0)
		return;
	acts = mu_grow(acts, &actcap, (size_t)nacts, sizeof *acts);
	x = &acts[nacts++];
	memset(x, 0, sizeof *x);
	x->owner = o;
	x->ownere = oe;
	x->text = x->texte = -1;
	mu_buf_reset(&before);
	mu_buf_add(&before, D.last.s, D.last.len);
	x->xt = before.s;
	x->xtn = before.len;
}

/*
 * "It was agreed that the Clerk would write to ...": the owner and the
 * verb after "that", or without them (only after "it") the whole clause.
 */
static int
agreed_that(int k, int b, int it)
{
	int oe, v, weak, j;

	if ((oe = owner_list(k, b, &weak)) && (v = modal_verb(oe, 0))) {
		action_new(k, oe, v, b);
		return 1;
	}
	for (j = k; it && j + 1 < b; j++)
		if (isw(j, "be") && (tk[j + 1].f & F_NOACT))
			return 1;	/* "that the matter be deferred" */
	if (it)
		action_new(-1, -1, k, b);
	return it;
}

/* The words that make an action, from token a of sentence [a, b). */
static int
action_verb(int pa, int a, int k, int b)
{
	int o, oe, p, n, j;

	if ((n = label_at(k))) {
		labelled(pa, a, k, n, b);
		return 1;
	}
	for (j = k - 1; j > a && (isw(j, "also") || isw(j, "further") ||
	    isw(j, "then") || isw(j, "subsequently")); j--)
		;
	p = isw(j, "be") || isw(j, "was") || isw(j, "is") ||
	    isw(j, "were") || isw(j, "been");
	if ((isw(k, "agreed") || isw(k, "undertook") ||
	    isw(k, "offered")) && !p && isw(k + 1, "to") &&
	    verb_at(k + 2) && (o = owner_before(a, k, &oe)) >= 0) {
		action_new(o, oe, k + 2, b);
		return 1;
	}
	if (!isw(k, "agreed") && !isw(k, "undertook") && !isw(k, "offered") &&
	    p && isw(k + 1, "to") && verb_at(k + 2) &&
	    (o = owner_before(a, j, &oe)) >= 0) {
		action_new(o, oe, k + 2, b);	/* "be requested to" */
		return 1;
	}
	if (isw(k, "agreed") && isw(k + 1, "that") && k + 2 < b)
		return agreed_that(k + 2, b, p && isw(j - 1, "it"));
	return 0;
}

/*
 * A verb in the form a resolution gives it after "That the Clerk": not
 * "reported", "asks", "was", "had".
 */
static int
base_verb(int k)
{
	const char *s = txt + tk[k].s;
	int n = wlen(k);

	if (!verb_at(k) || s[n - 1] == 's' || (n > 2 && s[n - 2] == 'e' &&
	    s[n - 1] == 'd') || (tk[k].f & (F_AUX | F_MODAL)))
		return 0;
	return !isw(k, "were") && !isw(k, "did") && !isw(k, "had") &&
	    !isw(k, "could") && !isw(k, "might") && !isw(k, "may") &&
	    !isw(k, "can") && !isw(k, "must");
}

/*
 * "The PCC agreed to provide ...", "be requested to", "Clerk to action",
 * "Officers to circulate ...", "ACTION: Clerk".  pa is the start of the
 * sentence before, or -1.
 */
static int
owner_first(int a, int b)
{
	int oe, v, weak;

	if ((oe = owner_list(a, b, &weak)) && ((v = modal_verb(oe, weak)) ||
	    (D.resolution && a == 0 && !weak && base_verb(oe) && (v = oe)))) {
		action_new(a, oe, v, b);	/* "RESOLVED that the Clerk write" */
		return 1;
	}
	return 0;
}

/*
 * "Quotes to be obtained for the bench", "Hedge to be cut by March": a
 * thing to be done, with no owner, at the start of a sentence (the words
 * before "to be" are no verb: not "Members were pleased to be invited").
 */
static int
to_be_done(int a, int b)
{
	static const char *const no[] = { "nothing", "none", "no", "much",
	    "little", "more", "less", "it", "there", "what", "which", "who" };
	const char *s;
	size_t i;
	int k, n;

	for (k = a + 1; k < b && k < a + 7 && !isw(k, "to"); k++)
		;
	if (!isw(k, "to") || !isw(k + 1, "be"))
		return 0;
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		if (isw_n(a, no[i], strlen(no[i])))
			return 0;
	for (k = a; k < b && k < a + 6 && !isw(k, "to"); k++) {
		if (tk[k].t != TW || (tk[k].f & (F_AUX | F_MODAL | F_DECL)) ||
		    isw(k, "was") || isw(k, "were") || isw(k, "is") ||
		    isw(k, "are"))
			return 0;
		s = txt + tk[k].s;
		n = wlen(k);
		if (!tk[k].cap && n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd')
			return 0;
	}
	if (k == a || !isw(k, "to") || !isw(k + 1, "be") || !lowword(k + 2) ||
	    (tk[k + 2].f & (F_NOACT | F_AUX)))
		return 0;
	action_new(-1, -1, a, b);
	return 1;
}

void
action_sentence(int pa, int a, int b)
{
	int k = a + 1, j, lead = 0, modal = 0;

	/* The forms that start a sentence need a "to", "will" ... near it. */
	for (j = a; j < b && j < a + 12 && !modal; j++) {
		modal = tk[j].t == TW && (tk[j].f & F_MODAL);
		if (!lead && j < a + 6 && (isp(j, ':') || cellsep(j)))
			lead = j + 1;
	}
	if (label_at(a))
		k = a;
	else if ((modal || (D.resolution && a == 0)) && (owner_first(a, b) ||
	    to_be_done(a, b)))
		return;
	else if (modal && lead && owner_first(lead, b))
		return;	/* after a short lead: "Internal audit: the Clerk to" */
	for (; k + 1 < b; k++)
		if (tk[k].t == TW && (tk[k].f & F_ACT) &&
		    action_verb(pa, a, k, b))
			return;
}

/* The date n days after y-m-d (working: Saturdays and Sundays not counted). */
static void
add_days(int *y, int *m, int *d, int n, int working)
{
	while (n > 0) {
		if (++*d > mu_days_in(*y, *m)) {
			*d = 1;
			if (++*m > 12) {
				*m = 1;
				++*y;
			}
		}
		if (!working || (mu_dow(*y, *m, *d) % 6) != 0)
			n--;
	}
}

/* A count at k: "14", "two", "a": its value, or 0. */
static int
count_at(int k)
{
	static const char *const w[] = { "a", "one", "two", "three", "four",
	    "five", "six", "seven", "eight", "nine", "ten" };
	int i;

	if (isnum(k) && tk[k].num <= 3)
		return (int)tk[k].v;
	for (i = 0; i < 11; i++)
		if (isw_n(k, w[i], strlen(w[i])))
			return i ? i : 1;
	return 0;
}

/* "within 14 days", "within two weeks", "within a month" of the meeting. */
static int
due_within(struct action *x, int k)
{
	int n, j = k + 2, working = 0;

	if (!isw(k, "within") || !D.day || !(n = count_at(k + 1)))
		return 0;
	x->y = D.year;
	x->m = D.month;
	x->d = D.day;
	if (isw(j, "working") || isw(j, "business")) {
		working = 1;
		j++;
	}
	if (isw(j, "day") || isw(j, "days"))
		add_days(&x->y, &x->m, &x->d, n, working);
	else if (isw(j, "week") || isw(j, "weeks"))
		add_days(&x->y, &x->m, &x->d, 7 * n, 0);
	else if (isw(j, "fortnight") || isw(j, "fortnights"))
		add_days(&x->y, &x->m, &x->d, 14 * n, 0);
	else if ((isw(j, "month") || isw(j, "months")) && n < 12) {
		x->y += (x->m + n - 1) / 12;
		x->m = (x->m + n - 1) % 12 + 1;
		if (x->d > mu_days_in(x->y, x->m))
			x->d = mu_days_in(x->y, x->m);
	} else {
		x->y = 0;
		return 0;
	}
	return 1;
}

/* "the end of the month", "the end of next month": of the meeting's. */
static int
due_month_end(struct action *x, int k)
{
	int n;

	if (!D.month || !(isw(k, "the") || isw(k, "this") || isw(k, "next")) ||
	    !isw(k + (isw(k, "the") && isw(k + 1, "next")) + 1, "month"))
		return 0;
	n = isw(k, "next") || isw(k + 1, "next");
	x->y = D.year + (D.month + n > 12);
	x->m = (D.month + n - 1) % 12 + 1;
	x->d = mu_days_in(x->y, x->m);
	return 1;
}

/*
 * "the next meeting", "the next Panel meeting" at k; not "the next
 * meeting of the Highways Board" when the minutes are a council's.
 */
static int
next_meeting_at(int k)
{
	const struct ent *e;
	int j;

	if (tk[k].t != TW || !(tk[k].f & F_NEXT))
		return 0;
	for (j = k + 1; j < k + 4 && j < nt && !isw(j, "meeting"); j++)
		if (tk[j].t != TW)
			return 0;
	if (!isw(j, "meeting"))
		return 0;
	if (!isw(j + 1, "of"))
		return 1;
	j += isw(j + 2, "the") ? 3 : 2;
	if (entst[j] < 0)
		return 1;
	e = &ents[entst[j]];
	return e->kind != K_ORG || !other_body(vals.s + e->v, e->vn);
}

/* The end of a year, a month, or the financial year after "end of" at k. */
static int
due_end(struct action *x, int k, int y)
{
	int e;

	if ((e = entst[k]) >= 0 && ents[e].kind == K_PERIOD && ents[e].m) {
		x->y = ents[e].y;
		x->m = ents[e].m;
		x->d = mu_days_in(x->y, x->m);
		return 1;
	}
	if (due_month_end(x, k))
		return 1;
	if (!y)
		return 0;
	if (month_at(k) && !isyear(k + 1)) {
		x->m = month_at(k);	/* "by the end of December" */
		x->y = nearest_year(y, x->m, 28);
		x->d = mu_days_in(x->y, x->m);
		return 1;
	}
	if (isw(k, "the") && (isw(k + 1, "year") ||
	    (isw(k + 1, "calendar") && isw(k + 2, "year")))) {
		x->y = y;
		x->m = 12;
		x->d = 31;
		return 1;
	}
	if (isw(k, "the") && isw(k + 1, "financial") && isw(k + 2, "year")) {
		x->y = y + (D.month >= 4);
		x->m = 3;
		x->d = 31;
		return 1;
	}
	return 0;
}

/*
 * When an action is due: a date in it, "the end of the year", "within 14
 * days", or the next meeting (its date when the minutes give it; till
 * then x->next says the due is waiting for it).
 */
void
action_due(struct action *x)
{
	int k, e, next = 0, y = D.year ? D.year : D.fallback;

	for (k = x->text; k < x->texte; k++) {
		if ((e = entst[k]) >= 0 && ents[e].kind == K_DATE) {
			x->y = ents[e].y;
			x->m = ents[e].m;
			x->d = ents[e].d;
			return;
		}
		if (tk[k].t != TW)
			continue;
		if ((isw(k, "end") && isw(k + 1, "of") && due_end(x, k + 2, y)) ||
		    due_within(x, k))
			return;
		next |= nnext && next_meeting_at(k);
	}
	if (!next)
		return;
	if (D.ny) {
		x->y = D.ny;
		x->m = D.nm;
		x->d = D.nd;
	} else
		x->next = 1;
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
	if (t.y || t.next) {
		x->y = t.y;
		x->m = t.m;
		x->d = t.d;
		x->next = t.next;
	}
}

/*
 * "The next meeting will be held on Monday 8 April 2024", or any date in
 * an item on the date of the next meeting: the first such date after the
 * meeting is the next meeting's.
 */
void
next_meeting(int a, int b)
{
	const struct ent *e;
	int k, on = D.nextctx;

	if (D.ny || (!nnext && !on))
		return;
	for (k = a; k < b && !on; k++)
		on = next_meeting_at(k);
	for (k = 0; on && k < nents; k++) {
		e = &ents[k];
		if (e->kind != K_DATE || e->ts < a || e->ts >= b)
			continue;
		if (D.year && e->y * 400 + e->m * 32 + e->d <=
		    D.year * 400 + D.month * 32 + D.day)
			continue;
		D.ny = e->y;
		D.nm = e->m;
		D.nd = e->d;
		return;
	}
}

/* Keeps the last sentence [a, nt) of the text, for an "ACTION:" after it. */
void
action_last(int a)
{
	int b = a < 0 ? a : trim_end(a, nt);

	mu_buf_reset(&D.last);
	D.lastact = a >= 0 && nacts > 0 && acts[nacts - 1].text >= a;
	if (b > a)
		mu_buf_add(&D.last, txt + tk[a].s, tk[b - 1].e - tk[a].s);
}

#define MAXCELLS 12

/*
 * The cells of a table row, "| 3 | Order bins | JS |" or (as mtokenize
 * writes rows) "3 – Order bins – JS": their token ranges; the count.
 */
static int
cells(int *cs, int *ce)
{
	int n = 0, k, s = 0;

	if (isp(0, '|'))
		s = 1;
	for (k = s; k < nt; k++) {
		if (!cellsep(k))
			continue;
		if (n == MAXCELLS)
			return 0;
		cs[n] = s;
		ce[n++] = k;
		s = k + 1;
	}
	if (s < nt || !isp(nt - 1, '|')) {	/* not the bar closing the row */
		if (n == MAXCELLS)
			return 0;
		cs[n] = s;
		ce[n++] = nt;
	}
	return n;
}

/* The column a header cell [a, b) names: 'a'ction, 'o'wner, 'd'ue or 0. */
static int
column(int a, int b)
{
	static const char *const own[] = { "owner", "who", "by", "lead",
	    "responsible", "responsibility", "person", "officer", "assigned" };
	static const char *const due[] = { "due", "when", "deadline", "date",
	    "target", "timescale", "timescales", "completion" };
	size_t i;

	if (b - a > 3 || tk[a].t != TW)
		return 0;
	if (isw(a, "action") || isw(a, "actions"))
		return b > a + 1 && (isw(a + 1, "by") || isw(a + 1, "owner")) ?
		    'o' : 'a';
	for (i = 0; i < sizeof own / sizeof own[0]; i++)
		if (isw_n(a, own[i], strlen(own[i])))
			return 'o';
	for (i = 0; i < sizeof due / sizeof due[0]; i++)
		if (isw_n(a, due[i], strlen(due[i])))
			return 'd';
	return 0;
}

/* A header row naming an action column: remembers its columns. */
static int
table_head(const int *cs, const int *ce, int n)
{
	int i, c, act = -1, own = -1, due = -1;

	for (i = 0; i < n; i++) {
		if (ce[i] - cs[i] > 3)
			return 0;
		c = column(cs[i], ce[i]);
		if (c == 'a' && act < 0)
			act = i;
		else if (c == 'o' && own < 0)
			own = i;
		else if (c == 'd' && due < 0)
			due = i;
	}
	if (act < 0 || (own < 0 && due < 0 && n < 3))
		return 0;
	D.tcols = n;
	D.tact = act;
	D.town = own;
	D.tdue = due;
	return 1;
}

/*
 * A row under a header with an action column: the action, its owner and
 * its due from their cells.  Under a header with no owner column, an
 * action cell that names only people is the owner of the widest cell.
 */
static void
table_row(const int *cs, const int *ce)
{
	struct action *x, t;
	int i, a = D.tact, o = D.town, w = -1;

	nacts = 0;
	if (o < 0 && ce[a] > cs[a] && owner_list(cs[a], ce[a], &i) == ce[a]) {
		for (i = 0; i < D.tcols; i++)
			if (i != a && i != D.tdue && ce[i] - cs[i] > 1 &&
			    (w < 0 || ce[i] - cs[i] > ce[w] - cs[w]))
				w = i;
		if (w < 0)
			return;
		o = a;
		a = w;
	}
	if ((x = action_new(-1, -1, cs[a], ce[a])) == NULL)
		return;
	if (o >= 0 && ce[o] > cs[o] && !isw(cs[o], "n")) {
		x->owner = cs[o];
		x->ownere = trim_end(cs[o], ce[o]);
	}
	action_due(x);
	if (D.tdue >= 0 && !x->y) {
		memset(&t, 0, sizeof t);
		t.text = cs[D.tdue];
		t.texte = ce[D.tdue];
		action_due(&t);
		x->y = t.y;
		x->m = t.m;
		x->d = t.d;
		x->next = t.next;
	}
}

/* Tables of actions: a header row, then a row for each action. */
void
action_table(void)
{
	int cs[MAXCELLS], ce[MAXCELLS], n;

	if (!nseps || (n = cells(cs, ce)) < 2) {
		D.tcols = 0;
		return;
	}
	if (table_head(cs, ce, n) || D.tcols != n)
		return;
	table_row(cs, ce);
}
