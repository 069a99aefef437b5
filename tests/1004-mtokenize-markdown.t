#!/bin/sh
# mtokenize: markdown from a PDF converter (tests/data/tok-markdown.md).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 10
mtokenize "$d/tok-markdown.md" > out
blk() { jq -c "select(.line == $1) | [.kind, .label, .depth, .text]" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-markdown.expect")"
is "hard line breaks keep names apart" \
    "$(jq -r 'select(.line >= 9 and .line <= 11) | .text' out)" \
    "Cllr. Silas Penrose
Juniper Oakes
Cllr Dorian Vell"
is "1. Title. is a heading" "$(blk 19)" '["heading","1",0,"Apologies for absence."]'
is "## 2. Title. is a heading" "$(blk 23)" '["heading","2",0,"Village green."]'
like "- (i) text is a label of depth 1" "$(blk 27)" '^\["label","i",1,"The drainage'
is "nested bullets are depth 2" "$(jq -c 'select(.depth == 2) | .text' out | wc -l)" 2
like "a paragraph split by a page break is joined" "$(blk 30)" \
    'summer fete\. In reply to a question the Clerk'
is "**bold** loses its markup" "$(blk 34)" \
    '["label","iii",1,"The tree survey would be commissioned in the new year."]'
is "## Title is a heading without a number" "$(blk 41)" \
    '["heading",null,0,"Any other business"]'
is "the last line is not lost" "$(blk 46)" '["keyword","CHAIRMAN",0,""]'
done_testing
