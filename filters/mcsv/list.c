/*
 * list.c: mcsv -l, what a stream holds: each record type, in the order
 * of its first record, with the count of its records and the fields they
 * carry (the union of their keys, in the order first met), as a CSV
 * table.  It shows what -t and -f can ask for, as Miller's and csvkit's
 * listings do.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"
#include "mcsv.h"

struct ltype {
	char *type;
	unsigned long n;
	struct mu_buf fields;	/* comma-separated */
};

static struct ltype *lt;
static size_t nlt;

static struct ltype *
ltype(const char *type)
{
	size_t i;

	for (i = 0; i < nlt; i++)
		if (strcmp(lt[i].type, type) == 0)
			return &lt[i];
	lt = mu_realloc(lt, (nlt + 1) * sizeof *lt);
	lt[nlt].type = mu_strdup(type);
	lt[nlt].n = 0;
	mu_buf_init(&lt[nlt].fields);
	return &lt[nlt++];
}

void
mc_list_add(const struct mu_rec *r)
{
	struct ltype *t = ltype(mu_rec_type(r));
	const char *k;
	size_t i;

	t->n++;
	for (i = 0; i < r->n; i++) {
		k = r->f[i].key;
		if (strcmp(k, "type") == 0 || (t->fields.len > 0 &&
		    mc_inlist(t->fields.s, k, strlen(k))))
			continue;
		if (t->fields.len > 0)
			mu_buf_addc(&t->fields, ',');
		mu_buf_adds(&t->fields, k);
	}
}

void
mc_list_write(void)
{
	static const char *const head[] = { "type", "records", "fields" };
	const char *cells[3];
	char count[32];
	size_t i;

	if (!mc.noheader)
		mc_rowof(head, 3);
	for (i = 0; i < nlt; i++) {
		snprintf(count, sizeof count, "%lu", lt[i].n);
		cells[0] = lt[i].type;
		cells[1] = count;
		cells[2] = lt[i].fields.len > 0 ? lt[i].fields.s : "";
		mc_rowof(cells, 3);
	}
}

void
mc_list_free(void)
{
	size_t i;

	for (i = 0; i < nlt; i++) {
		free(lt[i].type);
		mu_buf_free(&lt[i].fields);
	}
	free(lt);
}
