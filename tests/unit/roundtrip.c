/*
 * roundtrip: parses every record of the input with the library and
 * writes it again field by field.  The tests compare its output with
 * "jq -c ." (the reader and writer cross-checked), and bench/run times it
 * against jq on the same stream.
 * usage: roundtrip [-s] [FILE...]   (-s: strict)
 */
#include <string.h>

#include "minutiae.h"

static int
roundtrip(const char *path, int strict)
{
	struct mu_input *in;
	struct mu_buf line;
	struct mu_rec r;
	size_t i;
	int bad = 0, got;

	if ((in = mu_input_open(path, 1)) == NULL)
		return 1;
	mu_buf_init(&line);
	mu_rec_init(&r);
	while ((got = mu_rec_next(in, &line, &r, strict, &bad)) == 1) {
		mu_out_start();
		for (i = 0; i < r.n; i++)
			mu_out_field(&r.f[i]);
		mu_out_end();
	}
	mu_rec_free(&r);
	mu_buf_free(&line);
	if (mu_input_close(in) < 0 || got < 0)
		bad = 1;
	return bad;
}

int
main(int argc, char *argv[])
{
	int strict = 0, rval = 0, i = 1;

	mu_setprog(argv[0]);
	if (argc > 1 && strcmp(argv[1], "-s") == 0) {
		strict = 1;
		i++;
	}
	if (i == argc)
		rval |= roundtrip("-", strict);
	for (; i < argc; i++)
		rval |= roundtrip(argv[i], strict);
	return mu_out_finish() || rval ? 1 : 0;
}
