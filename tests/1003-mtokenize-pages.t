#!/bin/sh
# mtokenize: page furniture: form feeds, "Page 1 of 3", "- 3 -", running
# headers, and typed inline headings (tests/data/tok-pages.txt).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 9
mtokenize "$d/tok-pages.txt" > out
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-pages.expect")"
is "inline heading 1. Apologies" "$(blk 5)" '["heading","1","Apologies"]'
like "a sentence over a page break, header and footer taken out" \
    "$(jq -r 'select(.line == 9) | .text' out)" 'repairs to the mower shed at the cemetery\. Members'
is "Page 1 of 3 is a page artifact" "$(blk 12)" '["artifact","page","Page 1 of 3"]'
is "the running header after a form feed, first time" "$(blk 13)" \
    '["artifact","header","Hollinsford Town Council Finance Committee"]'
is "... and when it comes again" "$(blk 20)" \
    '["artifact","header","Hollinsford Town Council Finance Committee"]'
is "- 3 - is a page artifact" "$(blk 26)" '["artifact","page","- 3 -"]'
is "3.1. Title: a sub-item heading" "$(blk 21)" '["heading","3.1","Hollinsford Youth Band"]'
is "3.2 Title: a sub-item heading" "$(blk 24)" '["heading","3.2","Riverside Allotment Society"]'
done_testing
