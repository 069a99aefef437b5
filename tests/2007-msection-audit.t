#!/bin/sh
# msection: forms of a second audit, from invented minutes
# (tests/data/sec-audit-*.txt): absence written as a sentence, a reason
# for absence (not a role), a post written before the name, substitutes
# (present, with a role that says so), Chairman: X; Vice-Chairman: Y,
# Scottish forms, header lines, attendance tables with a column per
# status, sub-items 5.2 and 6(a), a Part II divider.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 33

run() { mtokenize "$data/sec-audit-$1.txt" | msection > "$1"; }
meet() { jq -r 'select(.type == "meeting") | [.body, .venue, .date, .start, .end] | map(. // "-") | join("|")' "$1"; }
items() { jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' "$1" | tr '\n' ';'; }
res() { jq -r 'select(.type == "resolution") | "\(.item // "-")|\(.text)"' "$1" | tr '\n' ';'; }
who() {
	jq -r 'select(.type == "attendee") | [.name, .status, (.chair | tostring),
	    .role, .reason] | map(. // "-") | join("|")' "$1" | tr '\n' ';'
}
for f in absence scot columns cells; do run $f; done

# Absence, reasons, posts before names, substitutes.
is "absence: heading and closing time" "$(meet absence)" \
    "Quillbury Parish Council|Reading Room, Quillbury|2025-03-03|19:30|21:10"
is "absence: Chairman: X; Vice-Chairman: Y marks the chair and gives the post" \
    "$(who absence | cut -d';' -f1-3)" \
    "P Ambrose|present|true|-|-;R Beddow|present|false|Vice-Chairman|-;S Carver|present|false|-|-"
is "absence: substitutes are present, in the list and under Substitutes:" \
    "$(who absence | cut -d';' -f4-6)" \
    "T Dimmock|present|false|substitute for Cllr U Eastham|-;V Fenn|present|false|substitute for Cllr W Garside|-;X Hollins|present|false|substitute|-"
is "absence: the Clerk, Mrs Z; Post – Mrs A on a line of its own" \
    "$(who absence | cut -d';' -f7-9)" \
    "Y Ingle|attendance|false|-|-;Z Jarrow|attendance|false|Clerk|-;A Kettle|attendance|false|Responsible Financial Officer|-"
is "absence: X was absent. Y was not present." \
    "$(who absence | cut -d';' -f10-11)" "B Lumb|absent|false|-|-;C Mabey|absent|false|-|-"
is "absence: reasons in brackets and after a dash; sent apologies; sent their apologies" \
    "$(who absence | cut -d';' -f12-)" \
    "U Eastham|apologies|false|-|holiday;W Garside|apologies|false|-|illness;D Nuttley|apologies|false|-|-;E Oakes|apologies|false|-|work commitments;F Pimm|apologies|false|-|-;G Quarles|apologies|false|-|-;"
is "absence: 'was absent for the vote' is no absence; the verbs stay prose" \
    "$(jq -r 'select(.type == "prose" and .item == "1") | .text' absence | tr '\n' ';')" \
    "Apologies were received from sent apologies.;sent their apologies.;Cllr H Rudd was absent for the vote on item 3.;"
is "absence: the raw of a post before the name is the whole entry" \
    "$(jq -r 'select(.type == "attendee" and .role == "Clerk") | .raw' absence)" "the Clerk, Mrs Z Jarrow"

# Scottish forms, labels run together on one line.
is "scot: Date: Time: Place: on one line; the body from the line above" \
    "$(meet scot)" "DRUMFENNICK COMMUNITY COUNCIL|Drumfennick Church Hall|2025-01-14|19:00|20:30"
is "scot: Sederunt:, (Convener), Provost, Depute Provost, Bailie" \
    "$(who scot | cut -d';' -f1-5)" \
    "J Aird|present|true|-|-;K Baird|present|false|-|-;L Craw|present|false|-|-;M Dunbar|present|false|-|-;N Elder|present|false|-|-"
is "scot: Substitute members: after In attendance starts its own group" \
    "$(who scot | cut -d';' -f6-7)" \
    "O Fairlie|attendance|false|Clerk|-;P Gow|present|false|substitute for Councillor Q Hepburn|-"
is "scot: a capitalised reason is a reason, a body in brackets is not" \
    "$(who scot | cut -d';' -f8-)" \
    "Q Hepburn|apologies|false|-|Family bereavement;R Imrie|apologies|false|Westmuir Area Committee|-;"
is "scot: honorifics" \
    "$(jq -r 'select(.type == "attendee") | .honorific' scot | tr '\n' ';')" \
    "Councillor;Provost;Depute Provost;Bailie;Councillor;Mr;Councillor;Councillor;Councillor;"

# Date and time above the heading, a table of columns, sub-items.
is "columns: date and time on lines above the heading" "$(meet columns)" \
    "Leisure Committee of Tarnwick Town Council|-|2025-03-06|19:00|20:45"
is "columns: | Members present | Apologies | gives each column its status" \
    "$(who columns)" \
    "A Abbey|present|true|-|-;D Dorling|apologies|false|-|-;B Bristow|present|false|-|-;E Exton|apologies|false|-|-;C Cundall|present|false|-|-;G Gilby|attendance|false|Town Clerk|-;"
is "columns: 5.2 after 5.1, 6(a) in a paragraph, PART II no item" "$(items columns)" \
    "5 Finance;5.1 Accounts for payment;5.2 Bank reconciliation;6 Grounds;6(a) Cemetery fencing;6(b) Play area;7 Exclusion of the press and public;8 Staffing;"
is "columns: resolutions of sub-items" "$(res columns)" \
    "5.1|the accounts listed be paid;6(a)|the quotation from Tarnwick Fencing be accepted;7|the press and public be excluded for the following item;8|the Clerk's hours be increased to 25 a week;"
is "columns: the divider is prose" \
    "$(jq -r 'select(.type == "prose" and (.text | test("PART"))) | .text' columns)" "PART II – EXEMPT ITEMS"

# Small cases.
blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg y "${3-}" --arg l "${4-}" \
	    '{type: "block", doc: "f.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end)} +
	     (if $y == "" then {} else {key: $y} end) + {depth: 0, text: $t}'
}
w() {
	msection | jq -r 'select(.type == "attendee") | [.name, .status,
	    .role, .reason] | map(. // "-") | join("|")' | tr '\n' ';'
}
is "the Clerk (Mrs Y) in brackets; Clerk to the Council – Jane Roe" \
    "$(blk keyword 'Cllr A Vance and the Clerk (Mrs B Wilde)' 'IN ATTENDANCE' 'In attendance' | w)$(
       blk keyword 'Clerk to the Council – Jane Roe' 'IN ATTENDANCE' 'In attendance' | w)" \
    "A Vance|attendance|-|-;B Wilde|attendance|Clerk|-;Jane Roe|attendance|Clerk to the Council|-;"
is "an officer with the post first under Present attends" \
    "$(blk keyword 'Cllr A Vance, Cllr B Wilde and the Clerk, Mrs C Yeo' PRESENT Present | w)" \
    "A Vance|present|-|-;B Wilde|present|-|-;C Yeo|attendance|Clerk|-;"
is "Name, Post, Place is no post before a name" \
    "$(blk keyword 'Mr D Hale, Senior Engineer, Transport Planning' 'IN ATTENDANCE' 'In attendance' | w)" \
    "D Hale|attendance|Senior Engineer, Transport Planning|-;"
is "a post in brackets under apologies stays a role" \
    "$(blk keyword 'Mrs E Ives (Clerk), Cllr F Jory (on holiday)' APOLOGIES Apologies | w)" \
    "E Ives|apologies|Clerk|-;F Jory|apologies|-|on holiday;"
is "a place in brackets under apologies is no reason" \
    "$(blk keyword 'Cllr G Kemp (Eastmoor)' APOLOGIES Apologies | w)" "G Kemp|apologies|Eastmoor|-;"
is "present notes stay notes: no reason for those present" \
    "$(blk keyword 'Cllr H Lowe (work)' PRESENT Present | w)" "H Lowe|present|-|-;"
is "Welsh honorifics: Cyng., Cynghorydd" \
    "$(blk keyword 'Cyng. A Bevan (Chair), Cynghorydd B Caradog' PRESENT Present |
       msection | jq -r 'select(.type == "attendee") | "\(.name)|\(.honorific)|\(.chair)"' | tr '\n' ';')" \
    "A Bevan|Cyng.|true;B Caradog|Cynghorydd|false;"
is "Cllr X was unable to attend: apologies" \
    "$({ blk para 'Minutes of the meeting of Wrenfold Parish Council held on 2 May 2025'
         blk para 'Cllr J Marsh was unable to attend.'; } | w)" "J Marsh|apologies|-|-;"
is "the same apology twice is one attendee" \
    "$({ blk para 'Minutes of the meeting of Wrenfold Parish Council held on 2 May 2025'
         blk keyword 'Cllr K Neal' APOLOGIES Apologies; blk para 'Cllr K Neal sent apologies.'; } | w)" \
    "K Neal|apologies|-|-;"
is "a heading Part 2 (Confidential) is no item; Part of the site is" \
    "$({ blk heading 'Roads' '' 3; blk heading 'Part 2 (Confidential)' ''; blk heading 'Part of the old mill' ''; } |
       msection | jq -r 'select(.type == "item") | .title' | tr '\n' ';')" "Roads;Part of the old mill;"
is "3.1 Sentence. under 3 stays a point after a sub-item" \
    "$({ blk heading 'Finance' '' 3; blk label 'Payments' '' 3.1; blk label 'The Clerk reported the balance was £400.' '' 3.2; } |
       msection | jq -r 'select(.type == "item" or .type == "point") | "\(.type) \(.number // .label)"' | tr '\n' ';')" \
    "item 3;item 3.1;point 3.2;"
is "mcsv: the attendance CSV still reads, reason by name" \
    "$(mtokenize "$data/sec-audit-absence.txt" | msection | mcsv -t attendee -f name,status,reason | grep -E 'holiday|illness' | tr '\n' ';')" \
    "U Eastham,apologies,holiday;W Garside,apologies,illness;"

# No text lost: the fixtures' texts once in the records (a sub-item's
# number written in its paragraph moves to the item's number).
fold='ascii_downcase | gsub("[0-9]+\\([a-z]\\)"; "")
    | gsub("\\b(that|and)\\b"; "") | gsub("[^a-z0-9]"; "")
    | explode | sort | implode'
is "the audit fixtures: every text once" "$(texts_lost "$fold" "$data"/sec-audit-*.txt)" 0
# Tables with empty cells (mtokenize writes one as a lone dash): an empty
# first cell leaves its column out; an Attendance column gives the status.
is "cells: an empty cell under Members present: the name is an apology" \
    "$(who cells | cut -d';' -f1-5)" \
    "A Barton|present|true|-|-;D Eldon|apologies|false|-|-;B Carver|present|false|-|-;E Fenwick|apologies|false|-|-;F Gale|apologies|false|-|-"
is "cells: Name, Role, Attendance: empty role, the status from its cell" \
    "$(who cells | cut -d';' -f6-8)" \
    "G Hale|present|false|-|-;H Irwin|present|false|Vice-Chair|-;J Kemp|apologies|false|-|-"
done_testing
