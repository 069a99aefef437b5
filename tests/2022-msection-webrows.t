#!/bin/sh
# msection: a web page's table of items ("No. | Item |" above it, the
# numbers lost): each row's title ends where the agenda's wording, the
# link to its papers or "Additional documents:" begins, or after a title
# in capitals; the rules "|||" between rows end paragraphs (invented
# page).
. "$(dirname "$0")/lib.sh"
plan 8

cat > web.txt <<'T'
Venue: Committee Room 2
Contact: A. Clerk
No. | Item |
---|---|
Apologies To note any apologies for absence. Additional documents: Decision: Apologies were received from Councillor Hale.
|||
Declarations of Interest To receive declarations of interest in any item on the agenda.
A form for declaring interests is with the agenda.
|||
Bus Station Refurbishment PDF 310 KB Report of the Director of Transport.
Additional documents: Decision: RESOLVED/-
That the report be noted.
|||
MEMBERS' ALLOWANCES - ANNUAL REVIEW Members considered the report of the panel.
|||
To approve the minutes of the last meeting. Additional documents:
T
mtokenize web.txt | msection > out
is "the titles of the rows" \
    "$(jq -r 'select(.type == "item") | .title' out | tr '\n' ';')" \
    "Apologies;Declarations of Interest;Bus Station Refurbishment;MEMBERS' ALLOWANCES - ANNUAL REVIEW;"
is "the rest of a row is prose of its item" \
    "$(jq -r 'select(.type == "prose" and .item_seq == 3) | .text' out | head -1)" \
    "PDF 310 KB Report of the Director of Transport."
is "the names in the Apologies row are apologies" \
    "$(jq -r 'select(.type == "attendee") | [.name, .status] | join("|")' out)" \
    "Hale|apologies"
is "without the table header, such lines are no rows" \
    "$(grep -v '^No\. |' web.txt | mtokenize | msection | jq -r 'select(.type == "item") | .title' | grep -c 'Bus Station')" 0
is "a rule between rows ends the paragraph" \
    "$(mtokenize web.txt | jq -r 'select(.kind == "para") | .text' | grep -c '^Declarations of Interest To receive')" 1

blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg l "${3-}" \
	    '{type: "block", doc: "i.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end), depth: 0, text: $t}'
}
{ blk para 'Minutes of the Scrutiny Committee, 3 June 2021'; blk number '' 7
  blk para 'Officers Present'; blk heading 'Ann Hale – Head of Finance and Assets'
  blk heading 'Tom Vane – Senior Democratic Services Officer'; blk number '' 8
  blk heading 'Budget Update – Finance Report'; } | msection > names
is "a name and a post on a line of their own in an item are no items" \
    "$(jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' names | tr '\n' ';')" \
    "7 Officers Present;8 Budget Update – Finance Report;"
is "... under Officers Present they are its attendees" \
    "$(jq -r 'select(.type == "attendee") | [.name, .status, .role] | join("|")' names | tr '\n' ';')" \
    "Ann Hale|attendance|Head of Finance and Assets;Tom Vane|attendance|Senior Democratic Services Officer;"

# Rows whose papers' label stands after the title or opens a line, more
# rows than the colon headings would take: never a title of its own (a
# blank line parts the label from the title above, as a page's markup may).
cat > web2.txt <<'T'
No. | Item |
---|---|
Apologies To note any apologies for absence. Additional documents: Decision: Apologies were received from Councillors Hale (Eastby), Vane (Westby), Lusk (Northby) and Orrin (Southby), and Councillor Tamsin substituted for Councillor Hale at the meeting.
|||
Chair's Announcements Additional documents: Decision: That it be noted.
|||
Minutes of the Last Meeting PDF 120 KB To approve as a correct record the minutes of the previous meeting held on 4 March 2022.

Additional documents: Decision: RESOLVED/-
That the minutes be approved.
|||
Tram Performance Report PDF 2 MB Report of the Head of Trams, on the running of the trams over the winter months of the year.

Additional documents: Decision: RESOLVED/-
That the report be noted.
|||
Bus Fares PDF 1 MB Report of the Head of Buses, on the fares for the coming year and the cost of the new ticket machines.

Supporting documents: Decision: RESOLVED/-
That the report be noted.
T
is "Additional documents: is no heading, after a title or alone" \
    "$(mtokenize web2.txt | msection | jq -r 'select(.type == "item") | .title' | tr '\n' ';')" \
    "Apologies;Chair's Announcements;Minutes of the Last Meeting;Tram Performance Report;Bus Fares;"
