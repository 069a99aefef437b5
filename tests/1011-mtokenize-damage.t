#!/bin/sh
# mtokenize: damage the other fixtures do not show: forms to sign at the
# foot of a page, running heads that carry the page number or change
# from page to page, a page number run onto the last line, compounds
# hyphenated over a line end, "ITEM 5:" headings, titles in capitals,
# a web page's document links, a document on one line, Windows-1252 with
# CRLF cut off in the middle of a line.  Fixtures: tests/data/tok-{footers,pagebreaks,items,
# moderngov,oneline,webflat,cp1252-crlf,parish-heads,address-foot}.txt;
# 1008 checks their invariant.
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 51
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }
txt() { jq -r "select(.line == $1 and .kind != \"artifact\") | .text" out; }
all() {
	is "$1: all of it, as expected" \
	    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-$1.expect")"
}

mtokenize "$d/tok-footers.txt" > out
all footers
is "a form to sign in a sentence is a footer" "$(blk 18)" \
    "[\"artifact\",\"footer\",\"Chairman's initials ..........\"]"
is "... and so is one with two blanks to fill" "$(blk 30)" \
    '["artifact","footer","Signed ................................ Date ...................."]'
is "a running head that ends in its page number is a page artifact" "$(blk 19)" \
    '["artifact","page","Planning Committee 12 March 2024 Page 1"]'
like "the sentence goes on past them" "$(txt 14)" \
    'loss of the hedge along the western boundary and asked'
like "part- / time and co- / operation keep their hyphen" "$(txt 14)" \
    'a part-time warden .* the co-operation of'
like "decision- / making and evidence- / based keep theirs" "$(txt 35)" \
    'to decision-making on enforcement, which was to be evidence-based and'
is "the form met again at the end is a footer" "$(blk 42)" \
    "[\"artifact\",\"footer\",\"Chairman's initials ..........\"]"
printf '%s\n' 'The Committee noted that the applicant had withdrawn the application.' '' \
    "Chairman's initials ……………" 'Planning Committee 12 March 2024 Page 1' \
    'RESOLVED that the report be noted.' '' 'Signed ………………… Chairman' | mtokenize > out
is "a form with ellipses before a page number is a footer the first time; the signature at the end stays" \
    "$(jq -r '.kind + " " + (.label // "")' out | tr '\n' ,)" \
    'para ,artifact footer,artifact page,keyword RESOLVED,para ,'
printf '%s\n' 'The Panel thanked the outgoing Vice-' 'Chairman and noted the pre-' \
    'COVID figures.' | mtokenize > out
is "a hyphen at a line end before a capital stays, with no blank" "$(jq -r .text out)" \
    'The Panel thanked the outgoing Vice-Chairman and noted the pre-COVID figures.'

mtokenize "$d/tok-pagebreaks.txt" > out
all pagebreaks
is "a page number run onto the last line of the page is taken off" "$(blk 13)" \
    '["artifact","page","1"]'
like "... and the sentence goes on over the form feed" "$(txt 11)" \
    'review of the way in which calls were graded'
is "the running head of an even page, in another order" "$(blk 25)" \
    '["artifact","header","26 January 2024 – Police and Crime Panel – 3"]'
is "a running head met before with another page number, between paragraphs" \
    "$(blk 31)" '["artifact","header","Police and Crime Panel – 26 January 2024 – 4"]'
like "input that stops in the middle of a line keeps its last words" \
    "$(txt 39)" 'will consider the annual report of the$'

mtokenize "$d/tok-items.txt" > out
all items
is "ITEM 1: TITLE is a heading; the word is chrome" \
    "$(jq -c 'select(.line == 4) | [.kind, .label, .text]' out | tr -d '\n')" \
    '["heading","1","APOLOGIES"]["artifact","chrome","ITEM"]'
is "... and is not joined to the list of names before it" "$(txt 3)" \
    'Cllr A Quarrie (Chair), Cllr B Rushworth, Cllr C Stannard and Cllr D Tolley.'
is "Agenda Item 3 Title" "$(jq -c 'select(.line == 18 and .kind == "heading") | [.label, .text]' out)" \
    '["3","Allotments"]'
is "Item 5 and a sentence stays a sentence" "$(blk 34)" \
    '["para",null,"Item 5 was deferred to the next meeting at the request of the Clerk."]'
is "AGENDA ITEM 6 alone is an item number" \
    "$(jq -c 'select(.line == 35 and .kind == "number") | .label' out)" '"6"'
is "a wrapped bullet is one item" "$(blk 9)" \
    '["bullet",null,"the new safety surfacing under the swings had been laid but the edges needed to be trimmed before the play area could reopen;"]'
is "1) 2) 3) are labels" \
    "$(jq -r 'select(.line >= 15 and .line <= 17) | .kind + .label' out | tr '\n' ' ')" \
    'label1 label2 label3 '
printf '%s\n' 'The Committee agreed to take the report on the allotment waiting list together with' \
    'Agenda Item 5 Allotments' | mtokenize > out
is "a wrapped line that begins Agenda Item N stays in its sentence, word and all" \
    "$(jq -r '.kind + ": " + .text' out)" \
    'para: The Committee agreed to take the report on the allotment waiting list together with Agenda Item 5 Allotments'

printf '%s\n' 'The Panel noted the following points:' \
    '• the new call handling system would go live in May;' \
    '  o staff had been trained on the new screens;' \
    'o the old system would be kept for three months;' \
    '• response times would be reported each quarter.' | mtokenize > out
is "o before a word is a bullet of the second level" \
    "$(jq -r '.kind + " " + (.depth | tostring)' out | tr '\n' ,)" \
    'para 0,bullet 1,bullet 2,bullet 2,bullet 1,'

mtokenize "$d/tok-address-foot.txt" > out
all address-foot
is "a long footer (an address) is not joined to the page after it" "$(blk 9)" \
    '["para",null,"Kestrelford District Council, Council Offices, Market Square, Kestrelford KF1 2AB"]'
is "... and is a footer when it comes again" "$(blk 19)" \
    '["artifact","footer","Kestrelford District Council, Council Offices, Market Square, Kestrelford KF1 2AB"]'

one=$(mtokenize "$d/tok-pdf.txt" | jq -c 'select(.kind == "artifact")' | wc -l)
two=$(cat "$d/tok-pdf.txt" "$d/tok-pdf.txt" | mtokenize | jq -c 'select(.kind == "artifact")' | wc -l)
is "lines of text around a page number, met again word for word, stay text" \
    "$two" "$((one * 2))"

printf '%s\n' '8\. Estates Strategy' '' '## 9\. Date of Next Meeting' '' \
    '*Resolved:* that the report be noted.' '' '__RESOLVED__ that the minutes be approved.' '' \
    '\(iv\) The Clerk would write.' '' '* a bullet, *not* emphasis' | mtokenize > out
is "markdown escapes and emphasis at the start of a line give way to the structure" \
    "$(jq -c '[.kind, .label, .text]' out | tr -d '\n')" \
    '["heading","8","Estates Strategy"]["heading","9","Date of Next Meeting"]["keyword","Resolved","that the report be noted."]["keyword","RESOLVED","that the minutes be approved."]["label","iv","The Clerk would write."]["bullet",null,"a bullet, *not* emphasis"]'

mtokenize "$d/tok-moderngov.txt" > out
all moderngov
is "a document link with a pdf icon ends its line: the next link is its own" \
    "$(blk 18)" '["para",null,"Leisure Centre Contract - Appendix B, exempt"]'

mtokenize "$d/tok-oneline.txt" > out
all oneline
is "a title in a flat line ends at a sentence of one word" \
    "$(jq -c 'select(.label == "2") | .text' out)" '"Declarations of Interest"'
is "... at RESOLVED in capitals" "$(jq -c 'select(.label == "5") | .text' out)" '"Finance"'
is "a label before a reference number starts a piece" \
    "$(jq -r 'select(.kind == "label") | .label + " " + (.text | .[0:7])' out | tr '\n' ,)" \
    'a 23/0456,b 23/0470,'

mtokenize "$d/tok-webflat.txt" > out
all webflat
is "a web page on one line: its chrome comes out as pieces of its own" \
    "$(jq -r 'select(.kind == "artifact") | .text' out | tr '\n' ,)" \
    'Agenda and minutes,Items No. Item,Share this item,pdf icon PDF 210 KB,Share this item,Share this item,'
is "... and the titles are whole" \
    "$(jq -r 'select(.kind == "heading") | .label + " " + .text' out | tr '\n' ,)" \
    '45 Declarations of Interest,46 Leisure Centre Contract,47 Urgent Business,'

mtokenize "$d/tok-cp1252-crlf.txt" 2>/dev/null > out
all cp1252-crlf
like "Windows-1252 quotes, pound and dash" "$(txt 4)" \
    '“we would welcome the council’s help with the roof”\. The repair would cost £2,340 – about'

mtokenize "$d/tok-parish-heads.txt" > out
all parish-heads
is "a title in capitals after a sentence is not a wrapped line" \
    "$(jq -r 'select(.line == 7 or .line == 9) | .kind + ": " + .text[-21:]' out)" \
    "$(printf '%s\n' 'para: Clerk would chase it.' 'para: FINANCE')"
is "a running head of two lines after a form feed, in a sentence" \
    "$(jq -r 'select(.line == 12 or .line == 13) | .label + ": " + .text' out)" \
    "$(printf '%s\n' 'header: Thrushcombe Magna Parish Council' 'header: 14 March 2024')"
like "... and the sentence goes on past both" "$(txt 10)" \
    'annual subscription to the county association of local councils\.'
printf '%s\n' 'The Panel agreed to send its response to the consultation on the new policing plan to the' \
    'HOME OFFICE POLICING UNIT' \
    'by the end of the month, with the note on the winter gritting routes circulated at the' \
    "meeting by the officers of the highways team and the Fire and Rescue Service's own" \
    'PREVENTION TEAM.' | mtokenize > out
is "a line in capitals in the middle of a sentence goes on" "$(jq -r .text out)" \
    "The Panel agreed to send its response to the consultation on the new policing plan to the HOME OFFICE POLICING UNIT by the end of the month, with the note on the winter gritting routes circulated at the meeting by the officers of the highways team and the Fire and Rescue Service's own PREVENTION TEAM."

printf '%s\n' 'Page 4 Planning Committee 12 March 2024' 'Page | 5' \
    'The details of the scheme were set out in the Appendix at Page 4' \
    'of the agenda.' | mtokenize > out
is "Page N then a title, Page | N: page artifacts" \
    "$(jq -r 'select(.kind == "artifact") | .label' out | tr '\n' ,)" 'page,page,'
is "a sentence that wraps after Page N is no running head" "$(txt 3)" \
    'The details of the scheme were set out in the Appendix at Page 4 of the agenda.'
printf '%s\n' 'The Clerk reported that the footway had been repaired. Page 2 of 5' '' \
    'RESOLVED that the report be noted. Page 3' '' \
    'The plans were set out at Page 4' 'of the agenda.' | mtokenize > out
is "Page N of M run onto a line of text, and Page N after a sentence: cut off" \
    "$(jq -c '[.kind, .text]' out | tr -d '\n')" \
    '["para","The Clerk reported that the footway had been repaired."]["artifact","Page 2 of 5"]["keyword","that the report be noted."]["artifact","Page 3"]["para","The plans were set out at Page 4 of the agenda."]'
# "Item No. 5" is "Item 5": the words to chrome, the label the number.
is "Item No. 5 Title and ITEM NO 6: TITLE" \
    "$(printf 'Item No. 5 Planning\n\nITEM NO 6: FINANCE\n' | mtokenize |
       jq -r '"\(.kind) \(.label) \(.text)"' | tr '\n' ';')" \
    "heading 5 Planning;artifact chrome Item No.;heading 6 FINANCE;artifact chrome ITEM NO;"
done_testing
