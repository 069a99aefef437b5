#!/bin/sh
# mtokenize: headings in capitals after "(211)", a long wrapped title, a
# list of names after "when there were present:", and the single-item
# web page ("Agenda item").
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 13
mtokenize "$d/tok-caps.txt" > out
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-caps.expect")"
is "(211) TITLE IN CAPITALS is a heading" "$(blk 7)" '["heading","211","APOLOGIES FOR ABSENCE"]'
is "... and its body does not join it" \
    "$(jq -r 'select(.line == 8) | .kind' out)" para
like "a title wrapped over three lines is one heading" "$(blk 10)" \
    'Back Lane; Barn at Long Meadow Farm, Back Lane for Mr and Mrs G Sallis"\]$'
is "names after \"present:\" stay one a line" \
    "$(jq -r 'select(.line >= 3 and .line <= 6) | .text' out | wc -l)" 4
like "non- over a line end keeps its hyphen" "$(blk 14)" 'a non-statutory heritage'
like "a footer, page number and header inside a sentence are taken out" "$(blk 14)" \
    'timber frame and the brick plinth along the lane\."\]$'
is "... as artifacts" \
    "$(jq -r 'select(.kind == "artifact") | .label' out | tr '\n' ,)" "footer,page,header,"
is "a bare number between blank lines, higher than the last item, is an item number" \
    "$(blk 21)" '["number","213",""]'
is "a title after it that reads like a keyword stays a para" "$(blk 23)" \
    '["para",null,"Apologies"]'

mtokenize "$d/tok-agenda-item.txt" > out
is "all of the item page, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-agenda-item.expect")"
is "Agenda item is chrome" "$(blk 1)" '["artifact","chrome","Agenda item"]'
is "the line after it is the item's title" "$(blk 3)" \
    '["heading",null,"Review of Street Trading Licence Fees - Report of the Head of Regulatory Services"]'
done_testing
