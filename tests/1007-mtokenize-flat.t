#!/bin/sh
# mtokenize: a whole document flattened onto one line (tests/data/tok-flat.txt).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 10
mtokenize "$d/tok-flat.txt" > out

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-flat.expect")"
is "a web viewer's page number before the title is an artifact" \
    "$(jq -c 'select(.line == 1) | [.kind, .text]' out | tr -d '\n')" \
    '["para","Minutes of the Meeting of Tarnside Community Council"]["artifact","1"]'
is "a document viewer's chrome" \
    "$(jq -r 'select(.line == 2 or .line == 3) | .label' out | tr '\n' ,)" "chrome,chrome,"
is "keywords in capitals cut the line" \
    "$(jq -r 'select(.kind == "keyword" and .label == (.label | ascii_upcase)) | .key' out | tr '\n' ,)" \
    "PRESENT,APOLOGIES,IN ATTENDANCE,RESOLVED,"
is "inline headings in sequence, titles cut at a dash, colon, label, date" \
    "$(jq -r 'select(.kind == "heading") | .label + " " + .text' out)" \
    "1 Declarations of Interest
2 Minutes
3 Footpaths (Item 3)
4 Date of Next Meeting"
is "the rest after a dash is a para" \
    "$(jq -r 'select(.text == "none were made.") | .kind' out)" para
is "Resolved. alone closes the sentence before it" \
    "$(jq -c 'select(.label == "Resolved") | [.key, .text]' out)" '["RESOLVED","."]'
is "inline labels (1) (2)" "$(jq -r 'select(.kind == "label") | .label' out | tr '\n' ,)" "1,2,"
is "sentences are split, abbreviations and initials kept" \
    "$(jq -r 'select(.text | startswith("Mr. A. Bell")) | .text' out)" \
    "Mr. A. Bell of the Ramblers attended."
is "12 th is mended" "$(jq -r 'select(.line == 4) | .text' out | head -1)" \
    "Minutes of the Meeting of Tarnside Community Council held in the Chapel Vestry at 7.00p.m. on Wednesday 14th January 2026."
done_testing
