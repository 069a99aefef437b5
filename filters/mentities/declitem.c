/*
 * declitem.c: which item a declaration of interest is in, and whether the
 * member left the room for it.  "Cllr A declared a personal interest in
 * item 7 and left the room": item 7 (where its item record has been read
 * already in this document; else the item the declaration is read in)
 * and left true.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentities.h"

/* The items of the document read so far: "7\0" strings and their seqs. */
static struct mu_buf inum;
static long *iseq;
static size_t nitems, citems;
static char *idoc;

static size_t ilast;		/* the last number in inum */

/* Keeps the number and seq of an item record, for the declarations. */
void
decl_note_item(const struct mu_rec *r)
{
	const char *num = mu_rec_str(r, "number"), *doc = mu_rec_doc(r);

	if (idoc == NULL || strcmp(idoc, doc) != 0) {
		free(idoc);
		idoc = mu_strdup(doc);
		nitems = 0;
		mu_buf_reset(&inum);
	}
	if (strcmp(mu_rec_type(r), "item") != 0 || num == NULL)
		return;
	iseq = mu_grow(iseq, &citems, nitems, sizeof *iseq);
	iseq[nitems++] = mu_rec_int(r, "seq", 0);
	ilast = inum.len;
	mu_buf_add(&inum, num, strlen(num) + 1);
}

/*
 * The one item number that the words [a, b) name ("item 7", "Minute
 * 45/24", "agenda item 7 (Planning)"): 1 with *s and *k its bytes in the
 * text; 0 when they name none or several.
 */
int
decl_named(int a, int b, const char **ns, size_t *nk)
{
	const char *s, *e, *p;
	size_t k;

	if (a < 0 || b <= a)
		return 0;
	s = txt + tk[a].s;
	e = txt + tk[b - 1].e;
	for (p = s; p < e; p++)		/* "items 7 and 8", "7, 8" */
		if (*p == ',' || *p == '&' || (p + 5 <= e &&
		    mu_strncaseeq(p, " and ", 5)))
			return 0;
	for (;;) {
		k = 0;
		if (mu_caseprefix(s, "agenda "))
			k = 7;
		else if (mu_caseprefix(s, "item "))
			k = 5;
		else if (mu_caseprefix(s, "minute "))
			k = 7;
		else if (mu_caseprefix(s, "min. "))
			k = 5;
		if (k == 0)
			break;
		s += k;
	}
	for (k = 0; s + k < e && !isspace((unsigned char)s[k]) &&
	    !strchr(",;:)", s[k]); k++)
		;
	while (k && s[k - 1] == '.')
		k--;
	if (k == 0 || !isdigit((unsigned char)s[0]))
		return 0;
	*ns = s;
	*nk = k;
	return 1;
}

/*
 * The one item that the words [a, b) name: its seq, with *num its number;
 * 0 when they name none, several, or one not read yet.
 */
long
decl_item(int a, int b, const char **num)
{
	const char *s, *p;
	size_t k, i, off;

	if (!decl_named(a, b, &s, &k))
		return 0;
	for (i = 0, off = 0; i < nitems; i++) {
		p = inum.s + off;
		if (strlen(p) == k && strncmp(p, s, k) == 0) {
			*num = p;
			return iseq[i];
		}
		off += strlen(p) + 1;
	}
	return 0;
}

/*
 * May the item number s (k bytes), not read yet, still come?  Only where
 * it is written as the document numbers its items so far: "item 7" in
 * minutes numbered "45/21" or "Cou/285/07-08" is the agenda's number,
 * which no item record will carry.  Before the first numbered item, yes.
 */
int
decl_may_come(const char *s, size_t k)
{
	const char *last = inum.s + ilast;

	if (nitems == 0)
		return 1;
	return !isdigit((unsigned char)last[0]) == !isdigit((unsigned char)s[0])
	    && !strchr(last, '/') == !memchr(s, '/', k);
}

/* Words of leaving the room for the item. */
static const char *const leave[] = { "left", "leave", "leaving",
	"withdrew", "withdraw", "withdrawing", "withdrawn" };
static const char *const room[] = { "room", "meeting", "chamber",
	"hall", "discussion", "debate" };

/* Do the words [a, b) say the member left the room ("and left the
 * room", "withdrew from the meeting", "left the meeting for this item")? */
int
decl_left(int a, int b)
{
	size_t j, r;
	int k, m;

	for (k = a; k < b; k++)
		for (j = 0; j < sizeof leave / sizeof leave[0]; j++) {
			if (!isw_n(k, leave[j], strlen(leave[j])))
				continue;
			for (m = k + 1; m < b && m <= k + 4; m++)
				for (r = 0; r < sizeof room / sizeof room[0];
				    r++)
					if (isw_n(m, room[r], strlen(room[r])))
						return 1;
		}
	return 0;
}
