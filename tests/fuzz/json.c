/*
 * A libFuzzer entry point for the record parser (make fuzz).  Every input
 * must parse or fail cleanly, and a parsed record's fields must be
 * NUL-terminated within the record's store.
 */
#include <stdint.h>
#include <string.h>

#include "minutiae.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mu_rec r;
	const char *why;
	size_t col, i;

	if (mu_rec_parse(&r, (const char *)data, size, &why, &col) == 0)
		for (i = 0; i < r.n; i++)
			if (r.f[i].val[r.f[i].len] != '\0')
				__builtin_trap();
	return 0;
}
