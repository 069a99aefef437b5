/* roles.c: one pass over a document giving each block its role. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

static int
next_blk(int i)
{
	for (i++; i < (int)D.nb; i++)
		if (D.b[i].kind != K_ARTIFACT)
			return i;
	return -1;
}

/* The number of a label "Minute 101/24", "Item 5": after the word. */
static size_t
item_number(size_t label)
{
	const char *s, *p;

	if (label == NOSTR || !isalpha((unsigned char)STR(label)[0]))
		return label;
	s = STR(label);
	if (!mu_caseprefix(s, "min") && !mu_caseprefix(s, "item") &&
	    !mu_caseprefix(s, "agenda item"))
		return label;
	if ((p = strrchr(s, ' ')) == NULL || !isdigit((unsigned char)p[1]))
		return label;
	return label + (p + 1 - s);
}

static int
new_item(int bi, size_t number)
{
	struct item *t;

	number = item_number(number);
	D.it = mu_grow(D.it, &D.ci, D.ni, sizeof *D.it);
	t = &D.it[D.ni++];
	t->number = number;
	t->report = NOSTR;
	t->blk = bi;
	D.b[bi].role = R_ITEM;
	return (int)D.ni;
}

/* A sentence end inside s: ". " then a capital, not after an initial. */
static int
has_stop(const char *s, size_t n)
{
	size_t i, w;

	for (i = 1; i + 2 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ' ||
		    !isupper((unsigned char)s[i + 2]))
			continue;
		for (w = i; w > 0 && s[w - 1] != ' '; w--)
			;
		if (i - w >= 3 && !is_hon(s + w, i + 1 - w))
			return 1;
	}
	return 0;
}

/* Could this paragraph be an item title? */
int
title_like(const char *s, size_t n)
{
	unsigned char c;

	if (n == 0 || n > 200 || nwords(s, n) > 30)
		return 0;
	c = s[0];
	if (!isupper(c) && !isdigit(c) && c < 0xc0)
		return 0;
	c = s[n - 1];
	if (c == ':' || c == ';' || c == ',' || mu_caseprefix(s, "that "))
		return 0;
	return !has_stop(s, n);
}

/* Does s read as a sentence rather than a heading?  A finite verb. */
static int
sentence_like(const char *s, size_t n)
{
	static const char *v[] = { "was", "were", "is", "are", "be", "been",
		"had", "has", "have", "would", "will", "could", "should", "did",
		"may", "can", "must", NULL };
	size_t i, k;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		while (k && !isalpha((unsigned char)s[i + k - 1]))
			k--;
		if (k >= 2 && k <= 6 && inlist(v, s + i, k))
			return 1;
		if (k > 4 && islower((unsigned char)s[i]) &&
		    s[i + k - 2] == 'e' && s[i + k - 1] == 'd')
			return 1;
		k = mu_wordlen(s + i, n - i);
	}
	return 0;
}

/*
 * An agenda phrase: "To receive apologies for absence", "To approve the
 * minutes of ...", "To advise of any other items which the Chairman has
 * decided ...".  Parish agendas word each item so, and their minutes keep
 * the wording as the title.  Returns the length of "To <verb> " (the
 * words that say what was to be done), or 0.
 */
size_t
agenda_phrase(const char *s, size_t n)
{
	static const char *verbs[] = { "receive", "approve", "consider",
		"note", "advise", "agree", "confirm", "elect", "appoint",
		"discuss", "review", "adopt", "accept", "record", "report",
		"resolve", "authorise", "authorize", "ratify", "sign",
		"determine", "decide", "update", "invite", "welcome", "hear",
		"co-opt", "declare", "set", "fix", "answer", NULL };
	size_t k;

	if (n < 8 || s[0] != 'T' || s[1] != 'o' || s[2] != ' ')
		return 0;
	k = mu_wordlen(s + 3, n - 3);
	if (!islower((unsigned char)s[3]) || !inlist(verbs, s + 3, k))
		return 0;
	return 3 + k + (3 + k < n);
}

static int
ends_with(const char *s, size_t n, int c)
{
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return n && s[n - 1] == c;
}

/* A line of an attendance list: a name first, or a group word alone. */
static int
looks_att(const char *s, size_t n)
{
	const char *p;

	trim(&s, &n, ":.");
	if (n == 0 || n > 600)
		return 0;
	if (inlist(honorifics, s, n) || (n == 7 && mu_strncaseeq(s,
	    "members", 7)) || (n == 8 && mu_strncaseeq(s, "officers", 8)))
		return 1;
	drop_tail(&s, &n, "in the chair");
	if (sentence_like(s, n))
		return 0;
	if (!lead_name(s, n)) {
		/* "Councillor A Quigley and Councillor B Redfern" */
		if ((p = ci_find(s, n, "and ")) == NULL || p[-1] != ' ' ||
		    !lead_name(s, p - 1 - s) || !lead_name(p + 4, s + n - p - 4))
			return 0;
	}
	/* One bare word ("Business") is a heading, not a person. */
	return is_hon(s, mu_wordlen(s, n)) || nwords(s, n) >= 2;
}

/* A lone honorific or group word: "Councillors". */
static int
group_word(const char *s, size_t n)
{
	trim(&s, &n, ":.");
	return inlist(honorifics, s, n) || (n == 7 && mu_strncaseeq(s,
	    "members", 7));
}

static int
same_name(const char *a, const char *b)
{
	const char *la = strrchr(a, ' '), *lb = strrchr(b, ' ');

	la = la ? la + 1 : a;
	lb = lb ? lb + 1 : b;
	if (strcmp(la, lb) != 0)
		return 0;
	return la == a || lb == b || toupper((unsigned char)a[0]) ==
	    toupper((unsigned char)b[0]);
}

/*
 * After a list, a clause of who else was there: "... Cllr D Ware. One
 * elector present, and Mr H Dale (Clerk)."  The named ones attended.
 */
static void
present_clause(int bi, size_t from)
{
	const char *s = TEXT(bi), *p, *r;
	size_t n = D.b[bi].len, rn;

	if (from >= n || (p = ci_find(s + from, n - from, "present")) == NULL)
		return;
	r = p + 7;
	rn = s + n - r;
	trim(&r, &rn, ",:");
	if (!drop_word(&r, &rn, "and") && !drop_word(&r, &rn, "were"))
		drop_word(&r, &rn, "was");
	if (is_hon(r, mu_wordlen(r, rn)))
		split_list(bi, r - s, list_to(s, r - s, n), S_ATTEND, NULL);
}

/* Block bi as a list of attendees; 0 when no name was found in it. */
static int
attendance(int bi, int status, const char *defrole)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, from, to, before = D.na;

	if (group_word(s, n))
		return 0;
	from = list_from(s, n);
	to = list_to(s, from, n);
	split_list(bi, from, to, status, defrole);
	if (D.na == before)
		return 0;
	if (D.at[D.na - 1].b < n && status != S_PRESENT)
		present_clause(bi, D.at[D.na - 1].b);
	D.b[bi].role = R_ATT;
	return 1;
}

/* A capitalised word that names a post: "Commissioner", "Officer". */
static int
role_noun(const char *s, size_t n)
{
	return isupper((unsigned char)s[0]) && inlist(rolewords, s, n) &&
	    !inlist(particles, s, n) && !(n <= 5 && (mu_strncaseeq(s, "the",
	    n) || mu_strncaseeq(s, "this", n) || mu_strncaseeq(s, "there", n)
	    || mu_strncaseeq(s, "these", n) || mu_strncaseeq(s, "it", n)));
}

/*
 * A role wrapped onto a line of its own ("... Office of the Police and
 * Crime" / "Commissioner") goes on with the role of the line before.
 */
static int
role_wrap(int bi)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, k = mu_wordlen(s, n);
	struct att *a;

	if (D.na == 0 || bi == 0 || D.b[bi - 1].role != R_ATT ||
	    (a = &D.at[D.na - 1])->blk != bi - 1 || a->role == NOSTR ||
	    n > 80 || sentence_like(s, n) || lead_name(s, n) ||
	    agenda_phrase(s, n) || (!islower((unsigned char)s[0]) && !role_noun(s, k)))
		return 0;
	mu_buf_reset(&tmp);
	mu_buf_adds(&tmp, DER(a->role));
	mu_buf_addc(&tmp, ' ');
	mu_buf_add(&tmp, s, n);
	a->role = mu_save(&D.der, tmp.s, tmp.len);
	a->wrap = bi;
	D.b[bi].role = R_DROP;
	return 1;
}

/* Drops "in the Chair" after a name or "Chair:" before it. */
static int
chair_words(const char **s, size_t *n)
{
	static const char *pre[] = { "in the chair:", "chairman:",
		"chairperson:", "chair:", NULL };
	const char *const *p;
	size_t k;

	if (drop_tail(s, n, "in the chair"))
		return 1;
	for (p = pre; *p; p++)
		if (*n > (k = strlen(*p)) && mu_strncaseeq(*s, *p, k)) {
			*s += k;
			*n -= k;
			trim(s, n, "");
			return 1;
		}
	return 0;
}

/*
 * The chair named on a line of their own ("Chair: Cllr X") is one of
 * those present: when listed before, that entry is marked and 1 returned;
 * else the chair stands as present, to be merged with a list that comes
 * after (chair_merge).
 */
static int
chair_known(size_t at)
{
	size_t i;

	D.at[at].chair = 1;
	for (i = 0; i < at; i++)
		if (D.at[i].status == S_PRESENT &&
		    same_name(DER(D.at[i].name), DER(D.at[at].name))) {
			D.at[i].chair = 1;
			return 1;
		}
	D.at[at].alone = 1;
	return 0;
}

/* A chair named before the list of those present is in that list. */
static void
chair_merge(void)
{
	size_t i, j, k;
	int bi;

	for (i = 0; i < D.na; i++) {
		if (!D.at[i].alone)
			continue;
		for (j = i + 1; j < D.na; j++)
			if (D.at[j].status == S_PRESENT &&
			    same_name(DER(D.at[j].name), DER(D.at[i].name)))
				break;
		if (j == D.na)
			continue;
		D.at[j].chair = 1;
		bi = D.at[i].blk;
		memmove(D.at + i, D.at + i + 1, (D.na - i - 1) * sizeof *D.at);
		D.na--;
		for (k = 0; k < D.na && D.at[k].blk != bi; k++)
			;
		if (k == D.na)
			D.b[bi].role = R_PROSE;
		i--;
	}
}

/* "Mr P Quayle in the Chair", "In the Chair: Mr P Quayle": marks the chair among those present. */
static int
chair_line(int bi)
{
	const char *s = TEXT(bi), *all;
	size_t n = D.b[bi].len, before = D.na, alln;

	trim(&s, &n, ".");
	all = s;
	alln = n;
	if (!chair_words(&s, &n) || !looks_name(s, n))
		return 0;
	new_att(bi, 0, D.b[bi].len, S_PRESENT);
	parse_entry(&D.at[before], all, alln);
	if (chair_known(before))
		D.na = before;		/* already listed */
	else
		D.b[bi].role = R_ATT;
	return 1;
}

/* "Council approved ... Resolved.": the sentence before was decided. */
static void
resolved_after(int bi)
{
	int j;

	for (j = bi - 1; j >= 0; j--) {
		if (D.b[j].kind == K_ARTIFACT)
			continue;
		if (D.b[j].role == R_PROSE && D.b[j].kind == K_PARA &&
		    D.b[j].item == D.b[bi].item)
			D.b[j].role = R_RES;
		return;
	}
}

/* Lists under an item "Apologies for Absence" or "Present" are so. */
static int
item_status(int item)
{
	const struct blk *t = &D.b[D.it[item - 1].blk];
	const char *s = TEXT(D.it[item - 1].blk);

	if (t->kind == K_NUMBER)
		return S_NONE;
	s += agenda_phrase(s, t->len);	/* "To receive apologies" */
	if (mu_caseprefix(s, "apolog"))
		return S_APOL;
	if (mu_caseprefix(s, "present") || mu_caseprefix(s, "members present") ||
	    mu_caseprefix(s, "attendance"))
		return S_PRESENT;
	return S_NONE;
}

/* The end of the sentence from s[from]: ". " then a capital or a digit. */
static size_t
sentence_end(const char *s, size_t from, size_t n)
{
	size_t i, w;

	for (i = from; i + 2 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ' ||
		    !isalnum((unsigned char)s[i + 2]) ||
		    islower((unsigned char)s[i + 2]))
			continue;
		for (w = i; w > from && s[w - 1] != ' '; w--)
			;
		if (i - w >= 3 || (i - w == 2 && islower((unsigned char)s[w])))
			return i + 1;
	}
	return n;
}

/* The first of the spellings f in s (NUL-ended), from s + at. */
static const char *
first_of(const char *s, size_t at, const char *const *f)
{
	const char *p, *best = NULL;

	for (; *f; f++)
		if ((p = strstr(s + at, *f)) != NULL && (!best || p < best))
			best = p;
	return best;
}

/*
 * The word (spelt as in f) after who decided ("Council", "It was"), then
 * "to"/"that": the part from "to"/"that" to the end of the sentence is
 * the resolution; the rest of the paragraph stays prose.
 */
static int
inline_word(int i, const char *const *f)
{
	static const char *who[] = { "council", "committee", "panel", "board",
		"cabinet", "members", "meeting", "was", "unanimously", "and",
		NULL };
	const char *s = TEXT(i), *p, *q, *w;
	size_t n = D.b[i].len, at = 0, e, k = strlen(f[0]);

	while ((p = first_of(s, at, f)) != NULL) {
		at = p - s + k;
		q = p + k;
		if (!mu_caseprefix(q, "to ") && !mu_caseprefix(q, "that "))
			continue;
		if (p - s < 2 || isalnum((unsigned char)p[-1]))
			continue;
		for (w = p - 1; w > s && w[-1] != ' '; w--)
			;
		if (!inlist(who, w, p - 1 - w))
			continue;
		e = sentence_end(s, q - s, n);
		D.b[i].role = R_RES;
		D.b[i].rs = q - s;
		D.b[i].re = e;
		return 1;
	}
	return 0;
}

/*
 * "Council resolved to support the application and ...", "It was AGREED
 * that ...": a decision inside a sentence.  AGREED in capitals only: in
 * lower case the word is as often narrative.
 */
static int
inline_resolution(int i)
{
	static const char *res[] = { "resolved ", "RESOLVED ", "Resolved ",
		NULL };
	static const char *agr[] = { "AGREED ", NULL };

	return inline_word(i, res) || inline_word(i, agr);
}

static int
status_of(int y)
{
	switch (y) {
	case Y_PRESENT:
		return S_PRESENT;
	case Y_ALSO:
	case Y_ATTEND:
	case Y_CLERK:
		return S_ATTEND;
	case Y_APOL:
		return S_APOL;
	case Y_ABSENT:
		return S_ABSENT;
	case Y_SUBST:
		return S_SUBST;
	}
	return S_NONE;
}

static int
is_res_key(int y)
{
	return y >= Y_RESOLVED && y <= Y_MOVED;
}

struct state {
	int item, res, parts, cont, pend, want, att, numbered, hend;
	int webitems;		/* titles are headings with no number */
	int unan;
	const char *defrole;
};

/*
 * "RESOLVED that the quote be accepted. For 4, Against 0, Abstentions 1."
 * The vote after the decision is prose, not part of it.
 */
static void
vote_after(int bi)
{
	static const char *v[] = { "for ", "against", "carried", "lost",
		"votes", "voting", "proposed", "seconded", "abstention", NULL };
	const char *s = TEXT(bi), *const *p;
	size_t e, n = D.b[bi].len;

	for (e = list_to(s, 0, n); e < n; e = list_to(s, e + 1, n)) {
		while (e < n && s[e] == ' ')
			e++;
		for (p = v; *p; p++)
			if (mu_caseprefix(s + e, *p)) {
				D.b[bi].re = e;
				return;
			}
	}
}

static void
role_keyword(struct state *st, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t n = b->len;
	int nx;

	st->att = S_NONE;
	st->res = st->cont = 0;
	b->role = n ? R_PROSE : R_DROP;
	trim(&s, &n, "");
	if (is_res_key(b->ykey)) {
		st->unan = b->ykey == Y_UNANIMOUS ? 1 : -1;
		if (n == 0 || (n == 1 && s[0] == '.')) {
			if (n || (b->label != NOSTR &&
			    ends_with(STR(b->label), strlen(STR(b->label)), '.')))
				resolved_after(i);
			else
				st->res = 1, st->parts = 0;
			return;
		}
		nx = next_blk(i);
		if (ends_with(s, n, ':') && nx >= 0 &&
		    D.b[nx].kind == K_LABEL) {
			st->res = 1;	/* "RESOLVED that the Panel:" (a) ... */
			st->parts = 0;
			return;
		}
		b->role = R_RES;
		b->unanimous = st->unan;
		st->cont = ends_with(s, n, ':');
		vote_after(i);
		return;
	}
	/* "In Attendance - PDF Viewer" above the heading: site furniture */
	if (status_of(b->ykey) != S_NONE && i < D.m.title)
		return;
	if (status_of(b->ykey) != S_NONE) {
		st->att = status_of(b->ykey);
		st->defrole = b->ykey != Y_CLERK ? NULL : b->label != NOSTR ?
		    STR(b->label) : "Clerk";
		if (n && !attendance(i, st->att, st->defrole))
			b->role = R_PROSE;
		return;
	}
	if (b->ykey == Y_CHAIRMAN && n && st->item == 0 &&
	    attendance(i, S_PRESENT, NULL) && chair_known(D.na - 1)) {
		D.na--;
		b->role = D.na && D.at[D.na - 1].blk == i ? R_ATT : R_PROSE;
	}
}

/* A paragraph or bullet that starts an item, or that follows on. */
static int
para_flow(struct state *st, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t n = b->len;

	if (st->want >= 0) {
		st->item = new_item(i, D.b[st->want].label);
		st->want = -1;
		return 1;
	}
	if (st->pend >= 0 && b->kind == K_PARA && title_like(s, n)) {
		st->item = new_item(i, D.b[st->pend].label);
		st->pend = -1;
		st->res = st->cont = 0;
		return 1;
	}
	if (st->cont) {
		b->role = R_RESCONT;
		st->cont = ends_with(s, n, ';') || ends_with(s, n, ':') ||
		    ends_with(s, n, ',') || (b->kind == K_BULLET &&
		    !ends_with(s, n, '.'));
		return 1;
	}
	if (b->kind == K_PARA && chair_line(i))
		return 1;
	if (st->att && (role_wrap(i) || (looks_att(s, n) &&
	    (group_word(s, n) || attendance(i, st->att, st->defrole)))))
		return 1;
	st->att = S_NONE;
	if (st->res) {
		if (n <= 5 && mu_caseprefix(s, "that"))
			return 1;	/* "That:" before the parts */
		b->role = R_RES;
		b->unanimous = st->unan;
		st->parts++;
		if (b->kind == K_PARA) {
			st->res = 0;
			st->cont = ends_with(s, n, ':') || ends_with(s, n, ';');
		}
		return 1;
	}
	return b->kind == K_BULLET;
}

/*
 * A paragraph led by a few words of attendance and a colon: "Apologies
 * received: Cllr A", "Absent without apology: Cllr B", "Present Members:
 * Cllr C".  Returns the status, with *from where the names start.
 */
static int
att_lead(const char *s, size_t n, size_t *from)
{
	static const struct { const char *w; int st; } lead[] = {
		{ "apolog", S_APOL }, { "absent", S_ABSENT },
		{ "not present", S_ABSENT }, { "also present", S_ATTEND },
		{ "also in attendance", S_ATTEND }, { "in attendance", S_ATTEND },
		{ "present", S_PRESENT }, { "members present", S_PRESENT },
		{ "councillors present", S_PRESENT }, { NULL, 0 } };
	const char *c = memchr(s, ':', n < 40 ? n : 40);
	int j;

	if (c == NULL || nwords(s, c - s) > 4)
		return S_NONE;
	for (j = 0; lead[j].w; j++)	/* "apolog" a stem, the rest words */
		if (mu_caseprefix(s, lead[j].w) && (j == 0 ||
		    !isalpha((unsigned char)s[strlen(lead[j].w)]))) {
			*from = c + 1 - s;
			return lead[j].st;
		}
	return S_NONE;
}

/*
 * "Parish Clerk: Mrs D Sumner", "Finance Officer: ...": a post and a
 * colon before a name, in the header.  Returns the length of the post
 * (copied to role, NUL-ended), with *from where the names start; or 0.
 */
static size_t
post_lead(const char *s, size_t n, size_t *from, char *role, size_t sz)
{
	static const char *posts[] = { "clerk", "officer", "secretary",
		"treasurer", "manager", "director", "executive", "solicitor",
		"adviser", "advisor", "accountant", "administrator", "assistant",
		"engineer", "planner", "coordinator", "co-ordinator",
		"consultant", "rfo", NULL };
	const char *c = memchr(s, ':', n < 40 ? n : 40), *w;
	size_t k;

	if (c == NULL || c == s || !isupper((unsigned char)s[0]) ||
	    nwords(s, c - s) > 4 || (size_t)(c - s) >= sz)
		return 0;
	for (w = c; w > s && w[-1] != ' '; w--)
		;
	if (!isupper((unsigned char)w[0]) || !inlist(posts, w, c - w))
		return 0;
	k = c - s;
	memcpy(role, s, k);
	role[k] = '\0';
	*from = k + 1;
	return k;
}

/* A councillor keeps a seat among those present whatever their post. */
static int
councillor(const struct att *a)
{
	const char *h = a->hon == NOSTR ? "" : DER(a->hon);

	return mu_caseprefix(h, "cllr") || mu_caseprefix(h, "councillor") ||
	    mu_caseprefix(h, "county");
}

/* A paragraph that holds names: apologies, a list under its heading. */
static int
para_names(struct state *st, int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, na = D.na, from;
	int k;
	char role[48];

	if ((k = att_lead(s, n, &from)) != S_NONE) {
		split_list(i, from, list_to(s, from, n), k, NULL);
		if (D.na > na) {
			D.b[i].role = R_ATT;
			return 1;
		}
	}
	if (st->item == 0 && post_lead(s, n, &from, role, sizeof role)) {
		split_list(i, from, list_to(s, from, n), S_ATTEND, role);
		if (D.na > na) {
			D.b[i].role = R_ATT;
			return 1;
		}
	}
	if (list_from(s, n) && attendance(i, S_APOL, NULL))
		return 1;
	if (st->item && (k = item_status(st->item)) != S_NONE &&
	    looks_att(s, n) && attendance(i, k, NULL))
		return 1;
	/* Member lists with no keyword, under the heading. */
	if (st->item == 0 && D.m.title >= 0 && i > D.m.title &&
	    looks_att(s, n) && (memchr(s, ',', n) ||
	    is_hon(s, mu_wordlen(s, n)))) {
		attendance(i, S_PRESENT, NULL);
		if (D.na == na + 1 && D.at[na].role != NOSTR &&
		    !councillor(&D.at[na]))
			D.at[na].status = S_ATTEND;
		return D.na > na;
	}
	return 0;
}

/* A paragraph that is the title of an unnumbered item (web pages). */
static int
para_title(struct state *st, int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len;
	int nx = next_blk(i), k = i - 1;

	/* "To advise of any items the Chair has decided ...": a title */
	if (!title_like(s, n) || nx < 0 || (sentence_like(s, n) &&
	    !agenda_phrase(s, n)))
		return 0;
	/*
	 * Where titles are unnumbered headings, a title line that stands
	 * after the text of the item before is a title too.
	 */
	if (st->webitems && st->item && nwords(s, n) >= 2 &&
	    D.b[nx].kind == K_PARA && k >= 0 && D.b[k].kind == K_PARA &&
	    D.b[k].role != R_ITEM && ends_with(TEXT(k), D.b[k].len, '.'))
		return 1;
	/* With no headings at all, a heading-like line. */
	return !st->numbered && i > D.m.title && i >= st->hend &&
	    D.b[nx].kind != K_HEADING && !looks_att(s, n);
}

static void
role_para(struct state *st, int i)
{
	if (para_flow(st, i) || para_names(st, i) || inline_resolution(i) ||
	    chair_line(i))
		return;
	if (para_title(st, i))
		st->item = new_item(i, NOSTR);
}

/*
 * "3.1 Title" at the left margin under item 3 is the sub-item 3.1, not
 * a paragraph of item 3.
 */
static int
sub_item(struct state *st, int i)
{
	const struct blk *b = &D.b[i];
	const char *num, *lab;
	size_t k;

	if (st->item == 0 || b->depth != 0 || b->label == NOSTR ||
	    D.it[st->item - 1].number == NOSTR)
		return 0;
	num = STR(D.it[st->item - 1].number);
	lab = STR(b->label);
	k = strlen(num);
	if (strchr(num, '.') || strncmp(lab, num, k) != 0 || lab[k] != '.' ||
	    !isdigit((unsigned char)lab[k + 1]) ||
	    strspn(lab + k + 1, "0123456789") != strlen(lab + k + 1))
		return 0;
	/* "2.1 The Clerk reported a pothole.": a numbered paragraph */
	if (!title_like(TEXT(i), b->len) || sentence_like(TEXT(i), b->len))
		return 0;
	st->item = new_item(i, b->label);
	return 1;
}

/* A number alone: its item starts here, at its title, or after. */
static void
role_number(struct state *st, int i)
{
	int nx = next_blk(i);

	st->att = S_NONE;
	D.b[i].role = R_NUMBER;
	if (nx >= 0 && D.b[nx].kind == K_LABEL && (st->res ||
	    (i && D.b[i - 1].role == R_RES))) {
		st->pend = i;		/* displaced into the item before */
		return;
	}
	st->res = st->cont = 0;
	if (nx >= 0 && (D.b[nx].kind == K_PARA || (D.b[nx].kind == K_HEADING
	    && D.b[nx].label == NOSTR)))
		st->want = i;
	else
		st->item = new_item(i, D.b[i].label);
}

/*
 * "Present Members: Cllr A, Cllr B": the title is "Present"; "Members:"
 * labels the group that follows, as it would on a line of its own.
 */
static void
run_in_group(struct blk *b, const char *s)
{
	size_t k = mu_wordlen(s, b->te), g;

	if (k >= b->te || !(mu_strncaseeq(s, "present", k) && k == 7) ||
	    s[k] != ' ')
		return;
	g = b->te - k - 1;
	if (!group_word(s + k + 1, g) && !(g == 8 && mu_strncaseeq(s + k + 1,
	    "officers", 8)))
		return;
	b->ta = k + 1;
	b->te = k;
}

/*
 * A typed heading that goes on after its title: "Apologies for absence
 * – Cllr R Frost (work).", "Declarations of interest: none."  The title
 * ends at the dash or colon when names, "none" or a sentence follow;
 * names under an attendance title are attendees.
 */
static void
heading_rest(int item, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i), *r;
	size_t n = b->len, p, k = 0, rn;

	for (p = 1; p + 2 < n && !k; p++)
		if (s[p] == ':' && s[p + 1] == ' ')
			k = 2;
		else if (s[p] == ' ' && s[p + 1] == '-' && s[p + 2] == ' ')
			k = 3;
		else if (s[p] == ' ' && p + 4 < n &&
		    (mu_caseprefix(s + p + 1, "\xe2\x80\x93 ") ||
		    mu_caseprefix(s + p + 1, "\xe2\x80\x94 ")))
			k = 5;
	if (!k--) {
		run_in_group(b, s);	/* the names on the next line */
		return;
	}
	r = s + p + k;
	rn = n - p - k;
	trim(&r, &rn, ".");
	if (!(is_hon(r, mu_wordlen(r, rn)) || sentence_like(r, rn) ||
	    (rn <= 4 && (mu_strncaseeq(r, "none", rn) ||
	    mu_strncaseeq(r, "nil", rn)))))
		return;
	b->te = p - 1;
	b->ta = r - s;
	run_in_group(b, s);
	if (item_status(item) != S_NONE && is_hon(r, mu_wordlen(r, rn)))
		split_list(i, b->ta, list_to(s, b->ta, n), item_status(item),
		    NULL);
}

static void
role_heading(struct state *st, int i)
{
	size_t label = D.b[i].label;

	st->att = S_NONE;
	st->res = st->cont = 0;
	if (i < D.m.title)
		return;
	if (st->want >= 0 && label == NOSTR) {
		label = D.b[st->want].label;
		st->want = -1;
	} else if (st->pend >= 0 && label == NOSTR) {
		label = D.b[st->pend].label;
		st->pend = -1;
	}
	st->item = new_item(i, label);
	heading_rest(st->item, i);
}

/*
 * "1. To receive apologies for absence" reads as a resolution part ("1.
 * To award £500 ..."), but outside a resolution, worded as an agenda item
 * and numbered on from the item before, it is the next item.
 */
static int
agenda_item(struct state *st, int i)
{
	const struct blk *b = &D.b[i];
	const char *lab = b->label == NOSTR ? "" : STR(b->label), *num;
	long v, prev = 0;

	if (b->depth != 0 || !isdigit((unsigned char)lab[0]) ||
	    strspn(lab, "0123456789") != strlen(lab) || strlen(lab) > 3 ||
	    !agenda_phrase(TEXT(i), b->len))
		return 0;
	v = strtol(lab, NULL, 10);
	if (st->item) {		/* numbered on from a plain number only */
		num = D.it[st->item - 1].number == NOSTR ? "" :
		    STR(D.it[st->item - 1].number);
		if (!isdigit((unsigned char)num[0]) ||
		    strspn(num, "0123456789") != strlen(num))
			return 0;
		prev = strtol(num, NULL, 10);
	}
	if (v <= prev || v > prev + 10)
		return 0;
	st->item = new_item(i, b->label);
	st->att = S_NONE;
	return 1;
}

/* "(a) That ...": a part of a resolution, a point, or a name. */
static void
role_label(struct state *st, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i);

	if (sub_item(st, i))
		return;
	if (!st->res && !st->cont && agenda_item(st, i))
		return;
	if (st->res || st->cont || mu_caseprefix(s, "that ") ||
	    mu_caseprefix(s, "resolved")) {
		b->role = R_RES;
		b->unanimous = st->res || st->cont ? st->unan : -1;
		st->res = 1;
		st->parts++;
		st->cont = 0;
	} else if ((st->att && looks_att(s, b->len) &&
	    attendance(i, st->att, st->defrole)) ||
	    (list_from(s, b->len) && attendance(i, S_APOL, NULL)))
		;
	else if (inline_resolution(i))
		st->att = S_NONE;	/* "(a) The Council AGREED to pay ..." */
	else {
		st->att = S_NONE;
		b->role = R_POINT;
	}
}

/* How the document names its items: numbers, headings, or neither. */
static void
item_style(struct state *st)
{
	int i;

	st->webitems = 1;
	for (i = 0; i < (int)D.nb; i++) {
		if ((D.b[i].kind == K_NUMBER || D.b[i].kind == K_HEADING) &&
		    i > D.m.title)
			st->numbered = 1;
		if (D.b[i].kind == K_NUMBER || (D.b[i].kind == K_HEADING &&
		    D.b[i].label != NOSTR))
			st->webitems = 0;
	}
	st->webitems &= st->numbered;
}

/* Gives each block of the document its role and its item. */
void
roles(int hend)
{
	struct state st;
	struct blk *b;
	int i;

	memset(&st, 0, sizeof st);
	st.pend = st.want = -1;
	st.hend = hend;
	item_style(&st);
	for (i = 0; i < (int)D.nb; i++) {
		b = &D.b[i];
		b->role = b->kind == K_ARTIFACT ? R_DROP : R_PROSE;
		b->item = st.item;
		if (b->kind == K_ARTIFACT)
			continue;
		if (i == D.m.title) {
			b->role = R_TITLE;
			if (ci_find(TEXT(i), b->len, "there were present"))
				st.att = S_PRESENT;
			continue;
		}
		if (st.res && st.parts && b->kind != K_LABEL)
			st.res = 0;
		if (st.cont && b->kind != K_PARA && b->kind != K_BULLET)
			st.cont = 0;
		if (b->kind == K_NUMBER)
			role_number(&st, i);
		else if (b->kind == K_HEADING)
			role_heading(&st, i);
		else if (b->kind == K_KEYWORD)
			role_keyword(&st, i);
		else if (b->kind == K_LABEL)
			role_label(&st, i);
		else if (b->kind == K_PARA || b->kind == K_BULLET)
			role_para(&st, i);
		b->item = st.item;
		if (st.want >= 0 && b->kind != K_NUMBER) {
			D.b[st.want].role = R_PROSE;	/* no title came */
			st.want = -1;
		}
	}
	if (st.pend >= 0)
		D.b[st.pend].role = R_PROSE;
	chair_merge();
}

/* "A copy of the report, marked 'Agenda Item 5', is filed ..." */
void
reports(void)
{
	const char *p, *s;
	size_t i, k;
	struct item *t;

	for (i = 0; i < D.nb; i++) {
		if (D.b[i].item == 0 || D.b[i].role == R_ITEM)
			continue;
		t = &D.it[D.b[i].item - 1];
		/* The report is named near the top of its item. */
		if (t->report != NOSTR || i > (size_t)t->blk + 6)
			continue;
		s = TEXT(i);
		if ((p = ci_find(s, D.b[i].len, "agenda item ")) == NULL)
			continue;
		for (k = 12; isalnum((unsigned char)p[k]) || (p[k] == '.' &&
		    isdigit((unsigned char)p[k + 1])); k++)
			;
		if (k > 12)
			t->report = mu_save(&D.der, p, k);
	}
}
