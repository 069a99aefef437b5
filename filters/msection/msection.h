/*
 * msection.h: the private header of msection.  A document's blocks are
 * held in D: their texts and labels in D.arena (written only while
 * reading, so pointers into it stay good through the passes), strings
 * made from them in D.der (mu_save, never while reading blocks, so
 * pointers into D.der stay good through the role pass), both addressed
 * by offsets.
 */
#ifndef MSECTION_H
#define MSECTION_H

#include <stddef.h>

#include "minutiae.h"

#define NOSTR ((size_t)-1)

enum kind { K_OTHER, K_HEADING, K_NUMBER, K_LABEL, K_BULLET, K_PARA,
	K_KEYWORD, K_ARTIFACT };
enum key { Y_NONE, Y_RESOLVED, Y_UNANIMOUS, Y_DECISION, Y_AGREED, Y_MOVED,
	Y_PRESENT, Y_ALSO, Y_ATTEND, Y_APOL, Y_ABSENT, Y_SUBST, Y_MINUTES,
	Y_CHAIRMAN, Y_VENUE, Y_DATE, Y_TIME, Y_PLACE, Y_CLERK, Y_OTHERKEY };
enum role { R_PROSE, R_DROP, R_TITLE, R_ATT, R_ITEM, R_NUMBER, R_POINT,
	R_RES, R_RESCONT };
enum status { S_NONE, S_PRESENT, S_ATTEND, S_APOL, S_ABSENT, S_SUBST };


struct blk {
	long line;
	size_t label, key, text;	/* arena offsets; NOSTR for null */
	size_t len;			/* of text */
	int kind, ykey, depth;
	int role, item;			/* item: index into items, 0 none */
	int unanimous;			/* R_RES: -1 unknown, 0, 1 */
	size_t rs, re;			/* R_RES: the decided part of text */
	int inl;			/* R_RES: found in a sentence; more may follow */
	size_t te, ta;			/* R_ITEM: title end, rest start */
	size_t ts;			/* R_ITEM: title start ("6(a) Title") */
	size_t kindstr;			/* the kind as read, for odd kinds */
	int stray;			/* a number out of the document's
					   sequence: prose (scheme.c) */
	long margin;			/* a title whose number starts the
					   paragraph after it (scheme.c) */
	int decides;			/* an outcome: the block + 1 of the
					   motion it decided (decide.c) */
};

struct item {
	size_t number;			/* arena offset or NOSTR */
	size_t report;
	int blk;
	int inder;			/* number is in D.der, not the arena */
	int parent;			/* a sub-item's item (index + 1), or 0 */
	int st;				/* item_status(), or -1 before it */
};

struct att {
	int blk;
	size_t a, b;			/* raw: span of the block's text */
	size_t name, hon, post, role, org;	/* arena offsets */
	size_t reason;			/* why absent: "work commitments" */
	int status, chair;
	int wrap;			/* block its raw goes on in, or 0 */
	int alone;			/* a chair named on a line of its own */
	int prepost;			/* its post written before the name */
};

struct pass {
	size_t off, len;
	int before;			/* index of the next block */
};

struct meeting {
	size_t body, venue;
	int y, mo, d;
	int sh, sm, eh, em;
	int title;
};

struct doc {
	struct mu_buf arena;		/* block texts and labels, as read */
	struct mu_buf der;		/* strings made from them */
	struct mu_buf name;
	struct blk *b;
	size_t nb, cb;
	struct item *it;
	size_t ni, ci;
	struct att *at;
	size_t na, ca;
	struct pass *ps;
	size_t np, cp;
	struct meeting m;
	int open;
};

extern struct doc D;

/* Scratch buffers, reused; a function that uses one finishes with it. */
extern struct mu_buf tmp, tmp2;


#define STR(o) (D.arena.s + (o))
#define DER(o) (D.der.s + (o))
#define TEXT(i) (D.arena.s + D.b[i].text)

/* input.c: the record stream */
void finish_doc(void);
int next_blk(int i);
int section(const char *path, int strict);

/* text.c: small text helpers */
size_t bare_word(const char *s, size_t n);
size_t phrase_rest(const char *s, size_t n, size_t i, const char *p);

/* ASCII case folding, as mu_strncaseeq folds. */
static inline unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/*
 * Does the phrase p (words, any case) stand at s + i, ending a word?
 * Its length, or 0.  Every word of a text is tried against whole tables
 * of phrases: the first two letters, tested here inline, turn nearly all
 * away before phrase_rest pays for strlen.
 */
static inline size_t
phrase_len(const char *s, size_t n, size_t i, const char *p)
{
	if (i >= n || fold((unsigned char)s[i]) != fold((unsigned char)*p) ||
	    (p[1] && (i + 1 >= n || fold((unsigned char)s[i + 1]) !=
	    fold((unsigned char)p[1]))))
		return 0;
	return phrase_rest(s, n, i, p);
}
const char *ci_find(const char *s, size_t n, const char *p);
int drop_tail(const char **s, size_t *n, const char *w);
int drop_word(const char **s, size_t *n, const char *w);
int has_alnum(const char *s, size_t n);
size_t nwords(const char *s, size_t n);
void trim(const char **s, size_t *n, const char *cut);
void trim_sep(const char **s, size_t *n);

/* lexicon.c: the words of attendance, each table with the forms it serves */
struct lexstatus {
	const char *w;
	int st;			/* enum status */
	int stem;		/* w may go on into a longer word */
};
extern const char *honorifics[];
extern const char *particles[];
extern const char *postnominals[];
extern const char *rolewords[];
extern const char *postwords[];
extern const char *reasonwords[];
extern const char *leadposts[];
extern const char *chairwords[];
extern const char *chairmarks[];
extern const char *officerposts[];
extern const char *numberwords[];
extern const char *nametitles[];
extern const char *rolesurnames[];
extern const char *tiers[];
extern const struct lexstatus attlead[];
extern const struct lexstatus colheads[];

/* people.c: names and attendance lists */
void addpart(struct mu_buf *b, const char *s, size_t n, const char *sep);
int inlist(const char *const *l, const char *s, size_t n);
int is_hon(const char *s, size_t n);
int has_post(const char *s, size_t n);
int has_officer(const char *s, size_t n);
int lead_name(const char *s, size_t n);
int role_first(const char *s, size_t n, size_t *r, size_t *rn, size_t *ns);
size_t role_tail(const char *s, size_t n);	/* "Mr R Cole Clerk" */
int chair_note(const char *s, size_t n);	/* "(in the Chair)" alone */
size_t list_from(const char *s, size_t n);
size_t list_to(const char *s, size_t from, size_t n);
int looks_name(const char *s, size_t n);
int label_tail(const char *s, size_t n, size_t *w);	/* attend.c */
int role_line(int bi, const char *s, size_t n);	/* attend.c */
struct att *new_att(int bi, size_t a, size_t b, int status);
void parse_entry(struct att *a, const char *s, size_t n);
void split_list(int bi, size_t from, size_t to, int status,
    const char *defrole);

/* meeting.c: the meeting record */
void closing(void);
int meeting(void);

/* roles.c: what each block is */
void reports(void);
void roles(int hend);
int title_like(const char *s, size_t n);
const char *item_num(const struct item *t);	/* NULL when none */
size_t agenda_phrase(const char *s, size_t n);
int sentence_like(const char *s, size_t n);	/* a finite verb in s */

/* title.c: where an item's title ends */
size_t title_end(const char *s, size_t n, const char *num, size_t *rest);

/* Forms of unnumbered item headings (scheme.c). */
enum form { F_NONE, F_CAPS, F_COLON, F_BULLET, F_FORMS };

/* The role pass as it goes from block to block (roles.c, attend.c). */
struct state {
	int item, res, parts, cont, pend, want, att, numbered, hend;
	int hform;		/* the form of unnumbered headings, F_NONE */
	int webrows;		/* items are rows of a web page's table */
	int webitems;		/* titles are headings with no number */
	int unan;
	int cols[4], ncols;	/* a table's columns: "Present | Apologies" */
	const char *defrole;
};

/* scheme.c: how the document marks its items */
void item_scheme(struct state *st);
int form_title(const struct state *st, int i);
void web_table(struct state *st);
int web_row(const struct state *st, int i);
int margin_title(int i);


/* attend.c: attendance lines and the chair */
int looks_att(const char *s, size_t n);		/* a line of names */
int group_word(const char *s, size_t n);	/* "Councillors" alone */
int group_label(const char *s, size_t n);	/* "Police Force:" */
int att_led(const char *s, size_t n);		/* "Absent: ..." */
int attendance(int bi, int status, const char *defrole); /* bi a list */
int absence_sentences(int bi, size_t from);	/* "Cllr X was absent." */
int role_wrap(int bi);			/* a role wrapped onto its own line */
int chair_line(int bi);			/* "Mr P Quayle in the Chair" */
int att_head(struct state *st, int bi);	/* "MEMBERS PRESENT" alone */
int chair_known(size_t at);		/* the chair among those present */
int post_known(size_t at);		/* one with a post among them */
void chair_merge(void);			/* a chair named before the list */
void repeat_merge(void);		/* one listed twice (bilingual) */
int item_status(int item);		/* the status an item's title gives */
void legend_scan(void);			/* a register's key: "P = Present" */
int code_status(const char *s, size_t n);	/* "AP" -> S_APOL */
int status_of(int y);			/* the status a keyword gives */
int para_names(struct state *st, int i);	/* a paragraph of names */
/* Table rows, their cells joined by " – " and an empty one a lone "–". */
size_t cell_end(const char *s, size_t from, size_t n);
size_t empty_cell(const char *s, size_t a, size_t n);
int head_status(const char *s, size_t n);	/* "Apologies" -> S_APOL */
int col_heads(struct state *st, int i);	/* "Present – Apologies" */
int table_row(struct state *st, int i);	/* a row of those columns */

/* decide.c: decisions, by keyword and inside sentences */
int is_res_key(int y);			/* a keyword that decides */
int no_decision(const char *s, size_t n);	/* "Decision: None." */
int lost_label(const char *s, size_t n);	/* "That X be Y." alone */
size_t decided_label(const char *s, size_t n);	/* "DECIDED:" */
size_t note_before(const char *s, size_t n);	/* "(7:7) – that X" */
int resolved_after(int bi);		/* "... Resolved.": the one before */
int outcome_alone(int i);		/* "Carried." after a proposal */
int inline_resolution(int i);		/* "Council resolved to ..." */
int vote_first(int i);			/* "Resolved, proposed A ...": before */
int motion_outcome(int i);		/* "The amendment was carried" */
int decision_in(const char *s, size_t n, size_t from, size_t *rs,
    size_t *re);			/* the next decision in a text */
void vote_after(int bi);		/* the vote after a decision is prose */

/* vote.c: the vote records, written among the others by emit() */
void vote_doc(void);			/* reads them all, first */
void vote_written(int bi);		/* after block bi's records */
/* The outcome and kind fields of a resolution record of block b. */
void vote_res(const struct blk *b, const char *s, size_t n, int un);

/* A person's name after s + p ("Cllr A Smith," / "(AH)") or just before
 * the word at q ("Cllr A Smith proposed"), without honorifics: its span
 * in [*a, *b); *h set when an honorific came with it. */
size_t name_after(const char *s, size_t n, size_t p, size_t *a, size_t *b,
    int *h);
int name_before(const char *s, size_t q, size_t floor, size_t *a, size_t *b,
    int *h);

/* moves.c: who came and went: attendee arrived/left, attendance events */
void moves_doc(void);			/* reads the document, first */
void moves_att(size_t ai);		/* attendee ai's arrived, left fields */
void moves_written(int bi);		/* the events after block bi */

/* reskind.c: "approved", "noted", ... from a decision's own words */
const char *res_kind(const char *s, size_t n, const char *label);
size_t vote_lead(const char *s, size_t n, size_t rs);	/* "(7:7 ...) –" */
size_t vote_bracket(const char *s, size_t n, size_t re); /* "(Proposer:" */

/* exempt.c: items taken in private, text withheld */
void exempt_doc(void);			/* reads the document, first */
void exempt_out(int it);		/* item it's exempt, private fields */

/* emit.c: the records written */
extern const char *kindname[];
extern const char *statusname[];
void emit(void);

#endif
