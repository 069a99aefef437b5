/* dates.c: dates and periods, and the years of dates written without one. */
#include <string.h>

#include "mentities.h"

int
isyear(int i)
{
	return isnum(i) && tk[i].num == 4 && tk[i].v >= 1900 && tk[i].v <= 2099;
}

/* A month name at i (abbreviations need a capital); its number or 0. */
int
month_at(int i)
{
	if (i >= nt || tk[i].t != TW)
		return 0;
	if (tk[i].f & F_MONTH)
		return tk[i].num;
	if ((tk[i].f & F_MONABBR) && tk[i].cap)
		return tk[i].num;
	return 0;
}

/* A day number at i ("25", "25th", "1 st"): the token after it, or 0. */
static int
day_at(int i, int *d)
{
	if (!isnum(i) || tk[i].num > 2 || tk[i].v < 1 || tk[i].v > 31)
		return 0;
	if (adj(i) && (isp(i - 1, '.') || isp(i - 1, ':') || (isp(i - 1, '/') &&
	    !(tk[i - 2].t == TW && (tk[i - 2].f & F_ORD))) ||
	    isp(i - 1, P_POUND) || (isp(i - 1, ',') &&
	    !(tk[i - 2].t == TW && (tk[i - 2].f & F_WDAY)))))
		return 0;	/* but "1st/2nd May", "Wednesday,9 May" */
	*d = (int)tk[i].v;
	if (i + 1 < nt && tk[i + 1].t == TW && (tk[i + 1].f & F_ORD) &&
	    wlen(i + 1) == 2)
		return i + 2;
	return i + 1;
}

static struct ent *
date_new(int ts, int te, int y, int m, int d)
{
	struct ent *e;

	if (d < 1 || (y && d > mu_days_in(y, m)) || (!y && d > mu_days_in(2000, m)))
		return NULL;
	e = ent_new(K_DATE, ts, te);
	e->y = y;
	e->m = m;
	e->d = d;
	e->needyear = y == 0;
	return e;
}

/* After a month at k: an optional "," and a year; *y gets it. */
static int
year_after(int k, int *y)
{
	*y = 0;
	if (isyear(k) && !adj(k)) {
		*y = (int)tk[k].v;
		return k + 1;
	}
	if (isp(k, ',') && isyear(k + 1)) {
		*y = (int)tk[k + 1].v;
		return k + 2;
	}
	return k;
}

/*
 * Day first: "25th July 2019", "16th November, 2017", "4 March" (the
 * year comes later), "1-3 March 2020" and "1st and 2nd May" (two dates).
 */
static int
date_dayfirst(int i, int ws)
{
	int k, k2, m, mk, d, d2 = 0, y, r, c;

	if (!(k = day_at(i, &d)))
		return 0;
	c = k;			/* the range word, if any */
	r = k + 1;
	if (tk[r].t == TW && (tk[r].f & F_WDAY) && tk[r].cap)
		r += isp(r + 1, ',') ? 2 : 1;	/* "4th and Tuesday 5th May" */
	if ((isdash(k) || isp(k, '&') || isp(k, '/') || (tk[k].t == TW &&
	    (tk[k].f & F_RANGE))) && (k2 = day_at(r, &d2)) && month_at(k2))
		k = k2;
	else
		r = d2 = 0;
	if (isw(k, "of"))
		k++;
	if (!(m = month_at(mk = k)))
		return 0;
	if (isp(k + 1, '.') && adj(k + 1) && (tk[k].f & F_MONABBR))
		k++;
	k = year_after(k + 1, &y);
	if (!y && (!tk[mk].cap || (tk[k].t == TW && tk[k].cap &&
	    (tk[k].f & F_STREET))))
		return 0;	/* "4 march", "2 May Road" */
	if (r) {
		date_new(ws, c, y, m, d);
		date_new(r, k, y, m, d2);
	} else
		date_new(ws, k, y, m, d);
	return k;
}

static int short_lead(int k);

/*
 * Month first: "February 20th, 2020"; without a year "May 9th", or "May
 * 9" after a weekday or a word that leads to a date ("on May 9"), the
 * year from the meeting; "March 2024" is a period.
 */
static int
date_monthfirst(int i, int ws)
{
	int k = i + 1, m, d, y, dk;
	struct ent *e;

	if (!(m = month_at(i)) || !tk[i].cap)
		return 0;
	if (isp(k, '.') && (tk[i].f & F_MONABBR))
		k++;
	dk = k;
	if ((k = day_at(k, &d)) && (k = year_after(k, &y)) && y) {
		date_new(ws, k, y, m, d);
		return k;
	}
	if (k && (k == dk + 2 || ws != i || short_lead(i - 1)) &&
	    !(k < nt && adj(k) && (tk[k].t != TP || isnum(k + 1))) &&
	    date_new(ws, k, 0, m, d))
		return k;
	k = year_after(i + 1, &y);
	if (!y || ws != i)
		return 0;
	e = ent_new(K_PERIOD, i, k);
	e->y = y;
	e->m = m;
	return k;
}

/*
 * Words before a numeric date that say it is one, so that a number
 * read as a day and a month ("minute 19/10", "item 4.03.19") is not
 * taken for a date after any other word.
 */
static const char *const numref[] = { "item", "items", "minute", "minutes",
    "min", "section", "paragraph", "para", "page", "no", "ref", "reference",
    "number", "version", "appendix", "annex", "schedule", "policy" };

static int
refword(int k)
{
	size_t j;

	for (j = 0; j < sizeof numref / sizeof numref[0]; j++)
		if (isw_n(k, numref[j], strlen(numref[j])))
			return 1;
	return 0;
}

/*
 * "13/11/2018", "13.11.2018", "2020-02-20", and with a two-digit year
 * "02/03/21"; with dots or dashes the day and the month have two digits
 * ("25.10.12", "04.03.19", "13-03-19"), as a ledger writes them, which
 * a clause number ("1.10.12") does not.
 */
static int
date_numeric(int i)
{
	int a, b, c, sep, y;

	if (!isnum(i) || !isnum(i + 2) || !isnum(i + 4) || !adj(i + 1) ||
	    !adj(i + 2) || !adj(i + 3) || !adj(i + 4))
		return 0;
	if (adj(i) && (isp(i - 1, '/') || isp(i - 1, '.') || isp(i - 1, '-')))
		return 0;
	if (i + 5 < nt && adj(i + 5) && tk[i + 5].t != TP)
		return 0;
	if (i + 6 < nt && adj(i + 5) && adj(i + 6) && tk[i + 6].t == TN)
		return 0;
	sep = tk[i + 1].c;
	if (tk[i + 1].t != TP || !isp(i + 3, sep) ||
	    (sep != '/' && sep != '.' && sep != '-'))
		return 0;
	a = (int)tk[i].v;
	b = (int)tk[i + 2].v;
	c = (int)tk[i + 4].v;
	if (tk[i].num == 4 && sep == '-' && tk[i + 2].num == 2 &&
	    tk[i + 4].num == 2 && isyear(i)) {
		if (b >= 1 && b <= 12 && date_new(i, i + 5, a, b, c))
			return i + 5;
		return 0;
	}
	if (tk[i].num > 2 || tk[i + 2].num > 2 || b < 1 || b > 12)
		return 0;
	if (tk[i + 4].num == 4 && isyear(i + 4))
		y = c;
	else if (tk[i + 4].num == 2 && (sep == '/' || (tk[i].num == 2 &&
	    tk[i + 2].num == 2 && !refword(i - 1))))
		y = c < 70 ? 2000 + c : 1900 + c;
	else
		return 0;
	return date_new(i, i + 5, y, b, a) ? i + 5 : 0;
}

/* A year alone where it names one ("in 2009"), or "2016/17". */
static int
period_year(int i)
{
	struct ent *e;
	int k = i + 1;

	if (!isyear(i) || (adj(i) && tk[i - 1].t != TP))
		return 0;
	if (isp(k, '/') && adj(k) && isnum(k + 1) && adj(k + 1) &&
	    tk[k + 1].num == 2 && !(k + 2 < nt && adj(k + 2) &&
	    !isp(k + 2, ',') && !isp(k + 2, '.') && !isp(k + 2, ')')))
		k += 2;
	else if (!(i > 0 && tk[i - 1].t == TW &&
	    (tk[i - 1].f & (F_YEARPREP | F_CONN))) ||
	    (k < nt && adj(k) && !isp(k, ',') && !isp(k, '.')))
		return 0;
	e = ent_new(K_PERIOD, i, k);
	e->y = (int)tk[i].v;
	ent_val(e, i, k);
	return k;
}

/*
 * "Tuesday 4th" with no month: the 4th nearest the meeting that is a
 * Tuesday (within half a year either side), inferred.
 */
static int
date_weekday(int ws, int i)
{
	struct ent *e;
	int k, d, m, y, j, best = -1, bd = 0, dist, wd = tk[ws].num % 7;

	if (!D.day || !(k = day_at(i, &d)) || k != i + 2)
		return 0;
	for (j = -6; j <= 6; j++) {
		m = D.month + j;
		y = D.year + (m > 12) - (m < 1);
		m = (m + 11) % 12 + 1;
		if (d > mu_days_in(y, m) || mu_dow(y, m, d) != wd)
			continue;
		dist = (y * 12 + m - D.year * 12 - D.month) * 31 + d - D.day;
		if (dist < 0)
			dist = -dist;
		if (best < 0 || dist < bd) {
			best = (y * 12 + m - 1);
			bd = dist;
		}
	}
	if (best < 0)
		return 0;
	e = ent_new(K_DATE, ws, k);
	e->y = best / 12;
	e->m = best % 12 + 1;
	e->d = d;
	e->inferred = 1;
	return k;
}

/* Words after which a day and a month "23/11" are a date. */
static const char *const shortprep[] = { "on", "dated", "from", "until",
    "till", "by", "before", "after", "since", "of", "commencing",
    "ending", "date", "dates" };

/* Token k says that a short date follows: a word above, or a date. */
static int
short_lead(int k)
{
	size_t j;
	int e;

	for (j = 0; j < sizeof shortprep / sizeof shortprep[0]; j++)
		if (isw_n(k, shortprep[j], strlen(shortprep[j])))
			return 1;
	if (isw(k, "c") && isp(k - 1, '/') && isw(k - 2, "w"))
		return 1;		/* "w/c", week commencing */
	if (isp(k, ',') || isp(k, '&') || isdash(k) || isw(k, "and") ||
	    isw(k, "to"))
		k--;
	for (e = nents - 1; e >= 0 && ents[e].te > k + 1; e--)
		;
	return e >= 0 && ents[e].kind == K_DATE && ents[e].te == k + 1;
}

/*
 * "23/11", a day and a month, the year from the meeting: only after a
 * weekday, a word that leads to a date or another date, since "19/10"
 * alone is as often a minute number.  "1/2", "2/3" after "by" are parts.
 */
static int
date_short(int i, int ws)
{
	int d, m;

	if (!isnum(i) || !isp(i + 1, '/') || !isnum(i + 2) || !adj(i + 1) ||
	    !adj(i + 2) || tk[i].num > 2 || tk[i + 2].num > 2)
		return 0;
	if (adj(i) && tk[i - 1].t != TW && !isp(i - 1, '(') && ws == i)
		return 0;
	if (i + 3 < nt && adj(i + 3) && (tk[i + 3].t != TP || isp(i + 3, '/') ||
	    ((isp(i + 3, '.') || isp(i + 3, '-')) && isnum(i + 4) &&
	    adj(i + 4))))
		return 0;
	d = (int)tk[i].v;
	m = (int)tk[i + 2].v;
	if (m < 1 || m > 12 || (ws == i && (!short_lead(i - 1) ||
	    (d < m && tk[i].num == 1 && tk[i + 2].num == 1))))
		return 0;
	return date_new(ws, i + 3, 0, m, d) ? i + 3 : 0;
}

int
rec_date(int i)
{
	int ws = i, k;

	if (tk[i].t == TW && (tk[i].f & F_WDAY) && tk[i].cap) {
		k = i + 1;
		if (isp(k, ','))
			k++;
		if (isp(k, '.') && adj(k))
			k++;
		if (isnum(k) || month_at(k)) {
			i = k;
		}
	}
	if (isnum(i)) {
		if ((k = date_numeric(i)) || (k = date_dayfirst(i, ws)) ||
		    (k = date_short(i, ws)))
			return k;
		return ws == i ? period_year(i) : date_weekday(ws, i);
	}
	return date_monthfirst(i, ws);
}

/* Only a range word or comma between entities a and b. */
static int
joined(const struct ent *a, const struct ent *b)
{
	int k = a->te;

	if (k < nt && (isdash(k) || (tk[k].t == TW && (tk[k].f & F_RANGE))))
		k++;
	return k == b->ts;
}

/*
 * "1 October to 31 December 2019" takes the year of the end of its
 * range, "1 May 2016 to 3 June" that of its start; any other date without
 * a year takes the meeting's (inferred).
 * Dates that can get no year are dropped.
 */
void
fill_years(void)
{
	struct ent *e, *n, *p;
	int i, j, y;

	for (i = nents - 1; i >= 0; i--) {
		e = &ents[i];
		if (e->kind != K_DATE || !e->needyear)
			continue;
		n = i + 1 < nents ? &ents[i + 1] : NULL;
		p = i > 0 ? &ents[i - 1] : NULL;
		if (n && n->kind == K_DATE && !n->needyear && joined(e, n)) {
			e->y = n->y - (e->m > n->m);
		} else if (p && p->kind == K_DATE && !p->needyear &&
		    joined(p, e)) {
			/* "1 May 2016 to 3 June" */
			e->y = p->y + (e->m < p->m);
		} else if ((y = D.year ? D.year : D.fallback)) {
			e->y = nearest_year(y, e->m, e->d);
			e->inferred = 1;
		}
		if (e->y == 0 || e->d > mu_days_in(e->y, e->m))
			e->kind = 0;
	}
	for (i = j = 0; i < nents; i++)
		if (ents[i].kind)
			ents[j++] = ents[i];
	nents = j;
	for (i = 0; i < nents && !D.fallback; i++)
		if (ents[i].kind == K_DATE && !ents[i].inferred)
			D.fallback = ents[i].y;
}
