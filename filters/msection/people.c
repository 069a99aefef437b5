/* people.c: names, honorifics and attendance lists. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

const char *honorifics[] = { "cllr", "cllr.", "cllrs", "cllrs.",
	"councillor", "councillors", "cclr", "county", "mr", "mr.", "mrs",
	"mrs.", "ms", "ms.", "miss", "dr", "dr.", "lord", "lady", "sir", "dame",
	"alderman", "prof", "prof.", "professor", "rev", "revd", "sgt",
	"insp", "pc", "pcso", "provost", "bailie", "depute", "cyng", "cyng.",
	"cynghorydd", NULL };
const char *postnominals[] = { "cc", "obe", "mbe", "cbe", "jp",
	"dl", "qpm", "kc", "qc", "mp", "bem", NULL };
/* Capitalised words that name a post or a body rather than a person. */
const char *rolewords[] = { "officer", "officers", "manager",
	"director", "executive", "commissioner", "clerk", "chief", "head",
	"leader", "planner", "assistant", "engineer", "solicitor", "secretary",
	"service", "services", "council", "police", "team", "office",
	"representative", "inspector", "constable", "chairman", "chair",
	"mayor", "deputy", "adviser", "advisor", "treasurer", "lead",
	"coordinator", "co-ordinator", "consultant", "analyst", "accountant",
	"lawyer", "committee", "support", "senior", "principal",
	"archaeologist", "administrator", "administrative", "legal",
	"finance", "panel", "authority", "borough", "district", "parish",
	"community", "democratic", "governance", "strategy", "performance",
	"policy", "research", "project", "partnership", "trust",
	"constabulary", "member", "members", "vice-chairman", "chairwoman",
	"ward", "public", "press", "observer", "elector", "electors",
	"minute", "minutes", "agenda", "item", "report", "meeting",
	"the", "this", "these", "there", "it", "of", "and", "for", "to", "on",
	"in", "at", "with", "by", "none", "nil", "no", "association",
	"residents", "society", "group", "forum", "network", "company", "ltd",
	"limited", "plc", "church", "school", "club", "union", "federation",
	"agency", "department", "directorate", "unit", "centre", "health",
	"environmental", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", NULL };
/* Words that name a post: a note with one is a role, not a reason. */
const char *postwords[] = { "clerk", "officer", "secretary", "treasurer",
	"manager", "director", "executive", "solicitor", "adviser", "advisor",
	"accountant", "administrator", "assistant", "engineer", "planner",
	"coordinator", "co-ordinator", "consultant", "rfo", "chairman",
	"chair", "chairwoman", "chairperson", "vice-chairman", "vice-chair",
	"mayor", "commissioner", "inspector", "constable", "sergeant",
	"pcso", "leader", "head", "deputy", "councillor", "representative",
	"warden", "provost", "convener", "convenor", "lieutenant", "chief",
	"monitoring", "democratic", "legal", "finance", "governance",
	"substitute", NULL };
/* Words of a reason for absence. */
static const char *reasonwords[] = { "holiday", "holidays", "illness",
	"ill", "unwell", "sick", "sickness", "work", "business", "personal",
	"family", "medical", "health", "bereavement", "leave", "away",
	"commitment", "commitments", "engagement", "childcare", "caring",
	"hospital", "isolating", "vacation", "abroad", "appointment", NULL };
const char *particles[] = { "de", "van", "von", "der", "la", "le",
	"du", "da", "di", "del", "st", NULL };

/*
 * Is s[0..n) one of the words of l, ignoring case?  Names are checked a
 * word at a time against lists of a hundred words, so each list gets a
 * small hash table the first time it is asked.
 */
#define SETSZ 512
struct wordset {
	const char *const *list;
	const char *slot[SETSZ];
};

static unsigned
hashw(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)tolower((unsigned char)*s++)) * 16777619u;
	return h & (SETSZ - 1);
}

static struct wordset *
wordset(const char *const *l)
{
	static struct wordset sets[24];
	static size_t nsets;
	struct wordset *w;
	size_t i;
	unsigned h;

	for (i = 0; i < nsets; i++)
		if (sets[i].list == l)
			return &sets[i];
	if (nsets == sizeof sets / sizeof sets[0])
		return NULL;
	w = &sets[nsets++];
	w->list = l;
	for (; *l; l++) {
		for (h = hashw(*l, strlen(*l)); w->slot[h]; h = (h + 1) &
		    (SETSZ - 1))
			;
		w->slot[h] = *l;
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
		if (mu_strncaseeq(w->slot[h], s, n) && w->slot[h][n] == '\0')
			return 1;
	return 0;
}

int
is_hon(const char *s, size_t n)
{
	return inlist(honorifics, s, n);
}

static int
is_post(const char *s, size_t n)
{
	while (n && (s[n - 1] == ',' || s[n - 1] == '.'))
		n--;
	return inlist(postnominals, s, n) && isupper((unsigned char)s[0]);
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
	return !inlist(rolewords, s, n - (s[n - 1] == '.'));
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
		if (is_hon(s + i, k) && words == 0)
			hon = 1;
		else if (words && is_post(s + i, k))
			;
		else if (!nametok(s + i, k))
			return 0;
		else
			words++;
		i += k;
	}
	return words >= 1 && words <= 6 && (hon || words >= 1);
}

/* Chair markers in brackets or after a name. */
static int
chair_mark(const char *s, size_t n)
{
	trim(&s, &n, "()");
	drop_word(&s, &n, "in");
	drop_word(&s, &n, "the");
	return (n == 5 && mu_strncaseeq(s, "chair", 5)) ||
	    (n == 8 && mu_strncaseeq(s, "chairman", 8)) ||
	    (n == 10 && mu_strncaseeq(s, "chairwoman", 10)) ||
	    (n == 11 && mu_strncaseeq(s, "chairperson", 11)) ||
	    (n == 8 && (mu_strncaseeq(s, "convener", 8) ||
	    mu_strncaseeq(s, "convenor", 8)));	/* Scottish bodies */
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
	if (up == n && n <= 4)		/* initials: "(AH)" */
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
	if (up == n && n <= 4)		/* initials: "(AH)" */
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
	else if (noteish(p, pl))
		;
	else if (erole.len == 0 && !orgish(p, pl))
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
		if (words == 0 && is_hon(s + i, k))
			addpart(&ehon, s + i, k, " ");
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
	if ((st = head_status(s + c, len - c)) != S_NONE) {
		a->status = st;
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
	size_t nn, skip, r, rn, ns, rest;

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
	if (role_first(s, n, &r, &rn, &ns)) {
		/* "the Clerk (Mrs Y)": the name in brackets, the post before */
		addpart(&erole, s + r, rn, " ");
		a->prepost = 1;
		if (s[ns - 1] == '(' && n > ns && s[n - 1] == ')')
			n--;
		s += ns;
		n -= ns;
	}
	nn = role_sep(s, n, &skip);
	p = s + nn + skip;
	rest = n - nn - skip;
	if (skip)
		row_cells(a, &p, &rest);
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
	size_t i = 0, k, e, w = 0;
	int sep = 0;		/* the separator: ',', ':', '(' or '-' */

	while (i < n && s[i] == ' ')
		i++;
	if (n > i + 4 && mu_strncaseeq(s + i, "the ", 4))
		i += 4;
	*r = i;
	if (!isupper((unsigned char)s[i]) || is_hon(s + i, mu_wordlen(s + i,
	    n - i)))
		return 0;
	for (e = i; i < n && w < 8; i += k + 1, w++) {
		k = mu_wordlen(s + i, n - i);
		if (k && (s[i + k - 1] == ',' || s[i + k - 1] == ':')) {
			e = i + k - 1;
			i = e + 1;
			sep = s[e];
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
	for (e = i; e < n && s[e] != ',' && s[e] != ';' && s[e] != '('; e++)
		;
	return lead_name(s + i, n - i) && (is_hon(s + i, k) || (k <= 2 &&
	    isupper((unsigned char)s[i])) || ((sep == '-' || sep == ':') &&
	    nwords(s + i, e - i) >= 2));
}

/*
 * The length of the name that s starts with, honorific first, when the
 * text runs on into a sentence ("Cllr Nuttall With the Chairman absent ...");
 * 0 unless there is an honorific and a name word.
 */
static size_t
name_len(const char *s, size_t n)
{
	size_t i = 0, k, end = 0;
	int hon = 0, words = 0;

	while (i < n) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		k = mu_wordlen(s + i, n - i);
		if (words == 0 && is_hon(s + i, k))
			hon = 1;
		else if (words && is_post(s + i, k))
			;
		else if (!nametok(s + i, k))
			break;
		else
			words++;
		i += k;
		end = i;
	}
	return hon && words ? end : 0;
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

/* Where a list of names in a sentence starts: after "... from". */
size_t
list_from(const char *s, size_t n)
{
	const char *p, *q;
	size_t lim = n < 160 ? n : 160;

	if ((p = ci_find(s, lim, "apolog")) == NULL)
		return 0;
	if ((q = ci_find(p, s + lim - p, "on behalf of ")) != NULL)
		return q + 13 - s;
	if ((q = ci_find(p, s + lim - p, "from ")) != NULL)
		return q + 5 - s;
	if ((q = ci_find(p, s + lim - p, "by ")) != NULL)
		return q + 3 - s;
	return 0;
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
		for (w = i; w > from && s[w - 1] != ' '; w--)
			;
		if (i - w >= 3 && !is_hon(s + w, i + 1 - w))
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

/* Is there a " - " or " – " dash in s: "Name – Role"? */
static int
has_dash(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 2 < n; i++)
		if (s[i] == ' ' && (s[i + 1] == '-' || ((unsigned char)s[i + 1]
		    == 0xe2 && i + 4 < n && (unsigned char)s[i + 2] == 0x80)))
			return 1;
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
	    part_has_name(s + a, i - a)))
		return *k = 1;
	return 0;
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
	} else if (ln || role_first(s, n, &r, &rn, &ns)) {
		new_att(sp->bi, sp->pre != NOSTR ? sp->pre : sp->a, i,
		    sp->status);
		sp->pre = NOSTR;
		sp->cur = D.na - 1;
		/* after "Name – Role" the commas go on with it */
		sp->role = has_dash(s, n);
	} else if (t) {
		/* "Cllr B Hale and 3 members of the public" */
		new_att(sp->bi, sp->a, sp->a + t, sp->status);
		sp->cur = -1;
		if (!lead_name(s + t, n - t) && !mu_caseprefix(s + t, " and "))
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
		if (a->hon != NOSTR && (mu_caseprefix(DER(a->hon), "cllrs") ||
		    mu_caseprefix(DER(a->hon), "councillors")))
			shared = a->hon;
		else if (a->hon == NOSTR && shared != NOSTR)
			a->hon = shared;
		if (a->role == NOSTR && defrole)
			a->role = mu_save(&D.der, defrole, strlen(defrole));
		/* "Present: ..., the Clerk (Mrs Y)": an officer attends */
		if (a->prepost && a->status == S_PRESENT && !member_post(a))
			a->status = S_ATTEND;
	}
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

	memset(&sp, 0, sizeof sp);
	sp.s = TEXT(bi);
	sp.a = from;
	sp.to = to;
	sp.bi = bi;
	sp.status = status;
	sp.cur = -1;
	sp.pre = NOSTR;
	for (i = from; i <= to; i++) {
		if (i < sp.a && i < to)
			continue;	/* inside a separator just cut */
		if (i < to && sp.depth <= 0 && sp.s[i] == ':' &&
		    !mu_caseprefix(sp.s + sp.a, "chair") &&
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
