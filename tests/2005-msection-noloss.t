#!/bin/sh
# msection: no text is lost or doubled between blocks and records.  The
# letters and digits of every block's text must come out once in the
# texts of the records (meeting title, attendee raw, item title, point,
# resolution and prose text).  Compared as multisets, after dropping the
# words msection removes by contract ("That" and "unanimously" before a
# resolution, "and" between names), because the meeting record comes
# first.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
set -- "$data"/sec-*.jsonl
n=$#
ex=
if [ -x "$top/bin/mtokenize" ]; then
	ex=$(ls "$top"/examples/*.txt "$top"/examples/*.md 2>/dev/null)
	n=$((n + $(printf '%s\n' $ex | grep -c .)))
fi
plan $((n + 1))

fold='ascii_downcase | gsub("\\b(that|and|unanimously)\\b"; "") | gsub("[^a-z0-9]"; "")
    | explode | sort | implode'
blocks() {
	jq -rj 'select(.type == "block" and .kind != "artifact") | .text + " "' |
	    jq -Rrs "$fold"
}
records() {
	jq -rj 'if .type == "meeting" then (.title // "")
	    elif .type == "attendee" then .raw
	    elif .type == "item" then .title
	    elif (.type == "point" or .type == "resolution" or .type == "prose")
	    then .text else empty end | . + " "' | jq -Rrs "$fold"
}

for f in "$@"; do
	is "$(basename "$f"): every text once" "$(msection "$f" | records)" \
	    "$(blocks < "$f")"
done
for f in $ex; do
	mtokenize "$f" > blk.jsonl 2>/dev/null
	is "examples/$(basename "$f") through mtokenize: every text once" \
	    "$(msection blk.jsonl | records)" "$(blocks < blk.jsonl)"
done
cat "$@" > all.jsonl
is "all fixtures in one stream" "$(msection all.jsonl | records)" "$(blocks < all.jsonl)"
done_testing
