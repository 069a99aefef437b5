#!/bin/sh
# records.sh: the record layer (parse + write, tests/unit/roundtrip) against
# jq -c . on the same stream, timed side by side in one run.  The issue asks
# for at least 10 times jq's speed.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
gen=$(bench_tmp)/records.jsonl
sh bench/gen-records.sh "${BENCH_RECORDS:-200000}" > "$gen"
ours=$(bench_time tests/unit/roundtrip "$gen")
theirs=$(bench_time jq -c . "$gen")
bench_report "record layer (roundtrip)" "$gen" "$ours" "jq -c ." "$theirs"
