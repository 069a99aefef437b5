#!/bin/sh
# A minus sign is not a separator or a bullet: "(b) -10 degrees", a
# resolution "RESOLVED -£1,200 be written off", keep their minus through
# mtokenize and msection; a dash with a space after it is still one.
. "$(dirname "$0")/lib.sh"
plan 7
cat >m.txt <<'EOF2'
4. Frost

RESOLVED that:
(a) the gritting plan be noted;
(b) -10 degrees is cold enough to grit the hill roads.

RESOLVED -£1,200 be written off.

RESOLVED – (1) that the salt store be filled; and (2) -5 degrees be the trigger.

RESOLVED - that the Clerk order salt.

(c) -3 degrees was recorded at the depot.
EOF2
mtokenize m.txt >blk.jsonl
msection blk.jsonl >rec.jsonl
while IFS='|' read -r type label text; do
	is "$type ($label): $text" \
	    "$(jq -r --arg t "$type" --arg l "$label" 'select(.type == $t and (.label // "") == $l) | .text' rec.jsonl | grep -F -- "$text")" "$text"
done <<'EOF2'
resolution|b|-10 degrees is cold enough to grit the hill roads
resolution||-£1,200 be written off
resolution|2|-5 degrees be the trigger
resolution||the Clerk order salt
point|c|-3 degrees was recorded at the depot.
EOF2
is "the keyword block keeps the minus" \
    "$(jq -r 'select(.kind == "keyword") | .text' blk.jsonl | sed -n 2p)" '-£1,200 be written off.'
is "a dash and a space after a keyword is still a separator" \
    "$(jq -r 'select(.kind == "keyword") | .text' blk.jsonl | sed -n 4p)" 'that the Clerk order salt.'
done_testing
