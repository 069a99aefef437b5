/* times.c: clock times. */
#include <string.h>

#include "mentities.h"

/* "pm", "p.m.", "PM": sets *pm and returns the token after, or 0. */
static int
meridiem_at(int k, int *pm)
{
	if (isw(k, "am") || isw(k, "pm")) {
		*pm = (txt[tk[k].s] | 0x20) == 'p';
		return k + 1;
	}
	if ((isw(k, "a") || isw(k, "p")) && isp(k + 1, '.') && adj(k + 1) &&
	    isw(k + 2, "m") && adj(k + 2)) {
		*pm = (txt[tk[k].s] | 0x20) == 'p';
		return isp(k + 3, '.') && adj(k + 3) ? k + 4 : k + 3;
	}
	return 0;
}

/*
 * A clock time at i: "2.00", "19:00", "7"; *mer is 1 when am/pm follows
 * (then *pm says which).  Returns the token after it or 0.
 */
static int
clock_at(int i, int *h, int *mi, int *mer, int *pm, int *colon)
{
	int k = i + 1, m;

	if (!isnum(i) || tk[i].num > 2 || tk[i].v > 24)
		return 0;
	if (adj(i) && (isp(i - 1, '.') || isp(i - 1, ':') ||
	    isp(i - 1, P_POUND)))
		return 0;
	*h = (int)tk[i].v;
	*mi = 0;
	*colon = 0;
	if ((isp(k, '.') || isp(k, ':')) && adj(k) && isnum(k + 1) &&
	    adj(k + 1) && tk[k + 1].num == 2 && tk[k + 1].v < 60) {
		*colon = tk[k].c == ':';
		*mi = (int)tk[k + 1].v;
		k += 2;
	}
	*mer = 0;
	if ((m = meridiem_at(k, pm))) {
		if (*h < 1 || *h > 12)
			return 0;
		*mer = 1;
		k = m;
	}
	return k;
}

static void
time_new(int ts, int te, int h, int mi)
{
	struct ent *e = ent_new(K_TIME, ts, te);

	e->m = h;
	e->d = mi;
}

/* "2:00pm", "10.30 am", "19:00", "noon", "2.00 - 3.45 pm". */
int
rec_time(int i)
{
	int h, mi, mer, pm, colon, k, k2, h2, mi2, mer2, pm2, c2, c;

	if (tk[i].t == TW) {
		c = txt[tk[i].s] | 0x20;
		if (c != 'n' && c != 'm')
			return 0;
		if (isw(i, "noon") || isw(i, "midday") || isw(i, "midnight")) {
			time_new(i, i + 1, isw(i, "midnight") ? 0 : 12, 0);
			return i + 1;
		}
		return 0;
	}
	if (isnum(i) && tk[i].num == 4 && tk[i].v % 100 < 60 &&
	    tk[i].v / 100 < 24 && (isw(i + 1, "hrs") || (isw(i + 1, "hours") &&
	    isw(i - 1, "at")))) {
		time_new(i, i + 2, (int)tk[i].v / 100, (int)tk[i].v % 100);
		return i + 2;		/* "1930 hrs", "at 0900 hours" */
	}
	if (!(k = clock_at(i, &h, &mi, &mer, &pm, &colon)))
		return 0;
	if (!mer && k == i + 3 && h < 24 && (isw(k, "hrs") || isw(k, "hr") ||
	    isw(k, "hours"))) {
		time_new(i, k + 1, h, mi);	/* "19.00hrs", "19.00 hours" */
		return k + 1;
	}
	if (h == 12 && !mer && (isw(k, "noon") || isw(k, "midday"))) {
		time_new(i, k + 1, 12, 0);
		return k + 1;
	}
	if (mer) {
		time_new(i, k, mu_hour24(h, pm), mi);
		return k;
	}
	if ((isdash(k) || isw(k, "to") || isw(k, "until")) &&
	    (k2 = clock_at(k + 1, &h2, &mi2, &mer2, &pm2, &c2)) && mer2 &&
	    h >= 1 && h <= 12 && (k > i + 1 || adj(k))) {
		/* the first time of a range takes the second's am or pm */
		if (pm2 && h2 != 12 && h > h2 && h != 12)
			pm2 = 0;
		time_new(i, k, mu_hour24(h, pm2), mi);
		return k;
	}
	if (colon && h < 24) {
		time_new(i, k, h, mi);
		return k;
	}
	return 0;
}
