/* roles.c: one pass over a document giving each block its role. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

/* The number of a label "Minute 101/24", "Min. 45/24": after the word. */
static size_t
item_number(size_t label)
{
	const char *s, *p;

	if (label == NOSTR || !isalpha((unsigned char)STR(label)[0]))
		return label;
	s = STR(label);
	if (!mu_caseprefix(s, "min"))	/* "Item 5" is labelled "5" */
		return label;
	if ((p = strrchr(s, ' ')) == NULL || !isdigit((unsigned char)p[1]))
		return label;
	return label + (p + 1 - s);
}

const char *
item_num(const struct item *t)
{
	if (t->number == NOSTR)
		return NULL;
	return t->inder ? DER(t->number) : STR(t->number);
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
	t->inder = t->parent = 0;
	t->st = -1;
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
int
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
		"co-opt", "declare", "set", "fix", "answer", "move", NULL };
	size_t k;

	if (n < 8 || s[0] != 'T' || s[1] != 'o' || s[2] != ' ')
		return 0;
	k = mu_wordlen(s + 3, n - 3);
	if (!islower((unsigned char)s[3]) || !inlist(verbs, s + 3, k))
		return 0;
	return 3 + k + (3 + k < n);
}

/* "That", "That:" alone: the lead-in of a decision's lettered parts. */
static int
lead_that(const char *s, size_t n)
{
	return n <= 5 && mu_caseprefix(s, "that");
}

static int
ends_with(const char *s, size_t n, int c)
{
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return n && s[n - 1] == c;
}

/*
 * "Chairman: Cllr X" (and "; Vice-Chairman: Cllr Y"): the first named
 * is the chair; each is merged with their entry among those present.
 * The line stands inside a list of those present without ending it.
 */
static void
chair_key(struct state *st, int i, int att)
{
	size_t k = D.na, j;

	if (!attendance(i, S_PRESENT, NULL))
		return;
	st->att = att;
	D.at[k].chair = 1;
	for (j = k; j < D.na; j++)
		if (post_known(j)) {
			memmove(D.at + j, D.at + j + 1, (D.na - j - 1) *
			    sizeof *D.at);
			D.na--, j--;
		}
	D.b[i].role = D.na > k ? R_ATT : R_PROSE;
}

static int res_goes_on(int i);

static void
role_keyword(struct state *st, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t n = b->len;
	int nx, att = st->att;

	st->att = S_NONE;
	st->res = st->cont = 0;
	b->role = n ? R_PROSE : R_DROP;
	trim(&s, &n, "");
	if (b->ykey == Y_DECISION && no_decision(s, n))
		return;			/* "Decision: There were no ..." */
	if (is_res_key(b->ykey)) {
		st->unan = b->ykey == Y_UNANIMOUS ? 1 : -1;
		/* "Resolved unanimously." after the motion: as "Resolved." */
		if (n >= 11 && mu_strncaseeq(s, "unanimously", 11) &&
		    (n == 11 || (n == 12 && s[11] == '.'))) {
			resolved_after(i);	/* its vote gives the outcome */
			return;
		}
		if (n == 0 || (n == 1 && s[0] == '.')) {
			if (n || (b->label != NOSTR &&
			    ends_with(STR(b->label), strlen(STR(b->label)), '.')))
				resolved_after(i);
			else
				st->res = 1, st->parts = 0;
			return;
		}
		nx = next_blk(i);
		if ((ends_with(s, n, ':') || lead_that(s, n)) && nx >= 0 &&
		    D.b[nx].kind == K_LABEL) {
			/* "RESOLVED that the Panel:", "RESOLVED: That" (a) ... */
			st->res = 1;
			st->parts = 0;
			return;
		}
		/* "Decision: The Board agreed to grant ...": the sentence read
		 * as anywhere else, its subject and verb left as prose */
		if (b->ykey == Y_DECISION && !mu_caseprefix(s, "that ") &&
		    !mu_caseprefix(s, "to ") && inline_resolution(i) == 1) {
			b->unanimous = st->unan;
			st->cont = res_goes_on(i);
			return;
		}
		b->role = R_RES;
		b->unanimous = st->unan;
		st->cont = ends_with(s, n, ':');
		vote_after(i);
		if (note_before(s, n))	/* the vote's note stays prose */
			b->rs = s - TEXT(i) + note_before(s, n);
		return;
	}
	/* "In Attendance - PDF Viewer" above the heading: site furniture */
	if (status_of(b->ykey) != S_NONE && i < D.m.title)
		return;
	if (status_of(b->ykey) != S_NONE) {
		st->att = status_of(b->ykey);
		st->defrole = b->ykey != Y_CLERK ? NULL : b->label != NOSTR ?
		    STR(b->label) : "Clerk";
		if (col_heads(st, i))
			return;		/* "Members present – Apologies" */
		if (n && !attendance(i, st->att, st->defrole))
			b->role = R_PROSE;
		return;
	}
	/* "Cllr A" / "Chairman": the post on the line after the name */
	if (b->ykey == Y_CHAIRMAN && n == 0 && att && b->label != NOSTR &&
	    role_line(i, STR(b->label), strlen(STR(b->label))))
		st->att = att;
	else if (b->ykey == Y_CHAIRMAN && n && st->item == 0)
		chair_key(st, i, att);
	else if (b->ykey == Y_MINUTES && n)
		inline_resolution(i);	/* "Minutes: It was agreed that" */
}

/*
 * The first paragraph under a bare "Decision" or "RESOLVED" that states
 * the decision in a sentence: "The Committee agreed to X." keeps X, as
 * the same sentence does anywhere else; "The Committee agreed:" is the
 * lead-in of the lettered parts below, which are the decisions.
 */
static int
res_sentence(struct state *st, int i)
{
	int k = inline_resolution(i);

	if (k == 2) {
		D.b[i].role = R_PROSE;
		st->parts = 0;	/* st->res stays: the parts follow */
		return 1;
	}
	if (k == 0)
		return 0;
	D.b[i].unanimous = st->unan;
	st->res = 0;
	st->cont = res_goes_on(i);
	return 1;
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
	if (att_head(st, i))
		return 1;
	if (b->kind == K_PARA && chair_line(i))
		return 1;
	if (st->att && st->ncols > 1 && table_row(st, i))
		return 1;
	if (st->att && !att_led(s, n) && (role_wrap(i) || role_line(i, s, n) ||
	    group_label(s, n) ||
	    (looks_att(s, n) && (group_word(s, n) || attendance(i, st->att,
	    st->defrole)))))
		return 1;
	st->att = S_NONE;
	if (st->res) {
		if (lead_that(s, n))
			return 1;	/* "That:" before the parts */
		if (b->kind == K_PARA && st->parts == 0 &&
		    res_sentence(st, i))
			return 1;
		b->role = R_RES;
		b->unanimous = st->unan;
		st->parts++;
		if (b->kind == K_PARA) {
			st->res = 0;
			st->cont = ends_with(s, n, ':') || ends_with(s, n, ';');
		}
		return 1;
	}
	if (b->kind == K_BULLET)
		inline_resolution(i);	/* "• Motion to X was proposed ..." */
	return b->kind == K_BULLET;
}

/*
 * "PART II – EXEMPT ITEMS", "Part 2 (Confidential)": a divider of the
 * agenda (the items after it are taken in private), not an item.
 */
static int
part_marker(const char *s, size_t n)
{
	size_t k;

	if (n < 6 || !mu_caseprefix(s, "part "))
		return 0;
	k = mu_wordlen(s + 5, n - 5);
	while (k && strchr(".:,", s[5 + k - 1]))
		k--;
	if (k == 0 || k > 4 || (strspn(s + 5, "IVXivx") < k &&
	    strspn(s + 5, "0123456789") < k && !(k == 1 &&
	    isupper((unsigned char)s[5]))))
		return 0;
	return nwords(s, n) <= 10;
}

/* A paragraph that is the title of an unnumbered item (web pages). */
static int
para_title(struct state *st, int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len;
	int nx = next_blk(i), k = i - 1;

	/* "To advise of any items the Chair has decided ...": a title */
	if (!title_like(s, n) || nx < 0 || part_marker(s, n) ||
	    (sentence_like(s, n) &&
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
	return !st->numbered && st->hform == F_NONE && i > D.m.title &&
	    i >= st->hend &&
	    D.b[nx].kind != K_HEADING && !looks_att(s, n);
}

static void heading_rest(int item, int i);

/* The item a sub-item hangs under: the current one, or its parent. */
static const struct item *
parent_item(const struct state *st)
{
	const struct item *t = &D.it[st->item - 1];

	return t->parent ? &D.it[t->parent - 1] : t;
}

/*
 * "3.1 Title" at the left margin under item 3 (or under its sub-item
 * 3.1) is the sub-item 3.1 (3.2), not a paragraph of item 3.
 */
static int
sub_item(struct state *st, int i)
{
	const struct blk *b = &D.b[i];
	const char *num, *lab;
	size_t k;
	int parent;

	if (st->item == 0 || b->depth != 0 || b->label == NOSTR ||
	    (num = item_num(parent_item(st))) == NULL)
		return 0;
	lab = STR(b->label);
	k = strlen(num);
	if (strchr(num, '.') || strncmp(lab, num, k) != 0 || lab[k] != '.' ||
	    !isdigit((unsigned char)lab[k + 1]) ||
	    strspn(lab + k + 1, "0123456789") != strlen(lab + k + 1))
		return 0;
	/* "2.1 The Clerk reported a pothole.": a numbered paragraph; "2.1
	 * Clerk's Report: The Clerk reported ...": a sub-item */
	k = title_end(TEXT(i), b->len, NULL, &(size_t){0});
	if (k && TEXT(i)[k - 1] == ':')
		k--;
	if (!title_like(TEXT(i), k) || sentence_like(TEXT(i), k))
		return 0;
	parent = parent_item(st) - D.it + 1;
	st->item = new_item(i, b->label);
	D.it[st->item - 1].parent = parent;
	heading_rest(st->item, i);
	return 1;
}

/*
 * "6(a) Cemetery fencing" under item 6: the sub-item 6(a), its number
 * written at the start of the paragraph.
 */
static int
sub_para(struct state *st, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i), *num;
	size_t k, j;
	int parent;

	if (st->item == 0 || (num = item_num(parent_item(st))) == NULL)
		return 0;
	k = strlen(num);
	if (b->len < k + 5 || strncmp(s, num, k) != 0 || s[k] != '(')
		return 0;
	for (j = k + 1; j < k + 4 && isalnum((unsigned char)s[j]); j++)
		;
	if (j == k + 1 || s[j] != ')' || s[j + 1] != ' ' ||
	    !title_like(s + j + 2, b->len - j - 2) ||
	    sentence_like(s + j + 2, b->len - j - 2))
		return 0;
	parent = parent_item(st) - D.it + 1;
	st->item = new_item(i, NOSTR);
	D.it[st->item - 1].number = mu_save(&D.der, s, j + 1);
	D.it[st->item - 1].inder = 1;
	D.it[st->item - 1].parent = parent;
	b->ts = j + 2;
	return 1;
}

/*
 * A decision's sentence cut by a page break ("... would be provided" /
 * blank / "particularly the numbers ..."): the paragraph after goes on
 * with it when the decided part runs to the end of the block with no
 * stop and the next paragraph starts in lower case.
 */
static int
res_goes_on(int i)
{
	const struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	int nx = next_blk(i);

	return b->re == b->len && b->len && isalnum((unsigned char)
	    s[b->len - 1]) && nx >= 0 && D.b[nx].kind == K_PARA &&
	    islower((unsigned char)TEXT(nx)[0]);
}

/* "DECIDED: that X", "DECIDED:-" then (1) (2): a label like RESOLVED. */
static int
decided(struct state *st, int i)
{
	struct blk *b = &D.b[i];
	size_t k = decided_label(TEXT(i), b->len);

	if (k == 0)
		return 0;
	st->unan = -1;
	if (k >= b->len) {
		st->res = 1;	/* its parts follow; the label stays prose */
		st->parts = 0;
		return 1;
	}
	b->role = R_RES;
	b->unanimous = -1;
	b->rs = k;
	st->cont = ends_with(TEXT(i), b->len, ':');
	return 1;
}

/*
 * The rest of a web table's row, after its title, under an attendance
 * title: "Apologies | To note any apologies. Decision: Apologies were
 * received from Councillors A and B." holds the names.
 */
static void
row_names(int item, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i);
	size_t k;

	if (item_status(item) == S_NONE || b->ta >= b->len ||
	    (k = list_from(s + b->ta, b->len - b->ta)) == 0)
		return;
	split_list(i, b->ta + k, list_to(s, b->ta + k, b->len),
	    item_status(item), NULL);
}

/*
 * A paragraph that the document's own scheme makes an item title: a title
 * with its number in the margin, a form of heading the document uses for
 * its items (scheme.c), or a row of a web page's table of items.
 */
static int
scheme_title(struct state *st, int i)
{
	char num[24];

	if (st->want >= 0)
		return 0;
	if (margin_title(i)) {
		st->item = new_item(i, NOSTR);
		D.it[st->item - 1].number = mu_save(&D.der, num,
		    (size_t)snprintf(num, sizeof num, "%ld", D.b[i].margin));
		D.it[st->item - 1].inder = 1;
	} else if (form_title(st, i))
		st->item = new_item(i, NOSTR);
	else if (web_row(st, i)) {
		st->item = new_item(i, NOSTR);
		row_names(st->item, i);
	} else
		return 0;
	st->att = S_NONE;
	st->res = st->cont = 0;
	return 1;
}

static void
role_para(struct state *st, int i)
{
	int k;

	if (scheme_title(st, i) || para_flow(st, i) || para_names(st, i) ||
	    decided(st, i))
		return;
	if (motion_outcome(i))
		return;		/* the motion quoted before it was decided */
	if ((k = vote_first(i) | outcome_alone(i) | inline_resolution(i)) !=
	    0) {
		st->cont = D.b[i].role == R_RES && res_goes_on(i);
		if (k & 2) {
			st->res = 1;	/* "Members agreed:" (a) ... (b) ... */
			st->parts = 0;
			st->unan = -1;
		}
		return;
	}
	/* not a motion quoted after "... moved the following motion:" */
	if (st->item && D.b[i].kind == K_PARA && lost_label(TEXT(i),
	    D.b[i].len) && !(i > 0 && ends_with(TEXT(i - 1), D.b[i - 1].len,
	    ':'))) {
		D.b[i].role = R_RES;	/* "That the report be noted." */
		return;
	}
	if (chair_line(i))
		return;
	if (sub_para(st, i))
		return;
	if (para_title(st, i))
		st->item = new_item(i, NOSTR);
}

/* A short line that reads as a title, not a sentence. */
static int
title_line(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len;

	return D.b[i].kind == K_PARA && n > 0 && nwords(s, n) <= 12 &&
	    title_like(s, n - (s[n - 1] == '.')) && !sentence_like(s, n);
}

/*
 * "Apologies for Absence" / "12." / "Apologies were received ...": the
 * number column of a PDF read after the text column, so the number
 * comes between its title and its text.  The title line before, not
 * yet given to an item, takes the number; the text after is no title.
 */
static int
title_before(struct state *st, int i, int nx)
{
	int p;

	for (p = i - 1; p >= 0 && D.b[p].kind == K_ARTIFACT; p--)
		;
	if (p <= D.m.title || D.b[p].role != R_PROSE || !title_line(p) ||
	    nx < 0 || D.b[nx].kind != K_PARA || title_line(nx))
		return 0;
	st->item = new_item(p, D.b[i].label);
	D.b[p].item = st->item;
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
	if (title_before(st, i, nx))
		return;
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
 * names under an attendance title are attendees.  Where the title runs
 * on into the item's text in other ways, title_end() finds its end.
 */
/* Under an attendance title, the rest of the line is names, with or
 * without honorifics ("Present: L. Lowe, M. Mole", "Apologies: Cllr A"). */
static int
att_names(const char *r, size_t rn)
{
	return is_hon(r, mu_wordlen(r, rn)) || looks_att(r, rn) ||
	    role_tail(r, strcspn(r, ",;"));
}

static void
heading_rest(int item, int i)
{
	struct blk *b = &D.b[i];
	const char *s = TEXT(i) + b->ts, *r;
	size_t n = b->len - b->ts, p, k = 0, rn, te, ta, from = 0;
	int att = item_status(item) != S_NONE, names;

	te = title_end(s, n, item_num(&D.it[item - 1]), &ta);
	for (p = 1; p + 2 < n && p < te && !k; p++)
		if (s[p] == ':' && s[p + 1] == ' ')
			k = 2;
		else if (s[p] == ':' && isupper((unsigned char)s[p + 1]) && att)
			k = 1;		/* "Present:R. Lane, ..." */
		else if (s[p] == ' ' && s[p + 1] == '-' && s[p + 2] == ' ')
			k = 3;
		else if (s[p] == ' ' && p + 4 < n &&
		    (mu_caseprefix(s + p + 1, "\xe2\x80\x93 ") ||
		    mu_caseprefix(s + p + 1, "\xe2\x80\x94 ")))
			k = 5;
	if (k--) {
		r = s + p + k;
		rn = n - p - k;
		trim(&r, &rn, ".");
		/* "Declarations – for the Council to note" is one title */
		if ((att && (att_names(r, rn) || list_from(r, rn) > 0)) ||
		    (rn <= 4 && (mu_strncaseeq(r, "none", rn) ||
		    mu_strncaseeq(r, "nil", rn))) || (rn &&
		    !islower((unsigned char)r[0]) && (is_hon(r,
		    mu_wordlen(r, rn)) || sentence_like(r, rn) ||
		    mu_wday(r, strcspn(r, " ,")) >= 0))) {
			/* "Date of Next Meeting – Thursday 6 July" */
			te = p - 1;
			ta = (size_t)(r - s);
		}
	}
	/* "1. Apologies were received from Cllr A and Cllr B.": the item's
	 * word is its title, the sentence its text and its names */
	if (te >= n && item_status(item) == S_APOL && (from = list_from(s,
	    n)) > 0 && (k = mu_wordlen(s, n)) < from && mu_caseprefix(s,
	    "apolog") && islower((unsigned char)s[k + 1])) {
		b->te = b->ts + k;
		b->ta = b->ts + k + 1;
		s = TEXT(i);
		from += b->ts;
		split_list(i, from, list_to(s, from, b->len), S_APOL, NULL);
		return;
	}
	if (te >= n) {
		run_in_group(b, TEXT(i));	/* the names on the next line */
		return;
	}
	b->te = b->ts + te;
	b->ta = b->ts + ta;
	s = TEXT(i);
	n = b->len;
	r = s + b->ta;
	rn = n - b->ta;
	names = att && att_names(r, rn);
	/* "Apologies ...: Apologies for absence received from Cllr A" */
	if (!names && att && (from = list_from(r, rn)) > 0) {
		split_list(i, b->ta + from, list_to(s, b->ta + from, n),
		    item_status(item), NULL);
		return;
	}
	run_in_group(b, s);
	s = TEXT(i);
	if (names)
		split_list(i, b->ta, list_to(s, b->ta, n), item_status(item),
		    NULL);
}

/* "Name – Post": a name of two or three words, a dash, and a post with
 * a word that names one ("Head", "Officer"; not "Finance Report"). */
static int
is_name_post(const char *s, size_t n)
{
	static const char *subjects[] = { "finance", "legal", "governance",
		"democratic", "monitoring", NULL };
	const char *d = strstr(s, " \xe2\x80\x93 "), *p;	/* s ends in NUL */
	size_t i, k, pn;

	if (d == NULL)
		d = strstr(s, " - ");
	if (d == NULL || d > s + n)
		return 0;
	if (d == NULL || nwords(s, (size_t)(d - s)) < 2 ||
	    nwords(s, (size_t)(d - s)) > 3 || !looks_name(s, (size_t)(d - s)))
		return 0;
	p = d + (d[1] == '-' ? 3 : 5);
	pn = n - (size_t)(p - s);
	for (i = 0; i < pn; i += k + 1) {
		k = mu_wordlen(p + i, pn - i);
		if (inlist(postwords, p + i, k) && !inlist(subjects, p + i, k))
			return 1;
	}
	return 0;
}

static void
role_heading(struct state *st, int i)
{
	size_t label = D.b[i].label;

	st->att = S_NONE;
	st->res = st->cont = 0;
	if (i < D.m.title || (label == NOSTR && part_marker(TEXT(i),
	    D.b[i].len)))
		return;
	/* "Ann Hale – Head of Finance" on a line of its own in a web
	 * page's table of items: a name and a post, no item */
	if (label == NOSTR && st->want < 0 && st->pend < 0 && st->item &&
	    is_name_post(TEXT(i), D.b[i].len)) {
		/* under "Officers Present": one of the list */
		if (item_status(st->item) != S_NONE)
			attendance(i, item_status(st->item), NULL);
		return;
	}
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
		num = item_num(&D.it[st->item - 1]) ? item_num(&D.it[st->item -
		    1]) : "";
		if (!isdigit((unsigned char)num[0]) ||
		    strspn(num, "0123456789") != strlen(num))
			return 0;
		prev = strtol(num, NULL, 10);
	}
	if (v <= prev || v > prev + 10)
		return 0;
	st->item = new_item(i, b->label);
	st->att = S_NONE;
	/* "1. To receive apologies. Cllr A – holiday.": the rest of the
	 * line is the item's text, as after any heading */
	heading_rest(st->item, i);
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
	item_scheme(&st);
	web_table(&st);
	item_style(&st);
	legend_scan();
	for (i = 0; i < (int)D.nb; i++) {
		b = &D.b[i];
		b->role = b->kind == K_ARTIFACT ? R_DROP : R_PROSE;
		b->item = st.item;
		if (b->kind == K_ARTIFACT)
			continue;
		if (b->stray) {		/* "212" alone, a page number */
			st.att = S_NONE;
			continue;
		}
		if (i == D.m.title) {
			b->role = R_TITLE;
			if (ci_find(TEXT(i), b->len, "there were present"))
				st.att = S_PRESENT;
			continue;
		}
		/* the parts go on as labels, or as bullets after a bullet */
		if (st.res && st.parts && b->kind != K_LABEL &&
		    !(b->kind == K_BULLET && i > 0 && D.b[i - 1].kind == K_BULLET &&
		    D.b[i - 1].role == R_RES))
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
	repeat_merge();
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
