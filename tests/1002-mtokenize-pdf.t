#!/bin/sh
# mtokenize: text extracted from a PDF (tests/data/tok-pdf.txt).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 16
mtokenize "$d/tok-pdf.txt" > out
blk() { jq -c "select(.line == $1) | [.kind, .label, .depth, .text]" out; }
txt() { jq -r "select(.line == $1 and .kind != \"artifact\") | .text" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-pdf.expect")"
is "a heading sentence wrapped over two lines is one para" "$(txt 1)" \
    "Minutes of a meeting of the Marrowby and Wensdale Police and Crime Panel held at Castle House, Marrowby on Tuesday, 3 June 2025."
is "PRESENT is a keyword" "$(blk 3)" '["keyword","PRESENT",0,""]'
is "names one per line stay apart, over a blank line too" \
    "$(jq -r 'select(.line >= 4 and .line <= 10) | .text' out | wc -l)" 6
is "a wrapped role joins its line" "$(txt 14)" \
    "Nell Ashdown, Chief Executive, Office of the Marrowby and Wensdale Police and Crime Commissioner"
is "the next Name – Role line does not" "$(txt 16)" \
    "Piers Dunmore – Chief Finance Officer, Office of the Police and Crime Commissioner"
is "an item number alone" "$(blk 18)" '["number","21",0,""]'
is "its title is its own para" "$(blk 20)" '["para",null,0,"Minutes of the previous meeting."]'
like "a page number in a sentence: the sentence is joined" "$(txt 27)" \
    'over the period of 1 May 2025 to the end of the year\. A copy'
is "... and the number is an artifact" "$(blk 30)" '["artifact","page",0,"2"]'
like "(i) alone, a blank, its paragraph: one label" "$(blk 34)" \
    '^\["label","i",0,"The sale of the Eastgate building'
like "a word hyphenated over a line end is repaired" "$(txt 40)" \
    'for the commissioning of the building'
is "a number displaced between RESOLVED and (a) stays in place" \
    "$(jq -c 'select(.line >= 49 and .line <= 53) | [.kind, .label]' out | tr -d '\n')" \
    '["keyword","RESOLVED"]["number","23"]["label","a"]'
is "lost bullets, joined over their wrapped lines" \
    "$(jq -r 'select(.kind == "bullet") | .text' out)" \
    "Tackling anti-social behaviour in the town centres and on the rural bus routes serving the villages;
Improving the response to calls to the non-emergency number;
Keeping neighbourhood officers in their areas."
is "a time range is a para, not a label" "$(blk 80)" '["para",null,0,"10.00 - 11.55 am"]'
is "CHAIRMAN" "$(blk 83)" '["keyword","CHAIRMAN",0,""]'
done_testing
