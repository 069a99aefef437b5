/* libtest: unit tests of the shared library, as TAP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"

static int ntest, nfail;

static void
ok(int cond, const char *desc)
{
	ntest++;
	if (!cond)
		nfail++;
	printf("%sok %d - %s\n", cond ? "" : "not ", ntest, desc);
}

static void
test_buf(void)
{
	struct mu_buf b;
	int i;

	mu_buf_init(&b);
	ok(strcmp(mu_buf_str(&b), "") == 0, "empty buffer reads as \"\"");
	for (i = 0; i < 10000; i++)
		mu_buf_addc(&b, 'x');
	ok(b.len == 10000 && b.s[10000] == '\0', "buffer grows, stays NUL-terminated");
	mu_buf_reset(&b);
	mu_buf_printf(&b, "%s:%d", "doc", 42);
	ok(strcmp(b.s, "doc:42") == 0, "printf appends");
	mu_buf_free(&b);
}

static int
utf8(const char *s, size_t n)
{
	return mu_utf8_len((const unsigned char *)s, n);
}

static void
test_text(void)
{
	struct mu_buf b;
	const char *s;

	mu_buf_init(&b);
	s = "\xc2\xa3\xe2\x80\x93\xf0\x9f\x98\x80";
	ok(utf8(s, 2) == 2 && utf8(s + 2, 3) == 3 && utf8(s + 5, 4) == 4,
	    "valid UTF-8 of 2, 3 and 4 bytes");
	ok(utf8("\xc0\xaf", 2) == 0, "overlong UTF-8 rejected");
	ok(utf8("\xed\xa0\x80", 3) == 0, "surrogate rejected");
	ok(utf8("\xe2\x80", 2) == 0, "cut sequence rejected");
	mu_buf_reset(&b);
	mu_cp1252_add(&b, 0xa3);
	mu_cp1252_add(&b, 0x96);
	mu_cp1252_add(&b, 0x80);
	ok(strcmp(b.s, "\xc2\xa3\xe2\x80\x93\xe2\x82\xac") == 0,
	    "Windows-1252: pound, en dash, euro");
	ok(mu_strncaseeq("RESOLVED", "resolved", 8), "strncaseeq folds case");
	ok(!mu_strncaseeq("RESOLVE", "resolvd", 7), "strncaseeq tells apart");
	mu_buf_reset(&b);
	mu_json_quote(&b, "a\"\\\n\x01\xc2\xa3", 7);
	ok(strcmp(b.s, "\"a\\\"\\\\\\n\\u0001\xc2\xa3\"") == 0, "json quoting");
	mu_buf_free(&b);
}

static void
test_rec(void)
{
	struct mu_rec r;
	const char *why = NULL, *line;
	size_t col = 0;

	mu_rec_init(&r);
	line = "{\"type\":\"item\",\"doc\":\"a.txt\",\"line\":7,\"t\":\"x\\u00e9\","
	    "\"n\":null,\"arr\":[1,2],\"t\":\"last\"}";
	ok(mu_rec_parse(&r, line, strlen(line), &why, &col) == 0, "parse a record");
	ok(strcmp(mu_rec_type(&r), "item") == 0, "type");
	ok(strcmp(mu_rec_doc(&r), "a.txt") == 0, "doc");
	ok(mu_rec_line(&r) == 7, "line");
	ok(strcmp(mu_rec_str(&r, "t"), "last") == 0, "the last of equal keys wins, as jq");
	ok(mu_rec_get(&r, "n")->type == MU_NULL && mu_rec_str(&r, "n") == NULL, "null");
	ok(strcmp(mu_rec_get(&r, "arr")->val, "[1,2]") == 0, "array kept as JSON text");
	ok(mu_rec_int(&r, "missing", -1) == -1, "missing int gives the default");
	line = "{\"a\":[1,2}";
	ok(mu_rec_parse(&r, line, strlen(line), &why, &col) < 0 && col == 10,
	    "bad record: error and column");
	line = "{\"a\":\"x\\u0000y\"}";
	ok(mu_rec_parse(&r, line, strlen(line), &why, &col) == 0 &&
	    mu_rec_get(&r, "a")->len == 3, "\\u0000 kept, length counts it");
	mu_rec_free(&r);
}

static void
test_helpers(void)
{
	struct mu_buf b;
	size_t off, cap = 0, i;
	int *a = NULL;

	ok(mu_caseprefix("Resolved that", "RESOLVED"), "caseprefix folds case");
	ok(!mu_caseprefix("Res", "resolved"), "caseprefix: a shorter s is no match");
	ok(mu_caseprefix("anything", ""), "caseprefix: the empty prefix");
	ok(mu_wordlen("Cllr Smith", 10) == 4 && mu_wordlen("Smith", 3) == 3,
	    "wordlen stops at a space or the end");
	ok(mu_nchars("\xc2\xa3" "5 \xe2\x80\x93", 6) == 4, "nchars counts characters");
	mu_buf_init(&b);
	mu_buf_addc(&b, '\0');
	off = mu_save(&b, "Clerkxxx", 5);
	for (i = 0; i < 1000; i++)
		mu_save(&b, "padding", 7);
	ok(off == 1 && strcmp(b.s + off, "Clerk") == 0,
	    "save: an offset that outlives reallocation");
	mu_buf_free(&b);
	for (i = 0; i < 200; i++) {
		a = mu_grow(a, &cap, i, sizeof *a);
		a[i] = (int)i;
	}
	ok(cap >= 200 && a[199] == 199 && a[0] == 0, "grow keeps what it holds");
	free(a);
}

static void
test_words(void)
{
	int abbr = -1, i, n;

	ok(mu_month("February", 8, &abbr) == 2 && abbr == 0, "month: full name");
	ok(mu_month("SEPT", 4, &abbr) == 9 && abbr == 1, "month: Sept");
	ok(mu_month("sep", 3, NULL) == 9 && mu_month("Dec", 3, NULL) == 12,
	    "month: three letters");
	ok(mu_month("May", 3, &abbr) == 5 && abbr == 0, "month: May is a full name");
	ok(mu_month("Ju", 2, NULL) == 0 && mu_month("Marc", 4, NULL) == 0 &&
	    mu_month("Mayor", 5, NULL) == 0, "month: no partial words");
	for (i = 0, n = 0; mu_month_abbrs[i]; i++)
		n += mu_month(mu_month_abbrs[i], strlen(mu_month_abbrs[i]),
		    &abbr) != 0 && abbr == 1;
	ok(i == 12 && n == 12, "month: the abbreviations listed are those known");
	ok(strcmp(mu_month_names[11], "december") == 0 &&
	    mu_month_names[12] == NULL, "month names, NULL-ended");
	ok(mu_wday("Thursday", 8) == 4 && mu_wday("THUR", 4) == 4 &&
	    mu_wday("wed", 3) == 3 && mu_wday("Sun", 3) == 0, "weekdays");
	ok(mu_wday("Th", 2) == -1 && mu_wday("Thurs", 5) == -1 &&
	    mu_wday("Wednes", 6) == -1, "weekday: three or four letters or all");
	ok(mu_ordinal("st", 2) && mu_ordinal("ND", 2) && mu_ordinal("Th", 2) &&
	    !mu_ordinal("s", 1) && !mu_ordinal("the", 3), "ordinal suffixes");
	ok(mu_days_in(2020, 2) == 29 && mu_days_in(1900, 2) == 28 &&
	    mu_days_in(2000, 2) == 29 && mu_days_in(2023, 4) == 30,
	    "days in a month, leap years");
	ok(mu_dow(2020, 2, 20) == 4 && mu_dow(2000, 1, 1) == 6 &&
	    mu_dow(2024, 3, 3) == 0, "day of the week");
	ok(mu_hour24(12, 0) == 0 && mu_hour24(12, 1) == 12 &&
	    mu_hour24(7, 1) == 19 && mu_hour24(9, 0) == 9, "12-hour to 24-hour");
}

/* mu_date_at on s: "" when none, else "YYYY-MM-DD/length". */
static int
date_is(const char *s, const char *want)
{
	char got[32] = "";
	int y, m, d;
	size_t k;

	if ((k = mu_date_at(s, &y, &m, &d)) != 0)
		snprintf(got, sizeof got, "%04d-%02d-%02d/%zu", y, m, d, k);
	if (strcmp(got, want) != 0)
		printf("# %s: got \"%s\", want \"%s\"\n", s, got, want);
	return strcmp(got, want) == 0;
}

static void
test_dates(void)
{
	size_t at = 0, k;
	int y, m, d;

	ok(date_is("Thursday, 20 February 2020 at", "2020-02-20/26"),
	    "date with weekday and comma");
	ok(date_is("1ST SEPTEMBER 2016", "2016-09-01/18"), "date in capitals");
	ok(date_is("1 st September 2016", "2016-09-01/19"), "ordinal split off");
	ok(date_is("9th March, 2014.", "2014-03-09/15"), "comma before the year");
	ok(date_is("Wed. 2nd of May 2018", "2018-05-02/20"), "\"of\", abbreviated weekday");
	ok(date_is("3 Sept. 2019", "2019-09-03/12"), "abbreviated month, full stop");
	ok(date_is("04/03/2021", "2021-03-04/10"), "numeric, day first");
	ok(date_is("04.03.2021", "2021-03-04/10"), "numeric with dots");
	ok(date_is("20 February", "") && date_is("20 February 20", "") &&
	    date_is("32 May 2020", "") && date_is("04/13/2021", "") &&
	    date_is("4 May 1700", "") && date_is("04/03/21", ""),
	    "no date without a four-digit year, or out of range");
	ok(date_is("Sept 2019", ""), "a month and year is no date");
	k = mu_find_date("held on 5 March 2020, 7pm", 25, &at, &y, &m, &d);
	ok(k == 12 && at == 8 && y == 2020 && m == 3 && d == 5, "find_date");
	ok(mu_find_date("item 15 March 2020", 14, &at, &y, &m, &d) == 0,
	    "find_date: only a date that ends within n");
	ok(mu_find_date("x15 March 2020", 14, &at, &y, &m, &d) == 0,
	    "find_date: only at a word start");
}

/* mu_time_at on s: "" when none, else "HH:MM/sfx/length". */
static int
time_is(const char *s, int loose, const char *want)
{
	char got[32] = "";
	int h, m, sfx;
	size_t k;

	if ((k = mu_time_at(s, loose, &h, &m, &sfx)) != 0)
		snprintf(got, sizeof got, "%02d:%02d/%c/%zu", h, m,
		    sfx ? sfx : '-', k);
	if (strcmp(got, want) != 0)
		printf("# %s: got \"%s\", want \"%s\"\n", s, got, want);
	return strcmp(got, want) == 0;
}

static void
test_times(void)
{
	size_t at = 0;
	int h, m, sh, sm, eh, em;

	ok(time_is("2.00 pm.", 0, "14:00/p/8"), "\"2.00 pm.\", its full stop taken");
	ok(time_is("2:00pm", 0, "14:00/p/6"), "\"2:00pm\"");
	ok(time_is("7.30 P.M. in", 0, "19:30/p/9"), "\"7.30 P.M.\"");
	ok(time_is("12 am", 0, "00:00/a/5") && time_is("12pm", 0, "12:00/p/4"),
	    "12 am and 12 pm");
	ok(time_is("19:00", 0, "19:00/-/5"), "24-hour with a colon");
	ok(time_is("19.00", 0, "") && time_is("19.00", 1, "19:00/-/5"),
	    "a bare 19.00 only when loose");
	ok(time_is("noon", 0, "12:00/-/4") && time_is("Midday", 0, "12:00/-/6"),
	    "noon, midday");
	ok(time_is("13 pm", 0, "") && time_is("7.5 pm", 0, "") &&
	    time_is("7.60pm", 0, "") && time_is("7 pmx", 0, ""),
	    "no time out of range or run on");
	ok(mu_find_time("starting at 19.30 sharp", 23, &at, &h, &m) == 5 &&
	    at == 12 && h == 19 && m == 30, "find_time: bare time after \"at\"");
	ok(mu_find_time("cost \xc2\xa3" "2.00 pm", 14, &at, &h, &m) == 0,
	    "find_time: not after a pound sign");
	ok(mu_range_at("2.00 - 3.45 pm", &sh, &sm, &eh, &em) == 14 &&
	    sh == 14 && sm == 0 && eh == 15 && em == 45,
	    "range: the start takes pm from the end");
	ok(mu_range_at("11.00 \xe2\x80\x93 1.30 pm", &sh, &sm, &eh, &em) &&
	    sh == 11 && eh == 13 && em == 30,
	    "range: but not when that puts it after the end");
	ok(mu_range_at("10am to 12.30pm", &sh, &sm, &eh, &em) == 15 &&
	    sh == 10 && eh == 12 && em == 30, "range with \"to\"");
	ok(mu_range_at("7.30pm", &sh, &sm, &eh, &em) == 0, "one time is no range");
}

int
main(void)
{
	test_buf();
	test_text();
	test_rec();
	test_helpers();
	test_words();
	test_dates();
	test_times();
	printf("1..%d\n", ntest);
	return nfail != 0;
}
