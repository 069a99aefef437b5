#!/bin/sh
# mtokenize: items numbered in Roman capitals ("IV. Finance"), taken in
# sequence before a title, and an initial ("I. Hale reported") that is
# no number (invented minutes).
. "$(dirname "$0")/lib.sh"
plan 3

printf '%s\n' 'Minutes of the Upthorpe Parish Council meeting held on 4 May 2022' '' \
    'I. Apologies for Absence' '' 'I. Hale reported her apologies.' '' \
    'II. Minutes of the Last Meeting' '' 'Approved.' '' 'III. FINANCE' '' \
    'V. Other Business' '' 'IV. Any Other Business' > rom.txt
mtokenize rom.txt > out
is "I, II, III in order are item headings, the numeral the label" \
    "$(jq -r 'select(.kind == "heading") | "\(.label) \(.text)"' out | tr '\n' ';')" \
    "I Apologies for Absence;II Minutes of the Last Meeting;III FINANCE;IV Any Other Business;"
is "an initial before a sentence stays text" \
    "$(jq -r 'select(.line == 5) | .kind' out)" para
is "a numeral out of sequence stays text" \
    "$(jq -r 'select(.line == 13) | .kind' out)" para
