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
bench_repeat "$one" "$big" "${BENCH_MB:-100}"
ours=$(bench_time bin/mentities "$big")
theirs=$(bench_time jq -c . "$big")
bench_report "mentities" "$big" "$ours" "jq -c ." "$theirs"
bench_target mentities "$big" "$ours" 100
rm -rf "$dir"
