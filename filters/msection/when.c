/* when.c: dates and times the UK way, as written in minutes. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msection.h"

static const char *months[] = { "january", "february", "march", "april",
	"may", "june", "july", "august", "september", "october", "november",
	"december" };
const char *wdays[] = { "sunday", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday" };

/* Length of an alphabetic word at s. */
static size_t
alen(const char *s)
{
	size_t n = 0;

	while (isalpha((unsigned char)s[n]))
		n++;
	return n;
}

/* Month 1..12 of the word at s (full name or three-letter form), or 0. */
static int
month_at(const char *s, size_t *len)
{
	size_t n = alen(s);
	int i;

	for (i = 0; i < 12; i++) {
		size_t full = strlen(months[i]);
		if ((n == full || (n == 3) || (n == 4 && i == 8)) &&
		    mu_strncaseeq(s, months[i], n)) {
			*len = n + (s[n] == '.' && n < full);
			return i + 1;
		}
	}
	return 0;
}

static int
weekday_at(const char *s, size_t *len)
{
	size_t n = alen(s);
	int i;

	for (i = 0; i < 7; i++)
		if (n >= 3 && n <= strlen(wdays[i]) &&
		    mu_strncaseeq(s, wdays[i], n) &&
		    (n == strlen(wdays[i]) || n <= 4)) {
			*len = n + (s[n] == '.');
			return 1;
		}
	return 0;
}

static size_t
skip_sp(const char *s, size_t i, int comma)
{
	while (s[i] == ' ' || (comma && s[i] == ','))
		i++;
	return i;
}

static int
number_at(const char *s, size_t *i, int maxdig)
{
	int v = 0, k = 0;

	while (isdigit((unsigned char)s[*i]) && k < maxdig) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	return k ? v : -1;
}

/*
 * A full date at s ("Thursday, 5 March 2020", "1ST SEPTEMBER 2016",
 * "9th March, 2014", "04/03/2021").  Returns its length, or 0.
 */
static size_t
date_at(const char *s, int *y, int *mo, int *d)
{
	size_t i = 0, n;
	int dd, mm, yy;

	if (!isdigit((unsigned char)s[0]) && weekday_at(s, &n))
		i = skip_sp(s, n, 1);
	if ((dd = number_at(s, &i, 2)) < 1 || dd > 31)
		return 0;
	if (s[i] == '/' || s[i] == '.') {
		i++;
		if ((mm = number_at(s, &i, 2)) < 1 || mm > 12 || (s[i] != '/'
		    && s[i] != '.'))
			return 0;
		i++;
		n = i;
		if ((yy = number_at(s, &i, 4)) < 0 || i - n != 4 ||
		    isdigit((unsigned char)s[i]))
			return 0;
		goto ok;
	}
	n = skip_sp(s, i, 0);
	if (alen(s + n) == 2 && (ci_prefix(s + n, "st") ||
	    ci_prefix(s + n, "nd") || ci_prefix(s + n, "rd") ||
	    ci_prefix(s + n, "th")))
		i = n + 2;
	i = skip_sp(s, i, 0);
	if (ci_prefix(s + i, "of "))
		i += 3;
	if ((mm = month_at(s + i, &n)) == 0)
		return 0;
	i = skip_sp(s, i + n, 1);
	n = i;
	if ((yy = number_at(s, &i, 4)) < 1800 || i - n != 4 ||
	    isdigit((unsigned char)s[i]))
		return 0;
ok:
	*y = yy;
	*mo = mm;
	*d = dd;
	return i;
}

/* The first full date in s[0..n), starting at a word; *at its offset. */
size_t
find_date(const char *s, size_t n, size_t *at, int *y, int *mo, int *d)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (i && isalnum((unsigned char)s[i - 1]))
			continue;
		if (!isalnum((unsigned char)s[i]))
			continue;
		if ((k = date_at(s + i, y, mo, d)) && i + k <= n) {
			*at = i;
			return k;
		}
	}
	return 0;
}

/* "am"/"pm"/"a.m."/"p.m." at s: 'a', 'p' or 0, with its length. */
static int
ampm_at(const char *s, size_t *len)
{
	int c = tolower((unsigned char)s[0]);

	if (c != 'a' && c != 'p')
		return 0;
	if (tolower((unsigned char)s[1]) == 'm' &&
	    !isalpha((unsigned char)s[2])) {
		*len = 2 + (s[2] == '.');
		return c;
	}
	if (s[1] == '.' && tolower((unsigned char)s[2]) == 'm') {
		*len = 3 + (s[3] == '.');
		return c;
	}
	return 0;
}

/*
 * A time at s: "2.00 pm", "2:00pm", "6pm", "14:00", "7.30 PM", "noon".
 * loose: a bare "2.00" is taken too (the first half of a range); *sfx
 * gets 'a', 'p' or 0.  Returns the length, or 0.
 */
size_t
time_at(const char *s, int loose, int *h, int *m, int *sfx)
{
	size_t i = 0, n;
	int hh, mm = 0, sep = 0;

	if (ci_prefix(s, "noon") || ci_prefix(s, "midday")) {
		*h = 12;
		*m = 0;
		*sfx = 0;
		return s[0] == 'n' || s[0] == 'N' ? 4 : 6;
	}
	if ((hh = number_at(s, &i, 2)) < 0 || hh > 23)
		return 0;
	if ((s[i] == '.' || s[i] == ':') && isdigit((unsigned char)s[i + 1])) {
		sep = s[i++];
		n = i;
		if ((mm = number_at(s, &i, 2)) < 0 || i - n != 2 || mm > 59 ||
		    isdigit((unsigned char)s[i]))
			return 0;
	}
	n = skip_sp(s, i, 0);
	*sfx = ampm_at(s + n, &i) ? tolower((unsigned char)s[n]) : 0;
	if (*sfx) {
		if (hh > 12 || hh == 0)
			return 0;
		i += n;
	} else if (!(sep == ':' || (loose && sep)))
		return 0;
	if (*sfx == 'p' && hh < 12)
		hh += 12;
	else if (*sfx == 'a' && hh == 12)
		hh = 0;
	*h = hh;
	*m = mm;
	return i;
}

/* The first time in s[0..n), starting at a word; *at its offset. */
size_t
find_time(const char *s, size_t n, size_t *at, int *h, int *m)
{
	size_t i, k;
	int sfx;

	for (i = 0; i < n; i++) {
		if (i && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.'
		    || s[i - 1] == '/' || s[i - 1] == ':' ||
		    (unsigned char)s[i - 1] == 0xa3))	/* £ */
			continue;
		/* "at 19.30": a bare time after "at" is a time too */
		if (((k = time_at(s + i, 0, h, m, &sfx)) || (i >= 3 &&
		    mu_strncaseeq(s + i - 3, "at ", 3) &&
		    (k = time_at(s + i, 1, h, m, &sfx)))) && i + k <= n) {
			*at = i;
			return k;
		}
	}
	return 0;
}

/*
 * A range "2.00 - 3.45 pm" at s.  The first time takes the second's
 * am/pm unless that would make it later than the end ("11.00 - 1.30 pm").
 */
size_t
range_at(const char *s, int *sh, int *sm, int *eh, int *em)
{
	size_t i, k;
	int s1, s2;

	if ((i = time_at(s, 1, sh, sm, &s1)) == 0)
		return 0;
	i = skip_sp(s, i, 0);
	if (s[i] == '-')
		i++;
	else if (ci_prefix(s + i, "\xe2\x80\x93") ||
	    ci_prefix(s + i, "\xe2\x80\x94"))
		i += 3;
	else if (ci_prefix(s + i, "to "))
		i += 2;
	else
		return 0;
	i = skip_sp(s, i, 0);
	if ((k = time_at(s + i, 0, eh, em, &s2)) == 0)
		return 0;
	if (!s1 && s2 == 'p' && *sh < 12 && *sh + 12 <= *eh)
		*sh += 12;
	return i + k;
}

/* Day of the week, 0 Sunday (Sakamoto's method). */
int
dow(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}
