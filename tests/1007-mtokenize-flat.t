#!/bin/sh
# mtokenize: a whole document flattened onto one line (tests/data/tok-flat.txt).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 11
mtokenize "$d/tok-flat.txt" > out

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-flat.expect")"
is "a sharing site's title of the upload, and its page number, are artifacts" \
    "$(jq -c 'select(.line == 1) | [.kind, .text]' out | tr -d '\n')" \
    '["artifact","Minutes of the Meeting of Tarnside Community Council"]["artifact","1"]'
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
# Indented by a blank, the line's first label sits at byte 1: the cut
# before a label looked at the byte two before it, outside the line.
printf ' %s %s %s %s\n' \
    '(a) The Council considered the report of the Clerk on the precept for the coming year and the matters arising from it.' \
    '1. Apologies for absence were received from Councillor Amberly and Councillor Brightwell of the Lower Ward.' \
    '2. Minutes of the meeting held on 3 March were approved as a true record and signed by the Chairman.' \
    'RESOLVED that the report be noted and the precept be approved as set out.' > indented.txt
is "a flattened line indented by a blank starts with its label" \
    "$(mtokenize indented.txt | jq -c 'select(.line == 1) | [.kind, .label]' | head -2 | tr -d '\n')" \
    '["label","a"]["heading","1"]'
done_testing
