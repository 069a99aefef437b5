/* decide.c: decisions: resolution keywords, decisions inside sentences. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

/*
 * The lexicon of decisions.  Each table names the forms of minutes it
 * serves; a new wording is a line here and a test in tests/2025.
 */

/* The verbs of a decision: "It was agreed", "Members resolved to",
 * "The Panel decided that", "Decided it was ...". */
static const char *verbs[] = { "agreed", "resolved", "decided", NULL };

/* The outcome of a proposal: "... seconded by Cllr B. Carried." */
static const char *outcomes[] = { "agreed", "resolved", "decided",
	"carried", "decision", "agreement", "resolution", NULL };

/*
 * Who decides when the meeting does: "The Council agreed", "Members
 * resolved", "the House agreed to", "The councillors agreed that".  A
 * word ending ".Council" ("P.Council") counts by its last part.  A person
 * ("Cllr X agreed to ...") or an officer ("The PCC agreed to ...") is not
 * the meeting: what they agree to do is an action.
 */
static const char *bodies[] = { "council", "committee", "sub-committee",
	"subcommittee", "panel", "board", "cabinet", "members", "councillors",
	"meeting", "house", "authority", "forum", "assembly", "trustees",
	"governors", "executive", "commission", "partnership", "everyone",
	NULL };

/* Words between who decided and the verb: "Members unanimously agreed". */
static const char *adverbs[] = { "unanimously", "also", "then", "therefore",
	"further", "subsequently", "duly", "formally", "jointly", "all",
	"finally", NULL };

/*
 * What follows a bare "It was agreed" or a sentence-initial "Decided"
 * when it is no decided clause: "Agreed by Borough Council", "agreed
 * with the amendment".
 */
static const char *notclause[] = { "by", "with", "at", "in", "on", "upon",
	"for", "as", "and", "or", "but", "proposed", "seconded", NULL };

/*
 * Verbs that report what someone said: a decision after "The Clerk
 * reported that ..." is news of another body's, not the meeting's.
 */
static const char *reporting[] = { "reported", "explained", "advised",
	"informed", "said", "stated", "confirmed", "announced", "told",
	"mentioned", "understood", "heard", "learned", "learnt", "noted",
	"suggested", "asked", NULL };

/* A passive decision's subject that says nothing alone: "These were agreed". */
static const char *pronouns[] = { "it", "this", "these", "they", "that",
	"those", "he", "she", "which", "who", "there", "what", NULL };

/* After "That" at a paragraph's start: a sentence, not a decision. */
static const char *notthat[] = { "is", "was", "were", "would", "will",
	"being", "said", "has", "had", NULL };

/* A motion named as the subject of its outcome: "The amendment was
 * carried", "The substantive motion was agreed". */
static const char *motions[] = { "motion", "amendment", "proposal",
	"recommendation", "resolution", NULL };
static const char *motionadj[] = { "amended", "substantive", "original",
	"revised", "above", NULL };
static const char *passed[] = { "carried", "agreed", "resolved", "approved",
	"adopted", "passed", NULL };
static const char *waswere[] = { "was", "were", NULL };

/* Abbreviations whose full stop ends no sentence ("Cllr. Clarke"). */
static const char *abbrevs[] = { "no", "nos", "st", "vs", "etc", "approx",
	"ref", "para", "min", "cf", "inc", "ltd", NULL };

static void motion_part(int j);

/*
 * "Council approved ... Resolved.": the paragraph before was decided; of
 * a proposal in it, the motion (motion_part).  Returns 1 when it was.
 */
int
resolved_after(int bi)
{
	int j;

	for (j = bi - 1; j >= 0; j--) {
		if (D.b[j].kind == K_ARTIFACT)
			continue;
		if (D.b[j].role != R_PROSE || D.b[j].kind != K_PARA ||
		    D.b[j].item != D.b[bi].item)
			return 0;
		D.b[j].role = R_RES;
		motion_part(j);
		return 1;
	}
	return 0;
}

/* Fast tests for the scans that run over every paragraph (ASCII). */
#define ALNUM(c) (((unsigned)(c) | 0x20) - 'a' < 26 || (unsigned)(c) - '0' < 10)
#define ALPHA(c) (((unsigned)(c) | 0x20) - 'a' < 26)
#define STOPC(c) ((c) == '.' || (c) == '|' || (c) == '!' || (c) == '?')

static int
in_table(const char *const *l, const char *s, size_t n)
{
	return n > 0 && inlist(l, s, n);
}

/*
 * Does a sentence end at s[i]?  ". " (or "! ", "? ", a table bar " | ")
 * then a capital or a digit; not after an initial ("J. Smith"), an
 * honorific ("Cllr. Clarke"), an abbreviation ("No. 4"), nor inside a
 * sum split by extraction ("£592. 46").
 */
static int
is_stop(const char *s, size_t i, size_t n)
{
	size_t w;
	unsigned char c;

	if (s[i] == '|')
		return 1;
	if ((s[i] != '.' && s[i] != '!' && s[i] != '?') || i + 2 >= n ||
	    s[i + 1] != ' ')
		return 0;
	c = s[i + 2];
	if (!isalnum(c) && c != '(' && c != '"' && c < 0x80)
		return 0;
	if (islower(c) && !(i + 3 < n && s[i + 3] == ')'))
		return 0;		/* but ". b) Next part" */
	for (w = i; w > 0 && s[w - 1] != ' ' && s[w - 1] != '('; w--)
		;
	if (i - w <= 1 || (i - w == 2 && isupper((unsigned char)s[w]) &&
	    !isupper((unsigned char)s[w + 1])))
		return 0;		/* "J. Smith", "Mr. Berry" */
	if (is_hon(s + w, i - w) || in_table(abbrevs, s + w, i - w))
		return 0;
	if (isdigit((unsigned char)s[i - 1]) && isdigit(c))
		return 0;
	return 1;
}

/*
 * The longest sentence read: past it a decision is cut, so that a text
 * without full stops (a flattened table) is read in linear time.
 */
#define MAXSENT 4000

/* The end of the sentence from s[from]: its full stop, or n. */
static size_t
sentence_end(const char *s, size_t from, size_t n)
{
	size_t i;

	if (n - from > MAXSENT)
		n = from + MAXSENT;
	for (i = from; i < n; i++)
		if (STOPC(s[i]) && is_stop(s, i, n))
			return s[i] == '|' ? i : i + 1;
	return n;
}

/* The start of the sentence that holds s[at], not before lo. */
static size_t
sentence_start(const char *s, size_t lo, size_t at, size_t n)
{
	size_t i;

	if (at - lo > MAXSENT)
		lo = at - MAXSENT;
	for (i = at; i > lo; i--)
		if (STOPC(s[i - 1]) && is_stop(s, i - 1, n))
			break;
	while (i < at && s[i] == ' ')
		i++;
	return i;
}

/* The word that ends right before s[at] (spaces skipped): *w its start. */
static size_t
word_before(const char *s, size_t lo, size_t at, size_t *w)
{
	size_t e = at, b;

	while (e > lo && s[e - 1] == ' ')
		e--;
	for (b = e; b > lo && s[b - 1] != ' '; b--)
		;
	*w = b;
	return e - b;
}

/* A body that decides, "P.Council" by its last part, "the" left out. */
static int
is_body(const char *s, size_t n)
{
	const char *d;

	while (n && strchr(",;:", s[n - 1]))
		n--;
	if ((d = memchr(s, '.', n)) != NULL && (size_t)(d - s) + 1 < n) {
		n -= d + 1 - s;
		s = d + 1;
	}
	return in_table(bodies, s, n);
}

/* Past the marks between a label and its text: ": ", " - ", "/- ", " – ". */
static size_t
skip_seps(const char *s, size_t v, size_t n)
{
	for (;;) {
		while (v < n && strchr(" :-/", s[v]))
			v++;
		if (v + 2 < n && (unsigned char)s[v] == 0xe2 &&
		    (unsigned char)s[v + 1] == 0x80 &&
		    ((unsigned char)s[v + 2] == 0x93 ||
		    (unsigned char)s[v + 2] == 0x94))
			v += 3;
		else
			return v;
	}
}

/*
 * After the verb at s[v]: where the decided clause starts ("that ...",
 * "to ...", ", that ...", ": ..."), or NOSTR.  With bare set, a clause
 * with no "that" counts too ("It was agreed further work be done").
 */
static size_t
clause_after(const char *s, size_t v, size_t n, int bare)
{
	const char *t;
	size_t k, c;
	int colon;

	while (v < n && (s[v] == ' ' || s[v] == ','))
		v++;
	/* "agreed unanimously that": the adverb; "Agreed unanimously.": none */
	if ((k = bare_word(s + v, n - v)) == 11 && mu_strncaseeq(s + v,
	    "unanimously", 11))
		for (v += k; v < n && (s[v] == ' ' || s[v] == ','); v++)
			;
	c = v;
	if (mu_caseprefix(s + v, "as follows"))
		v += 10;
	v = skip_seps(s, v, n);
	colon = memchr(s + c, ':', v - c) != NULL;
	/* "The Panel agreed:" then its parts, "AGREED: (a) that ..." */
	if (v >= n)
		return colon ? n : NOSTR;
	if (colon && (s[v] == '(' || (v + 2 < n && isalnum((unsigned char)
	    s[v]) && (s[v + 1] == '.' || s[v + 1] == ')') && s[v + 2] == ' ')))
		return v;
	k = bare_word(s + v, n - v);
	/* "It was agreed by all present that ...": who agreed, then the clause */
	if (k == 2 && mu_strncaseeq(s + v, "by", 2) && (t = ci_find(s + v,
	    n - v < 40 ? n - v : 40, "that ")) != NULL && memchr(s + v, '.',
	    t - s - v) == NULL)
		return t - s;
	/* "It was agreed that:" then its parts, as "agreed:" */
	if (k == 4 && mu_strncaseeq(s + v, "that", 4) && v + 4 < n &&
	    s[v + 4] == ':' && skip_seps(s, v + 4, n) >= n)
		return n;
	if ((k == 4 && mu_strncaseeq(s + v, "that", 4)) || (k == 2 &&
	    mu_strncaseeq(s + v, "to", 2)) || (k == 3 &&
	    mu_strncaseeq(s + v, "not", 3)))
		return v;
	if (!bare || k == 0 || !isalpha((unsigned char)s[v]) ||
	    in_table(notclause, s + v, k))
		return NOSTR;
	return v;
}

/* Does s[a..b) hold "reported that", "explained that" ...? */
static int
reported(const char *s, size_t a, size_t b)
{
	size_t k, j;

	for (; a < b; a += k + 1) {
		k = mu_wordlen(s + a, b - a);
		if (!in_table(reporting, s + a, k))
			continue;
		for (j = a + k; j < b && s[j] == ' '; j++)
			;
		if (j + 4 <= b && mu_strncaseeq(s + j, "that", 4))
			return 1;
	}
	return 0;
}

/*
 * The decided clause after the verb at s[v] (with "that", "to", or
 * none: "agreed the hall should close"), or, where the verb takes an
 * object ("The Committee agreed the minutes as a true record"), the
 * whole sentence from s[ss], as for a passive.
 */
static size_t
clause_or_object(const char *s, size_t ss, size_t v, size_t n)
{
	static const char *det[] = { "the", "a", "an", "this", "these", "its",
		"their", "all", "both", NULL };
	size_t c = clause_after(s, v, n, 0), e;

	if (c != NOSTR || v + 1 >= n || s[v] != ' ' || !in_table(det, s + v +
	    1, bare_word(s + v + 1, n - v - 1)))
		return c;
	/* "agreed the hall should close": a clause with no "that" */
	e = sentence_end(s, v, n);
	return sentence_like(s + v + 1, e - v - 1) ? v + 1 : ss;
}

/*
 * Is the verb at s[p..v) a decision of the meeting?  "It was agreed
 * (that|to)", "<body> agreed (that|to)", "... and agreed that" where the
 * sentence's subject is the meeting, a sentence that starts "Agreed to"
 * or "Decided".  *ps gets where the phrase starts, *cs the clause.
 */
static int
phrase_at(const char *s, size_t lo, size_t p, size_t v, size_t n,
    size_t *ps, size_t *cs)
{
	size_t k, w, w0, k0, ss = sentence_start(s, lo, p, n), f;

	if (reported(s, ss, p))
		return 0;	/* "The Clerk reported that the Council agreed" */

	/* "Unanimously AGREED to", "No comments and AGREED to": the
	 * minutes mark the decision by their capitals, whoever the subject. */
	if (isupper((unsigned char)s[p]) && isupper((unsigned char)s[p + 1])) {
		*ps = p;	/* "RESOLVED/- That ...": a label run in */
		return (*cs = clause_or_object(s, ss, v, n)) != NOSTR;
	}
	for (k = word_before(s, ss, p, &w); k && in_table(adverbs, s + w, k);)
		k = word_before(s, ss, w, &w);
	if (k == 0) {			/* "Agreed to write ...", "Decided it ..." */
		if (!isupper((unsigned char)s[p]))
			return 0;
		*ps = p;
		return (*cs = clause_after(s, v, n, 1)) != NOSTR;
	}
	*ps = w;
	k0 = word_before(s, ss, w, &w0);
	if (k == 3 && mu_strncaseeq(s + w, "was", 3) && k0 == 2 &&
	    mu_strncaseeq(s + w0, "it", 2)) {
		*ps = w0;
		return (*cs = clause_after(s, v, n, 1)) != NOSTR;
	}
	if (k == 3 && mu_strncaseeq(s + w, "and", 3)) {
		/* The subject of the sentence decides: "Members ... and agreed" */
		f = ss;
		k0 = bare_word(s + f, n - f);
		if (k0 == 3 && mu_strncaseeq(s + f, "the", 3))
			f += 4, k0 = bare_word(s + f, n - f);
		if (!is_body(s + f, k0) && !(k0 == 2 && mu_strncaseeq(s + f,
		    "it was ", 7)))
			return 0;	/* "It was noted and agreed that" */
	} else if (!is_body(s + w, k))
		return 0;
	return (*cs = clause_or_object(s, ss, v, n)) != NOSTR;
}

/*
 * The next word of the table l in s[from..to): its start, or NOSTR; one
 * pass, so that a long paragraph is read in time linear in its length.
 */
static size_t
next_verb(const char *s, size_t from, size_t to, const char *const *l,
    size_t *len)
{
	const char *const *w;
	size_t i = from, k;
	unsigned first = 0;
	int c;

	for (w = l; *w; w++)		/* the first letters, as a bit set */
		first |= 1u << ((*w)[0] - 'a');

	if (i > 0 && ALNUM((unsigned char)s[i - 1]))
		while (i < to && ALNUM((unsigned char)s[i]))
			i++;		/* from inside a word: the next one */
	while (i < to) {
		while (i < to && !ALPHA((unsigned char)s[i]))
			i++;
		c = (unsigned char)s[i] | 0x20;
		if (i < to && ((first >> (c - 'a')) & 1) == 0)
			c = 0;		/* no word of l starts so */
		for (w = l; c && *w; w++) {
			if ((*w)[0] != c || i + 1 >= to || (*w)[1] !=
			    ((unsigned char)s[i + 1] | 0x20))
				continue;	/* two letters before the rest */
			k = strlen(*w);
			if (i + k <= to &&
			    mu_strncaseeq(s + i, *w, k) &&
			    !isalnum((unsigned char)s[i + k])) {
				*len = k;
				return i;
			}
		}
		while (i < to && ALNUM((unsigned char)s[i]))
			i++;
	}
	return NOSTR;
}

/*
 * Where the decided clause from s[cs] ends: its sentence's end, or where
 * the next decision of the same sentence starts ("... and it was agreed
 * that ..."), or a vote run on after a comma (", Resolved, proposed").
 */
static size_t
clause_end(const char *s, size_t lo, size_t cs, size_t n)
{
	size_t e = sentence_end(s, cs, n), q, k, ps, c2, w;
	const char *const *p;

	/* ", and he offered to ...": a clause with a subject of its own */
	for (q = cs; q + 6 < e; q++) {
		if (s[q] != ',' || !mu_caseprefix(s + q, ", and "))
			continue;
		k = bare_word(s + q + 6, e - q - 6);
		for (p = pronouns; *p; p++)
			if (strlen(*p) == k && mu_strncaseeq(s + q + 6, *p, k))
				return q;
	}
	for (q = cs; (q = next_verb(s, q, e, verbs, &k)) != NOSTR; q += k) {
		if (q >= 2 && s[q - 2] == ',' && isupper((unsigned char)s[q]))
			return q - 2;	/* ", Resolved, proposed ..." */
		if (phrase_at(s, lo, q, q + k, n, &ps, &c2) && ps > cs &&
		    c2 > cs) {
			if (word_before(s, cs, ps, &w) == 3 &&
			    mu_strncaseeq(s + w, "and", 3))
				ps = w;
			return ps;
		}
	}
	return e;
}

/* Does s[a..b) hold a proposal ("proposed", "Proposal", "seconded")? */
static int
proposal_in(const char *s, size_t a, size_t b)
{
	return b > a && (ci_find(s + a, b - a, "propos") ||
	    ci_find(s + a, b - a, "seconded"));
}

/*
 * "Resolved, proposed Cllr A, seconded Cllr B", "Seconded by Cllr B": a
 * vote that names no motion.
 */
static int
bare_vote(const char *s, size_t a, size_t b)
{
	size_t k = b - a;

	if (mu_caseprefix(s + a, "resolved")) {
		a += 8;
		while (a < b && (s[a] == ',' || s[a] == ' ' || s[a] == '-'))
			a++;
		k = b - a;
	}
	return k > 9 && (mu_caseprefix(s + a, "proposed ") ||
	    mu_caseprefix(s + a, "seconded ") ||
	    mu_caseprefix(s + a, "proposed: ") ||	/* "Proposed: Cllr A" */
	    mu_caseprefix(s + a, "proposer: ")) &&
	    !ci_find(s + a, k, "that") && !ci_find(s + a, k, "be ");
}

/*
 * A proposal with its outcome: "It was proposed by A and seconded by B
 * that X - unanimously agreed", "A proposed the Minutes be accepted
 * seconded by B - Agreed", "Proposal (A), seconded (B) that X. Agreed
 * unanimously."  The decided part is the clause after "that" (or after
 * "proposed" when it holds "be"), else the whole sentence ("A proposed
 * and B seconded payment of X and the meeting unanimously agreed").
 */
static int
proposal_span(const char *s, size_t a, size_t e, size_t *rs, size_t *re)
{
	const char *p, *t;
	size_t c, k, x;

	if ((p = ci_find(s + a, e - a, "propos")) == NULL)
		p = ci_find(s + a, e - a, "seconded");
	t = ci_find(p, e - (p - s), "that ");
	if (t == NULL && mu_caseprefix(p, "proposed ") &&
	    ci_find(p, e - (p - s), "be "))
		t = p + 9;
	if (t != NULL && (size_t)(t - s) < e) {
		c = t - s;
		for (x = c; x < e; x++)
			if ((s[x] == ' ' && (mu_caseprefix(s + x + 1,
			    "seconded") || mu_caseprefix(s + x + 1, "- ") ||
			    mu_caseprefix(s + x + 1, "\xe2\x80\x93 "))) ||
			    (s[x] == ',' && mu_caseprefix(s + x + 1,
			    " seconded")))
				break;
		*rs = c;
		*re = x;
		return 1;
	}
	/* The whole sentence, its "Proposal:" label left out. */
	k = bare_word(s + a, e - a);
	if (a + k < e && s[a + k] == ':')
		for (a += k + 1; a < e && s[a] == ' '; a++)
			;
	*rs = a;
	*re = e;
	return 1;
}

/*
 * Only adverbs before the outcome in its sentence: "Unanimously agreed.",
 * "Motion carried.", "- Agreed".
 */
static int
lead_only(const char *s, size_t a, size_t b)
{
	/* "This was agreed unanimously.", "The proposal was carried.": the
	 * proposal named, not a new subject */
	static const char *named[] = { "motion", "this", "the", "proposal",
		"was", NULL };
	size_t k;

	for (; a < b; a += k + 1) {
		k = mu_wordlen(s + a, b - a);
		if (k > 1 && !in_table(adverbs, s + a, bare_word(s + a, k)) &&
		    !in_table(named, s + a, bare_word(s + a, k)))
			return 0;
	}
	return 1;
}

/*
 * "Cllr A proposed that the fee be £5." then "Seconded Cllr B. Carried.":
 * of a paragraph decided by the one after it, the motion of its last
 * proposal is the decided part ("the fee be £5"); with none, all of it.
 */
static void
motion_part(int j)
{
	const char *s = TEXT(j);
	size_t n = D.b[j].len, a, e, last = NOSTR, rs, re;

	for (a = 0; a < n; a = e) {
		e = sentence_end(s, a, n);
		if (proposal_in(s, a, e))
			last = a;
		while (e < n && s[e] == ' ')
			e++;
		if (e <= a)
			break;
	}
	if (last == NOSTR)
		return;
	proposal_span(s, last, sentence_end(s, last, n), &rs, &re);
	D.b[j].rs = rs;
	D.b[j].re = re;
}

/*
 * "Carried.", "Agreed unanimously.", "Seconded by Cllr B. Motion
 * carried.": a paragraph that only gives the outcome of the proposal in
 * the paragraph before, which had none.
 */
int
outcome_alone(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, a = 0, e, p, k;
	int j;

	if (n > 120)
		return 0;
	if (mu_caseprefix(s, "seconded")) {
		a = sentence_end(s, 0, n);
		while (a < n && s[a] == ' ')
			a++;
	}
	e = sentence_end(s, a, n);
	if (a >= n || (p = next_verb(s, a, e, outcomes, &k)) == NOSTR ||
	    !lead_only(s, a, p) || sentence_end(s, e, n) < n)
		return 0;
	for (j = i - 1; j >= 0 && D.b[j].kind == K_ARTIFACT; j--)
		;
	if (j < 0 || !proposal_in(TEXT(j), 0, D.b[j].len) ||
	    next_verb(TEXT(j), 0, D.b[j].len, outcomes, &k) != NOSTR)
		return 0;
	return resolved_after(i);
}

/*
 * The outcome word at s[p] closes a proposal: in its own sentence, or
 * in a short sentence after it ("... that X. Agreed unanimously.").
 * *ps, *pe get the proposal's sentence.  A proposal that began before lo
 * was read already.
 */
static int
proposal_at(const char *s, size_t lo, size_t p, size_t n, size_t *ps,
    size_t *pe)
{
	size_t ss = sentence_start(s, 0, p, n), se = sentence_end(s, p, n);

	if (proposal_in(s, ss, p)) {
		*ps = ss;
		*pe = se;
	} else if (ss > 0 && lead_only(s, ss, p)) {
		*pe = ss;
		while (*pe > 0 && s[*pe - 1] == ' ')
			(*pe)--;
		*ps = sentence_start(s, 0, *pe - 1, n);
		if (!proposal_in(s, *ps, *pe))
			return 0;
	} else
		return 0;
	return *ps >= lo;
}

/*
 * "The minutes of the meeting held on 5 May were agreed as a true
 * record": a decision in the passive; the whole sentence is decided.
 * Not "These were agreed" (a pronoun says nothing alone), not "which
 * was agreed in January" (a clause about an earlier decision).
 */
static int
passive_at(const char *s, size_t lo, size_t p, size_t v, size_t n,
    size_t *rs, size_t *re)
{
	size_t ss = sentence_start(s, lo, p, n), k, w, w0;

	for (k = word_before(s, ss, p, &w); k && in_table(adverbs, s + w, k);)
		k = word_before(s, ss, w, &w);
	if (!((k == 3 && mu_strncaseeq(s + w, "was", 3)) || (k == 4 &&
	    mu_strncaseeq(s + w, "were", 4))) || reported(s, ss, p))
		return 0;
	if (word_before(s, ss, w, &w0) == 0 || in_table(pronouns, s + w0,
	    w - 1 - w0) || in_table(pronouns, s + ss, bare_word(s + ss, n - ss)))
		return 0;
	k = bare_word(s + v + 1, n - v - 1);
	if (v < n && s[v] == ' ' && ((k == 2 && mu_strncaseeq(s + v + 1, "to",
	    2)) || (k == 4 && mu_strncaseeq(s + v + 1, "that", 4))))
		return 0;
	*rs = ss;
	*re = clause_end(s, lo, v, n);
	return 1;
}

/*
 * "... to hold a litter pick - everyone was in agreement", "All were in
 * agreement that ...": the meeting agreed; the whole sentence is kept.
 */
static int
agreement_at(const char *s, size_t lo, size_t p, size_t n, size_t *rs,
    size_t *re)
{
	static const char *who[] = { "all", "everyone", "everybody", NULL };
	size_t ss = sentence_start(s, lo, p, n), k, w;

	if (word_before(s, ss, p, &w) != 2 || !mu_strncaseeq(s + w, "in", 2))
		return 0;
	k = word_before(s, ss, w, &w);
	if (!((k == 3 && mu_strncaseeq(s + w, "was", 3)) || (k == 4 &&
	    mu_strncaseeq(s + w, "were", 4))))
		return 0;
	k = word_before(s, ss, w, &w);
	if (!in_table(who, s + w, k) && !is_body(s + w, k))
		return 0;
	*rs = ss;
	*re = sentence_end(s, p, n);
	return 1;
}

/*
 * "Additional documents: Decision: That the report be noted." A web
 * page's "Decision:" field run into the text; the field also holds what
 * was only reported ("Decision: There were no declarations."), so only
 * a decision's own wording after it counts: "That ...", "To ...".  So
 * too the word (k bytes at p) of other labels of a decision, capitalised:
 * "Resolution: That ...", "Resolution 24/07: To ...", "CARRIED: that
 * ..." (not "Carried: 8 for", a vote).
 */
static int
decision_label(const char *s, size_t p, size_t k, size_t n, size_t *rs,
    size_t *re)
{
	size_t v = p + k;

	if (!isupper((unsigned char)s[p]) || v >= n)
		return 0;
	/* "Resolution 24/07:": the colon ends the reference after it */
	if (s[v] == ' ' && v + 1 < n && isdigit((unsigned char)s[v + 1]))
		v += mu_wordlen(s + v + 1, n - v - 1);
	if (v >= n || s[v] != ':')
		return 0;
	v = skip_seps(s, v, n);
	k = bare_word(s + v, n - v);
	if (!((k == 4 && mu_strncaseeq(s + v, "that", 4)) || (k == 2 &&
	    mu_strncaseeq(s + v, "to", 2))))
		return 0;
	*rs = v;
	*re = sentence_end(s, v, n);
	return 1;
}

/*
 * The next decision in s[from..n) stated in a sentence: *rs, *re get
 * the decided part.  Returns 0 when there is none.
 */
int
decision_in(const char *s, size_t n, size_t from, size_t *rs, size_t *re)
{
	size_t p, k, ps, pe, cs;
	int carried;

	for (p = from; (p = next_verb(s, p, n, outcomes, &k)) != NOSTR;
	    p += k) {
		if ((k == 8 && mu_strncaseeq(s + p, "decision", 8)) ||
		    (k == 10 && mu_strncaseeq(s + p, "resolution", 10))) {
			if (decision_label(s, p, k, n, rs, re))
				return 1;
			continue;
		}
		if (k == 9 && agreement_at(s, from, p, n, rs, re))
			return 1;
		carried = mu_caseprefix(s + p, "carried");
		if (carried && decision_label(s, p, k, n, rs, re))
			return 1;
		if (!carried && phrase_at(s, from, p, p + k, n, &ps, &cs)) {
			*rs = cs;
			*re = clause_end(s, from, cs, n);
			return 1;
		}
		if (proposal_at(s, from, p, n, &ps, &pe)) {
			if (bare_vote(s, ps, pe))
				continue;	/* the motion stands before */
			return proposal_span(s, ps, pe, rs, re);
		}
		if (carried)
			continue;	/* "carried" closes a proposal only */
		if (passive_at(s, from, p, p + k, n, rs, re) &&
		    !proposal_in(s, *rs, *re))
			return 1;
	}
	return 0;
}

/*
 * "Resolved, proposed Cllr A, seconded Cllr B. Unanimously agreed." at
 * the start of a block: the vote decides the motion written before it.
 */
int
vote_first(int i)
{
	const char *s = TEXT(i);
	size_t n = D.b[i].len, e, f, k;

	if (!mu_caseprefix(s, "resolved") && !mu_caseprefix(s, "proposed"))
		return 0;
	if (!bare_vote(s, 0, e = sentence_end(s, 0, n)))
		return 0;
	f = e;
	while (f < n && s[f] == ' ')
		f++;
	/* Its outcome: in the sentence, or the next one; "all in favour" */
	if (next_verb(s, 0, e, outcomes, &k) == NOSTR &&
	    next_verb(s, f, sentence_end(s, f, n), outcomes, &k) == NOSTR &&
	    !ci_find(s, n, "in favour") && !ci_find(s, n, "nem con") &&
	    !ci_find(s, n, "unanimous"))
		return 0;
	resolved_after(i);
	return 1;
}

/* The word of table l at s[*i] (n bytes): steps past it and its blank. */
static int
word_of(const char *s, size_t n, size_t *i, const char *const *l)
{
	size_t k = mu_wordlen(s + *i, n - *i);

	if (k == 0 || !in_table(l, s + *i, bare_word(s + *i, k)))
		return 0;
	*i += k;
	while (*i < n && s[*i] == ' ')
		(*i)++;
	return 1;
}

/* Bytes of an opening quote at s ("“", "‘", a straight one), or 0. */
static size_t
open_quote(const char *s, size_t n)
{
	if (n >= 3 && (!memcmp(s, "\xe2\x80\x9c", 3) ||
	    !memcmp(s, "\xe2\x80\x98", 3)))
		return 3;
	return n >= 1 && (s[0] == '"' || s[0] == '\'') ? 1 : 0;
}

/* Where the text in a quote ends in s[0..n): before the closing quote
 * and the stop beside it ('... 2019."', '... 2019".'). */
static size_t
close_quote(const char *s, size_t n)
{
	if (n && s[n - 1] == '.')
		n--;
	if (n >= 3 && (!memcmp(s + n - 3, "\xe2\x80\x9d", 3) ||
	    !memcmp(s + n - 3, "\xe2\x80\x99", 3)))
		n -= 3;
	else if (n && (s[n - 1] == '"' || s[n - 1] == '\''))
		n--;
	else
		return NOSTR;
	while (n && (s[n - 1] == '.' || s[n - 1] == ' '))
		n--;
	return n;
}

/*
 * "Cllr A moved an amendment:" / "“To retain the verge.”" / "The
 * amendment was carried, proposed Cllr A ...": an outcome whose subject
 * is the motion decides the motion quoted in a paragraph of its own just
 * before it in the item (at most three paragraphs back); that paragraph,
 * within its quotes, is the resolution and the outcome stays prose.
 * Returns 1 when it found one.
 */
int
motion_outcome(int i)
{
	const char *s = TEXT(i), *t;
	size_t n = D.b[i].len, p = 0, q, e, k;
	int j, back = 0;

	if (!mu_caseprefix(s, "the "))
		return 0;
	p = 4;
	word_of(s, n, &p, motionadj);
	if (!word_of(s, n, &p, motions) || !word_of(s, n, &p, waswere))
		return 0;
	while (word_of(s, n, &p, adverbs))
		;
	if (!word_of(s, n, &p, passed))
		return 0;
	for (j = i - 1; j >= 0 && back < 3; j--) {
		if (D.b[j].kind == K_ARTIFACT)
			continue;
		if (D.b[j].item != D.b[i].item || D.b[j].role != R_PROSE ||
		    D.b[j].kind != K_PARA)
			return 0;
		back++;
		t = TEXT(j);
		e = D.b[j].len;
		if ((q = open_quote(t, e)) == 0 || (k = close_quote(t, e)) ==
		    NOSTR || k <= q)
			continue;
		D.b[j].role = R_RES;
		D.b[j].rs = q;
		D.b[j].re = k;
		D.b[i].decides = j + 1;
		return 1;
	}
	return 0;
}

/*
 * "Council resolved to support the application and ...", "It was agreed
 * that ...", "Agreed to write to ...", "The minutes were agreed as a true
 * record", "proposed by A, seconded by B that X - agreed": a decision
 * inside a paragraph.  The block keeps the first; emit.c finds the rest.
 * Returns 1, 2 when the decision's parts follow in the blocks below
 * ("The Panel agreed:"), or 0.
 */
int
inline_resolution(int i)
{
	size_t rs, re;

	if (!decision_in(TEXT(i), D.b[i].len, 0, &rs, &re))
		return 0;
	if (rs >= re)
		return 2;	/* "The Panel agreed:" its parts below */
	D.b[i].role = R_RES;
	D.b[i].inl = 1;
	D.b[i].rs = rs;
	D.b[i].re = re;
	return 1;
}

/*
 * What a web page's "Decision:" field holds when nothing was decided:
 * "There were no declarations.", "No questions were received.", "None."
 */
int
no_decision(const char *s, size_t n)
{
	static const char *lead[] = { "there", "no", "none", "nil", NULL };
	size_t k = bare_word(s, n);

	return in_table(lead, s, k);
}

/*
 * "Resolved (7:7 and on the Chair's casting vote) – that X": a note of
 * the vote between the label and the decision.  Returns where the
 * decision starts in s, or 0 when s opens with no such note.
 */
size_t
note_before(const char *s, size_t n)
{
	const char *q;
	size_t v, k;

	if (n < 8 || s[0] != '(' || (q = memchr(s, ')', n)) == NULL ||
	    memchr(s, ' ', q - s) == NULL)
		return 0;		/* "(1) that X; (2) that Y": parts */
	v = skip_seps(s, q + 1 - s, n);
	k = bare_word(s + v, n - v);
	return k == 4 && mu_strncaseeq(s + v, "that", 4) ? v : 0;
}

/*
 * "That the report be noted.": a decision in its formal form standing
 * alone, its RESOLVED label lost in extraction.  A "That" clause with
 * "be" in its sentence; not "That said, ..." nor "That was ...".
 */
int
lost_label(const char *s, size_t n)
{
	size_t e;

	if (n < 12 || !(strncmp(s, "That ", 5) == 0 || strncmp(s, "THAT ",
	    5) == 0) || !isalpha((unsigned char)s[5]))
		return 0;
	e = sentence_end(s, 5, n);
	return ci_find(s + 5, e - 5, "be ") != NULL &&
	    !in_table(notthat, s + 5, bare_word(s + 5, n - 5));
}

/*
 * "DECIDED: that ...", "Decided:-" then its parts: the Scottish label of
 * a decision at a paragraph's start.  Returns its length with the marks
 * after it, or 0 ("Decided it was ..." is a sentence, read elsewhere).
 */
size_t
decided_label(const char *s, size_t n)
{
	size_t v, i;

	if (n < 7 || (strncmp(s, "DECIDED", 7) != 0 && strncmp(s, "Decided",
	    7) != 0))
		return 0;
	if (n == 7)
		return 7;
	v = skip_seps(s, 7, n);
	for (i = 7; i < v && s[i] == ' '; i++)
		;
	return i < v ? v : 0;
}

int
is_res_key(int y)
{
	/* "MOVED that ..." is a motion: what became of it is written after. */
	return y >= Y_RESOLVED && y < Y_MOVED;
}

/* Verbs of coming and going: "Cllr Moss left the meeting." */
static const char *moving[] = { "left", "arrived", "joined", "entered",
	"returned", "withdrew", "rejoined", NULL };

/*
 * A sentence at s (n bytes) that opens another field than the decision
 * before it: a label of one or two words and a colon ("Action: Clerk to
 * write", "Proposer: Cllr A"), or a member coming or going ("Cllr Moss
 * left the meeting.").
 */
static int
new_field(const char *s, size_t n)
{
	size_t i = 0, k;
	int w;

	for (w = 0; w < 2 && i < n && isupper((unsigned char)s[i]); w++) {
		k = mu_wordlen(s + i, n - i);
		if (k > 1 && s[i + k - 1] == ':')
			return 1;
		i += k + 1;
	}
	if (!is_hon(s, mu_wordlen(s, n)))
		return 0;
	for (i = 0, w = 0; i < n && w < 5; w++) {
		k = mu_wordlen(s + i, n - i);
		if (in_table(moving, s + i, bare_word(s + i, k)))
			return 1;
		i += k + 1;
	}
	return 0;
}

/*
 * "RESOLVED that the quote be accepted. For 4, Against 0, Abstentions 1."
 * The vote after the decision is prose, not part of it; so is a sentence
 * that opens another field (new_field).
 */
void
vote_after(int bi)
{
	static const char *v[] = { "for ", "against", "carried", "lost",
		"votes", "voting", "proposed", "seconded", "abstention",
		"proposer", "seconder", "moved by", "all in favour", "nem con",
		NULL };
	const char *s = TEXT(bi), *const *p;
	size_t e, n = D.b[bi].len;

	D.b[bi].rs = vote_lead(s, n, D.b[bi].rs);	/* vote.c */
	D.b[bi].re = vote_bracket(s, n, D.b[bi].re);
	for (e = list_to(s, 0, n); e < n; e = list_to(s, e + 1, n)) {
		while (e < n && s[e] == ' ')
			e++;
		for (p = v; *p; p++)
			if (mu_caseprefix(s + e, *p)) {
				D.b[bi].re = e;
				return;
			}
		if (e > D.b[bi].rs && new_field(s + e, n - e)) {
			D.b[bi].re = e;
			return;
		}
	}
}
