/* err.c: messages in the form "prog: doc:line: message" (after err(3)). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutiae.h"

const char *mu_prog = "minutiae";

void
mu_setprog(const char *argv0)
{
	const char *p;

	if (argv0 == NULL)
		return;
	p = strrchr(argv0, '/');
	mu_prog = p ? p + 1 : argv0;
}

static void
vwarn(const char *doc, long line, const char *fmt, va_list ap)
{
	fflush(stdout);		/* keep the order of output and messages */
	fprintf(stderr, "%s: ", mu_prog);
	if (doc && line > 0)
		fprintf(stderr, "%s:%ld: ", doc, line);
	else if (doc)
		fprintf(stderr, "%s: ", doc);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
mu_warn(const char *doc, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(doc, line, fmt, ap);
	va_end(ap);
}

void
mu_die(int status, const char *doc, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(doc, line, fmt, ap);
	va_end(ap);
	exit(status);
}

void
mu_version(void)
{
	printf("%s (minutiae) %s\n", mu_prog, MU_VERSION);
	exit(mu_out_finish() ? 1 : 0);
}

void
mu_usage(const char *synopsis, const char *options, int help)
{
	FILE *fp = help ? stdout : stderr;

	fprintf(fp, "usage: %s %s\n", mu_prog, synopsis);
	if (!help)
		exit(2);
	fputs(options, fp);
	exit(mu_out_finish() ? 1 : 0);
}
