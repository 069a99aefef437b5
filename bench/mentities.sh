#!/bin/sh
# mentities.sh: mentities against jq -c . on the same large record stream
# (the pipeline's records for examples/, repeated to BENCH_MB megabytes,
# default 100), timed side by side in one run.  The issue asks for at
# least 100 MB/s.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
dir=$(bench_tmp)
one=$dir/ent-one.jsonl
big=$dir/ent-big.jsonl
: > "$one"
for f in examples/*.txt examples/*.md; do
	# msection's records when it works, mtokenize's blocks otherwise
	bin/mtokenize "$f" > "$dir/blocks" 2>/dev/null || true
	if bin/msection "$dir/blocks" > "$dir/recs" 2>/dev/null; then
		cat "$dir/recs" >> "$one"
	else
		cat "$dir/blocks" >> "$one"
	fi
done
want=$(( ${BENCH_MB:-100} * 1000000 ))
: > "$big"
while [ "$(wc -c < "$big")" -lt "$want" ]; do
	cat "$one" "$one" "$one" "$one" "$one" "$one" "$one" "$one" >> "$big"
done
ours=$(bench_time bin/mentities "$big")
theirs=$(bench_time jq -c . "$big")
bench_report "mentities" "$big" "$ours" "jq -c ." "$theirs"
awk -v s="$(wc -c < "$big")" -v t="$ours" 'BEGIN {
	printf "mentities target 100 MB/s: %s\n", (s / 1e6 / t >= 100) ? "met" : "NOT met"
}'
rm -rf "$dir"
