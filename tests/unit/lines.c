/*
 * lines: reads minutes text through the library's input layer and prints
 * "N:text" for each line, so the tests can see what the filters see
 * (gzip, zlib, CRLF, BOM, Windows-1252, NUL bytes, long lines).
 * usage: lines [FILE...]
 */
#include <stdio.h>
#include <string.h>

#include "minutiae.h"

static int
lines(const char *path)
{
	struct mu_input *in;
	struct mu_buf line;
	char num[32];
	int got;

	if ((in = mu_input_open(path, 0)) == NULL)
		return 1;
	mu_buf_init(&line);
	while ((got = mu_input_getline(in, &line)) == 1) {
		snprintf(num, sizeof num, "%ld:", mu_input_lineno(in));
		mu_out_bytes(num, strlen(num));
		mu_out_line(line.s, line.len);
	}
	mu_buf_free(&line);
	return mu_input_close(in) < 0 || got < 0;
}

int
main(int argc, char *argv[])
{
	int i, rval = 0;

	mu_setprog(argv[0]);
	if (argc == 1)
		rval |= lines("-");
	for (i = 1; i < argc; i++)
		rval |= lines(argv[i]);
	return mu_out_finish() || rval ? 1 : 0;
}
