# bench/lib.sh: timing helpers shared by the benchmarks.  Times are the
# best of BENCH_RUNS runs (default 3), output to /dev/null; only ratios
# measured in the same run are reported as results.
bench_dir=
bench_tmp() {
	[ -n "$bench_dir" ] || bench_dir=$(mktemp -d "${TMPDIR:-/tmp}/mbench.XXXXXX")
	echo "$bench_dir"
}

# bench_time CMD...: seconds (best of BENCH_RUNS) for CMD > /dev/null.
bench_time() {
	best=
	i=0
	while [ $i -lt "${BENCH_RUNS:-3}" ]; do
		s=$(date +%s.%N)
		"$@" > /dev/null
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l 2>/dev/null || awk "BEGIN{print $e - $s}")
		if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
		i=$((i + 1))
	done
	echo "$best"
}

# bench_report WHAT FILE OURS_S OTHER_NAME OTHER_S
bench_report() {
	size=$(wc -c < "$2")
	awk -v what="$1" -v size="$size" -v a="$3" -v other="$4" -v b="$5" 'BEGIN {
		printf "%-28s %7.1f MB  %8.1f MB/s   %-22s %8.1f MB/s   ratio %.1fx\n",
		    what, size / 1e6, size / 1e6 / a, other, size / 1e6 / b, b / a
	}'
}

# bench_repeat SRC DST MB: DST is SRC repeated to at least MB megabytes.
bench_repeat() {
	: > "$2"
	while [ "$(wc -c < "$2")" -lt $(($3 * 1000000)) ]; do
		cat "$1" "$1" "$1" "$1" "$1" "$1" "$1" "$1" >> "$2"
	done
}

# bench_target NAME FILE SECONDS MBPS: whether NAME met its MB/s target.
bench_target() {
	awk -v name="$1" -v s="$(wc -c < "$2")" -v t="$3" -v want="$4" 'BEGIN {
		printf "%s target %d MB/s: %s\n", name, want,
		    (s / 1e6 / t >= want) ? "met" : "NOT met"
	}'
}
