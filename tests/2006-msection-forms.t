#!/bin/sh
# msection: the forms of parish and town minutes, through mtokenize, from
# invented minutes (tests/data/sec-forms-*.txt): agenda-phrase titles,
# minute references, attendance sub-groups, chair lines, AGREED and
# DECISION, parts numbered inside one paragraph, closing times.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 47

run() { mtokenize "$data/sec-forms-$1.txt" | msection > "$1"; }
meet() { jq -r 'select(.type == "meeting") | [.body, .venue, .date, .start, .end] | map(. // "-") | join("|")' "$1"; }
items() { jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' "$1" | tr '\n' ';'; }
res() { jq -r 'select(.type == "resolution") | "\(.item // "-")|\(.label // "-")|\(.text)"' "$1" | tr '\n' ';'; }
who() {
	jq -r 'select(.type == "attendee") | [.name, .status, (.chair | tostring),
	    .role] | map(. // "-") | join("|")' "$1" | tr '\n' ';'
}
for f in parish web town letters annual table post minute; do run $f; done

# A parish council: minute references, "To ..." titles, PRESENT with groups.
is "parish: header, closing time" "$(meet parish)" \
    "Fernlow Parish Council|Village Hall, Church Lane, Fernlow|2024-05-14|19:30|21:05"
is "parish: PC/24/045 references and agenda-phrase titles" "$(items parish)" \
    "PC/24/045 To receive apologies for absence;PC/24/046 To receive declarations of interest;PC/24/047 To approve the minutes of the meeting held on 9 April 2024;PC/24/048 To consider the quotation for grass cutting;PC/24/049 To note the date of the next meeting;"
is "parish: PRESENT: Councillors: / Officers: / Also present:, Apologies were received from" \
    "$(who parish)" \
    "A Thornbury|present|true|-;B Whitlock|present|false|-;C Marwood|present|false|-;D Pendle|present|false|-;E Gosling|attendance|false|Clerk;F Haverley|attendance|false|-;G Ashdown|apologies|false|-;H Bramley|apologies|false|-;"
is "parish: RESOLVED – (1) ...; and (2) ... in one paragraph; It was AGREED that" \
    "$(res parish)" \
    "PC/24/047|-|the minutes of the meeting held on 9 April 2024 be approved and signed by the Chair;PC/24/048|1|the quotation from Meadow Green Services be accepted;PC/24/048|2|the Clerk write to the other contractors;PC/24/049|-|the next meeting be held on 11 June 2024;"

# A web page: unnumbered "To ..." titles, a run-in "Present Members:".
is "web: a banner above the heading, Meeting ended: 21:10" "$(meet web)" \
    "Ashwyck Vale Parish Council|Ashwyck Vale Community Centre|2024-03-06|19:00|21:10"
is "web: unnumbered agenda-phrase titles, one with a clause that has verbs" "$(items web)" \
    "- To receive apologies for absence;- To receive any declarations of interest;- To approve the minutes of the meeting held on 7 February 2024;- To advise of any items which the Chair has decided to take as urgent;- To consider the annual play area inspection report;"
is "web: Present Members:, In the Chair:, a title line is no officer's role, X and Y under To receive apologies" \
    "$(who web)" \
    "J Oakridge|present|true|-;K Fenwick|present|false|-;L Darrow|present|false|-;M Quennell|present|false|-;N Pellow|attendance|false|Clerk to the Council;P Rushby|apologies|false|-;Q Sallow|apologies|false|-;"
is "web: the banner names no one and stays prose" \
    "$(jq -r 'select(.type == "prose" and .line == 1) | .text' web)" "Parish Viewer"
is "web: DECISION:" "$(res web)" "-|-|The Clerk to obtain quotations for the repairs;"

# A town council: a table with bars, Chair:, Absent:, Substitutes:.
is "town: capitals heading" "$(meet town)" \
    "BRAMBLEFORD TOWN COUNCIL|GUILDHALL, BRAMBLEFORD|2024-05-20|19:00|20:45"
is "town: (Town Mayor, in the Chair) in a table; Chair: marks the listed member; a substitute is present" \
    "$(who town)" \
    "R Hallam|present|true|Town Mayor;S Iredale|present|false|-;T Jessop|present|false|-;U Kinsella|present|false|-;V Lomax|absent|false|-;W Manning|present|false|substitute for Cllr X Norcott;Y Ormerod|attendance|false|Town Clerk;Z Prendergast|attendance|false|Deputy Town Clerk;A Quigley|apologies|false|-;B Redfern|apologies|false|-;"
is "town: the chair line is prose once its member is marked" \
    "$(jq -r 'select(.type == "prose" and .label == "Chair") | .text' town)" "Cllr R Hallam"
is "town: 12/24 references" "$(items town)" \
    "12/24 ELECTION OF TOWN MAYOR;13/24 APOLOGIES FOR ABSENCE;14/24 MINUTES;15/24 PLANNING APPLICATIONS;"
is "town: AGREED: and RESOLVED – with (1) (2) lines" "$(res town)" \
    "12/24|-|Councillor R Hallam be elected Town Mayor for the year 2024/25;14/24|-|the minutes of the meeting held on 15 April 2024 be confirmed;15/24|1|no objection be raised to application 24/0123;15/24|2|the Council object to application 24/0456 on grounds of overdevelopment;"

# Letter-dot references, a body named above the heading.
is "letters: body above 'the Parish Council Meeting', venue before 'commencing'" \
    "$(meet letters)" "Holmbrickett Parish Council|Reading Room, Holmbrickett|2024-10-03|19:15|21:02"
is "letters: C.101 references" "$(items letters)" \
    "C.101 Apologies;C.102 Declarations of Interest;C.103 Minutes of the last meeting;C.104 Finance;C.105 Allotments;C.106 Date of Next Meeting;"
is "letters: someone named in the clause after the apologies attended" "$(who letters)" \
    "D Sayle|present|true|-;E Tunstall|present|false|-;F Upward|present|false|-;G Venn|present|false|-;H Wragg|present|false|-;K Abbot|apologies|false|-;I Yelland|attendance|false|Parish Clerk;"
is "letters: The Council AGREED to in a part, It was AGREED that; 'were AGREED as' a passive decision" \
    "$(res letters)" \
    "C.103|-|The minutes of the meeting held on 5 September 2024 were AGREED as a true record and signed by the Chairman;C.104|a|to pay the accounts listed in Appendix A totalling £1,245.60;C.105|-|allotment rents rise by 5% from 1 October 2025;"
is "letters: the rest of the sentence's paragraph is prose" \
    "$(jq -r 'select(.type == "prose" and .item == "C.105") | .text' letters | tr '\n' ';')" \
    "It was AGREED;The Clerk will write to the tenants.;"

# An annual meeting: "1. To elect ..." items, sub-groups on lines.
is "annual: held on a date with no venue, Close of meeting:" "$(meet annual)" \
    "Kestlewick Town Council|-|2024-05-20|19:00|20:40"
is "annual: '1. To elect ...' numbered on is an item, '1. To award' after RESOLVED: a part" \
    "$(items annual)" \
    "1 To elect a Chair for the Year;2 To receive the Chair's declaration of acceptance of office;3 To approve the minutes of the meeting held on 15 April 2024;4 Grants;"
is "annual: AGREED:, DECISION: (a) (b) in one line, It was RESOLVED that, RESOLVED: 1. 2." \
    "$(res annual)" \
    "1|-|Councillor Oliver Petch be Chair of the Council for 2024/25;2|a|The declaration was signed;2|b|The Clerk to file the declaration;3|-|the minutes of the meeting held on 15 April 2024 be approved as a true record;4|1|To award £500 to the Kestlewick Youth Club;4|2|To award £250 to the Kestlewick Allotment Society;"
is "annual: Members: and Officers: lines under Present:" "$(who annual)" \
    "Oliver Petch|present|true|-;Rosa Quaile|present|false|-;Simon Rudd|present|false|substitute for Councillor Tara Snell;Ursula Vane|attendance|false|Town Clerk;Victor Wace|attendance|false|Responsible Financial Officer;Tara Snell|apologies|false|-;Wendy Yorke|apologies|false|-;Xavier Zeal|absent|false|-;"

# A table of councillors with a Role column; lines led by words and a colon.
is "table: Role column Chair and Vice-Chair; Apologies received:, Absent without apology:; the Clerk, Mrs X" \
    "$(who table)" \
    "A Farrant|present|true|-;B Gilmour|present|false|Vice-Chair;C Hurley|present|false|-;D Ingram|apologies|false|-;E Jolley|apologies|false|-;F Kemble|absent|false|-;G Lawler|attendance|false|-;H Moffat|attendance|false|Clerk;"
is "table: the header row and the lead words stay prose" \
    "$(jq -r 'select(.type == "prose" and .line < 12) | .text' table | tr '\n' ';')" \
    "Councillor – Role;Apologies received:;Absent without apology:;"
is "table: sub-items and a resolution under one" "$(items table)$(res table)" \
    "1 Apologies for absence;2 Finance;2.1 Payments;2.2 Budget;3 Close;2.1|-|to approve the payments listed;"

# A post before the name; a numbered paragraph that is no sub-item.
is "post: Parish Clerk: Mrs X attended as Parish Clerk" "$(who post)" \
    "A Pargeter|present|true|-;B Quint|present|false|-;C Rollo|present|false|-;D Sumner|attendance|false|Parish Clerk;"
is "post: '2.1 The Clerk reported ...' is a paragraph of item 2, not item 2.1" \
    "$(items post)$(jq -r 'select(.type == "point") | "\(.item) \(.label)"' post)" \
    "1 Public Participation;2 Highways;2 2.1"

# "Minute 101/24 - Title" headings; "proposed, seconded and RESOLVED to".
is "minute: capitals heading with commencing" "$(meet minute)" \
    "THISTLEBY PARISH COUNCIL|Village Hall|2025-01-15|19:30|21:12"
is "minute: Minute 101/24 - Title: the number after the word" "$(items minute)" \
    "101/24 Apologies for absence;102/24 Declarations of interest;103/24 Minutes of the previous meeting;104/24 Precept 2025/26;"
is "minute: the officer's list ends at the next heading" "$(who minute)" \
    "J Abney|present|true|-;K Barlow|present|false|Vice-Chairman;L Cotter|present|false|-;M Dunlop|attendance|false|Clerk/RFO;N Eccles|apologies|false|-;"
is "minute: RESOLVED: then the vote; proposed, seconded and RESOLVED to" "$(res minute)" \
    "103/24|-|the minutes of 11th December 2024 be signed as a true record;104/24|-|to set the precept at £18,500;"
# A minute reference keeps its word in the label; "Item" goes to a chrome
# artifact (one rule for "Item 5", "ITEM 5:", "Agenda Item 5": see 1011).
is "mtokenize: Minute 101/24 - Title, Item 5: Title; Item 5 was deferred is prose" \
    "$(printf 'Minute 101/24 - Apologies\n\nItem 5: Planning\n\nItem 5 was deferred.\n\nMIN. 45/24\n' |
       mtokenize | jq -r '"\(.kind) \(.label) \(.text)"' | tr '\n' ';')" \
    "heading Minute 101/24 Apologies;heading 5 Planning;artifact chrome Item;para null Item 5 was deferred.;number MIN. 45/24 ;"

is "mtokenize: C.101 Title is a heading; initials and Mr. are not" \
    "$(printf 'C.101 Apologies\n\nA. Vance said the C.12 bus was late.\n\nMr. Wilde agreed.\n' |
       mtokenize | jq -r '"\(.kind) \(.label)"' | tr '\n' ';')" \
    "heading C.101;para null;para null;"

# Small cases.
blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg y "${3-}" --arg l "${4-}" \
	    '{type: "block", doc: "f.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end)} +
	     (if $y == "" then {} else {key: $y} end) + {depth: 0, text: $t}'
}
is "a heading 'Present Members' then its list: the title is Present" \
    "$({ blk heading 'Present Members' '' 'Min/7/24'; blk para 'Cllr A Vance (Chairman), Cllr B Wilde'; } |
       msection | jq -r 'select(.type == "item" or .type == "attendee") | .title // "\(.name) \(.status)"' | tr '\n' ';')" \
    "Present;A Vance present;B Wilde present;"
is "Chair: before the list is merged with the listed member" \
    "$({ blk keyword 'Cllr A Vance' CHAIRMAN Chair; blk keyword 'Cllr A Vance, Cllr B Wilde' PRESENT Present; } |
       msection | jq -r 'select(.type == "attendee") | "\(.name) \(.chair)"' | tr '\n' ';')" \
    "A Vance true;B Wilde false;"
is "a cited (1) inside the text is no part" \
    "$({ blk heading 'Fees' '' 3; blk keyword 'that the fee under section 2(1) be waived; and (2) noted.' RESOLVED RESOLVED; } |
       msection | jq -r 'select(.type == "resolution") | "\(.label)|\(.text)"')" \
    "null|the fee under section 2(1) be waived; and (2) noted"
is "That (a) X; (b) Y; (c) Z: one record per part" \
    "$({ blk heading 'Fees' '' 3; blk keyword 'That (a) the fees be raised; (b) the hall be painted; and (c) the Clerk report back.' RESOLVED RESOLVED; } |
       msection | jq -r 'select(.type == "resolution") | "\(.label)|\(.text)"' | tr '\n' ';')" \
    "a|the fees be raised;b|the hall be painted;c|the Clerk report back;"
is "That the Panel: (a) X; (b) Y: the lead-in before the parts is left out" \
    "$({ blk heading 'Fees' '' 3; blk keyword 'that the Panel: (a) notes the report; and (b) agrees the fees.' RESOLVED RESOLVED; } |
       msection | jq -r 'select(.type == "resolution") | "\(.label)|\(.text)"' | tr '\n' ';')" \
    "a|notes the report;b|agrees the fees;"
is "that the Committee: then '1. notes X;' '2. approves Y.' as paragraphs" \
    "$({ blk heading 'Fees' '' 3; blk keyword 'that the Committee:' RESOLVED RESOLVED; blk para '1. notes the report;'; blk para '2. approves the fees.'; } |
       msection | jq -r 'select(.type == "resolution") | "\(.label)|\(.text)"' | tr '\n' ';')" \
    "1|notes the report;2|approves the fees;"
is "a colon in the text with no part after it is kept" \
    "$({ blk heading 'Fees' '' 3; blk keyword 'that the fee be: raised by 3%.' RESOLVED RESOLVED; } |
       msection | jq -r 'select(.type == "resolution") | .text')" \
    "the fee be: raised by 3%"
is "'1. To ...' under a minute reference is a point, not an item" \
    "$({ blk heading 'Planning' '' 'PC/24/050'; blk label 'To note the decisions of the planning authority.' '' 1; } |
       msection | jq -r 'select(.type == "item" or .type == "point") | .type' | tr '\n' ';')" \
    "item;point;"
is "RESOLVED (unanimously) that: the flag, not the words" \
    "$({ blk heading 'Fees' '' 3; blk keyword '(unanimously) that the fees be raised.' RESOLVED RESOLVED; } |
       msection | jq -r 'select(.type == "resolution") | "\(.text)|\(.unanimous)"')" \
    "the fees be raised|true"
is "1) X; 2) Y without opening brackets" \
    "$({ blk heading 'Minutes' '' 1; blk keyword '1) that the minutes be approved; 2) that the Chair sign them.' RESOLVED RESOLVED; } |
       msection | jq -r 'select(.type == "resolution") | "\(.label)|\(.text)"' | tr '\n' ';')" \
    "1|the minutes be approved;2|the Chair sign them;"
is "Presentation: is no list of those present" \
    "$({ blk para 'Minutes of the meeting of Wrenfold Parish Council held on 2 May 2025'
         blk para 'Presentation: Mr A Vance of Vance Surveys Ltd spoke about the survey'; } |
       msection | jq -r 'select(.type == "attendee") | .name')" ""
is "agreed in lower case decides too (GOLD: It was agreed that ...)" \
    "$({ blk heading 'Roads' '' 3; blk para 'It was agreed that the Clerk would look into it.'; } |
       msection | jq -r 'select(.type == "resolution") | .text')" "the Clerk would look into it"

# No text lost: the fixtures' texts once in the records (the part labels
# written inside a paragraph move to the records' labels).
fold='ascii_downcase | gsub("\\(([a-z]|[0-9]{1,2}|[ivx]{1,4})\\)"; "")
    | gsub("\\b(that|and|unanimously)\\b"; "") | gsub("[^a-z0-9]"; "")
    | explode | sort | implode'
is "the forms fixtures: every text once" "$(texts_lost "$fold" "$data"/sec-forms-*.txt)" 0
done_testing
