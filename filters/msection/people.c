/* people.c: names, honorifics and attendance lists. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

/*
 * Is s[0..n) one of the words of l, ignoring case?  Names are checked a
 * word at a time against lists of a hundred words, so each list gets a
 * small hash table the first time it is asked.
 */
#define SETSZ 512
struct wordset {
	const char *const *list;
	const char *slot[SETSZ];
	unsigned char len[SETSZ];	/* of slot's word: most probes stop here */
};

/*
 * The slot of a word: its length and four of its bytes (the first two,
 * the middle and the last, ASCII case folded), so that a look-up costs
 * the same for any word; the lengths in the table settle most clashes.
 */
static unsigned
hashw(const char *s, size_t n)
{
	unsigned h = (unsigned)n * 2654435761u;

	if (n == 0)
		return 0;
	h = (h ^ fold((unsigned char)s[0])) * 16777619u;
	h = (h ^ fold((unsigned char)s[n > 1])) * 16777619u;
	h = (h ^ fold((unsigned char)s[n / 2])) * 16777619u;
	h = (h ^ fold((unsigned char)s[n - 1])) * 16777619u;
	return (h ^ (h >> 15)) & (SETSZ - 1);
}

/*
 * The set of list l, made the first time it is asked for.  The sets are
 * found by the list's address through a small table of their own, so
 * that the lexicon may grow without each look-up walking all the sets.
 */
#define NSETS 64
static struct wordset *
wordset(const char *const *l)
{
	static struct wordset sets[NSETS];
	static struct wordset *byaddr[2 * NSETS];
	static size_t nsets;
	struct wordset *w;
	size_t i;
	unsigned h;

	i = ((size_t)l >> 3) & (2 * NSETS - 1);
	for (; byaddr[i]; i = (i + 1) & (2 * NSETS - 1))
		if (byaddr[i]->list == l)
			return byaddr[i];
	if (nsets == NSETS)
		return NULL;
	w = byaddr[i] = &sets[nsets++];
	w->list = l;
	for (; *l; l++) {
		for (h = hashw(*l, strlen(*l)); w->slot[h]; h = (h + 1) &
		    (SETSZ - 1))
			;
		w->slot[h] = *l;
		w->len[h] = (unsigned char)(strlen(*l) < 255 ? strlen(*l) : 255);
	}
	return w;
}

int
inlist(const char *const *l, const char *s, size_t n)
{
	struct wordset *w;
	unsigned h;

	if (n == 0 || n > 31)
		return 0;
	if ((w = wordset(l)) == NULL) {
		for (; *l; l++)
			if (mu_strncaseeq(*l, s, n) && (*l)[n] == '\0')
				return 1;
		return 0;
	}
	for (h = hashw(s, n); w->slot[h]; h = (h + 1) & (SETSZ - 1))
		if (w->len[h] == n && mu_strncaseeq(w->slot[h], s, n))
			return 1;
	return 0;
}

int
is_hon(const char *s, size_t n)
{
	return inlist(honorifics, s, n);
}

/* "Chair Cllr A Ash": the chair's post right before an honorific. */
static int
chair_title(const char *s, size_t k, size_t n)
{
	size_t j = k + 1;

	return k < n && s[k] == ' ' && s[0] == 'C' &&
	    inlist(chairwords, s, k) && is_hon(s + j, mu_wordlen(s + j, n -
	    j));
}

/* "Borough Councillor C Lamb", "District Cllr D Moss": a council's tier
 * before an honorific, a member of another council than the meeting's. */
static int
tier_title(const char *s, size_t k, size_t n)
{
	size_t j = k + 1;

	return k < n && s[k] == ' ' && inlist(tiers, s, k) && is_hon(s + j,
	    mu_wordlen(s + j, n - j));
}

/* Is s[0..n) a tier alone, before an honorific ("Borough" of "Borough
 * Councillor")? */
static int
tier_at(const char *s, size_t n)
{
	while (n && *s == ' ')
		s++, n--;
	return inlist(tiers, s, n);
}

/* A title written as an honorific right before a name: "Mayor J Ash",
 * "Deputy Mayor B Cole", "Canon C Dean", "Chair Cllr A Ash", "Borough
 * Councillor C Lamb"; not "Mayor, Cllr X". */
static int
name_title(const char *s, size_t k, size_t n)
{
	/* the first letters of nametitles and chairwords: most words are
	 * turned away before a look-up */
	return k < n && s[k] == ' ' && ((strchr("MDLC", s[0]) != NULL &&
	    (inlist(nametitles, s, k) || chair_title(s, k, n))) ||
	    tier_title(s, k, n));
}

static int
is_post(const char *s, size_t n)
{
	while (n && (s[n - 1] == ',' || s[n - 1] == '.'))
		n--;
	return inlist(postnominals, s, n) && isupper((unsigned char)s[0]);
}

/* Where dot leaders start in a word ("Chairman……", "Clerk....."), or k. */
static size_t
leader(const char *s, size_t k)
{
	size_t i;

	for (i = 0; i + 1 < k; i++)
		if ((s[i] == '.' && s[i + 1] == '.') || (i + 2 < k &&
		    !memcmp(s + i, "\xe2\x80\xa6", 3)))
			return i;
	return k;
}

/* A token that may stand in a person's name. */
static int
nametok(const char *s, size_t n)
{
	size_t i;

	while (n && (s[n - 1] == ',' || s[n - 1] == ';'))
		n--;
	if (n == 0)
		return 0;
	if (inlist(particles, s, n))
		return 1;
	if (!isupper((unsigned char)s[0]) && (unsigned char)s[0] < 0xc0)
		return 0;
	for (i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]))
			return 0;
	if (leader(s, n) < n && n > 2)
		return 0;		/* "Chairman……": a post before a name */
	return !inlist(rolewords, s, n - (s[n - 1] == '.'));
}

/* A word of the role list that is a surname after an honorific: "Mr
 * Church", "Messrs Church, Hall"; not "County Council". */
static int
role_surname(const char *s, size_t n)
{
	while (n && (s[n - 1] == ',' || s[n - 1] == ';'))
		n--;
	return n > 2 && isupper((unsigned char)s[0]) &&
	    islower((unsigned char)s[1]) && inlist(rolesurnames, s, n);
}

/* Skips text in brackets; returns the offset after the closing one. */
static size_t
skip_paren(const char *s, size_t n, size_t i)
{
	int depth = 0;

	for (; i < n; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth <= 0)
			return i + 1;
	}
	return n;
}

/*
 * Does s[0..n) look like one person's name, maybe with honorifics,
 * post-nominals and notes in brackets?  Up to six name words.
 */
int
looks_name(const char *s, size_t n)
{
	size_t i = 0, k;
	int words = 0, hon = 0;

	trim(&s, &n, ",;.:");
	drop_word(&s, &n, "and");
	while (i < n) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		if (s[i] == '(') {
			i = skip_paren(s, n, i);
			continue;
		}
		k = mu_wordlen(s + i, n - i);
		if (memchr(s + i, '(', k))
			k = (const char *)memchr(s + i, '(', k) - (s + i);
		if (words == 0 && (is_hon(s + i, k) || name_title(s + i, k,
		    n - i)))
			hon = 1;
		else if (words == 0 && hon && k == 1 && s[i] == '/')
			;	/* "Cyng. / Cllr": one title in two languages */
		else if (words && is_post(s + i, k))
			;
		else if (!nametok(s + i, k) && !(hon && role_surname(s + i, k)))
			return 0;
		else
			words++;
		i += k;
	}
	return words >= 1 && words <= 6 && (hon || words >= 1);
}

/* One part of a chair mark: "Chair", "in the Chair", "who took the
 * chair", "Chairman for the meeting", "Presiding". */
static int
chair_part(const char *s, size_t n)
{
	size_t k;

	trim(&s, &n, "()-.");
	if (n >= 3 && memcmp(s, "\xe2\x80", 2) == 0) {	/* "– in the chair" */
		s += 3, n -= 3;
		trim(&s, &n, "");
	}
	drop_word(&s, &n, "who");
	if (!drop_word(&s, &n, "took"))
		drop_word(&s, &n, "in");
	drop_word(&s, &n, "the");
	if (inlist(chairmarks, s, n))
		return 1;
	/* "Council Chair", "Committee Chairman": the body's chair, not
	 * its vice or deputy chair */
	for (k = n; k > 0 && s[k - 1] != ' '; k--)
		;
	if (k > 1 && inlist(chairwords, s + k, n - k) && isupper((unsigned
	    char)s[0]) && nwords(s, n) <= 3 && !ci_find(s, k, "vice") &&
	    !ci_find(s, k, "deputy") && !ci_find(s, k, "former"))
		return 1;
	k = mu_wordlen(s, n);
	/* "Chairman for the meeting", "Chair for this meeting" */
	return k < n && inlist(chairwords, s, k) && mu_caseprefix(s + k,
	    " for ");
}

/*
 * Chair markers in brackets or after a name: "(Chair)", "(in the
 * Chair)", ", - in the chair", "(who took the chair)", "Chairman,
 * Presided": every part between commas a mark.
 */
static int
chair_mark(const char *s, size_t n)
{
	const char *c;

	while ((c = memchr(s, ',', n)) != NULL) {
		if (!chair_part(s, c - s))
			return 0;
		n -= c + 1 - s;
		s = c + 1;
	}
	return chair_part(s, n);
}

/* A chair mark standing alone: "(in the Chair)" on a line of its own. */
int
chair_note(const char *s, size_t n)
{
	trim(&s, &n, ".");
	return n > 0 && n < 40 && chair_mark(s, n);
}

static int
orgish(const char *s, size_t n)
{
	static const char *w[] = { "council", "police", "constabulary",
		"authority", "office", "service", "trust", "ltd", "limited",
		"association", "university", "partnership", NULL };
	const char *const *p;
	const char *q;

	for (p = w; *p; p++)
		if ((q = ci_find(s, n, *p)) != NULL &&
		    !isalpha((unsigned char)q[strlen(*p)]))
			return 1;
	return 0;
}

/* Initials in brackets, up of the n letters capitals: "(AH)", "(AMcK)",
 * one small letter for a "Mc" or "Mac" inside. */
static int
initials_note(const char *s, size_t n, size_t up)
{
	return (up == n && n <= 4) || (up >= 2 && up + 1 == n && n <= 5 &&
	    isupper((unsigned char)s[0]) && memchr(s, ' ', n) == NULL);
}

/* A note in brackets that says nothing about who someone is. */
static int
noteish(const char *s, size_t n)
{
	size_t i, up = 0;
	static const char *w[] = { "arrived", "left", "excluding", "except",
		"from item", "until", "absent", "present", "business",
		"personal", "ill", "work", "holiday", "for item", "minute",
		"non-", NULL };
	const char *const *p;

	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			return 1;
		up += isupper((unsigned char)s[i]) != 0;
	}
	if (initials_note(s, n, up))
		return 1;
	for (p = w; *p; p++)
		if (ci_find(s, n, *p))
			return 1;
	return 0;
}

void
addpart(struct mu_buf *b, const char *s, size_t n, const char *sep)
{
	trim(&s, &n, ",;");
	if (n == 0)
		return;
	if (b->len)
		mu_buf_adds(b, sep);
	mu_buf_add(b, s, n);
}

/* The parts of an entry while it is read; static, reused. */
static struct mu_buf ename, ehon, epost, erole, eorg, ereason;

/*
 * "Name – Role", "Name - Role", "Name, Role, Org": the role runs from
 * the first dash or comma to the end, unless post-nominals follow the
 * comma ("Mr T J Fenwick, OBE (Chairman)").  Returns where the name part
 * ends; *skip is the length of the separator.
 */
static size_t
role_sep(const char *s, size_t n, size_t *skip)
{
	size_t i, k;
	int depth = 0;

	for (i = 0; i + 1 < n; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')')
			depth--;
		if (depth > 0)
			continue;
		if (s[i] == ',') {
			k = i + 1 + (s[i + 1] == ' ');
			if (!is_post(s + k, mu_wordlen(s + k, n - k))) {
				*skip = k - i;
				return i;
			}
		} else if (s[i] != ' ' || i + 2 >= n)
			continue;
		else if (s[i + 1] == '-' && s[i + 2] == ' ') {
			*skip = 3;
			return i;
		} else if (i + 4 < n && (mu_caseprefix(s + i + 1, "\xe2\x80\x93 ") ||
		    mu_caseprefix(s + i + 1, "\xe2\x80\x94 "))) {
			*skip = 5;
			return i;
		}
	}
	*skip = 0;
	return n;
}

/* Does s[0..n) hold a word of l? */
static int
has_word(const char *const *l, const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		while (k && !isalpha((unsigned char)s[i + k - 1]))
			k--;
		if (inlist(l, s + i, k))
			return 1;
		k = mu_wordlen(s + i, n - i);
	}
	return 0;
}

/* Does s[0..n) hold a word of an officer's post ("Parish Clerk")? */
int
has_officer(const char *s, size_t n)
{
	return has_word(officerposts, s, n);
}

/* Does s[0..n) hold a word that names a post? */
int
has_post(const char *s, size_t n)
{
	return has_word(postwords, s, n);
}

/* Why one sent apologies or was absent: a note that names no post. */
static int
reasonish(const struct att *a, const char *s, size_t n)
{
	size_t i, up = 0;

	if (a->status != S_APOL && a->status != S_ABSENT)
		return 0;
	for (i = 0; i < n; i++)
		up += isupper((unsigned char)s[i]) != 0;
	if (initials_note(s, n, up))
		return 0;
	if (!has_alnum(s, n) || has_post(s, n) || orgish(s, n))
		return 0;
	/* "(work commitments)", "(Holiday)"; not a place: "(Lancaster)" */
	return islower((unsigned char)s[0]) || has_word(reasonwords, s, n);
}

/* A note in brackets: the chair, a reason, a role or an organisation. */
static void
bracket(struct att *a, const char *p, size_t pl)
{
	const char *c = memchr(p, ',', pl);
	size_t k;

	/* "(Town Mayor, in the Chair)": the post, and the chair */
	if (c != NULL && (k = pl - (c + 1 - p)) > 0 &&
	    chair_mark(c + 1, k) && !chair_mark(p, c - p)) {
		a->chair = 1;
		pl = c - p;
	}
	if (chair_mark(p, pl))
		a->chair = 1;
	else if (reasonish(a, p, pl))
		addpart(&ereason, p, pl, "; ");
	else if (noteish(p, pl) && !has_post(p, pl))
		;	/* not "(Personal Assistant to the Chief Executive)" */
	else if (erole.len == 0 && (!orgish(p, pl) || inlist(postwords, p,
	    mu_wordlen(p, pl))))	/* "(Head of Waste Partnership)" */
		addpart(&erole, p, pl, " ");
	else
		addpart(&eorg, p, pl, " ");
}

/* Reads the name part s[0..n): honorifics, name words, post-nominals. */
static void
name_part(struct att *a, const char *s, size_t n)
{
	const char *p;
	size_t i, k;
	int words = 0, paren = 0;

	for (i = 0; i < n; i += k) {
		k = 1;
		if (s[i] == ' ' || s[i] == ',')
			continue;
		if (s[i] == '(') {
			k = skip_paren(s, n, i) - i;
			bracket(a, s + i + 1, k - 1 - (s[i + k - 1] == ')'));
			paren = 1;
			continue;
		}
		k = mu_wordlen(s + i, n - i);
		if ((p = memchr(s + i, '(', k)) != NULL)
			k = p - (s + i);
		if (words == 0 && chair_title(s + i, k, n - i))
			a->chair = 1;	/* "Chair Cllr A Ash" */
		else if (words == 0 && (is_hon(s + i, k) || name_title(s + i, k,
		    n - i) || (ehon.len && k == 1 && s[i] == '/')))
			addpart(&ehon, s + i, k, " ");	/* "Cyng. / Cllr" */
		else if (words && is_post(s + i, k))
			addpart(&epost, s + i, k - (s[i + k - 1] == ','), " ");
		else if (words && paren) {
			/* Text after a bracket: "(Officer) Westshire Police" */
			if (has_alnum(s + i, n - i))
				addpart(&eorg, s + i, n - i, " ");
			return;
		} else if (words++ < 8)
			addpart(&ename, s + i, k, " ");
	}
}

static size_t
keepbuf(struct mu_buf *b)
{
	return b->len ? mu_save(&D.der, b->s, b->len) : NOSTR;
}

/*
 * What the text after the name says, by status: under apologies "Cllr X
 * - work commitments" gives a reason, not a role; a substitute's role
 * says so ("substitute for Cllr B", or "substitute" alone).
 */
static void
entry_notes(struct att *a)
{
	const char *s = erole.s;
	size_t n = erole.len;

	trim(&s, &n, ".");
	if (n && reasonish(a, s, n)) {
		addpart(&ereason, s, n, "; ");
		mu_buf_reset(&erole);
	}
	if (a->status != S_SUBST)
		return;
	if (erole.len == 0)
		mu_buf_adds(&erole, "substitute");
	else if (mu_caseprefix(erole.s, "for ")) {
		mu_buf_reset(&tmp);
		mu_buf_adds(&tmp, "substitute ");
		mu_buf_add(&tmp, erole.s, erole.len);
		mu_buf_reset(&erole);
		mu_buf_add(&erole, tmp.s, tmp.len);
	}
}

/*
 * The cells of a table row after the name ("– Present", "Vice-Chair –
 * Present", "– Apologies"): empty cells go, and a last cell that says how
 * the member attended gives the status instead of a role.
 */
static void
row_cells(struct att *a, const char **p, size_t *n)
{
	const char *s = *p;
	size_t len = *n, k, c, e;
	int st;

	while ((k = empty_cell(s, 0, len)) > 0) {
		s += k;
		len -= k;
	}
	for (c = 0; (e = cell_end(s, c, len)) < len; c = e + 5)
		;
	if ((st = head_status(s + c, len - c)) != S_NONE ||
	    (st = code_status(s + c, len - c)) != S_NONE) {
		a->status = st;	/* "– Apologies", a register's "– AP" */
		len = c > 0 ? c - 5 : 0;
	}
	*p = s;
	*n = len;
}

/*
 * Fills attendee a from the entry s[0..n) of a list: "Cllr. Ann Lowe (in
 * the Chair)", "Tom Reed – Chief Executive, Office of ...", "B. Hale
 * (Westshire County Council)", "Mr T J Fenwick, OBE (Chairman)".
 */
void
parse_entry(struct att *a, const char *s, size_t n)
{
	const char *p;
	size_t nn, skip, r, rn, ns, rest, tail = 0, k;
	int st;

	mu_buf_reset(&ename); mu_buf_reset(&ehon); mu_buf_reset(&epost);
	mu_buf_reset(&erole); mu_buf_reset(&eorg); mu_buf_reset(&ereason);
	trim(&s, &n, ",;");
	if (drop_word(&s, &n, "and") == 0)
		drop_word(&s, &n, "&");
	if (mu_caseprefix(s, "chairman:") || mu_caseprefix(s, "chair:") ||
	    mu_caseprefix(s, "chairperson:") || mu_caseprefix(s, "in the chair:")) {
		a->chair = 1;
		p = memchr(s, ':', n);
		n -= p + 1 - s;
		s = p + 1;
		trim(&s, &n, "");
	}
	if (role_first(s, n, &r, &rn, &ns) && chair_mark(s + r, rn)) {
		a->chair = 1;		/* "Chairman……… Mr T Fane" */
		s += ns;
		n -= ns;
	} else if (role_first(s, n, &r, &rn, &ns)) {
		/* "the Clerk (Mrs Y)": the name in brackets, the post before */
		addpart(&erole, s + r, rn, " ");
		a->prepost = 1;
		if (s[ns - 1] == '(' && n > ns + 1 && s[n - 1] == '.' &&
		    s[n - 2] == ')')
			n--;		/* "... (Olivia Price)." ends the list */
		if (s[ns - 1] == '(' && n > ns && s[n - 1] == ')')
			n--;
		s += ns;
		n -= ns;
	}
	nn = role_sep(s, n, &skip);
	/* "Cllr A Abel AP": a register's code after the name, no cells */
	for (k = n; skip == 0 && k > 0 && s[k - 1] != ' '; k--)
		;
	if (skip == 0 && k > 1 && (st = code_status(s + k, n - k)) != S_NONE) {
		a->status = st;
		nn = n = k - 1;
	}
	if (skip == 0 && (tail = role_tail(s, n)) > 0)
		nn = tail;		/* "Mr R Cole Clerk" */
	p = s + nn + skip;
	rest = n - nn - skip;
	if (skip)
		row_cells(a, &p, &rest);
	if (tail)
		skip = 1;		/* the post, read as after a dash */
	/* "Name – (Town Mayor)": a table's cells joined by a dash */
	if (rest == 0)
		;
	else if (skip && p[0] == '(' && skip_paren(p, rest, 0) == rest)
		bracket(a, p + 1, rest - 2);
	else if (skip && chair_mark(p, rest))
		a->chair = 1;		/* a table's "Role" column: "Chair" */
	else if (skip)
		addpart(&erole, p, rest, " ");
	if (drop_tail(&s, &nn, "in the chair"))
		a->chair = 1;
	name_part(a, s, nn);
	/* A full stop that ends the sentence is not part of the name. */
	if (ename.len > 2 && ename.s[ename.len - 1] == '.' &&
	    isalpha((unsigned char)ename.s[ename.len - 2]) &&
	    isalpha((unsigned char)ename.s[ename.len - 3]))
		ename.s[--ename.len] = '\0';
	entry_notes(a);
	a->name = mu_save(&D.der, mu_buf_str(&ename), ename.len);
	a->hon = keepbuf(&ehon);
	a->post = keepbuf(&epost);
	a->role = keepbuf(&erole);
	a->org = keepbuf(&eorg);
	a->reason = keepbuf(&ereason);
}

/* The leading name of s: the text up to a bracket, comma or dash. */
int
lead_name(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '(' || s[i] == ',' || s[i] == ';' ||
		    (s[i] == ' ' && i + 2 < n && (s[i + 1] == '-' ||
		    (unsigned char)s[i + 1] == 0xe2) && i > 0))
			break;
	return looks_name(s, i);
}

/* Does s[0..n) end in a word of posts ("Parish Clerk", "Finance
 * Officer")?  Then a name may follow it with no separator; but not a
 * title that stands as an honorific ("Deputy Mayor K Byrne", "Borough
 * Councillor C Lamb"). */
static int
post_end(const char *s, size_t n)
{
	size_t i;

	for (i = n; i > 0 && s[i - 1] != ' '; i--)
		;
	return n > i && inlist(postwords, s + i, n - i) &&
	    !inlist(nametitles, s + i, n - i) && !is_hon(s + i, n - i);
}

/*
 * A post written before the name: "the Clerk, Mrs Y", "the Clerk (Mrs
 * Y)", "Clerk to the Council – Mrs Y", "Vice-Chairman: Cllr Y".  The post
 * is a few capitalised words (joined by "of", "to", "the", "and", "for")
 * with a word of a post among them, then a comma, dash, colon or bracket,
 * then a name.  Returns 1 with *r and *rn the post (without "the") and
 * *ns where the name starts.
 */
int
role_first(const char *s, size_t n, size_t *r, size_t *rn, size_t *ns)
{
	static const char *join[] = { "of", "to", "the", "and", "for", "&",
		NULL };
	size_t i = 0, k, e, w = 0, t;
	int sep = 0;		/* the separator: ',', ':', '(', '-' or ' ' */

	while (i < n && s[i] == ' ')
		i++;
	if (n > i + 4 && mu_strncaseeq(s + i, "the ", 4))
		i += 4;
	*r = i;
	k = mu_wordlen(s + i, n - i);
	/* no post starts with an honorific or an initial: "G. Gale Chairman" */
	if (!isupper((unsigned char)s[i]) || is_hon(s + i, k) || k == 1 ||
	    (k == 2 && s[i + 1] == '.'))
		return 0;
	for (e = i; i < n && w < 8; i += k + 1, w++) {
		k = mu_wordlen(s + i, n - i);
		if (k && (s[i + k - 1] == ',' || s[i + k - 1] == ':')) {
			e = i + k - 1;
			i = e + 1;
			sep = s[e];
			break;
		}
		if ((t = leader(s + i, k)) < k && t > 0) {
			e = i + t;	/* "Chairman……… Mr T Fane" */
			i += k;
			sep = ':';
			break;
		}
		if (s[i] == '(' || (k == 1 && s[i] == '-') || (k == 3 &&
		    (unsigned char)s[i] == 0xe2)) {
			e = i - 1;
			sep = s[i] == '(' ? '(' : '-';
			i += s[i] == '(' ? 1 : k;
			break;
		}
		if (!isupper((unsigned char)s[i]) && !inlist(join, s + i, k))
			return 0;
		/* "Parish Clerk Jane Doe", "Parish Clerk Mrs J Doe": a post
		 * that ends in a word of posts, then the name, no separator */
		if (w > 0 && post_end(s + *r, e - *r) && (is_hon(s + i, k) ||
		    (!inlist(rolewords, s + i, k) && !inlist(postwords, s + i,
		    k)))) {
			sep = ' ';
			break;
		}
		e = i + k;
	}
	if (!sep || i >= n || e <= *r || !has_post(s + *r, e - *r))
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	*rn = e - *r;
	*ns = i;
	k = mu_wordlen(s + i, n - i);
	/*
	 * A person: an honorific or an initial first; after a dash or a
	 * colon a name of two words or more ("Senior Engineer, Transport
	 * Planning" is a post, "Officer - Westshire" a post and a place).
	 */
	for (e = i; e < n && s[e] != ',' && s[e] != ';' && s[e] != '(' &&
	    s[e] != ')'; e++)
		;
	/* "Chief Executive (Martin Nash)": a whole name, the bracket shut */
	return lead_name(s + i, n - i) && (is_hon(s + i, k) || (k <= 2 &&
	    isupper((unsigned char)s[i])) || ((sep == '-' || sep == ':' ||
	    sep == ' ' || (sep == '(' && e < n && s[e] == ')' &&
	    looks_name(s + i, e - i) && nwords(s + i, e - i) <= 4)) &&
	    nwords(s + i, e - i) >= 2));
}

/*
 * The length of the name that s starts with, honorific first, when the
 * text runs on into a sentence ("Cllr Nuttall With the Chairman absent ...",
 * "D. Pike together with 3 members of the public"); 0 unless there is an
 * honorific and a name word, or an initial and a word after it.
 */
static size_t
name_len(const char *s, size_t n)
{
	size_t i = 0, k, end = 0;
	int hon = 0, init = 0, words = 0;

	while (i < n) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		k = mu_wordlen(s + i, n - i);
		if (words == 0 && (is_hon(s + i, k) || name_title(s + i, k,
		    n - i)))
			hon = 1;
		else if (words && is_post(s + i, k))
			;
		else if (!nametok(s + i, k))
			break;
		else if (words++ == 0 && isupper((unsigned char)s[i]) &&
		    (k == 1 || (k == 2 && s[i + 1] == '.')))
			init = 1;	/* an initial: "D. Pike together with" */
		i += k;
		end = i;
	}
	return (hon && words) || (init && words >= 2) ? end : 0;
}

/* Where s[0..n) ends before a note in brackets at its end: "Company
 * Secretary (minutes)", "Head of Service (for item 6)". */
static size_t
note_end(const char *s, size_t n)
{
	size_t k = n;

	while (k > 0 && (s[k - 1] == '.' || s[k - 1] == ' '))
		k--;
	if (k == 0 || s[k - 1] != ')')
		return n;
	while (k > 0 && s[k - 1] != '(')
		k--;
	return k > 1 && s[k - 2] == ' ' ? k - 2 : n;
}

/*
 * A word that qualifies a post after a name of two words, so the name
 * ends before it: a word of posts, "Non-Executive", "Medical",
 * "Clinical", "Strategic".
 */
static int
post_modifier(const char *s, size_t k)
{
	const char *h = memchr(s, '-', k);

	if (inlist(postwords, s, k))
		return 1;
	if (h && h + 1 < s + k && isupper((unsigned char)h[1]))
		return 1;
	return k > 4 && ((mu_strncaseeq(s + k - 2, "al", 2)) ||
	    mu_strncaseeq(s + k - 3, "ive", 3) || mu_strncaseeq(s + k - 2,
	    "ic", 2));
}

/*
 * A post written after the name with no comma or dash: "Mr R Cole
 * Clerk", "Mr D Moffat Head of Democratic Services", "R. Lane Chairman".
 * The name has an honorific, an initial or two words; the post is
 * capitalised, names a post and holds no verb.  Returns where the post
 * starts, or 0.
 */
size_t
role_tail(const char *s, size_t n)
{
	size_t i = 0, k, rn, m = note_end(s, n);
	int words = 0, sure = 0, hon = 0;
	const char *r;

	/* a post ends in a word of posts ("... Services", "Clerk"): one
	 * look-up turns most names away */
	for (k = m; k > 0 && (s[k - 1] == '.' || s[k - 1] == ' '); k--)
		;
	for (i = k; i > 0 && s[i - 1] != ' '; i--)
		;
	if (k == i || !(inlist(rolewords, s + i, k - i) || ci_find(s, m,
	    " of ")))	/* "... Head of Patient Experience" */
		return 0;
	i = 0;
	while (i < m) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		k = mu_wordlen(s + i, m - i);
		if (words == 0 && is_hon(s + i, k))
			sure = hon = 1;
		else if (words && is_post(s + i, k))
			;
		else if (memchr(s + i, '(', k) || !nametok(s + i, k))
			break;
		else if (words >= 2 && !hon && post_modifier(s + i, k))
			break;		/* "Keith Dunn Non-Executive Director" */
		else if (++words >= 2 || k <= 2 || s[i + k - 1] == '.')
			sure = 1;
		i += k;
	}
	if (i >= m || words == 0 || !sure)
		return 0;
	r = s + i;
	rn = m - i;
	trim(&r, &rn, ".");
	/* a post of a few words: not "Council, City Chambers, ..." */
	if (!isupper((unsigned char)r[0]) || nwords(r, rn) > 6 ||
	    strcspn(r, ",;0123456789") < rn || sentence_like(r, rn) ||
	    !(has_post(r, rn) || chair_mark(r, rn)))
		return 0;
	return i;
}

static int
only_post(const char *s, size_t n)
{
	size_t k;

	trim(&s, &n, ",;");
	if (n == 0 || s[0] == '(')
		return n == 0;
	k = mu_wordlen(s, n);
	if (memchr(s, '(', k))
		k = (const char *)memchr(s, '(', k) - s;
	return is_post(s, k);
}

struct att *
new_att(int bi, size_t a, size_t b, int status)
{
	struct att *t;

	D.at = mu_grow(D.at, &D.ca, D.na, sizeof *D.at);
	t = &D.at[D.na++];
	memset(t, 0, sizeof *t);
	t->blk = bi;
	t->a = a;
	t->b = b;
	t->status = status;
	return t;
}

/*
 * Where a list of names in a sentence starts: after "from", "by" or "of"
 * a few words after "apolog" in the same sentence: "Apologies were
 * received from", "apologies submitted on behalf of", "gave the
 * apologies of", "Apologies were received from, Councillors: ...".
 */
size_t
list_from(const char *s, size_t n)
{
	static const char *at[] = { "from", "by", "of", NULL };
	const char *p = s;
	size_t lim = n < 160 ? n : 160, i, k, w;

	while ((p = ci_find(p, s + lim - p, "apolog")) != NULL) {
		for (i = p - s, w = 0; i < n && w < 12; i += k, w++) {
			k = mu_wordlen(s + i, n - i);
			if (k > 1 && s[i + k - 1] == '.' && w > 0)
				break;	/* the sentence ended */
			if (w > 0 && inlist(at, s + i, k - (k > 1 &&
			    strchr(",:", s[i + k - 1]) != NULL))) {
				for (i += k; i < n && strchr(" ,:", s[i]); i++)
					;
				return i < n ? i : 0;
			}
			while (i + k < n && s[i + k] == ' ')
				k++;
			if (k == 0)
				break;
		}
		p += 6;
	}
	return 0;
}

/* Initials with full stops: "A.G.", "J.R.R." (no sentence ends there). */
static int
initials(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		if (!isupper((unsigned char)s[i]) || s[i + 1] != '.')
			return 0;
	return i == n && n >= 4;
}

/* Where the list ends: at the end of its sentence. */
size_t
list_to(const char *s, size_t from, size_t n)
{
	size_t i, w;

	for (i = from; i + 2 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ' ||
		    !isupper((unsigned char)s[i + 2]))
			continue;
		for (w = i; w > from && s[w - 1] != ' ' && s[w - 1] != '(';
		    w--)
			;		/* "(Mr. Todd)": the word after the bracket */
		if (i - w >= 3 && !is_hon(s + w, i + 1 - w) &&
		    !initials(s + w, i + 1 - w) && leader(s + w, i + 1 - w) ==
		    i + 1 - w)		/* nor dot leaders: "Clerk……..." */
			return i + 1;
	}
	return n;
}

/*
 * After a role ("Senior Engineer, Highways Design") a new person needs
 * an honorific or an initial.
 */
static int
hon_or_initial(const char *s, size_t n)
{
	size_t i, k;

	trim(&s, &n, ",; ");
	drop_word(&s, &n, "and");
	if (is_hon(s, mu_wordlen(s, n)))
		return 1;
	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if ((k == 1 || (k == 2 && s[i + 1] == '.')) &&
		    isupper((unsigned char)s[i]))
			return 1;
		if (s[i] == '(')
			break;
	}
	return 0;
}

/*
 * Is there a " - " or " – " dash in s ("Name – Role"), outside brackets
 * ("(Adviser – Housing)")?  Not when what follows marks the chair:
 * "A Cann – Chair, B Dunn" goes on with a name, not with the role.
 */
static int
has_dash(const char *s, size_t n)
{
	size_t i;
	int depth = 0;

	for (i = 0; i + 2 < n; i++)
		if (s[i] == '(' || s[i] == ')')
			depth += s[i] == '(' ? 1 : -1;
		else if (depth <= 0 && s[i] == ' ' && (s[i + 1] == '-' ||
		    ((unsigned char)s[i + 1] == 0xe2 && i + 4 < n &&
		    (unsigned char)s[i + 2] == 0x80)))
			return !chair_mark(s + i + 1, n - i - 1);
	return 0;
}

/* Has s a word that is not an honorific? */
static int
part_has_name(const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i += k ? k : 1) {
		k = mu_wordlen(s + i, n - i);
		if (k && isalpha((unsigned char)s[i]) && !is_hon(s + i, k))
			return 1;
	}
	return 0;
}

/* The length of s[0..n) up to an "and" between names, or to the bracket
 * or comma where lead_name() stops anyway (so the scan stays short). */
static size_t
name_and(const char *s, size_t n)
{
	const char *p;
	size_t e;

	for (e = 0; e < n && s[e] != '(' && s[e] != ',' && s[e] != ';'; e++)
		;
	p = ci_find(s, e, "and ");
	return p != NULL && p > s && p[-1] == ' ' ? (size_t)(p - 1 - s) : n;
}

/* The state of a list being split. */
struct split {
	const char *s;
	size_t a, to;		/* the part under way starts at a */
	size_t pre;		/* where a post before a name starts, or NOSTR */
	int bi, status, cur, role, depth;
};

/*
 * Is there a cut between parts at s[i]?  Returns 1 with *k the length of
 * the separator: ";" or ","; "and" where a name follows a name; a space
 * before an honorific that follows a complete name.
 */
static int
cut_at(struct split *sp, size_t i, size_t *k)
{
	const char *s = sp->s;
	size_t t, a = sp->a, to = sp->to, r, rn, ns;

	*k = 0;
	if (i == to)
		return 1;
	if (s[i] == '(' || s[i] == ')') {
		sp->depth += s[i] == '(' ? 1 : -1;
		return 0;
	}
	if (sp->depth > 0) {
		/* "(Some Council and Cllr B": a bracket left open */
		if (s[i] == ' ' && mu_caseprefix(s + i + 1, "and ") &&
		    is_hon(s + i + 5, mu_wordlen(s + i + 5, to - i - 5))) {
			sp->depth = 0;
			*k = 5;
			return 1;
		}
		return 0;
	}
	if (s[i] == ';' || s[i] == ',' || s[i] == '|')
		return *k = 1;
	if (s[i] != ' ' || i + 1 >= to)
		return 0;
	t = mu_wordlen(s + i + 1, to - i - 1);
	if (((t == 3 && mu_caseprefix(s + i + 1, "and")) || (t == 1 &&
	    s[i + 1] == '&')) && i + t + 2 <= to) {
		if ((lead_name(s + i + t + 2, to - i - t - 2) ||
		    role_first(s + i + t + 2, to - i - t - 2, &r, &rn, &ns)) &&
		    looks_name(s + a, i - a))
			return (*k = t + 2) != 0;
	} else if (is_hon(s + i + 1, t) && ((i > 0 && s[i - 1] == ')') ||
	    part_has_name(s + a, i - a)) && !tier_at(s + a, i - a))
		return *k = 1;
	/* "A Bell (Clerk) C Dunn (Translator)": a table's rows run together;
	 * "A Abel (Leader) B Bell and C Cole (Deputy Leaders)" */
	else if (s[i - 1] == ')' && isupper((unsigned char)s[i + 1]) &&
	    (islower((unsigned char)s[i + 2]) || t <= 2) &&
	    lead_name(s + i + 1, name_and(s + i + 1, to - i - 1)))
		return *k = 1;			/* not "(X) ITEMS" */
	return 0;
}

/* A plain word of a name: "Argyle", "MacKenna", "Lewis-Rowlands". */
static int
plain_word(const char *s, size_t k)
{
	size_t i;

	if (k < 2 || !isupper((unsigned char)s[0]) || is_hon(s, k) ||
	    inlist(rolewords, s, k) || (k <= 3 && inlist(particles, s, k)))
		return 0;
	for (i = 1; i < k; i++)
		if (!isalpha((unsigned char)s[i]) && s[i] != '-' && s[i] != '\'')
			return 0;
	for (i = 1; i < k; i++)
		if (islower((unsigned char)s[i]))
			return 1;
	return 0;
}

/*
 * Full names run together with no commas, a table's column flattened:
 * "Alma Birch Cyril Dane Edna Frost".  Four plain words or more,
 * an even number, are first name and surname by twos.  Returns 1 when
 * the part was read so.
 */
static int
pair_run(struct split *sp, const char *s, size_t n)
{
	size_t i, k, w = 0, at[64], base = s - sp->s;

	if (nwords(s, n) < 4)
		return 0;
	for (i = 0; i < n && w < 64; i += k) {
		while (i < n && s[i] == ' ')
			i++;
		k = mu_wordlen(s + i, n - i);
		if (i >= n || !plain_word(s + i, k))
			break;
		at[w++] = i;
	}
	if (w < 4 || w % 2)
		return 0;
	for (k = 0; k < w; k += 2)
		new_att(sp->bi, base + at[k], base + at[k + 1] +
		    mu_wordlen(s + at[k + 1], n - at[k + 1]), sp->status);
	sp->cur = -1;
	return 1;
}

/* A count of people: "3 members of the public", "plus four electors". */
static int
headcount(const char *s, size_t n)
{
	size_t k;

	trim(&s, &n, ",; ");
	drop_word(&s, &n, "and");
	drop_word(&s, &n, "plus");	/* "plus eight members of the public" */
	drop_word(&s, &n, "together");
	drop_word(&s, &n, "with");
	k = mu_wordlen(s, n);
	return k < n && (isdigit((unsigned char)s[0]) || inlist(numberwords,
	    s, k));
}

/*
 * The part s[a..i): a new person, the role or post-nominals of the one
 * before, or nothing.  Returns 0 when the list ran into a sentence.
 */
static int
take_part(struct split *sp, size_t i)
{
	const char *s = sp->s + sp->a;
	size_t n = i - sp->a, t, r, rn, ns;
	int ln;

	if (!has_alnum(s, n))
		return 1;
	if (headcount(s, n)) {
		sp->cur = -1;	/* "3 members of the public": no one's role */
		return 1;
	}
	if (pair_run(sp, s, n))
		return 1;
	ln = lead_name(s, n);
	/* "the Clerk, Mrs Y": the post waits for its name */
	if (!ln && role_first(s, sp->to - sp->a, &r, &rn, &ns) && ns > n &&
	    (sp->cur < 0 || (r >= 4 && s[r - 2] == 'e'))) {
		sp->pre = sp->a;
		return 1;
	}
	t = name_len(s, n);
	if (sp->cur >= 0 && (only_post(s, n) || (!ln && !t) ||
	    (sp->role && !hon_or_initial(s, n))) &&
	    (ln || !role_first(s, n, &r, &rn, &ns))) {
		D.at[sp->cur].b = i;		/* role or OBE */
		sp->role |= !only_post(s, n);
	} else if (ln || role_first(s, n, &r, &rn, &ns) || role_tail(s, n)) {
		new_att(sp->bi, sp->pre != NOSTR ? sp->pre : sp->a, i,
		    sp->status);
		sp->pre = NOSTR;
		sp->cur = D.na - 1;
		/* after "Name – Role" the commas go on with it */
		sp->role = has_dash(s, n);
	} else if (t) {
		/* "... and Councillor C Dunn was substituting": the subject
		 * of a clause of its own, not one of the list */
		for (r = t; r < n && s[r] == ' '; r++)
			;
		if (r < n && sentence_like(s + r, mu_wordlen(s + r, n - r)))
			return 0;
		/* "Cllr B Hale and 3 members of the public" */
		new_att(sp->bi, sp->a, sp->a + t, sp->status);
		sp->cur = -1;
		/* "Councillor A and, B Cole - Director": a stray comma */
		if (!lead_name(s + t, n - t) && !mu_caseprefix(s + t, " and ") &&
		    !(n - t == 4 && mu_strncaseeq(s + t, " and", 4)))
			return 0;
	}
	return 1;
}

/* A member's seat: a councillor, or a post of the chair or the mayor. */
static int
member_post(const struct att *a)
{
	static const char *seat[] = { "chairman", "chair", "chairwoman",
		"chairperson", "vice-chairman", "vice-chair", "mayor",
		"provost", "convener", "convenor", "leader", "councillor",
		"member", NULL };
	const char *h = a->hon == NOSTR ? "" : DER(a->hon);

	return mu_caseprefix(h, "cllr") || mu_caseprefix(h, "councillor") ||
	    mu_caseprefix(h, "county") || (a->role != NOSTR &&
	    has_word(seat, DER(a->role), strlen(DER(a->role))));
}

/* An honorific for many: "Cllrs", "Councillors", "Clrs", "CClrs", "Messrs". */
static int
plural_hon(const char *h)
{
	const char *l = strrchr(h, ' ');
	size_t n;

	l = l ? l + 1 : h;
	n = strlen(l);
	if (n && l[n - 1] == '.')
		n--;
	return n > 3 && (l[n - 1] == 's' || l[n - 1] == 'S') &&
	    !mu_strncaseeq(l, "mrs", n) && !mu_strncaseeq(l, "miss", n) &&
	    !mu_strncaseeq(l, "ms", n);
}

/*
 * "Cllr A Bell, Cllr B Cope, Borough Councillor C Lamb": among the
 * councillors present, titled plainly, one whose title names another
 * council's tier is a guest (in attendance, the title the role).  Not
 * where no member is a plain "Cllr": then the tier is the meeting's own
 * ("County Cllr A Vance, Dr B Wilde").
 */
static void
tier_guests(int bi, size_t first)
{
	const char *s = TEXT(bi), *h;
	size_t i, k;
	int plain = 0;
	struct att *a;

	for (i = first; i < D.na && !plain; i++) {
		h = D.at[i].hon == NOSTR ? "" : DER(D.at[i].hon);
		plain = D.at[i].status == S_PRESENT && (mu_caseprefix(h,
		    "cllr") || mu_caseprefix(h, "clr") || mu_caseprefix(h,
		    "councillor"));
	}
	for (i = first; i < D.na && plain; i++) {
		a = &D.at[i];
		k = mu_wordlen(s + a->a, a->b - a->a);
		if (a->status != S_PRESENT || !tier_title(s + a->a, k, a->b -
		    a->a))
			continue;
		a->status = S_ATTEND;
		if (a->role == NOSTR)
			a->role = mu_save(&D.der, s + a->a, k + 1 +
			    mu_wordlen(s + a->a + k + 1, a->b - a->a - k - 1));
	}
}

/*
 * "Present: TARRANT, OSGOOD and FENN", "Apologies: Lowe, Hart": a list
 * of surnames alone, no honorific, after its label.  Two entries or
 * more, each one word of a name (capitalised or in capitals, no word of
 * posts), are names.
 */
static int
surnames(int bi, size_t first)
{
	const char *w;
	size_t i, j, k;

	/* only after a label of its own: "Present:", "Apologies:" */
	if (D.na < first + 2 || (D.b[bi].kind != K_KEYWORD &&
	    !att_led(TEXT(bi), D.b[bi].len)))
		return 0;
	for (i = first; i < D.na; i++) {
		w = DER(D.at[i].name);
		k = strlen(w);
		if (D.at[i].hon != NOSTR || strchr(w, ' ') || k < 2 ||
		    !isupper((unsigned char)w[0]) || inlist(rolewords, w, k) ||
		    inlist(numberwords, w, k))
			return 0;
		for (j = 1; j < k; j++)
			if (!isalpha((unsigned char)w[j]) && w[j] != '-' &&
			    w[j] != '\'')
				return 0;
	}
	return 1;
}

/*
 * Is the body that met a board ("... NHS Foundation Trust", "the Board of
 * ...")?  Its chief executive and directors listed as present sit on it.
 */
static int
board(void)
{
	static const char *w[] = { "trust", "board", "nhs", NULL };
	const char *b;

	if (D.m.body == NOSTR)
		return 0;
	b = DER(D.m.body);
	return has_word(w, b, strlen(b));
}

/* Reads the entries found, shares a plural honorific, drops non-names. */
static void
finish_list(int bi, size_t first, const char *defrole)
{
	const char *s = TEXT(bi), *r;
	size_t i, k, rn, shared = NOSTR;
	struct att *a;

	for (i = first; i < D.na; i++) {
		a = &D.at[i];
		r = s + a->a;
		rn = a->b - a->a;
		trim(&r, &rn, ",;");
		a->a = r - s;
		a->b = a->a + rn;
		parse_entry(a, r, rn);
		/* "Cllrs R Amos, Mrs L Pike and J Dale" */
		if (a->hon != NOSTR && plural_hon(DER(a->hon)))
			shared = a->hon;
		else if (a->hon == NOSTR && shared != NOSTR)
			a->hon = shared;
		if (a->role == NOSTR && defrole)
			a->role = mu_save(&D.der, defrole, strlen(defrole));
		/* "Present: ..., the Clerk (Mrs Y)", "Mrs Y (Clerk)": an
		 * officer listed among the members attends; but a board's
		 * executive directors are its members */
		if (a->status == S_PRESENT && !member_post(a) && !board() &&
		    (a->prepost || (a->role != NOSTR && has_word(officerposts,
		    DER(a->role), strlen(DER(a->role))))))
			a->status = S_ATTEND;
		/* "Mr X (Chairman)" sent apologies: a post, not the chair */
		if (a->status == S_APOL || a->status == S_ABSENT)
			a->chair = 0;
	}
	tier_guests(bi, first);
	if (surnames(bi, first))
		return;
	/* A lone word with no honorific ("Viewer") is no one's name. */
	for (i = k = first; i < D.na; i++)
		if (D.at[i].hon != NOSTR || strchr(DER(D.at[i].name), ' '))
			D.at[k++] = D.at[i];
	D.na = k;
}

/* "Vice-Chairman: Cllr Y" in a list: a post, not a group label. */
static int
post_colon(const struct split *sp, size_t i)
{
	const char *s = sp->s + sp->a;
	size_t r, rn, ns;

	while (*s == ' ')
		s++;
	return role_first(s, sp->to - (s - sp->s), &r, &rn, &ns) &&
	    s + r + rn == sp->s + i;
}

/*
 * Splits s[from..to) of block bi into attendees.  Entries are parted
 * by ";", by "," and "and" where a name follows, and before an honorific
 * that follows a complete name ("Councillor A (X) Councillor B (Y)").
 * Text that is no entry (a group label "Applicants:") is left uncovered.
 */
void
split_list(int bi, size_t from, size_t to, int status, const char *defrole)
{
	struct split sp;
	size_t i, k, first = D.na;
	int st;

	memset(&sp, 0, sizeof sp);
	sp.s = TEXT(bi);
	/* "PRESENT: - A Bell, ...": a dash after the label leads no name */
	while (from < to && (sp.s[from] == ' ' || sp.s[from] == '-'))
		from++;
	if (to - from > 3 && memcmp(sp.s + from, "\xe2\x80\x93 ", 4) == 0)
		from += 4;
	sp.a = from;
	sp.to = to;
	sp.bi = bi;
	sp.status = status;
	sp.cur = -1;
	sp.pre = NOSTR;
	for (i = from; i <= to; i++) {
		if (i < sp.a && i < to)
			continue;	/* inside a separator just cut */
		/* "Mr F Fry In attendance: Mrs G Gee": the one before the
		 * label ends its list, the label leads the next */
		if (i < to && sp.depth <= 0 && sp.s[i] == ':' &&
		    (st = label_tail(sp.s + sp.a, i - sp.a, &k)) != S_NONE) {
			if (!take_part(&sp, sp.a + k))
				break;
			sp.status = st;
			sp.cur = -1;
			sp.a = i + 1;
			continue;
		}
		if (i < to && sp.depth <= 0 && sp.s[i] == ':' &&
		    !mu_caseprefix(sp.s + sp.a, "chair") &&
		    nwords(sp.s + sp.a, i - sp.a) <= 4 &&
		    !post_colon(&sp, i)) {
			sp.a = i + 1;	/* a group label: "Applicants:" */
			continue;
		}
		if (!cut_at(&sp, i, &k))
			continue;
		if (!take_part(&sp, i))
			break;		/* it ran into a sentence */
		if (i < to && sp.s[i] == ';')
			sp.cur = -1;
		sp.a = i + k;
	}
	finish_list(bi, first, defrole);
}
