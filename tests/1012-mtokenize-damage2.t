#!/bin/sh
# mtokenize: more damage of PDF text and converters: a sentence wrapped
# inside a date, tables with empty cells, ligatures and soft hyphens, a
# page number stuck to the first word of a page, bullets of other marks,
# characters of no width, a web page's breadcrumb and comment form.
# Fixtures: tests/data/tok-{dates,cells,ligatures,bullets,webbits}.txt;
# 1008 checks their invariant.
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 33
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }
txt() { jq -r "select(.line == $1 and .kind != \"artifact\") | .text" out; }
all() {
	is "$1: all of it, as expected" \
	    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-$1.expect")"
}

mtokenize "$d/tok-dates.txt" > out
all dates
like "a line that ends in a day goes on with the month, however short" "$(txt 6)" \
    'decided on Thursday 18 April 2024 by the trustees'
like "... a weekday with its day, and a day that is no heading" "$(txt 6)" \
    'on Thursday 25 April\. Members asked .* on 2 May with the new charges'
like "... over a running head met for the first time" "$(txt 16)" \
    'from the inspector on Friday 12 April, with two items'
is "... which is still a running head" "$(blk 18)" \
    '["artifact","header","Ashcombe Priors Parish Council 9 April 2024"]'
like "a day before a form feed, and the month after it, are no page number" \
    "$(txt 16)" 'fitted on Monday 1 May 2024, weather permitting'
like "a page number between the day and the month goes, the date is whole" \
    "$(txt 27)" 'from 1 October 2024 and that the parish council'

mtokenize "$d/tok-cells.txt" > out
all cells
is "an empty cell in a table row stays between its dashes" "$(txt 8)" \
    'Cllr Basil Quennell – – Present'
is "... at the start of a row too, which is no bullet" "$(blk 10)" \
    '["para",null,"– Town Clerk – Present"]'
is "... but not at the end, where it holds no column" "$(txt 19)" \
    '2 – Write to the tenants about the bonfire rules – Clerk'
is "a row with an empty cell keeps its columns through the pipeline" \
    "$(msection < out | mentities | jq -c 'select(.type == "action") | [.line, .owner, .due]' | tr -d '\n')" \
    '[18,null,"2024-04-30"][20,"Clerk","2024-05-31"]'
mtokenize "$d/tok-ligatures.txt" > out
all ligatures
like "ligatures of a PDF font are their letters" "$(txt 6)" \
    'the figures for the year showed a flat trend .* affray offences .* the office had .* the effect of the new staffing .* the baffling gaps'
like "a soft hyphen at a line end joins the word, over a page break too" "$(txt 6)" \
    'The recommendations of the scrutiny workshop would be taken'
like "... and inside a word it goes" "$(txt 6)" "together with the Commissioner's response"
printf 'The Panel thanked the staff of the NORTHUM\302\255\nBERLAND office.\n' | mtokenize > out
is "... before a capital too, with no blank and no hyphen" "$(jq -r .text out)" \
    'The Panel thanked the staff of the NORTHUMBERLAND office.'
mtokenize "$d/tok-bullets.txt" > out
all bullets
is "a page number run onto the first word of a page, after a form feed" \
    "$(jq -c 'select(.line == 9) | [.kind, .label, .text[0:15]]' out | tr -d '\n')" \
    '["artifact","page","2"]["para",null,"The Panel noted"]'
like "... after a running head, in lower case: the sentence goes on" "$(txt 23)" \
    'the register of gifts and hospitality had been published'
is "... the head and the number are artifacts" \
    "$(jq -r 'select(.line == 25 or .line == 26) | .label' out | tr '\n' ,)" 'header,page,'
is "... and a keyword with its number glued on is a keyword" "$(blk 29 | tail -n 1)" \
    '["keyword","RESOLVED","that the report be noted."]'
is "en dash, square, arrow and the Symbol font's dot are bullets" \
    "$(jq -r 'select(.line >= 12 and .line <= 15) | .kind + " " + .text[0:6]' out | tr '\n' ,)" \
    'bullet a revi,bullet more o,bullet a new ,bullet a repo,'
like "a dash that starts a wrapped line in a sentence is no bullet" "$(txt 17)" \
    'much better than – and he stressed this – the figures'
printf '%s\n' 'The Panel noted the budget and' '– 3 –' 'asked for more detail.' | mtokenize > out
is "– 3 – is a page number as - 3 - is" "$(jq -c '[.kind, .text]' out | tr -d '\n')" \
    '["para","The Panel noted the budget and asked for more detail."]["artifact","– 3 –"]'
printf '%s\n' 'The Panel noted:' '' '| Cllr D Ash | Chair |' '| | Clerk |' \
    "$(printf '\f')3D printing and 2nd homes were noted." \
    | mtokenize > out
is "a row that starts with an empty cell is no bullet; 3D is no page number" \
    "$(jq -r '.kind + " " + .text[0:4]' out | tr '\n' ,)" 'para The ,para Cllr,para – Cl,para 3D p,'
mtokenize "$d/tok-webbits.txt" > out
all webbits
is "a breadcrumb trail is chrome" "$(blk 2)" \
    '["artifact","chrome","Home > Your Council > Councillors and committees > Meetings"]'
is "characters of no width go: a keyword and a name are whole" "$(blk 6)" \
    '["keyword","Present","Councillor Ida Penrose (Chair), Councillor Jude Quarrell and Councillor Kit Roper"]'
is "a byte order mark inside the text (files put together) hides no heading" \
    "$(jq -c 'select(.line == 12) | [.kind, .label]' out)" '["heading","2"]'
is "the comment form below the page is chrome" \
    "$(jq -r 'select(.line >= 19) | .label' out | tr '\n' ,)" 'chrome,chrome,chrome,chrome,chrome,'
printf '%s\n' 'The Committee noted that the applicant had withdrawn the application and that' \
    "Chairman's initials .......... Page 3" 'the fee would be returned.' \
    'Home > Meetings. Page 4' | mtokenize > out
is "a page number run onto a form to sign or onto chrome is not lost with it" \
    "$(jq -r 'select(.kind == "artifact") | .label + " " + .text' out | tr '\n' ,)" \
    "footer Chairman's initials ..........,page Page 3,chrome Home > Meetings.,page Page 4,"
printf '%s\n' 'RESOLVED Home > Meetings' | mtokenize > out
is "a keyword before chrome keeps its label" "$(jq -c '[.kind, .label, .text]' out)" \
    '["keyword","RESOLVED","Home > Meetings"]'
done_testing
