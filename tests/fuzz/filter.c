/*
 * A libFuzzer entry point for a whole filter (make fuzz): each input is
 * written to a file and the filter's own main() runs on it, so the fuzzer
 * goes down the code path of the command line, from mu_input_open() to
 * the last write.  The tool's main is renamed by -Dmain=mu_tool_main and
 * TOOL names it.  The first byte of the input chooses one of the tool's
 * option sets (ARGS below) and is not part of the file.  Standard output
 * goes to /dev/null; run with -close_fd_mask=2 to keep the tools'
 * warnings off the fuzzer's log (the sanitizers still report).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minutiae.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int mu_tool_main(int, char **);
extern int optind;

#define NSETS 4
/* The option sets of each tool; NULL ends a set. */
static const char *const args[][NSETS][6] = {
#define SETS_mtokenize { { NULL }, { "--drop-artifacts", NULL }, \
	{ "--doc", "x\x01y", NULL }, { "--max-line", "200", NULL } }
/* Not --strict: msection exits at a bad line, which ends a fuzzer. */
#define SETS_msection { { NULL }, { "--max-line", "100", NULL }, { NULL }, \
	{ "--max-line", "300", NULL } }
#define SETS_mentities { { NULL }, { "--annotate", NULL }, { NULL }, \
	{ "--max-line", "300", NULL } }
/* -f with a -t, and context columns only: a record's own field that no
 * record written had is a usage error, said after the input (an exit,
 * which ends a fuzzer; tests/4005 checks it). */
#define SETS_mcsv { { NULL }, { "-t", "resolution,item,attendee", NULL }, \
	{ "--excel", "-t", "resolution", "-f", \
	"meeting.date,item.title,item.number", NULL }, \
	{ "-d", "tab", "-t", "entity", NULL } }
#define STR_(t) #t
#define STR(t) STR_(t)
#define SETS_(t) SETS_##t
#define SETS(t) SETS_(t)
	SETS(TOOL)
};

static char path[64];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd;

	(void)argc;
	(void)argv;
	snprintf(path, sizeof path, "/tmp/mu-fuzz.%ld", (long)getpid());
	if ((fd = open("/dev/null", O_WRONLY)) < 0 || dup2(fd, 1) < 0)
		abort();
	close(fd);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[8];
	const char *const *set;
	FILE *fp;
	int argc = 0, i;

	if (size == 0)
		return 0;
	set = args[0][data[0] % NSETS];
	if ((fp = fopen(path, "wb")) == NULL)
		abort();
	if (size > 1 && fwrite(data + 1, 1, size - 1, fp) != size - 1)
		abort();
	if (fclose(fp) != 0)
		abort();
	argv[argc++] = (char *)STR(TOOL);
	for (i = 0; set[i] != NULL; i++)
		argv[argc++] = (char *)set[i];
	argv[argc++] = path;
	argv[argc] = NULL;
	mu_max_line = MU_MAX_LINE;
	optind = 0;		/* glibc: start getopt afresh */
	mu_tool_main(argc, argv);
	return 0;
}
