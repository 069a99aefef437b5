#!/bin/sh
# scripts.sh: (1) minutes2csv over a folder of generated minutes
# (BENCH_DOCS, default 2000), documents per second with one job and with
# every core, and the ratio; (2) mcsv against the jq program that writes
# the same CSV (resolutions with meeting date and item title), on the same
# stream in the same run.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
dir=$(bench_tmp)/scripts
# A copy of the tools, so that a rebuild meanwhile does not spoil the run.
mkdir -p "$dir/bin"
cp bin/mtokenize bin/msection bin/mentities bin/mcsv bin/minutes2csv "$dir/bin/"
PATH=$dir/bin:$PATH
ndocs=${BENCH_DOCS:-2000}
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)

# Invented minutes of an invented parish, N meetings, 3 to 9 items each.
mkdir -p "$dir/minutes"
awk -v n="$ndocs" -v dir="$dir/minutes" 'BEGIN {
	split("January February March April May June July August September October November December", mon, " ")
	split("Arkwell Bellweather Corran Dunmore Elstow Fenwick Garside Hurst", sn, " ")
	for (d = 1; d <= n; d++) {
		y = 2000 + int((d - 1) / 12) % 25; m = (d - 1) % 12 + 1; day = (d * 7) % 27 + 1
		f = sprintf("%s/%04d-%03d.txt", dir, y, d)
		printf "WESTHOLME PARISH COUNCIL\n\n" > f
		printf "Minutes of the Meeting of Westholme Parish Council held in the Village Hall on Monday %d %s %d at 7.30 pm.\n\n", day, mon[m], y > f
		printf "Present: Cllr %s (Chairman), Cllr %s, Cllr %s and Cllr %s\n", sn[d % 8 + 1], sn[(d + 1) % 8 + 1], sn[(d + 2) % 8 + 1], sn[(d + 3) % 8 + 1] > f
		printf "In attendance: Mrs J Pennock (Clerk)\n\n" > f
		for (i = 1; i <= 3 + d % 7; i++) {
			printf "%d/%d. Item %d of meeting %d\n", d, i, i, d > f
			printf "The Clerk reported a quote of £%d,%03d for works to the play area, with payment due by %d %s %d.\n", i + d % 40, (d * i) % 1000, day, mon[(m % 12) + 1], y > f
			printf "RESOLVED that the quote of £%d,%03d be accepted and that the Clerk write to the contractor.\n\n", i + d % 40, (d * i) % 1000 > f
		}
		printf "The meeting closed at 9.%02d pm.\n", d % 60 > f
		close(f)
	}
}'

# m2c JOBS: one run, failing loudly (a failed document would flatter it).
m2c() {
	minutes2csv -j "$1" -o "$dir/out$1" "$dir/minutes" 2>"$dir/err$1" ||
	    { echo "bench/scripts.sh: minutes2csv -j $1 failed:" >&2; head -n 5 "$dir/err$1" >&2; exit 1; }
}
t1=$(BENCH_RUNS=1 bench_time m2c 1)
tn=$(BENCH_RUNS=1 bench_time m2c "$cores")
same=different
cmp -s "$dir/out1/resolutions.csv" "$dir/out$cores/resolutions.csv" && same=same
awk -v n="$ndocs" -v a="$t1" -v b="$tn" -v c="$cores" -v s="$same" 'BEGIN {
	printf "%-28s %7d docs %7.1f docs/s   %2d jobs %14.1f docs/s   ratio %.1fx (%s CSV)\n",
	    "minutes2csv -j 1", n, n / a, c, n / b, a / b, s
}'

# mcsv against jq: resolutions with the meeting date and the item title.
gen=$dir/records.jsonl
sh bench/gen-records.sh "${BENCH_RECORDS:-200000}" >"$gen"
ours=$(bench_time mcsv -t resolution "$gen")
theirs=$(bench_time jq -rn 'foreach inputs as $r ({};
	if $r.doc != .doc then {doc: $r.doc, m: null, it: {}} else . end |
	if $r.type == "meeting" and .m == null then .m = $r
	elif $r.type == "item" then .it[$r.item_seq | tostring] = $r
	else . end;
	if $r.type == "resolution" then [$r.doc, $r.line, .m.date, $r.item,
	    .it[$r.item_seq | tostring].title, $r.label, $r.text, $r.unanimous] | @csv
	else empty end)' "$gen")
bench_report "mcsv -t resolution" "$gen" "$ours" "jq (same CSV)" "$theirs"
rm -rf "$bench_dir"
