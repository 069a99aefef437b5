#!/bin/sh
# The pipeline under GNU parallel, as man/minutiae.7 shows it: per document
# on local cores, and through --sshlogin with the local host ":" standing
# for the remote ones.  The records come out as from a plain loop.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/csv-tree.sh"
plan 5

if ! command -v parallel >/dev/null 2>&1 ||
    ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
	for i in 1 2 3 4 5; do echo "ok $i # skip GNU parallel not installed"; done
	exit 0
fi

mktree minutes
rm minutes/2024/brackenford-2024-01.txt.gz minutes/2023/*.pdf
find minutes -type f \( -name '*.txt' -o -name '*.md' -o -name '*.gz' \) |
    sort >list
find minutes -type f | sort >files.before
for f in $(cat list); do
	mtokenize "$f" | msection | mentities
done >loop.jsonl

parallel --will-cite --keep-order -j 3 'mtokenize {} | msection | mentities' \
    <list >par.jsonl 2>err
is "parallel: exit 0" "$?" 0
ok "parallel --keep-order: the records of a plain loop" cmp -s par.jsonl loop.jsonl

parallel --will-cite --keep-order --sshlogin 2/: --transferfile {} --cleanup \
    'mtokenize {} | msection | mentities' <list >ssh.jsonl 2>err
ok "--sshlogin: the same records" cmp -s ssh.jsonl loop.jsonl
is "--cleanup leaves the local files alone" "$(find minutes -type f | sort)" "$(cat files.before)"

is "then mcsv: the same CSV" "$(mcsv -t resolution ssh.jsonl)" "$(mcsv -t resolution loop.jsonl)"
