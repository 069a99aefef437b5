#!/bin/sh
# Fuzzing in the tree: where clang is installed, the libFuzzer program of
# each filter (tests/fuzz/filter.c, over the filter's own main) and of the
# record parser is built under ASan and UBSan; every regression input in
# tests/fuzz/regress/NAME (crashes and sanitizer findings, the two UBSan
# findings of msection among them) runs clean; then each fuzzes for a
# short while (FUZZ_CHECK_TIME seconds, 20 by default) from the seed
# corpus, with a fixed seed and at most FUZZ_CHECK_RUNS runs (3000).
# Skipped where clang is not installed.
. "$(dirname "$0")/lib.sh"
targets='mtokenize msection mentities mcsv json'
plan 15

if ! command -v clang >/dev/null 2>&1; then
	for i in $(seq 15); do echo "ok $i # skip clang is not installed"; done
	exit 0
fi
secs=${FUZZ_CHECK_TIME:-20}
runs=${FUZZ_CHECK_RUNS:-3000}
make -s -C "$top" fuzzers >build.log 2>&1
for t in $targets; do
	ok "fuzz-$t builds" test -x "$top/bin/fuzz-$t"
done
for t in $targets; do
	set -- "$top"/tests/fuzz/regress/$t/*
	if [ -e "$1" ]; then
		"$top/bin/fuzz-$t" -close_fd_mask=2 "$@" >"reg-$t.log" 2>&1
		is "fuzz-$t: the regression inputs run clean" "$?" 0
	else
		is "fuzz-$t: no regression inputs yet" "" ""
	fi
done
sh "$top/tests/fuzz/seed" corpus
for t in $targets; do
	# A fixed seed and a bounded count of runs: the same inputs at every
	# make check, so that CI does not go red by chance (make fuzz is the
	# campaign that explores).
	"$top/bin/fuzz-$t" -seed=1 -runs="$runs" -max_total_time="$secs" \
	    -close_fd_mask=2 \
	    -dict="$top/tests/fuzz/minutes.dict" -artifact_prefix="$tmp/crash-$t-" \
	    corpus/$t >"fuzz-$t.log" 2>&1
	st=$?
	is "fuzz-$t: $secs s of fuzzing, no crash" "$st:$(ls "$tmp" | grep -c "^crash-$t-")" 0:0
	[ $st -eq 0 ] || tail -n 30 "fuzz-$t.log" | sed 's/^/# /' >&2
done
done_testing
