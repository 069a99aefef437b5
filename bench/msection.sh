#!/bin/sh
# msection.sh: msection against jq -c . on the same large block stream
# (the invented block fixtures tests/data/sec-*.jsonl and mtokenize's
# blocks for examples/, repeated to BENCH_MB megabytes, default 100),
# timed side by side in one run.  The issue asks for at least 150 MB/s;
# the ratio to jq is the result that carries across machines.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
dir=$(bench_tmp)
one=$dir/sec-one.jsonl
big=$dir/sec-big.jsonl
cat tests/data/sec-*.jsonl > "$one"
for f in examples/*.txt examples/*.md; do
	[ -f "$f" ] && bin/mtokenize "$f" >> "$one" 2>/dev/null || true
done
bench_repeat "$one" "$big" "${BENCH_MB:-100}"
ours=$(bench_time bin/msection "$big")
theirs=$(bench_time jq -c . "$big")
bench_report "msection" "$big" "$ours" "jq -c ." "$theirs"
bench_target msection "$big" "$ours" 150
rm -rf "$dir"
