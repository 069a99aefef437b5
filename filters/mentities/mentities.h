/*
 * mentities.h: what the modules of mentities share.
 *
 * A text is cut into tokens once (tokens.c); recognisers (money.c,
 * dates.c, times.c, names.c, bodies.c) are tried at each token and add
 * entities (scan.c); sentences are then read for declarations and actions
 * (sentence.c, declare.c, actions.c) and the results written (output.c).
 * One text is in hand at a time: the globals below describe it.
 */
#ifndef MENTITIES_H
#define MENTITIES_H

#include <stddef.h>

#include "minutiae.h"

/* What a word can be: flags in the word table (words.c). */
enum {
	F_MONTH = 1 << 0, F_MONABBR = 1 << 1, F_WDAY = 1 << 2, F_ORD = 1 << 3,
	F_HON = 1 << 4, F_HONPL = 1 << 5, F_HONPRE = 1 << 6, F_POST = 1 << 7,
	F_STOP = 1 << 8, F_ORGSUF = 1 << 9, F_VENUE = 1 << 10, F_LAW = 1 << 11,
	F_CONN = 1 << 12, F_SCALE = 1 << 13, F_ROLE1 = 1 << 14, F_AUX = 1 << 15,
	F_KIND = 1 << 16, F_ACRSTOP = 1 << 17, F_YEARPREP = 1 << 18,
	F_ABBR = 1 << 19, F_RANGE = 1 << 20, F_OWNSTOP = 1 << 21,
	F_ROLEEND = 1 << 22, F_ACT = 1 << 23, F_DECL = 1 << 24,
	F_DECLN = 1 << 25, F_STREET = 1 << 26, F_GROUP = 1 << 27,
	F_NOACT = 1 << 28, F_MODAL = 1 << 29, F_NEXT = 1 << 30
};
#define F_INTEREST (1u << 31)	/* "interest", "DPI": outside the int enum */

/* Tokens: words, numbers, punctuation (with codes for £ € dashes quotes). */
enum { TW = 1, TN, TP };
enum { P_POUND = 1, P_EURO, P_DASH, P_QUOTE, P_OTHER };

struct tok {
	size_t s, e;		/* bytes in the text */
	unsigned f;		/* word flags */
	long v;			/* number value (up to 9 digits) */
	int num;		/* month or weekday number */
	unsigned char t, sp;	/* kind; white space before */
	unsigned char cap, up;	/* first letter upper; no lower case */
	unsigned char c;	/* punctuation: the ASCII byte or a P_ code */
};

/*
 * tk has PAD empty tokens (t == 0) before it and after its last one, so
 * that a recogniser may look a few tokens either side without a check.
 */
#define PAD 8

/* An attendee of the document, for linking the people in its text. */
struct person_key {
	size_t name;		/* offset in D.store */
	size_t sur;		/* offset of the lower-case surname */
	char init;		/* first initial, lower case, or 0 */
};

/* An acronym defined in brackets in the document. */
struct acro {
	char a[12];
	size_t exp;		/* offset in D.store */
	int kind;
};

/* Entity kinds; output.c has their names. */
enum { K_MONEY = 1, K_DATE, K_TIME, K_PERCENT, K_PERIOD, K_PERSON, K_ROLE,
    K_ORG, K_OPERATION, K_REPORT, K_LAW, K_PLACE };

struct ent {
	int kind;
	int ts, te;		/* tokens [ts, te) */
	size_t v, vn;		/* value in vals (strings) */
	size_t x, xn;		/* attendee or expansion in vals */
	long long cents;	/* money */
	int y, m, d;		/* date; time in m (hour) and d (minute) */
	int inferred, needyear;
	const char *cur;	/* currency */
};

struct decl {
	int who;		/* the person entity */
	size_t kind, kindn;	/* in vals */
	int items, itemse;	/* tokens, or -1 */
	int reason, reasone;
	int left;		/* left the room for it */
};

struct action {
	int owner, ownere;	/* tokens, or -1 */
	int text, texte;	/* tokens, or -1 when xt holds the text */
	const char *xt;		/* text from an earlier record ("ACTION: Clerk") */
	size_t xtn;
	int y, m, d;		/* due, or 0 */
	int next;		/* due at the next meeting, its date not known */
};

/* The document in hand (doc.c). */
struct doc {
	char *doc;
	int year, month, day;	/* of the meeting, 0 when not known */
	int fallback;		/* the year of the first full date met */
	int declctx;		/* in an item on declarations of interest */
	int payctx;		/* in an item on payments and accounts */
	int paytable;		/* in a table under a head that names sums */
	size_t chair;		/* the chair's name in store, 0 till known */
	int nextctx;		/* in an item on the date of the next meeting */
	int resolution;		/* the text is a resolution's */
	int ny, nm, nd;		/* the date of the next meeting, 0 till stated */
	char bodyend[24];	/* the last word of the meeting's body, lower case */
	struct mu_buf last;	/* the last sentence of the last text read */
	int lastact;		/* it gave an action */
	int tcols, tact, town, tdue;	/* an action table's columns, or -1 */
	struct mu_buf store;	/* names and expansions */
	struct person_key *att;	/* each attendee once */
	int natt;
	size_t attcap;
	struct mu_index attx;	/* att by surname */
	size_t *word;		/* the words of their names, in store */
	size_t wordcap;
	struct mu_index wordx;	/* word by itself */
	struct acro acr[32];
	int nacr;
};
extern struct doc D;

extern const char *const roles[];
extern const size_t nroles;
extern size_t role1len[];	/* the length of the first word of each */
extern const char *txt;		/* the text in hand */
extern size_t txtlen;
extern struct tok *tk;		/* the tokens of txt, with PAD either side */
extern int nt;
extern int nnext, nseps;	/* words "next", cell separators in tk */
extern int ndeclw;		/* words "declared", "declare" ... in tk */
extern int nintw;		/* words "interest", "declarations" ... in tk */
extern struct ent *ents;	/* the entities of txt, in order */
extern int nents;
extern struct mu_buf vals;	/* their string values */
extern struct decl *decls;
extern int ndecls;
extern size_t declcap;
extern struct action *acts;
extern int nacts;
extern size_t actcap;
extern int *entat;		/* entat[t]: the entity that ends at token t */
				/* (safe to PAD places either side) */
extern int *entst;		/* entst[t]: the entity that starts there */

/* words.c */
void words_init(void);
unsigned wlook(const char *s, size_t n, int *num);

/* tokens.c */
void tokenize(const char *s, size_t n);

/* doc.c */
void doc_reset(const char *doc);
const char *stored(size_t off);
void note_attendee(const char *name);
const char *attendee_of(const char *s, size_t n);
int attendee_word(const char *s, size_t n);
void note_meeting(const char *date, const char *body);
int other_body(const char *s, size_t n);
int nearest_year(int y, int m, int d);
void note_item(const char *title);

/* output.c */
void out_entities(const struct mu_rec *r, const char *doc, long line);
void out_decls(const struct mu_rec *r, const char *doc, long line);
void out_actions(const struct mu_rec *r, const char *doc, long line);
void out_annotated(const struct mu_rec *r);
void out_reset(void);
void emit_line(const char *s, size_t n);
void hold_flush(void);
void decl_release(const char *num, long seq);	/* held declarations */

/* scan.c */
struct ent *ent_new(int kind, int ts, int te);
void ent_val(struct ent *e, int a, int b);
void ent_vals(struct ent *e, const char *s, size_t n);
void ent_extra(struct ent *e, const char *s, size_t n);
void scan(const char *s, size_t n);

/* money.c */
int rec_money_sym(int i);
int rec_money_num(int i);
int rec_money_bare(int i);
int money_bare_here(void);
int rec_percent(int i);

/* dates.c */
int isyear(int i);
int month_at(int i);
int rec_date(int i);
void fill_years(void);

/* times.c */
int rec_time(int i);

/* names.c */
int skip_paren(int k);
int rec_person(int i);
int rec_declarant(int i);
int role_at(int i, int *which);
int acronym_def(int a, int b);
void acronym_add(int t, size_t exp, size_t expn, int kind);
void acronym_put(const char *s, size_t n, const char *exp, size_t expn,
    int kind);
void attendee_initials(const char *raw, const char *name);
void note_chair(const char *name);
int rec_role(int i);
int rec_report(int i);
int rec_section(int i);

/* bodies.c */
int rec_capseq(int i);
int rec_acronym(int i);

/* sentence.c */
int sentence_end(int a);
void sentences(void);

/* declare.c */
int decl_sentence(int a, int b);
void decl_table(int from, int b);
int decl_heading(void);

/* actions.c */
void action_sentence(int pa, int a, int b);
void action_due(struct action *x);
void due_later(struct action *x, int a, int b);
void action_table(void);
void next_meeting(int a, int b);
void action_last(int a);

/* Token helpers: each is safe at any index, inside the padding or not. */

static inline int
isalpha_a(int c)
{
	/* c | 0x20 folds a capital onto its letter and no other byte */
	return (unsigned)((c | 0x20) - 'a') < 26u;
}

static inline int
isdigit_a(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
isp(int i, int c)
{
	return i >= 0 && i < nt && tk[i].t == TP && tk[i].c == c;
}

static inline int
isdash(int i)
{
	return isp(i, '-') || isp(i, P_DASH);
}

/* Token i is the word w (a literal: its length is known at compile time). */
#define isw(i, w) isw_n((i), (w), sizeof(w) - 1)

static inline int
isw_n(int i, const char *w, size_t n)
{
	return i >= 0 && i < nt && tk[i].e - tk[i].s == n && tk[i].t == TW &&
	    mu_strncaseeq(txt + tk[i].s, w, n);
}

static inline int
isnum(int i)
{
	return i >= 0 && i < nt && tk[i].t == TN;
}

/* A separator of table cells at i: "|", or a dash with spaces round it. */
static inline int
cellsep(int i)
{
	return isp(i, '|') || (isdash(i) && tk[i].sp && i + 1 < nt &&
	    tk[i + 1].sp);
}

/* Token i follows i - 1 with no space. */
static inline int
adj(int i)
{
	return i > 0 && i < nt && !tk[i].sp;
}

static inline int
wlen(int i)
{
	return (int)(tk[i].e - tk[i].s);
}

static inline int
lowword(int i)
{
	return i >= 0 && i < nt && tk[i].t == TW && !tk[i].cap && !tk[i].up;
}

static inline int
initial_at(int i)
{
	return i < nt && tk[i].t == TW && tk[i].up && wlen(i) == 1;
}

/* declitem.c: the item a declaration is in, and leaving the room */
void decl_note_item(const struct mu_rec *r);	/* every record read */
long decl_item(int a, int b, const char **num);	/* the seq, or 0 */
int decl_named(int a, int b, const char **s, size_t *k);	/* "item 7" */
int decl_may_come(const char *s, size_t k);	/* it fits the numbering */
int decl_left(int a, int b);

#endif
