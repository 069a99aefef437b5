#!/bin/sh
# mtokenize: text saved from a council web page (tests/data/tok-web.txt).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 11
mtokenize "$d/tok-web.txt" > out
blk() { jq -c "select(.line == $1 and .kind != \"artifact\") | [.kind, .label, .text]" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-web.expect")"
is "navigation is chrome" \
    "$(jq -r 'select(.line <= 3) | .label' out | sort -u)" chrome
is "Venue: is a keyword, View directions is chrome" \
    "$(jq -c 'select(.line == 7) | [.kind, .text]' out | tr -d '\n')" \
    '["keyword","Committee Room 2, Brackwater Civic Centre."]["artifact","View directions"]'
is "Contact: is chrome" "$(jq -r 'select(.line == 9) | .kind' out)" artifact
is "a line before Share this item is an item heading" "$(blk 14)" \
    '["heading",null,"Apologies for Absence"]'
is "a pdf icon title is a heading, the icon chrome" \
    "$(jq -c 'select(.line == 24) | [.kind, .text]' out | tr -d '\n')" \
    '["heading","Minutes of the last meeting"]["artifact","pdf icon PDF 94 KB"]'
is "a document link under Additional documents: is no heading" "$(blk 30)" \
    '["para",null,"Minutes appendix"]'
is "Resolved: That ..." "$(blk 34)" \
    '["keyword","Resolved","That the minutes of the meeting held on 3 December 2025 be confirmed."]'
is "in a table of items, a title-case line alone is an item heading" \
    "$(blk 38)" '["heading",null,"Community Safety Partnership Annual Report"]'
is "table bars go, rows stay apart" \
    "$(jq -r 'select(.line == 42 or .line == 44) | .text' out)" \
    "Councillor – Item – Interest
Cllr Petra Wold – 4 – Other registrable"
is "a table rule is an artifact" \
    "$(jq -c 'select(.line == 43) | [.kind, .label, .text]' out)" '["artifact","rule","|---|---|---|"]'
done_testing
