#!/bin/sh
# mtokenize: item numbers in the shapes minute books print them (invented
# lines): a body's letters run on to the number, a prefix and one number,
# a sub-number before the year, a year range and a body code, the
# meeting's number and the item's, a dash or a stop before the title; and
# what is no reference (a date, a sum, a sub-number).
. "$(dirname "$0")/lib.sh"
plan 26

one() { printf '%s\n' "$1" | mtokenize | jq -c 'select(.kind != "artifact") | [.kind, .label, .text]'; }

while IFS='|' read -r desc line want; do
	is "$desc" "$(one "$line")" "$want"
done <<'T'
letters run on to the number|K41/19 Apologies for Absence|["heading","K41/19","Apologies for Absence"]
a prefix and one number|T/1187 Declarations of Interest|["heading","T/1187","Declarations of Interest"]
a sub-number before the year|03.02/11 Minutes of the Last Meeting|["heading","03.02/11","Minutes of the Last Meeting"]
a year range, a body code, a number|21-22/PLN/4 Planning Applications|["heading","21-22/PLN/4","Planning Applications"]
the meeting's number and the item's, no blank|512-3.To receive reports|["heading","512-3","To receive reports"]
a dash between reference and title|58/21 – Date of Next Meeting|["heading","58/21","Date of Next Meeting"]
a stop between reference and title|58/21. Date of Next Meeting|["heading","58/21","Date of Next Meeting"]
Item and a reference, its title on|Item 04/09 Allotments: Mrs Hale asked about water|["heading","04/09","Allotments: Mrs Hale asked about water"]
an old form still read: Min/114/25-26|Min/114/25-26 Finance|["heading","Min/114/25-26","Finance"]
a date is no reference|12/03/2021 The meeting was held in the hall.|["para",null,"12/03/2021 The meeting was held in the hall."]
a sum with a dash is no reference|1839-20 Paid to the grass cutting contractor|["para",null,"1839-20 Paid to the grass cutting contractor"]
a minute number, then the agenda number|45/21 5. Budget Report|["heading","45/21","Budget Report"]
the agenda number, then the minute number|5. 45/21 Budget Report|["heading","45/21","Budget Report"]
the agenda number in brackets|45/21 (5) Budget Report|["heading","45/21","Budget Report"]
the agenda item beside the minute|45/21 Agenda Item 5 Budget Report|["heading","45/21","Budget Report"]
lower-case letters are no prefix|ab12/19 was noted|["para",null,"ab12/19 was noted"]
the body's letters set off by a space|EC 23/15 Apologies|["heading","EC 23/15","Apologies"]
three letters, a space, three digits|PLN 104/22 Planning Applications|["heading","PLN 104/22","Planning Applications"]
one capital and a space is no prefix|A 12/19 vote was taken|["para",null,"A 12/19 vote was taken"]
the body's capitals, a slash, a short number|CAB/45 Apologies for Absence|["heading","CAB/45","Apologies for Absence"]
... a title in capitals after it|PL/7 Planning|["heading","PL/7","Planning"]
... not a sentence in lower case|HR/2 is the form to use|["para",null,"HR/2 is the form to use"]
T
is "a title starting with a year, numbered on from the item before" \
    "$(printf '9. Accounts\n\n10. 2021 Annual Return\n' | mtokenize | jq -c 'select(.line == 3) | [.kind, .label, .text]')" \
    '["heading","10","2021 Annual Return"]'
is "... but not out of sequence" \
    "$(printf '9. Accounts\n\n4. 2021 was a good year for the hall.\n' | mtokenize | jq -r 'select(.line == 3) | .kind')" para
is "the agenda number is kept as chrome" \
    "$(printf '45/21 5. Budget Report\n' | mtokenize | jq -r 'select(.kind == "artifact") | .text')" "5."
is "a table's number cell before the title" "$(one '12 | Declarations of Interest')" \
    '["heading","12","Declarations of Interest"]'
