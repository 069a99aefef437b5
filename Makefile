# minutiae: small filters that turn meeting minutes into records.
# make            build bin/ (installs the missing build packages first, see
#                 scripts/deps)
# make check      build and run every test (prove), after the test packages
# make demo       run the pipeline on examples/ into demo/
# make sanitize   run the tests under ASan and UBSan (gcc, and clang)
# make fuzz       run a libFuzzer program per filter for FUZZTIME seconds
# make bench      the benchmarks in bench/
# make install    PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
CC ?= cc
CFLAGS ?= -O2 -g
# Forced on top of the user's CFLAGS.
MUFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -Ifilters/lib
LDLIBS_z = -lz
LDLIBS_mcsv = -lcsv	# per tool: LDLIBS_NAME

TOOLS = mtokenize msection mentities mcsv
SCRIPTS = $(notdir $(wildcard scripts/minutes2csv scripts/mbatch))
LIBSRC = $(wildcard filters/lib/*.c)
LIBOBJ = $(LIBSRC:.c=.o)
BINS = $(TOOLS:%=bin/%) $(SCRIPTS:%=bin/%)
UNITS = $(patsubst tests/unit/%.c,tests/unit/%,$(wildcard tests/unit/*.c))

all: deps $(BINS)

# The one list of packages is in scripts/deps: the build set for make and
# make demo, the test set (and the optional one when it may) for make check.
deps:
	@sh scripts/deps build

testdeps:
	@sh scripts/deps test

filters/lib/%.o: filters/lib/%.c filters/lib/minutiae.h
	$(CC) $(CFLAGS) $(MUFLAGS) -c -o $@ $<

filters/lib/libminutiae.a: $(LIBOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ)

# A tool is filters/NAME.c (options, usage, the loop) plus, when it has
# more to it, its own modules in filters/NAME/ (one concern a file).
.SECONDEXPANSION:
bin/%: filters/%.c $$(wildcard filters/%/*.c filters/%/*.h) filters/lib/libminutiae.a
	@mkdir -p bin
	$(CC) $(CFLAGS) $(MUFLAGS) -Ifilters/$* -o $@ $< $(wildcard filters/$*/*.c) \
		filters/lib/libminutiae.a $(LDLIBS_$*) $(LDLIBS_z) $(LDFLAGS)

bin/minutes2csv: scripts/minutes2csv
	@mkdir -p bin
	cp scripts/minutes2csv $@ && chmod +x $@

bin/mbatch: scripts/mbatch
	@mkdir -p bin
	cp scripts/mbatch $@ && chmod +x $@

tests/unit/%: tests/unit/%.c filters/lib/libminutiae.a
	$(CC) $(CFLAGS) $(MUFLAGS) -o $@ $< filters/lib/libminutiae.a $(LDLIBS_z) $(LDFLAGS)

check: all testdeps $(UNITS)
	prove -j2 tests/

# Under gcc, then under clang where it is installed: clang's UBSan sees
# what gcc's does not (a pointer offset on NULL, a byte read before a
# string), and tests/6005 runs its findings on every make check.
SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
sanitize: deps
	$(MAKE) clean
	$(MAKE) CFLAGS='$(SANFLAGS)' LDFLAGS='-fsanitize=address,undefined' \
		$(BINS) $(UNITS)
	UBSAN_OPTIONS=halt_on_error=1 prove -j2 tests/
	$(MAKE) clean
	if command -v clang >/dev/null 2>&1; then \
		$(MAKE) CC=clang CFLAGS='$(SANFLAGS)' \
		    LDFLAGS='-fsanitize=address,undefined' $(BINS) $(UNITS) && \
		UBSAN_OPTIONS=halt_on_error=1 prove -j2 tests/ || exit 1; \
		$(MAKE) clean; \
	else \
		echo "clang is not installed: the gcc run only"; \
	fi

demo: all
	sh scripts/demo

# make bench: the one-screen table of issue 13's targets (bench/streams.sh);
# make bench-all: every benchmark of bench/, each with its own report.
bench: all $(UNITS)
	sh bench/streams.sh

bench-all: all $(UNITS)
	sh bench/run

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp man/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/*.7 $(DESTDIR)$(MANDIR)/man7/

clean:
	rm -rf bin demo filters/lib/*.o filters/lib/*.a $(UNITS)

.PHONY: all deps testdeps check sanitize demo bench bench-all install clean
.PRECIOUS: filters/lib/%.o

# Fuzzing (needs clang): a libFuzzer program per filter over its own main
# (tests/fuzz/filter.c) and one for the record parser (tests/fuzz/json.c),
# under ASan and UBSan.  make fuzz runs each for FUZZTIME seconds from a
# seed corpus (tests/data, examples/, and what the pipeline makes of them,
# and the regression inputs in tests/fuzz/regress/NAME/) with the
# dictionary tests/fuzz/minutes.dict; new inputs gather in
# bin/fuzz-corpus/NAME, crashes in bin/fuzz-crash/.  Each crash found goes
# into tests/fuzz/regress/NAME/ (tests/6005 runs them all).
FUZZTIME ?= 30
FUZZCC ?= clang
FUZZFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZERS = $(TOOLS:%=bin/fuzz-%) bin/fuzz-json

bin/fuzz-json: tests/fuzz/json.c $(LIBSRC) filters/lib/minutiae.h
	@mkdir -p bin
	$(FUZZCC) $(FUZZFLAGS) $(MUFLAGS) -o $@ tests/fuzz/json.c $(LIBSRC) \
		$(LDLIBS_z)

bin/fuzz-%: tests/fuzz/filter.c filters/%.c $$(wildcard filters/%/*.c \
    filters/%/*.h) $(LIBSRC) filters/lib/minutiae.h
	@mkdir -p bin
	$(FUZZCC) $(FUZZFLAGS) $(MUFLAGS) -Ifilters/$* -DTOOL=$* \
		-Dmain=mu_tool_main -o $@ tests/fuzz/filter.c filters/$*.c \
		$(wildcard filters/$*/*.c) $(LIBSRC) $(LDLIBS_$*) $(LDLIBS_z)

fuzzers: $(FUZZERS)

fuzz-corpus: all
	sh tests/fuzz/seed bin/fuzz-corpus

fuzz: fuzzers fuzz-corpus
	@mkdir -p bin/fuzz-crash
	for f in $(TOOLS) json; do \
		bin/fuzz-$$f -max_total_time=$(FUZZTIME) -close_fd_mask=2 \
		    -dict=tests/fuzz/minutes.dict -artifact_prefix=bin/fuzz-crash/$$f- \
		    -print_final_stats=1 bin/fuzz-corpus/$$f || exit 1; \
	done
.PHONY: fuzz fuzzers fuzz-corpus
