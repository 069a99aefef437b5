#!/bin/sh
# msection: the document's own scheme decides its items (invented
# minutes through mtokenize): headings in capitals, headings with a
# colon, bullets standing alone where a converter lost the numbers, and
# numbers that start again at 1 under each heading (paragraphs, not
# items).
. "$(dirname "$0")/lib.sh"
plan 16

items() { mtokenize | msection | jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' | tr '\n' ';'; }

cat > caps.txt <<'T'
Minutes of the Meeting of Upthorpe Parish Council held on 4th May 2022

MATTERS ARISING

1. The bus shelter has still not been repaired.

2. The clerk chased the footpath officer.

BURIAL GROUND EXTENSION The clerk reported that the owner would sell.

PLANNING

1. Fenwick, Mill Lane. Garage. Approved.

2. Oakes, Church Row. Porch. Refused.

3. Kemp, The Green. Extension. Approved.

CORRESPONDENCE

1. Letter from the rural council about grit bins.
T
is "capitals head the items; numbers that restart under them are paragraphs" \
    "$(items < caps.txt)" \
    "- MATTERS ARISING;- BURIAL GROUND EXTENSION;- PLANNING;- CORRESPONDENCE;"
is "... and the numbered lines are points of their item" \
    "$(mtokenize caps.txt | msection | jq -r 'select(.type == "point") | "\(.item_seq)\(.label)"' | tr '\n' ' ')" \
    "11 12 31 32 33 41 "

cat > colon.txt <<'T'
Minutes of Upthorpe Parish Council Meeting held on 4 May 2022

Those Present: Cllr A Fenwick (Chair), Cllr B Oakes, Cllr C Kemp

Matters Arising: No matters arising

Playing Field:

Cllr Oakes reported that the swings had been repaired.

Planning:

Approved by the District:

New porch at 4 Church Row

Payments for Approval:

Upthorpe Village Hall - £40.00 - Hire of Hall

Any Other Business:

Cllr Kemp reported a blocked drain in Mill Lane.
T
is "a title and a colon heads the items; a heading right under one is a part of it; list lines are none" \
    "$(items < colon.txt)" \
    "- Matters Arising;- Playing Field;- Planning;- Payments for Approval;- Any Other Business;"

cat > bullets.txt <<'T'
Minutes of the meeting of Upthorpe Parish Council, 4 May 2022
- APOLOGIES FOR ABSENCE
Mr B. Oakes (holiday)
- MINUTES OF PREVIOUS MEETING
The minutes of the meeting held on 6th April were approved.
4. Village Hall Roof
The clerk had obtained two quotes.
- Risk Assessment
The risk assessment was reviewed and agreed.
T
is "bullets standing alone between paragraphs are the items whose numbers were lost" \
    "$(items < bullets.txt)" \
    "- APOLOGIES FOR ABSENCE;- MINUTES OF PREVIOUS MEETING;4 Village Hall Roof;- Risk Assessment;"

cat > list.txt <<'T'
Minutes of the meeting of Upthorpe Parish Council, 4 May 2022
1. Apologies
None.
2. Correspondence
The following letters were received:
- Rural council about grit bins
- County about the bus timetable
3. Finance
The accounts were approved.
T
is "a real bulleted list is no heading" "$(items < list.txt)" \
    "1 Apologies;2 Correspondence;3 Finance;"

cat > parts.txt <<'T'
Minutes of the meeting of Upthorpe Parish Council, 4 May 2022
1. Finance
RESOLVED:
1. That the accounts be approved.
2. That the budget be set.
2. Allotments
RESOLVED:
1. That rents be frozen.
3. Any Other Business
None.
T
is "numbered resolution parts that restart are not paragraphs of a heading scheme" \
    "$(items < parts.txt)" "1 Finance;2 Allotments;3 Any Other Business;"

cat > seq.txt <<'T'
Minutes of the meeting of Upthorpe Parish Council, 4 May 2022

41/22 Apologies for Absence

None.

Minute 37/22 should read: the hall is to be painted.

42/22 Finance

The payments were approved:

Hall hire

40.00

Grit bin

12.50

212

UPTHORPE PARISH COUNCIL

43/22 Date of Next Meeting – Thursday 2 June 2022
T
is "a number out of the sequence, a quoted minute and a page number alone, is no item" \
    "$(items < seq.txt)" "41/22 Apologies for Absence;42/22 Finance;43/22 Date of Next Meeting;"
printf '1. Apologies\n\nNone.\n\n2. Payments\n\nHall hire\n\n40.00\n\n3. Close\n' > sums.txt
is "a sum alone where items are numbered 1, 2, 3 is no item" "$(items < sums.txt)" \
    "1 Apologies;2 Payments;3 Close;"

cat > margin.txt <<'T'
Minutes of the meeting of Westmoor Council held on 3 June 2021

Present: Councillor A Hale (in the Chair)

Minutes approved.

1 The minutes of the meeting of 6 May 2021 were submitted and approved.

Ferry timetable.

2 There was submitted a report by the Director of Transport on the winter ferry timetable, and the Council agreed to consult the islands.

Provost's remarks.

3 The Provost congratulated the pipe band on its prize.
T
is "a title line whose number starts the paragraph under it" \
    "$(items < margin.txt)" "1 Minutes approved;2 Ferry timetable;3 Provost's remarks;"
printf 'Minutes of Westmoor Council, 3 June 2021\n\n4. Finance\n\nShort line.\n\n5 The report was noted by all.\n\n6. Roads\n' > nomargin.txt
is "not where numbers head titles of their own" "$(items < nomargin.txt)" "4 Finance;5 The report was noted by all;6 Roads;"

cat > labels.txt <<'T'
Minutes of Upthorpe Parish Council Meeting held on 4 May 2022

Playing Field:

The swings were repaired.

Action: Clerk to thank the volunteers.

Footpaths:

The stile on the Mill Lane path is broken.

Action: Clerk to report it to the County.

Allotments:

Rents will stay the same.
T
is "'Action: ...' lines inside items are no items" "$(items < labels.txt)" \
    "- Playing Field;- Footpaths;- Allotments;"
blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg l "${3-}" \
	    '{type: "block", doc: "i.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end), depth: 0, text: $t}'
}
is "headings numbered from 1 again in a second part stay items" \
    "$({ blk para 'Minutes of Upthorpe Parish Council, 4 May 2022'
	 blk heading Apologies 1; blk heading Finance 2; blk heading Roads 3
	 blk para 'Part 2 (confidential)'; blk heading Staffing 1; blk heading Legal 2; } |
       msection | jq -r 'select(.type == "item") | "\(.number) \(.title)"' | tr '\n' ';')" \
    "1 Apologies;2 Finance;3 Roads;1 Staffing;2 Legal;"

printf '%s\n' 'Minutes of the Northshire Police and Crime Panel held on 4 March 2021' '' \
    'Budget Monitoring' '' '12.' '' 'The Treasurer presented the report.' '' \
    'Estates Strategy' '' '13.' '' 'The Panel considered the strategy.' > after.txt
is "a number between its title and its text (the number column read after)" \
    "$(items < after.txt)" "12 Budget Monitoring;13 Estates Strategy;"
printf '%s\n' 'Minutes of the Northshire Police and Crime Panel held on 4 March 2021' '' \
    '12.' '' 'Budget Monitoring' '' 'The Treasurer presented the report.' '' \
    '13.' '' 'Estates Strategy' '' 'The Panel considered the strategy.' > before.txt
is "... and before its title, as usual" "$(items < before.txt)" "12 Budget Monitoring;13 Estates Strategy;"

printf '%s\n' 'Minutes of the meeting of Upthorpe Parish Council, 4 May 2022' \
    '- APOLOGIES' 'None.' '- FINANCE' 'The following was noted:' '- The hall roof leaks' \
    'Cllr Hale will look at it.' '- PLAYING FIELD' 'The swings are mended.' > colon.txt
is "a bullet after a line ending in a colon is a point, not a heading" \
    "$(items < colon.txt)" "- APOLOGIES;- FINANCE;- PLAYING FIELD;"
printf '%s\n' 'Minutes of the meeting of Upthorpe Parish Council held on 4 May 2022' '' \
    'HALE, VANE AND KEMP' '' 'were present.' '' 'OAKES, TULL AND FENWICK' '' 'sent apologies.' '' \
    'MARSH, REED AND LOWE' '' 'were absent.' > capsnames.txt
is "names in capitals are no headings" "$(items < capsnames.txt | grep -c 'HALE')" 0
