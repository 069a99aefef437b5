#!/bin/sh
# msection: options, exit status, errors, pass-through and documents.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 17

ok "--help exits 0" msection --help
like "--help prints the usage" "$(msection --help)" '^usage: msection \[--strict\]'
ok "--version exits 0" msection --version
is "an unknown option exits 2" "$(status msection --bogus)" 2
is "a missing file exits 1" "$(status msection nosuchfile)" 1
is "empty input, no output" "$(printf '' | msection)" ""

# Records other than blocks go through unchanged, in place.
msection "$data/sec-web.jsonl" > out
is "a note record passes unchanged" \
    "$(grep '"note"' out)" '{"type":"note","doc":"westvale-web.txt","line":40,"text":"kept as it is"}'
is "it stays where it was (after item 22/20's resolution)" \
    "$(jq -r 'select(.type == "note" or .type == "resolution") | .type' out | tr '\n' ' ')" \
    "resolution note resolution "
is "artifact blocks are dropped" "$(grep -c 'Democratic Services' out)" 0
is "no block record is left" "$(jq -r 'select(.type == "block")' out)" ""

# A change of doc starts a new document: one meeting each, in order.
cat "$data/sec-pdf.jsonl" "$data/sec-web.jsonl" | msection > two
is "two documents, two meetings" \
    "$(jq -r 'select(.type == "meeting") | .doc' two | tr '\n' ' ')" \
    "northvale-pcp.txt westvale-web.txt "
is "the meeting comes first in each document" \
    "$(jq -r '.doc + " " + .type' two | uniq | awk '$1 != d { print $2; d = $1 }' | tr '\n' ' ')" \
    "meeting meeting "
is "files given as arguments are read in turn" \
    "$(msection "$data/sec-pdf.jsonl" "$data/sec-web.jsonl" | cmp - two && echo same)" same

# Bad lines: a warning naming doc and line, the rest is still done.
{ sed -n 1,3p "$data/sec-pdf.jsonl"; echo 'not json'; sed -n '4,$p' "$data/sec-pdf.jsonl"; } > bad.jsonl
msection bad.jsonl > bad.out 2> bad.err; rc=$?
is "a bad line exits 1" "$rc" 1
like "and is named on stderr" "$(cat bad.err)" '^msection: bad.jsonl:4: '
is "--strict stops at a bad line" "$(status msection --strict bad.jsonl)" 1
if [ -w /dev/full ]; then
	is "a write error exits 1" "$(msection "$data/sec-pdf.jsonl" > /dev/full 2>/dev/null; echo $?)" 1
else
	ok "# SKIP no /dev/full" true
fi
done_testing
