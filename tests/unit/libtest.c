/* libtest: unit tests of the shared library, as TAP. */
#include <stdio.h>
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

static void
test_text(void)
{
	struct mu_buf b;
	const char *s;

	mu_buf_init(&b);
	s = "  a \t b\xc2\xa0\xc2\xa0 c  ";
	mu_squeeze(&b, s, strlen(s));
	ok(strcmp(b.s, "a b c") == 0, "squeeze folds spaces, tabs and NBSP");
	s = "\xc2\xa3 \xe2\x80\x93 \xf0\x9f\x98\x80";
	ok(mu_utf8_valid(s, strlen(s)), "valid UTF-8");
	ok(!mu_utf8_valid("\xc0\xaf", 2), "overlong UTF-8 rejected");
	ok(!mu_utf8_valid("\xed\xa0\x80", 3), "surrogate rejected");
	ok(!mu_utf8_valid("\xe2\x80", 2), "cut sequence rejected");
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

int
main(void)
{
	test_buf();
	test_text();
	test_rec();
	printf("1..%d\n", ntest);
	return nfail != 0;
}
