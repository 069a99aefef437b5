/*
 * when.c: dates and times the UK way, as minutes write them: the names of
 * months and weekdays, ordinals, the calendar, and dates and times read
 * from a NUL-terminated string.  mentities reads its tokens with its own
 * grammar but takes the words and the arithmetic from here.
 */
#include <ctype.h>
#include <string.h>

#include "minutiae.h"

const char *const mu_month_names[] = { "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october",
	"november", "december", NULL };

/* The first three letters, and "sept"; "may" has none (see mu_month). */
const char *const mu_month_abbrs[] = { "jan", "feb", "mar", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL };

const char *const mu_wday_names[] = { "sunday", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", NULL };

/* Whatever the number: "1th" and "22st" are typing, still ordinals. */
const char *const mu_ordinals[] = { "st", "nd", "rd", "th", NULL };

/* Length of an alphabetic word at s. */
static size_t
alen(const char *s)
{
	size_t n = 0;

	while (isalpha((unsigned char)s[n]))
		n++;
	return n;
}

int
mu_month(const char *s, size_t n, int *abbr)
{
	size_t full;
	int i;

	if (n < 3 || n > 9)
		return 0;
	/* One pass: the abbreviations are mu_month_abbrs, by this rule. */
	for (i = 0; i < 12; i++) {
		full = strlen(mu_month_names[i]);
		if ((n == full || n == 3 || (n == 4 && i == 8)) &&
		    mu_strncaseeq(s, mu_month_names[i], n)) {
			if (abbr)
				*abbr = n < full;
			return i + 1;
		}
	}
	return 0;
}

int
mu_wday(const char *s, size_t n)
{
	size_t full;
	int i;

	/* Read at every word start: turn most words away at once. */
	if (n < 3 || n > 9 || !strchr("smtwf", s[0] | 0x20))
		return -1;
	for (i = 0; i < 7; i++) {
		full = strlen(mu_wday_names[i]);
		if (n >= 3 && n <= full && (n == full || n <= 4) &&
		    mu_strncaseeq(s, mu_wday_names[i], n))
			return i;
	}
	return -1;
}

int
mu_ordinal(const char *s, size_t n)
{
	int i;

	if (n != 2)
		return 0;
	for (i = 0; mu_ordinals[i]; i++)
		if (mu_strncaseeq(s, mu_ordinals[i], 2))
			return 1;
	return 0;
}

int
mu_days_in(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* Sakamoto's method. */
int
mu_dow(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int
mu_hour24(int h, int pm)
{
	if (pm)
		return h == 12 ? 12 : h + 12;
	return h == 12 ? 0 : h;
}

/* ---- reading a string ---- */

/* A month at s (a whole word, with its full stop after an abbreviation). */
static int
month_at(const char *s, size_t *len)
{
	size_t n = alen(s);
	int m, abbr;

	if ((m = mu_month(s, n, &abbr)) != 0)
		*len = n + (s[n] == '.' && abbr);
	return m;
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

/* The rest of a numeric date after its day: "/03/2021", ".03.2021". */
static size_t
numeric_rest(const char *s, size_t i, int *mo, int *y)
{
	size_t n;

	i++;
	if ((*mo = number_at(s, &i, 2)) < 1 || *mo > 12 || (s[i] != '/' &&
	    s[i] != '.'))
		return 0;
	i++;
	n = i;
	if ((*y = number_at(s, &i, 4)) < 0 || i - n != 4 ||
	    isdigit((unsigned char)s[i]))
		return 0;
	return i;
}

size_t
mu_date_at(const char *s, int *y, int *mo, int *d)
{
	size_t i = 0, n;
	int dd, mm, yy;

	if (!isdigit((unsigned char)s[0]) && mu_wday(s, n = alen(s)) >= 0)
		i = skip_sp(s, n + (s[n] == '.'), 1);
	if ((dd = number_at(s, &i, 2)) < 1 || dd > 31)
		return 0;
	if (s[i] == '/' || s[i] == '.') {
		if ((i = numeric_rest(s, i, &mm, &yy)) == 0)
			return 0;
		goto ok;
	}
	n = skip_sp(s, i, 0);
	if (mu_ordinal(s + n, alen(s + n)))
		i = n + 2;
	i = skip_sp(s, i, 0);
	if (mu_caseprefix(s + i, "of "))
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

size_t
mu_find_date(const char *s, size_t n, size_t *at, int *y, int *mo, int *d)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (i && isalnum((unsigned char)s[i - 1]))
			continue;
		if (!isalnum((unsigned char)s[i]))
			continue;
		if ((k = mu_date_at(s + i, y, mo, d)) && i + k <= n) {
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

size_t
mu_time_at(const char *s, int loose, int *h, int *m, int *sfx)
{
	size_t i = 0, n;
	int hh, mm = 0, sep = 0;

	if (mu_caseprefix(s, "noon") || mu_caseprefix(s, "midday")) {
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
		hh = mu_hour24(hh, *sfx == 'p');
	} else if (!(sep == ':' || (loose && sep)))
		return 0;
	*h = hh;
	*m = mm;
	return i;
}

size_t
mu_find_time(const char *s, size_t n, size_t *at, int *h, int *m)
{
	size_t i, k;
	int sfx;

	for (i = 0; i < n; i++) {
		if (i && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.'
		    || s[i - 1] == '/' || s[i - 1] == ':' ||
		    (unsigned char)s[i - 1] == 0xa3))	/* £ */
			continue;
		/* "at 19.30": a bare time after "at" is a time too */
		if (((k = mu_time_at(s + i, 0, h, m, &sfx)) || (i >= 3 &&
		    mu_strncaseeq(s + i - 3, "at ", 3) &&
		    (k = mu_time_at(s + i, 1, h, m, &sfx)))) && i + k <= n) {
			*at = i;
			return k;
		}
	}
	return 0;
}

size_t
mu_range_at(const char *s, int *sh, int *sm, int *eh, int *em)
{
	size_t i, k;
	int s1, s2;

	if ((i = mu_time_at(s, 1, sh, sm, &s1)) == 0)
		return 0;
	i = skip_sp(s, i, 0);
	if (s[i] == '-')
		i++;
	else if (mu_caseprefix(s + i, "\xe2\x80\x93") ||
	    mu_caseprefix(s + i, "\xe2\x80\x94"))
		i += 3;
	else if (mu_caseprefix(s + i, "to "))
		i += 2;
	else
		return 0;
	i = skip_sp(s, i, 0);
	if ((k = mu_time_at(s + i, 0, eh, em, &s2)) == 0)
		return 0;
	if (!s1 && s2 == 'p' && *sh < 12 && *sh + 12 <= *eh)
		*sh += 12;
	return i + k;
}
