/* attend.c: attendance lines and the chair, read in the role pass. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

static int att_lead(const char *, size_t, size_t *);
static int councillor(const struct att *);
static int title_item_status(int);
static size_t post_lead(const char *, size_t, size_t *, char *, size_t);

/* A verb outside brackets: "(newly elected Vice-Chair)" is a note. */
static int
sentence_out(const char *s, size_t n)
{
	size_t i, a = 0;
	int depth = 0;

	for (i = 0; i <= n; i++) {
		if (i < n && s[i] != '(' && s[i] != ')')
			continue;
		if (depth == 0 && i > a && sentence_like(s + a, i - a))
			return 1;
		if (i < n)
			depth += s[i] == '(' ? 1 : depth > 0 ? -1 : 0;
		a = i + 1;
	}
	return 0;
}

/*
 * A register's legend: "Key: P = Present, AP = Apologies, A = Absent",
 * "P – present; A – apologies".  Codes of one to three capitals, read
 * from the whole document before the role pass (the key may come after
 * the table); code_status() gives a code's status.
 */
static struct { char code[4]; int st; } codes[8];
static size_t ncodes;

/* The status a legend's words give: "Present", "Apologies received",
 * "Absent with apologies", "Not present". */
static int
legend_word(const char *s, size_t n)
{
	size_t k;
	int j;

	for (j = 0; attlead[j].w; j++) {
		k = strlen(attlead[j].w);
		if (k <= n && mu_strncaseeq(s, attlead[j].w, k) &&
		    (attlead[j].stem || k == n || !isalpha((unsigned char)s[k])))
			return attlead[j].st;
	}
	return S_NONE;
}

/* Codes and their words in s: at each separator ("=", ":", "-", "–"),
 * one to three capitals before it and a word of attendance after it.
 * The separators are found first: most text has no code before them. */
static void
legend_block(const char *s, size_t n)
{
	size_t i, j, a, k;
	int st;

	for (i = 1; i + 2 < n && ncodes < 8; i++) {
		i += strcspn(s + i, "=:-\xe2");	/* the text ends in a NUL */
		if (i + 2 >= n || (s[i] == '\xe2' && (s[i + 1] != '\x80' ||
		    s[i + 2] != '\x93')))
			continue;
		for (a = i; a > 0 && s[a - 1] == ' '; a--)
			;
		for (k = a; k > 0 && a - k < 4 && isupper((unsigned char)s[k -
		    1]); k--)
			;
		if (k == a || a - k > 3 || (k > 0 && isalnum((unsigned
		    char)s[k - 1])))
			continue;
		j = i + (s[i] == '\xe2' ? 3 : 1);
		while (j < n && s[j] == ' ')
			j++;
		if ((st = legend_word(s + j, n - j)) == S_NONE)
			continue;
		memcpy(codes[ncodes].code, s + k, a - k);
		codes[ncodes].code[a - k] = '\0';
		codes[ncodes++].st = st;
	}
}

/* Reads the legend of a register, if the document has one: at least
 * two codes in one block. */
void
legend_scan(void)
{
	size_t i;

	ncodes = 0;
	for (i = 0; i < D.nb && ncodes < 2; i++) {
		ncodes = 0;
		if (D.b[i].kind != K_ARTIFACT)
			legend_block(TEXT(i), D.b[i].len);
	}
	if (ncodes < 2)
		ncodes = 0;
}

/* The status a register's code gives ("AP"), or S_NONE. */
int
code_status(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < ncodes; i++)
		if (strlen(codes[i].code) == n && memcmp(codes[i].code, s, n) == 0)
			return codes[i].st;
	return S_NONE;
}

/*
 * Two lines of a list run together, each led by an honorific: "Cllr C
 * Fenn A Cllr D Rudd P" (a register's lines, each with its code).  Is
 * s[0..n) a name, then from the second honorific on, a name?
 */
static int
second_hon(const char *s, size_t n)
{
	size_t i, k = mu_wordlen(s, n);

	if (!is_hon(s, k))
		return 0;
	for (i = k + 1; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (is_hon(s + i, k))
			return looks_name(s, i - 1) && lead_name(s + i, n - i);
	}
	return 0;
}

/* A line of an attendance list: a name first, or a group word alone. */
int
looks_att(const char *s, size_t n)
{
	const char *p;
	size_t r, rn, ns;

	trim(&s, &n, ":.");
	if (n == 0)		/* a long list is a list: no limit on length */
		return 0;
	if (inlist(honorifics, s, n) || (n == 7 && mu_strncaseeq(s,
	    "members", 7)) || (n == 8 && mu_strncaseeq(s, "officers", 8)))
		return 1;
	drop_tail(&s, &n, "in the chair");
	if (sentence_out(s, n))
		return 0;
	if (!lead_name(s, n)) {
		if (role_first(s, n, &r, &rn, &ns) || role_tail(s, n) ||
		    second_hon(s, n))
			return 1;	/* "Clerk to the Council – Mrs Y" */
		/* "Councillor A Quigley and Councillor B Redfern" */
		if ((p = ci_find(s, n, "and ")) == NULL || p[-1] != ' ' ||
		    !lead_name(s, p - 1 - s) || !lead_name(p + 4, s + n - p - 4))
			return 0;
	}
	/* One bare word ("Business") is a heading, not a person. */
	return is_hon(s, mu_wordlen(s, n)) || nwords(s, n) >= 2;
}

/* A group's label inside a list: "Police Authority:", "Officers:". */
int
group_label(const char *s, size_t n)
{
	return n > 1 && n <= 40 && s[n - 1] == ':' &&
	    isupper((unsigned char)s[0]) && nwords(s, n) <= 4 &&
	    !sentence_like(s, n);
}

/* A lone honorific or group word: "Councillors". */
int
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

/*
 * A sentence led by a label of attendance and a verb, no colon: "Also in
 * attendance was Cllr X", "Also present were Mr Y and Mrs Z".  Returns
 * the status, with *from where the names start.
 */
static int
verb_lead(const char *s, size_t n, size_t *from)
{
	const char *r;
	size_t k, rn;
	int j;

	for (j = 0; attlead[j].w; j++) {
		if (attlead[j].stem || (k = phrase_len(s, n, 0,
		    attlead[j].w)) == 0)
			continue;
		r = s + k;
		rn = n - k;
		trim(&r, &rn, "");
		if (drop_word(&r, &rn, "was") || drop_word(&r, &rn, "were")) {
			*from = r - s;
			return attlead[j].st;
		}
	}
	return S_NONE;
}

/*
 * Sentences after a list that lead lists of their own, a document's
 * attendance run into one paragraph: "PRESENT: A, B. Apologies were
 * received from C.", "... D (DD). Parish Clerk: E In attendance: four
 * members of the public.", "... F (Clerk). Also: G."
 */
static void
run_on_lists(int bi, size_t to)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, k, from;
	int st;
	char role[48];

	while (to < n) {
		while (to < n && s[to] == ' ')
			to++;
		if ((st = att_lead(s + to, n - to, &k)) != S_NONE ||
		    (st = verb_lead(s + to, n - to, &k)) != S_NONE)
			;
		else if ((k = list_from(s + to, n - to)) > 0)
			st = S_APOL;
		else if (post_lead(s + to, n - to, &k, role, sizeof role)) {
			from = to + k;
			to = list_to(s, from, n);
			split_list(bi, from, to, S_ATTEND, role);
			continue;
		} else
			return;
		from = to + k;
		to = list_to(s, from, n);
		split_list(bi, from, to, st, NULL);
	}
}

/* Block bi as a list of attendees; 0 when no name was found in it. */
int
attendance(int bi, int status, const char *defrole)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, from, to, before = D.na;

	if (group_word(s, n))
		return 0;
	/* "Apologies ... from" in a later sentence leads that one's list */
	if ((from = list_from(s, n)) > list_to(s, 0, n) && status != S_APOL)
		from = 0;
	to = list_to(s, from, n);
	split_list(bi, from, to, status, defrole);
	if (D.na == before)
		return 0;
	run_on_lists(bi, to);
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
int
role_wrap(int bi)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, k = mu_wordlen(s, n);
	struct att *a;

	if (D.na == 0 || bi == 0 || D.b[bi - 1].role != R_ATT ||
	    (a = &D.at[D.na - 1])->blk != bi - 1 || a->role == NOSTR ||
	    n > 80 || memchr(s, ':', n) || sentence_like(s, n) ||
	    lead_name(s, n) ||
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

/* What a line naming one present adds to their entry in the list. */
static void
merge_into(size_t to, size_t from)
{
	D.at[to].chair |= D.at[from].chair;
	if (D.at[to].role == NOSTR)
		D.at[to].role = D.at[from].role;
}

/*
 * The chair named on a line of their own ("Chair: Cllr X") is one of
 * those present: when listed before, that entry is marked and 1 returned;
 * else the chair stands as present, to be merged with a list that comes
 * after (chair_merge).
 */
int
chair_known(size_t at)
{
	D.at[at].chair = 1;
	return post_known(at);
}

/*
 * One named on a line of their own with a post ("Vice-Chairman: Cllr
 * Y"): as chair_known, the post going to the member listed.
 */
int
post_known(size_t at)
{
	size_t i;

	for (i = 0; i < at; i++)
		if (D.at[i].status == S_PRESENT &&
		    same_name(DER(D.at[i].name), DER(D.at[at].name))) {
			merge_into(i, at);
			return 1;
		}
	D.at[at].alone = 1;
	return 0;
}

/*
 * Takes entry i out of the list once merged into another; its block is
 * prose again when no other entry stands in it.
 */
static void
drop_att(size_t i)
{
	size_t k;
	int bi = D.at[i].blk;

	memmove(D.at + i, D.at + i + 1, (D.na - i - 1) * sizeof *D.at);
	D.na--;
	for (k = 0; k < D.na && D.at[k].blk != bi; k++)
		;
	if (k == D.na)
		D.b[bi].role = R_PROSE;
}

/* A chair (or a post) named before the list of those present is in it. */
void
chair_merge(void)
{
	size_t i, j;

	for (i = 0; i < D.na; i++) {
		if (!D.at[i].alone)
			continue;
		for (j = i + 1; j < D.na; j++)
			if (D.at[j].status == S_PRESENT &&
			    same_name(DER(D.at[j].name), DER(D.at[i].name)))
				break;
		if (j == D.na)
			continue;
		merge_into(j, i);
		drop_att(i);
		i--;
	}
}

/*
 * repeat_merge's look-up: the entries kept so far, chained (in list order)
 * by a hash of their last name word, which same_name requires equal.  A
 * long document (many meetings' lists glued) then costs a look-up an
 * entry, not a pass over the list with a memmove at each merge.
 */
static size_t *rm_head, *rm_next, *rm_tail, rm_ch, rm_cn, rm_ct;
static int *rm_inblk;
static size_t rm_cb;

static size_t
last_hash(const char *s, size_t mask)
{
	const char *l = strrchr(s, ' ');
	size_t h = 2166136261u;

	for (l = l ? l + 1 : s; *l; l++)
		h = (h ^ (unsigned char)*l) * 16777619u;
	return h & mask;
}

/* The first kept entry before i that entry i repeats, or NOSTR. */
static size_t
repeat_of(size_t i, size_t h)
{
	size_t j;

	for (j = rm_head[h]; j != NOSTR; j = rm_next[j])
		if (D.at[j].status == D.at[i].status && !D.at[j].wrap &&
		    D.at[j].blk != D.at[i].blk &&
		    same_name(DER(D.at[j].name), DER(D.at[i].name)))
			return j;
	return NOSTR;
}

/*
 * Takes the merged entries (rm_next[i] == i) out of the list in one
 * pass; a block is prose again when no entry stands in it any more.
 */
static void
drop_merged(void)
{
	size_t i, k;

	rm_inblk = mu_grow(rm_inblk, &rm_cb, D.nb, sizeof *rm_inblk);
	for (i = 0; i < D.na; i++)
		if (rm_next[i] != i)
			rm_inblk[D.at[i].blk] = 1;
	for (i = 0; i < D.na; i++)
		if (rm_next[i] == i && !rm_inblk[D.at[i].blk])
			D.b[D.at[i].blk].role = R_PROSE;
	for (i = k = 0; i < D.na; i++) {
		rm_inblk[D.at[i].blk] = 0;
		if (rm_next[i] != i)
			D.at[k++] = D.at[i];
	}
	D.na = k;
}

/*
 * One listed twice with the same status is one attendee: a bilingual
 * list given in each language ("Cyng. A Jones (Cadeirydd)" then "Cllr. A
 * Jones (Chair)").  The first entry stays, marked chair when either is;
 * the text of the second goes to prose.
 */
void
repeat_merge(void)
{
	size_t i, j, h, nh = 16, dropped = 0;

	while (nh < 2 * D.na)
		nh *= 2;
	rm_head = mu_grow(rm_head, &rm_ch, nh, sizeof *rm_head);
	rm_tail = mu_grow(rm_tail, &rm_ct, nh, sizeof *rm_tail);
	rm_next = mu_grow(rm_next, &rm_cn, D.na, sizeof *rm_next);
	for (h = 0; h < nh; h++)
		rm_head[h] = NOSTR;
	for (i = 0; i < D.na; i++) {
		h = last_hash(DER(D.at[i].name), nh - 1);
		if ((j = repeat_of(i, h)) != NOSTR) {
			merge_into(j, i);
			rm_next[i] = i;		/* merged: dropped below */
			dropped++;
			continue;
		}
		rm_next[i] = NOSTR;
		if (rm_head[h] == NOSTR)
			rm_head[h] = i;
		else
			rm_next[rm_tail[h]] = i;
		rm_tail[h] = i;
	}
	if (dropped)
		drop_merged();
}

/*
 * Name and post on alternate lines, a table flattened a cell a line:
 * "Cllr A Tarrant" / "Chairman" / "Mrs D Pike" / "Parish Clerk".  A line
 * that is only a post, right after a name of the list that has none, is
 * its post (a chair's post marks the chair; an officer's post among
 * those present makes one who attends).  s[0..n) is the line's text (a
 * keyword's label when mtokenize made one of "Chairman").
 */
int
role_line(int bi, const char *s, size_t n)
{
	struct att *a;
	size_t r, rn, ns;

	trim(&s, &n, ".");
	if (D.na == 0 || bi == 0 || D.b[bi - 1].role != R_ATT ||
	    (a = &D.at[D.na - 1])->blk != bi - 1 || a->role != NOSTR ||
	    a->chair || n == 0 || n > 60 || memchr(s, ':', n) ||
	    !isupper((unsigned char)s[0]) || lead_name(s, n) ||
	    role_first(s, n, &r, &rn, &ns) || sentence_like(s, n) ||
	    nwords(s, n) > 6)
		return 0;
	if (chair_note(s, n))
		a->chair = a->status == S_PRESENT;
	else if (has_post(s, n)) {
		a->role = mu_save(&D.der, s, n);
		if (a->status == S_PRESENT && !councillor(a) &&
		    has_officer(s, n))
			a->status = S_ATTEND;
	} else
		return 0;
	a->wrap = bi;
	D.b[bi].role = R_DROP;
	return 1;
}

/* "Mr P Quayle in the Chair", "In the Chair: Mr P Quayle": marks the
 * chair among those present. */
int
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

/*
 * A line that is only an attendance head, where mtokenize made no keyword
 * of it (a bullet "• MEMBERS PRESENT", "NON-ATTENDANCE"): the lines after
 * it are that list.  And "(in the Chair)" on a line of its own after a
 * name marks that one.  Returns 1 when bi is either.
 */
int
att_head(struct state *st, int bi)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len;
	int k;

	if (st->att && D.na > 0 && D.at[D.na - 1].blk < bi &&
	    D.b[D.at[D.na - 1].blk].role == R_ATT && chair_note(s, n)) {
		if (D.at[D.na - 1].status == S_PRESENT)
			D.at[D.na - 1].chair = 1;
		return 1;
	}
	trim(&s, &n, ":");
	if (n > 40 || (k = head_status(s, n)) == S_NONE)
		return 0;
	st->att = k;
	st->defrole = NULL;
	st->ncols = 0;
	return 1;
}

/*
 * A title that is wholly a label of attendance, up to its colon: "Officers
 * Present", "In Attendance", "Committee Members Present were: ...".
 */
static int
title_status(const char *s, size_t n)
{
	const char *c = memchr(s, ':', n);
	int j;

	if (c != NULL)
		n = c - s;
	trim(&s, &n, "");
	if (!drop_tail(&s, &n, "were"))
		drop_tail(&s, &n, "was");
	if (n > 40)
		return S_NONE;
	for (j = 0; attlead[j].w; j++)
		if (!attlead[j].stem && phrase_len(s, n, 0, attlead[j].w) == n)
			return attlead[j].st;
	return n > 16 && mu_strncaseeq(s + n - 16, " members present", 16) ?
	    S_PRESENT : S_NONE;
}

/* Lists under an item "Apologies for Absence" or "Present" are so.  The
 * role pass asks for each paragraph of an item: the answer is kept. */
int
item_status(int item)
{
	struct item *it = &D.it[item - 1];

	if (it->st < 0)
		it->st = title_item_status(item);
	return it->st;
}

static int
title_item_status(int item)
{
	const struct blk *t = &D.b[D.it[item - 1].blk];
	const char *s = TEXT(D.it[item - 1].blk), *p;
	size_t k;

	if (t->kind == K_NUMBER)
		return S_NONE;
	/* "C213/16 Apologies": a title with its minute reference in it */
	if ((k = mu_wordlen(s, t->len)) < t->len && strcspn(s, "0123456789") <
	    k)
		s += k + 1;
	/* "Ymddiheuriadau / Apologies": a title in two languages */
	if ((p = strstr(s, " / ")) != NULL && p - s < 32 &&
	    !memchr(s, ' ', p - s))
		s = p + 3;
	s += agenda_phrase(s, strlen(s));	/* "To receive apologies" */
	if (mu_caseprefix(s, "apolog"))
		return S_APOL;
	if (mu_caseprefix(s, "present") || mu_caseprefix(s, "members present") ||
	    mu_caseprefix(s, "attendance"))
		return S_PRESENT;
	if (mu_caseprefix(s, "non-attendance") || (mu_caseprefix(s, "absent")
	    && !isalpha((unsigned char)s[6])))
		return S_ABSENT;
	return title_status(s, strlen(s));
}

int
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
		return S_SUBST;		/* written as present (a member) */
	}
	return S_NONE;
}

/*
 * A paragraph led by a few words of attendance and a colon: "Apologies
 * received: Cllr A", "Absent without apology: Cllr B", "Present Members:
 * Cllr C".  Returns the status, with *from where the names start.
 */
static int
att_lead(const char *s, size_t n, size_t *from)
{
	const char *c = memchr(s, ':', n < 40 ? n : 40);
	int j;

	if (c == NULL || nwords(s, c - s) > 4)
		return S_NONE;
	for (j = 0; attlead[j].w; j++)
		if (mu_caseprefix(s, attlead[j].w) && (attlead[j].stem ||
		    !isalpha((unsigned char)s[strlen(attlead[j].w)]))) {
			*from = c + 1 - s;
			return attlead[j].st;
		}
	/* "Council Members present:", "Board members present:" */
	if (c - s > 16 && mu_strncaseeq(c - 16, " members present", 16)) {
		*from = c + 1 - s;
		return S_PRESENT;
	}
	return S_NONE;
}

/*
 * A label that ends a part of a list at its colon, the lines of two
 * lists run together: "Cllr D Dale In attendance: Mrs E Eve", "Mr F Fry
 * Apologies: Mr G Gee".  Returns its status, with *w where it starts in
 * s[0..n) (the colon at s[n]), or S_NONE.
 */
int
label_tail(const char *s, size_t n, size_t *w)
{
	size_t i, k, from;
	int st;

	for (i = n; i-- > 0;) {
		if ((i > 0 && s[i - 1] != ' ') || !isupper((unsigned char)s[i]))
			continue;
		k = n + 1 - i;		/* the label and its colon */
		if (nwords(s + i, k) > 4)
			return S_NONE;
		/* "Apologies from A & ALSO: B": "Also" alone goes on with
		 * the list it is in */
		if ((st = att_lead(s + i, k, &from)) != S_NONE && from == k &&
		    !(k == 5 && mu_strncaseeq(s + i, "also:", 5))) {
			*w = i;
			return st;
		}
	}
	return S_NONE;
}

/* Does s start a list of its own ("Substitute members: ...")? */
int
att_led(const char *s, size_t n)
{
	size_t from;

	return att_lead(s, n, &from) != S_NONE;
}

/*
 * "Parish Clerk: Mrs D Sumner", "Finance Officer: ...": a post and a
 * colon before a name, in the header.  Returns the length of the post
 * (copied to role, NUL-ended), with *from where the names start; or 0.
 */
static size_t
post_lead(const char *s, size_t n, size_t *from, char *role, size_t sz)
{
	const char *c = memchr(s, ':', n < 40 ? n : 40), *w;
	size_t k;

	if (c == NULL || c == s || !isupper((unsigned char)s[0]) ||
	    nwords(s, c - s) > 4 || (size_t)(c - s) >= sz)
		return 0;
	for (w = c; w > s && w[-1] != ' '; w--)
		;
	if (!isupper((unsigned char)w[0]) || !inlist(leadposts, w, c - w))
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

/*
 * The words after the names of a sentence of substitution: "was present
 * as Substitute Member for", "was in attendance as a substitute for",
 * "attended as substitute for", "substituted for", "was substituting
 * for".  The one named came in a member's place: a member present.
 */
static int
substitute_verb(const char *r, size_t rn)
{
	if (drop_word(&r, &rn, "was") || drop_word(&r, &rn, "were")) {
		if (!drop_word(&r, &rn, "present") && !(drop_word(&r, &rn,
		    "in") && drop_word(&r, &rn, "attendance")))
			return mu_caseprefix(r, "substituting for");
	} else if (!drop_word(&r, &rn, "attended"))
		return mu_caseprefix(r, "substituted for");
	if (!drop_word(&r, &rn, "as"))
		return 0;
	if (!drop_word(&r, &rn, "a"))
		drop_word(&r, &rn, "the");
	return mu_caseprefix(r, "substitute");
}

/*
 * The words after the names of a sentence of absence: "was absent",
 * "were not present", "sent apologies", "had sent their apologies",
 * "was unable to attend".  Returns the status they give, with *v where
 * they start; absence only where the sentence ends there or says "from
 * the meeting" or "without apology" ("was absent for item 7" is not).
 */
static int
absence_verb(const char *s, size_t n, size_t *v)
{
	static const char *verbs[] = { "was", "were", "sent", "gave",
		"tendered", "offered", "had", "has", "attended", "substituted",
		NULL };
	const char *r;
	size_t i, k, rn;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (i && inlist(verbs, s + i, k))
			break;
	}
	if (i >= n)
		return S_NONE;
	*v = i;
	r = s + i;
	rn = n - i;
	trim(&r, &rn, ".");
	if (substitute_verb(r, rn))
		return S_SUBST;
	if (drop_word(&r, &rn, "was") || drop_word(&r, &rn, "were")) {
		if (mu_caseprefix(r, "unable to attend"))
			return S_APOL;
		if (!drop_word(&r, &rn, "not")) {
			if (rn < 6 || !mu_strncaseeq(r, "absent", 6))
				return S_NONE;
			r += 6, rn -= 6;
		} else if (rn < 7 || !mu_strncaseeq(r, "present", 7))
			return S_NONE;
		else
			r += 7, rn -= 7;
		trim(&r, &rn, "");
		return rn == 0 || mu_caseprefix(r, "from the meeting") ||
		    mu_caseprefix(r, "without") ? S_ABSENT : S_NONE;
	}
	if (!drop_word(&r, &rn, "had"))
		drop_word(&r, &rn, "has");
	if (!drop_word(&r, &rn, "sent") && !drop_word(&r, &rn, "gave") &&
	    !drop_word(&r, &rn, "tendered") && !drop_word(&r, &rn, "offered"))
		return S_NONE;
	if (!drop_word(&r, &rn, "his") && !drop_word(&r, &rn, "her"))
		drop_word(&r, &rn, "their");
	return mu_caseprefix(r, "apolog") ? S_APOL : S_NONE;
}

/* Is s[a..b) all names (from D.at[k] on), save "and" and commas? */
static int
names_only(const char *s, size_t a, size_t b, size_t k)
{
	size_t i, w;

	for (i = a; i < b; i++) {
		for (; k < D.na && D.at[k].a <= i; k++)
			if (D.at[k].b > i)
				i = D.at[k].b;
		if (i >= b || !isalnum((unsigned char)s[i]))
			continue;
		w = mu_wordlen(s + i, b - i);
		if (!(w == 3 && mu_strncaseeq(s + i, "and", 3)))
			return 0;
		i += w;
	}
	return 1;
}

/* Is the one named at D.at[at] listed before with the same status (a
 * substitute: among those present)? */
static int
listed(size_t at)
{
	size_t i;
	int st = D.at[at].status;

	for (i = 0; i < at; i++)
		if ((D.at[i].status == st || (st == S_SUBST &&
		    D.at[i].status == S_PRESENT)) &&
		    same_name(DER(D.at[i].name), DER(D.at[at].name)))
			return 1;
	return 0;
}

/* "It was noted that Cllr X was ...", "It was reported that ...": the
 * length of the lead-in before the sentence's subject, or 0. */
static size_t
noted_that(const char *s, size_t n)
{
	const char *t;

	if (!mu_caseprefix(s, "it was ") || n < 40 || (t = ci_find(s, 30,
	    "that ")) == NULL)
		return 0;
	return (size_t)(t + 5 - s);
}

/*
 * Sentences of block bi from s[from] that name who was away: "Councillor
 * X was absent.", "Cllrs Y and Z sent their apologies."  The names come
 * first, an honorific leading, and are all the sentence holds before the
 * verb.  Returns the attendees added; those listed before are skipped.
 */
int
absence_sentences(int bi, size_t from)
{
	const char *s = TEXT(bi);
	size_t n = D.b[bi].len, e, v, na = D.na, k0;
	int st;

	for (; from < n; from = e) {
		while (from < n && s[from] == ' ')
			from++;
		e = list_to(s, from, n);
		from += noted_that(s + from, e - from);
		if (!is_hon(s + from, mu_wordlen(s + from, e - from)) ||
		    (st = absence_verb(s + from, e - from, &v)) == S_NONE)
			continue;
		k0 = D.na;
		split_list(bi, from, from + v, st, NULL);
		if (D.na == k0 || D.at[k0].a != from || !names_only(s,
		    from, from + v, k0)) {
			D.na = k0;
			continue;
		}
		for (; k0 < D.na; k0++)
			if (listed(k0)) {
				memmove(D.at + k0, D.at + k0 + 1,
				    (D.na - k0 - 1) * sizeof *D.at);
				D.na--, k0--;
			}
	}
	return (int)(D.na - na);
}

/*
 * Two PDF columns run together, the label wrapped in its column: "Officers
 * in Mr A Tull, Chief Executive Attendance: Ms B Vane, Director ...".  The
 * label's last word and its colon come after the first line of names;
 * the names are those between and those after.  Returns 1 when read.
 */
static int
wrapped_lead(int bi)
{
	const char *s = TEXT(bi), *w, *c;
	size_t n = D.b[bi].len, k, na = D.na;
	int j;

	for (j = 0; attlead[j].w; j++) {
		if ((s[0] | 32) != attlead[j].w[0] ||
		    (w = strrchr(attlead[j].w, ' ')) == NULL)
			continue;
		k = w - attlead[j].w;		/* "officers in" before " attendance" */
		if (k + 1 >= n || !mu_strncaseeq(s, attlead[j].w, k) ||
		    s[k] != ' ' || !is_hon(s + k + 1, mu_wordlen(s + k + 1,
		    n - k - 1)))
			continue;
		w++;				/* "attendance" */
		for (c = s + k; (c = ci_find(c + 1, s + n - c - 1, w)) != NULL;)
			if (c[strlen(w)] == ':' && isupper((unsigned char)c[0]))
				break;
		if (c == NULL)
			continue;
		split_list(bi, k + 1, c - s - 1, attlead[j].st, NULL);
		k = c - s + strlen(w) + 1;
		split_list(bi, k, list_to(s, k, n), attlead[j].st, NULL);
		if (D.na == na)
			return 0;
		D.b[bi].role = R_ATT;
		return 1;
	}
	return 0;
}

/* A paragraph that holds names: apologies, a list under its heading. */
int
para_names(struct state *st, int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, na = D.na, from, r, rn;
	int k;
	char role[48];

	if (wrapped_lead(i))
		return 1;
	if ((k = att_lead(s, n, &from)) != S_NONE) {
		split_list(i, from, (r = list_to(s, from, n)), k, NULL);
		if (D.na > na) {
			run_on_lists(i, r);
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
	/* "Vice-Chairman: Cllr Y" (present), "Clerk – Mrs Z" (attends) */
	if (st->item == 0 && D.m.title >= 0 && i > D.m.title &&
	    role_first(s, n, &r, &rn, &from) && attendance(i, S_PRESENT, NULL))
		return 1;
	/* the list is the first sentence: others may follow it */
	if (st->item && (k = item_status(st->item)) != S_NONE &&
	    looks_att(s, list_to(s, 0, n)) && attendance(i, k, NULL))
		return 1;
	if (list_from(s, n) && attendance(i, S_APOL, NULL)) {
		absence_sentences(i, D.at[D.na - 1].b);
		return 1;
	}
	/* "Councillor X was absent.", "Cllr Y sent apologies." */
	if ((st->item == 0 || item_status(st->item) != S_NONE) &&
	    absence_sentences(i, 0)) {
		D.b[i].role = R_ATT;
		return 1;
	}
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

/* The next cell of a table row joined by " – " (mtokenize's joint). */
size_t
cell_end(const char *s, size_t from, size_t n)
{
	size_t i;

	for (i = from; i + 4 < n; i++)
		if (s[i] == ' ' && mu_caseprefix(s + i + 1, "\xe2\x80\x93 "))
			return i;
	return n;
}

/* The status a column head, or a row's Attendance cell, gives:
 * "Apologies", "Absent", "Officers", "Present". */
int
head_status(const char *s, size_t n)
{
	int j;

	trim(&s, &n, ":");
	for (j = 0; colheads[j].w; j++)
		if ((s[0] | 32) == colheads[j].w[0] && strlen(colheads[j].w) ==
		    n && mu_strncaseeq(s, colheads[j].w, n))
			return colheads[j].st;
	return S_NONE;
}

/*
 * "Members present – Apologies": the heads of a table's columns, the
 * first the keyword's, read across.  Returns the columns (2 or more), or
 * 0 when the keyword's text is no row of heads.
 */
int
col_heads(struct state *st, int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, a, e;
	int k = 1;

	st->ncols = 0;
	if (n == 0 || n > 120)		/* heads are a few short words */
		return 0;
	st->cols[0] = status_of(D.b[i].ykey);
	for (a = 0; k < 4; a = e + 5, k++) {
		e = cell_end(s, a, n);
		if ((st->cols[k] = head_status(s + a, e - a)) == S_NONE)
			return 0;
		if (e == n)
			return st->ncols = k + 1;
	}
	return 0;
}

/* An empty cell at s + a: mtokenize writes it as a lone "–" ("– B",
 * "A – – C"); returns its length with the space after, or 0. */
size_t
empty_cell(const char *s, size_t a, size_t n)
{
	if (n - a < 3 || memcmp(s + a, "\xe2\x80\x93", 3) != 0)
		return 0;
	return n - a == 3 ? 3 : s[a + 3] == ' ' ? 4 : 0;
}

/*
 * A row under those heads: "Cllr A Abel (Chair) – Cllr D Dunn", a cell
 * a column.  An empty cell ("– Cllr F Gale") leaves its column out;
 * empty cells at the end of a row are not written at all.
 */
int
table_row(struct state *st, int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, a, e, na = D.na, k0;
	int k;

	for (a = 0, k = 0; a < n; k++) {
		if ((k0 = empty_cell(s, a, n)) > 0) {
			a += k0;
			continue;
		}
		e = cell_end(s, a, n);
		if (k >= st->ncols || !looks_att(s + a, e - a))
			return 0;
		if (e == n)
			break;
		a = e + 5;
	}
	for (a = 0, k = 0; a < n; k++) {
		if ((k0 = empty_cell(s, a, n)) > 0) {
			a += k0;
			continue;
		}
		e = cell_end(s, a, n);
		split_list(i, a, e, st->cols[k], NULL);
		if (e == n)
			break;
		a = e + 5;
	}
	if (D.na == na)
		return 0;
	D.b[i].role = R_ATT;
	return 1;
}
