/*
 * title.c: where the title of an item ends when its block goes on after
 * it.  Minutes often run an item's title and its text together on one
 * line: "2. Minutes of Previous Meeting. The minutes were approved.",
 * "3. Matters Arising: Discussed the hall.", "Apologies for Absence 1.1
 * There were none.", "8. Projects • The bench is fixed.", or with no mark
 * at all, "6. Approval of Minutes The minutes were confirmed."  The
 * title is what comes before the first of these marks.
 */
#include <ctype.h>
#include <string.h>

#include "msection.h"

/* Words a title in title case writes in lower case ("Review of the
 * Allotment Rules and Charges"): they may not end a title. */
static const char *smallwords[] = { "and", "of", "the", "for", "to", "in",
	"on", "at", "by", "with", "a", "an", "from", "or", "&", "into",
	"upon", "re", NULL };

/* Words that open a clause: a title with one goes on as a sentence. */
static const char *clausewords[] = { "that", "which", "who", "whether",
	"because", "if", "when", NULL };

/* Auxiliary verbs: a sentence of four words or more with one is a
 * sentence, and one right after a pronoun that opens a sentence
 * (pronouns) makes one of any length ("Declarations of Interest There
 * were none."). */
static const char *auxiliaries[] = { "was", "were", "is", "are", "had",
	"has", "have", "will", "would", "did", NULL };

/* Capitalised words that open a sentence before its subject: "Revenue
 * Budget The Treasurer presented ...". */
static const char *determiners[] = { "The", "A", "An", "This", "These",
	"Each", "All", NULL };
static const char *pronouns[] = { "There", "It", "This", "These", "They",
	"We", "He", "She", "None", NULL };

/* Bullet marks PDF text leaves inside a line: "•", the Symbol font's "". */
static const char *inbullets[] = { "\xe2\x80\xa2 ", "\xef\x82\xa7 ",
	"\xef\x82\xb7 ", NULL };

static int
small(const char *s, size_t k)
{
	return inlist(smallwords, s, k);
}

/* The start of the word before the one at p. */
static size_t
before(const char *s, size_t p)
{
	size_t w = p > 0 ? p - 1 : 0;

	while (w > 0 && s[w - 1] != ' ')
		w--;
	return w;
}

/* The rest after a mark reads as the start of text: a capital, a digit,
 * a quote or a bullet. */
static int
text_starts(const char *r)
{
	unsigned char c = r[0];

	return isupper(c) || isdigit(c) || c >= 0xc2 || c == '"';
}

/* Text after a colon that is the item's text, not the rest of its title
 * ("Planning: Application 21/0034 – New garage" is one title): a
 * sentence, a stop at its end, six words or more, a name or a list. */
static int
goes_on(const char *r, size_t rn)
{
	return rn > 0 && (r[rn - 1] == '.' || nwords(r, rn) >= 6 ||
	    sentence_like(r, rn) || is_hon(r, mu_wordlen(r, rn)) ||
	    memchr(r, ',', rn) != NULL ||	/* a list of names */
	    (unsigned char)r[0] >= 0xc2);
}

/* " 3.1 " where the item is 3: the number of its first paragraph. */
static int
own_para(const char *s, size_t n, size_t p, const char *num)
{
	size_t k;

	if (num == NULL || (k = strlen(num)) == 0 || s[p] != ' ' ||
	    p + k + 2 >= n || strncmp(s + p + 1, num, k) != 0)
		return 0;
	return s[p + 1 + k] == '.' && isdigit((unsigned char)s[p + 2 + k]);
}

/* ". " then a capital, after a word of three letters or more that is no
 * honorific ("Cllr. Hale" goes on) and no abbreviation: the title was a
 * sentence of its own. */
static int
stop_at(const char *s, size_t n, size_t p)
{
	size_t w;

	if (s[p] != '.' || p + 2 >= n || s[p + 1] != ' ' ||
	    !text_starts(s + p + 2))
		return 0;
	for (w = p; w > 0 && s[w - 1] != ' '; w--)
		;
	/* nor "i.a.w.", "e.g.": an abbreviation's dots end no sentence */
	return p - w >= 3 && !is_hon(s + w, p + 1 - w) &&
	    isalnum((unsigned char)s[p - 1]) && !memchr(s + w, '.', p - w);
}

/* Decision words in capitals that end a title run into its decision:
 * "To accept the Minutes of 3 May RESOLVED – Approved", "Budget AGREED
 * that ...". */
static const char *capsdecisions[] = { "RESOLVED", "AGREED", "DECIDED",
	"DECISION", NULL };

/* " RESOLVED" (a word of capsdecisions, then a blank, a colon, a dash or
 * the end) at s + p + 1. */
static int
decision_at(const char *s, size_t n, size_t p)
{
	const char **w;
	size_t k;

	if (s[p] != ' ' || !isupper((unsigned char)s[p + 1]) ||
	    !isupper((unsigned char)s[p + 2]))
		return 0;	/* most words: no two capitals */
	for (w = capsdecisions; *w; w++) {
		k = strlen(*w);
		if (p + 1 + k <= n && !strncmp(s + p + 1, *w, k) &&
		    (p + 1 + k == n || strchr(" :-.,", s[p + 1 + k])))
			return 1;
	}
	return 0;
}

/* A lettered or numbered label after a title, before a capital: "Clerk's
 * Report a) The Clerk ...", "Finance (b) Payments ...", "Reports (ii)
 * The Chair ...".  The label stays with the text. */
static int
label_at(const char *s, size_t n, size_t p)
{
	size_t i = p + 1, a;

	if (s[p] != ' ' || (s[i] != '(' && !islower((unsigned char)s[i]) &&
	    !isdigit((unsigned char)s[i])))
		return 0;	/* most words */
	/* "Declarations of i) Pecuniary and ii) Personal Interests" */
	a = before(s, p);
	if (small(s + a, p - a))
		return 0;
	if (s[i] == '(')
		i++;
	for (a = i; i < n && i - a < 4 && (islower((unsigned char)s[i]) ||
	    isdigit((unsigned char)s[i])); i++)
		;
	if (i == a || i + 2 >= n || s[i] != ')' || s[i + 1] != ' ' ||
	    !isupper((unsigned char)s[i + 2]))
		return 0;
	/* one letter, a Roman numeral of i, v, x, or one or two digits */
	return i - a == 1 || strspn(s + a, "ivx") >= i - a ||
	    strspn(s + a, "0123456789") >= i - a;
}

/* A bullet mark inside the line: "Projects • The bench". */
static size_t
bullet_at(const char *s, size_t p)
{
	const char **b;

	if (s[p] != ' ')
		return 0;
	for (b = inbullets; *b; b++)
		if (!strncmp(s + p + 1, *b, strlen(*b)))
			return strlen(*b);
	return 0;
}

/* A sentence, not a phrase that goes on a title ("Issues raised at the
 * last meeting"): an auxiliary verb, or eight words and a verb. */
static int
sentence(const char *s, size_t n)
{
	size_t i, k;

	if (nwords(s, n) < 4 || !sentence_like(s, n))
		return 0;
	if (nwords(s, n) >= 8)
		return 1;
	for (i = 0; i < n; i += k + 1) {
		k = mu_wordlen(s + i, n - i);
		if (inlist(auxiliaries, s + i, k))
			return 1;
	}
	return 0;
}

/* "(AMcK)": initials in brackets, as minutes define them after a name. */
static int
initials(const char *s, size_t k)
{
	size_t i, caps = 0;

	if (k < 4 || k > 8 || s[0] != '(' || s[k - 1] != ')')
		return 0;
	for (i = 1; i + 1 < k; i++)
		if (isupper((unsigned char)s[i]))
			caps++;
		else if (!islower((unsigned char)s[i]))
			return 0;
	return caps >= 2 && isupper((unsigned char)s[1]);
}

/* Does the name of one in the attendance end at s + e, its first word at
 * a word's start (s + a, a <= e)?  "David Hale" in "Election of Chair
 * David Hale was elected". */
static size_t
listed_at(const char *s, size_t e)
{
	const char *nm;
	size_t i, k;

	for (i = 0; i < D.na; i++) {
		if (D.at[i].name == NOSTR)
			continue;
		nm = DER(D.at[i].name);
		k = strlen(nm);
		if (k < 4 || k > e || strncmp(s + e - k, nm, k) != 0 ||
		    !strchr(nm, ' ') || (e > k && s[e - k - 1] != ' '))
			continue;
		return e - k;
	}
	return NOSTR;
}

/*
 * The text after a title may open with the person who spoke: "Police
 * Report Andy Hale (AH) provided ...", "Councillor reports Councillor
 * Ross reported ...", "Election of Chairman Ann Lowe was elected ...".
 * w is the word before the verb; where the person's name starts (an
 * honorific, the first of two capitalised words before initials in
 * brackets, the whole of a name in the attendance), or NOSTR.  *strong
 * is set unless only the attendance says it is a name, which is looked
 * for only when verb says the word after w reads as a verb.
 */
static size_t
person_start(const char *s, size_t n, size_t w, int verb, int *strong)
{
	size_t a, b, k;
	int i;

	*strong = 1;
	k = mu_wordlen(s + w, n - w);
	if (initials(s + w, k)) {
		for (a = w, i = 0; i < 2 && a > 0; i++) {
			b = before(s, a);
			if (!isupper((unsigned char)s[b]) || small(s + b, a - 1 - b))
				return NOSTR;
			a = b;
		}
		b = before(s, a);
		return a > 0 && is_hon(s + b, a - 1 - b) ? b : a;
	}
	if (!isupper((unsigned char)s[w]))
		return NOSTR;
	for (a = w, i = 0; i < 3 && a > 0; i++) {
		b = before(s, a);
		/* one person: "Councillors No apologies ..." is none */
		if (is_hon(s + b, a - 1 - b))
			return s[a - 2] != 's' ? b : NOSTR;
		if (!isupper((unsigned char)s[b]))
			break;
		a = b;
	}
	*strong = 0;
	/* a name of the attendance: looked up only before a verb */
	return verb && a < w ? listed_at(s, w + k) : NOSTR;
}

/* The words before s + p read as a title: no verb, not ending in a
 * small word ("Minutes of the" goes on). */
static int
title_before(const char *s, size_t p)
{
	size_t b = before(s, p);

	return p > 1 && !small(s + b, p - 1 - b) && !sentence_like(s, p - 1);
}

/*
 * A title run on into a sentence with no mark between: "Approval of
 * Minutes The minutes were confirmed", "Apologies for absence from any
 * Councillors No absences were submitted".  The sentence starts at a
 * capitalised word before a lower-case word that is no small word; the
 * title before it reads as a title (eight words at most, no verb, no
 * "that", not "The ..."), does not
 * end in a small word ("Minutes of the Meeting held on ..." is one
 * title), and the rest reads as a sentence.
 */
static size_t
run_on(const char *s, size_t n)
{
	size_t i, k, p, b, prev = 0;
	int words = 0, strong;

	if (!strncmp(s, "The ", 4))
		return 0;
	for (i = 0; i < n && words <= 8; i += k + 1, words++) {
		k = mu_wordlen(s + i, n - i);
		if (inlist(clausewords, s + i, k))
			return 0;	/* "Ensuring that the Council is ..." */
		if (!islower((unsigned char)s[i]) || words < 2 || prev == 0) {
			prev = i;
			continue;
		}
		if ((p = person_start(s, n, prev, sentence_like(s + i, k),
		    &strong)) != NOSTR && p > 0 && (!strong || !small(s + i,
		    k)) && title_before(s, p))
			return p;	/* "Police Report Ann Hale (AH) said" */
		if (!small(s + i, k) && isupper((unsigned char)s[prev])) {
			/* "Budget The Treasurer presented ..." */
			p = prev;
			b = before(s, prev);
			if (isupper((unsigned char)s[b]) &&
			    inlist(determiners, s + b, prev - 1 - b))
				p = b;
			if (title_before(s, p) && (sentence(s + p, n - p) ||
			    (inlist(auxiliaries, s + i, k) &&
			    inlist(pronouns, s + prev, i - 1 - prev))))
				return p;
		}
		prev = i;
	}
	return 0;
}

/*
 * The end of the title in s (n bytes) of an item numbered num (or NULL);
 * *rest gets where the text after it starts.  Returns n when the whole
 * block is the title.  A colon or a sentence stop ends a title of a
 * dozen words or fewer; a dash only before a capital ("Declarations –
 * for the Council to note" is one title).
 */
size_t
title_end(const char *s, size_t n, const char *num, size_t *rest)
{
	size_t p, k = 0, r, words = 1;

	*rest = n;
	/* A mark within the first dozen words: the scan stops there, so
	 * that a long paragraph costs no more than its start. */
	for (p = 1; p + 2 < n; p++) {
		if (s[p] == ' ' && s[p - 1] != ' ' && ++words > 12 &&
		    !decision_at(s, n, p)) {
			p = n;
			break;
		}
		k = 0;
		if (own_para(s, n, p, num))
			k = 1;
		else if (s[p] == ':' && s[p + 1] == ' ' && text_starts(s + p + 2)
		    && goes_on(s + p + 2, n - p - 2))
			k = 2;
		else if (s[p] == ':' && isupper((unsigned char)s[p + 1]) &&
		    isalpha((unsigned char)s[p - 1]) && words <= 3)
			k = 1;		/* "Present:R. Hale" */
		else if (stop_at(s, n, p))
			k = 2;
		else if ((k = bullet_at(s, p)) > 0)
			k += 1;
		else if (decision_at(s, n, p) || label_at(s, n, p))
			k = 1;
		if (k)
			break;
	}
	if ((r = run_on(s, p + 2 < n ? p : n)) > 0) {
		*rest = r;
		return r - 1;
	}
	if (p + 2 < n) {
		*rest = p + k;
		return p;
	}
	return n;
}
