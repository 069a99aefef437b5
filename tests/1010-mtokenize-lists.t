#!/bin/sh
# mtokenize: where a list of names ends, and what continues a line
# (tests/data/tok-licensing.txt).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 8
mtokenize "$d/tok-licensing.txt" > out
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-licensing.expect")"
like "a sentence ends a list of names: its wrapped lines join again" \
    "$(blk 5)" 'on Thursday 4 December 2025 in Committee Room 1, The Guildhall, Abbey Street, Rowanbridge"\]$'
is "Present: Councillors: name" "$(jq -r 'select(.line == 9) | .key + " " + .text' out)" \
    "PRESENT Councillors: Ivy Castellan (Chairman)"
is "names one a line after it" "$(blk 10)" '["para",null,"Moss Tremayne"]'
is "3.1 Title, a blank, a paragraph: a sub-item heading, not joined" \
    "$(jq -c 'select(.line == 12 or .line == 14) | .kind' out | tr -d '\n')" '"heading""para"'
like "a line ending in an honorific goes on" "$(blk 16)" '; Sgt Lowri Dace, Rowanbridge Police"\]$'
is "RESOLVED after a comma is cut off the line" \
    "$(jq -c 'select(.line == 18) | [.kind, .text]' out | tr -d '\n')" \
    '["para","Proposed by Cllr Aldous, seconded by Cllr Tremayne,"]["keyword","that the licence be granted."]'
is "a. RESOLVED stays one label" "$(blk 19)" \
    '["label","a","RESOLVED that the hours be reduced to 11pm."]'
done_testing
