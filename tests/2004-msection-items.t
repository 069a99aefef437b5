#!/bin/sh
# msection: items, points and resolutions, from invented block streams
# (tests/data/sec-*.jsonl) and small tables.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 29

blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg y "${3-}" --arg l "${4-}" \
	    '{type: "block", doc: "i.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end)} +
	     (if $y == "" then {} else {key: $y} end) + {depth: 0, text: $t}'
}
items() { jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' | tr '\n' ';'; }
res() { jq -r 'select(.type == "resolution") | "\(.item // "-")|\(.label // "-")|\(.text)"' | tr '\n' ';'; }

msection "$data/sec-pdf.jsonl" > pdf
is "PDF: number then title paragraph, full stop dropped" "$(items < pdf)" \
    "12 Minutes of the previous meeting;13 Force Performance Report;14 Estates Strategy;15 Date of next meeting;"
is "items are numbered in order" "$(jq -r 'select(.type == "item") | .seq' pdf | tr '\n' ' ')" "1 2 3 4 "
is "the report the item is about" \
    "$(jq -r 'select(.type == "item" and .number == "13") | .report' pdf)" "Agenda Item 5"
is "discussion points with their labels" \
    "$(jq -r 'select(.type == "point") | "\(.item) \(.label)"' pdf | tr '\n' ';')" "13 i;13 ii;"
is "RESOLVED / That: / (a) (b); a displaced 15. before 14's parts; a list after a colon" \
    "$(res < pdf)" \
    "13|a|The contents of the report be noted;13|b|The Commissioner be asked to report again in June 2020;14|a|the strategy be welcomed;14|b|a site visit be arranged for members;15|-|future meetings be held on the following dates at 2.00pm: Tuesday 2 June 2020; Thursday 9 July 2020;"
is "records carry item and item_seq of their item" \
    "$(jq -r 'select(.type == "resolution") | .item_seq' pdf | tr '\n' ' ')" "2 2 3 3 4 "
is "prose before the first item has item null, item_seq 0" \
    "$(msection "$data/sec-parish.jsonl" | jq -c 'select(.type == "prose") | [.item, .item_seq]' | head -1)" "[null,0]"

msection "$data/sec-web.jsonl" > web
is "web: minute numbers 21/20, a heading title" "$(items < web)" \
    "21/20 Apologies;22/20 Minutes of the Last Meeting;23/20 Budget Update;"
is "Resolved: That ... and UNANIMOUSLY RESOLVED that" "$(res < web)" \
    "22/20|-|the minutes of the meeting held on 1 July 2020 be confirmed as a correct record;23/20|-|the update be noted;"
is "unanimous where stated, null where not" \
    "$(jq -c 'select(.type == "resolution") | .unanimous' web | tr '\n' ' ')" "null true "

msection "$data/sec-parish.jsonl" > parish
is "parish: 'resolved to' inside a sentence, 'Resolved.' after one, RESOLVED + That" \
    "$(res < parish)" \
    "2|-|to support the application subject to conditions;3|-|Council adopted the revised standing orders;4|-|the grant to the village hall be approved;"
is "the rest of that sentence's paragraph stays prose" \
    "$(jq -r 'select(.type == "prose" and .item == "2") | .text' parish | tr '\n' ';')" \
    "Councillors discussed the application for a new barn. Council resolved;The clerk will write to the planning authority.;"

msection "$data/sec-labelled.jsonl" > lab
is "unnumbered headings and a sub-item 5.1" "$(items < lab)" \
    "- Mayor's Announcements;- Play Area;5 Finance;5.1 Payments;"
is "a labelled 'That ...' with no keyword is a resolution" "$(res < lab)" "-|i|the quote for new swings be accepted;"

is "RESOLVED: then one paragraph, then prose again" \
    "$({ blk heading 'Budget' '' 4; blk keyword '' RESOLVED 'RESOLVED:'
         blk para 'That the budget be approved.'; blk para 'The Chairman thanked the officers.'; } | msection | res)" \
    "4|-|the budget be approved;"
is "RESOLVED that the Panel: (a) (b): the parts only" \
    "$({ blk heading 'Budget' '' 4; blk keyword 'that the Panel:' RESOLVED RESOLVED
         blk label 'note the report; and' '' a; blk label 'agree the plan.' '' b; } | msection | res)" \
    "4|a|note the report;4|b|agree the plan;"
is "It was RESOLVED that; ; and; trailing full stop" \
    "$({ blk heading 'Grants' '' 7; blk keyword 'that the grant be paid; and' RESOLVED 'It was RESOLVED'; } | msection | res)" \
    "7|-|the grant be paid;"
is "a label starting RESOLVED is a part" \
    "$({ blk heading 'Grants' '' 7; blk label 'RESOLVED that the grant be paid.' '' a; } | msection | res)" \
    "7|a|RESOLVED that the grant be paid;"
is "a title paragraph after the displaced number, not the parts" \
    "$({ blk heading 'Roads' '' 8; blk keyword '' RESOLVED RESOLVED; blk number '' '' 9
         blk label 'That the scheme be approved;' '' a; blk label 'That residents be told.' '' b
         blk para 'Car Parking.'; blk para 'The Council considered charges.'; } | msection | items)" \
    "8 Roads;9 Car Parking;"
is "a heading number alone with no title still makes an item" \
    "$({ blk number '' '' 3; blk keyword '' RESOLVED RESOLVED; } | msection | items)" "3 ;"
is "a markdown heading naming the meeting is the meeting, not an item" \
    "$({ blk heading 'Minutes of a meeting of the Eastmoor Parish Council held at the Pavilion on 2 May 2023'
         blk heading 'Apologies' '' 1; } | msection | items)" "1 Apologies;"
is "DECISION and AGREED are resolutions too" \
    "$({ blk heading 'Fees' '' 2; blk keyword 'To approve the fees.' DECISION Decision
         blk keyword 'that the hall be booked.' AGREED AGREED; } | msection | res)" \
    "2|-|To approve the fees;2|-|the hall be booked;"
is "the vote after a decision is prose" \
    "$({ blk heading 'Footpaths' '' 9; blk keyword 'that the quote be accepted. For 4, Against 0, Abstentions 1.' RESOLVED RESOLVED; } | msection | res)" \
    "9|-|the quote be accepted;"
is "'resolved to' ends at the sentence, a reference number after it" \
    "$({ blk heading 'Planning' '' 6; blk para 'Council resolved to object to the plans. 22/01234/FUL was noted.'; } | msection | res)" \
    "6|-|to object to the plans;"
is "web headings without numbers: a title line after an item's text starts the next" \
    "$({ blk heading 'Public Question Time'; blk para 'There were no questions submitted.'
         blk para 'Urgent Items.'; blk para 'There were none.'; blk para 'The report was noted.'
         blk artifact 'Additional documents:' '' chrome; blk para 'Appendix A - Site Plan, item 5'; blk para 'Map.'; } | msection | items)" \
    "- Public Question Time;- Urgent Items;"
is "It was unanimously resolved that ... inside a paragraph" \
    "$({ blk heading 'Allotments' '' 3; blk para 'After discussion it was unanimously resolved that the rents be frozen. The Clerk will tell the tenants.'; } | msection |
       jq -r 'select(.type == "resolution") | "\(.text)|\(.unanimous)"')" \
    "the rents be frozen|true"
is "a typed heading that runs on: the title ends at the dash" \
    "$({ blk heading 'Apologies for absence – Cllr R Frost (work), Cllr J Lane.' '' 25/041
         blk heading 'Declarations of interest: none.' '' 25/042
         blk heading 'Force Performance Report - Quarter 3' '' 25/043; } | msection | items)" \
    "25/041 Apologies for absence;25/042 Declarations of interest;25/043 Force Performance Report - Quarter 3;"
is "and its names are the apologies" \
    "$(blk heading 'Apologies for absence – Cllr R Frost (work), Cllr J Lane.' '' 25/041 | msection |
       jq -r 'select(.type == "attendee") | "\(.name) \(.status)"' | tr '\n' ';')" \
    "R Frost apologies;J Lane apologies;"
is "RESOLVED unanimously that: the flag, not the word" \
    "$({ blk heading 'Grants' '' 7; blk keyword 'unanimously that the grant be paid.' RESOLVED RESOLVED; } | msection |
       jq -r 'select(.type == "resolution") | "\(.text)|\(.unanimous)"')" \
    "the grant be paid|true"
done_testing
