#!/bin/sh
# msection: where an item's title ends when its text runs on in the same
# block (invented minutes): a stop, a colon, a bullet, the item's own
# paragraph number "3.1", or a title in title case run into a sentence.
. "$(dirname "$0")/lib.sh"
plan 17

blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg l "${3-}" \
	    '{type: "block", doc: "i.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end), depth: 0, text: $t}'
}
title() { msection | jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' | tr '\n' ';'; }
prose() { msection | jq -r 'select(.type == "prose") | .text' | tr '\n' ';'; }

while IFS='|' read -r desc text want; do
	is "$desc" "$({ blk para 'Minutes of Upthorpe Parish Council, 3 June 2021'
	    blk heading "$text" 4; } | title)" "4 $want;"
done <<'T'
a stop ends a short title|Minutes of the Last Meeting. The minutes were signed as a true record.|Minutes of the Last Meeting
a colon before a capital|Matters Arising: Discussed the state of the bus shelter.|Matters Arising
a bullet inside the line|Village Projects • The new bench has been installed by volunteers.|Village Projects
the item's own paragraph number|Apologies for Absence 4.1 There were apologies from Ms Tull.|Apologies for Absence
title case run into a sentence|Approval of Minutes The minutes of the meeting held in May were confirmed.|Approval of Minutes
a sentence that is the title|Accounts were presented and approved for payment. Cheques signed: Hall hire £40.|Accounts were presented and approved for payment
one title with a participle|Minutes of the Meeting held on 3 May 2021|Minutes of the Meeting held on 3 May 2021
a title with lower-case words run into a sentence|Apologies for absence from any Councillors No apologies were received.|Apologies for absence from any Councillors
a sentence that starts with The is all title|The Minutes of the Planning Meeting held on 3 May were approved.|The Minutes of the Planning Meeting held on 3 May were approved
a participle phrase is no sentence|Update on Highways Issues raised at the last meeting|Update on Highways Issues raised at the last meeting
a colon with no blank after it|Present:R. Hale (Chairman), S. Vane|Present
a clause is no title run on|Ensuring that the Council is meeting its targets for the repair of empty homes|Ensuring that the Council is meeting its targets for the repair of empty homes
a long title is no title run on|Notes of the ordinary meeting of Upthorpe and Westmoor Parish Council held at the Village Hall on 3 May to be approved|Notes of the ordinary meeting of Upthorpe and Westmoor Parish Council held at the Village Hall on 3 May to be approved
a colon inside a short title stays|Planning: Application 21/0034 – New garage|Planning: Application 21/0034 – New garage
a dash before lower case stays|Declarations of interest – for members to note any dispensations|Declarations of interest – for members to note any dispensations
T
is "the text after the title is prose" \
    "$(blk heading 'Street Lighting Repairs Two quotes were received for the lamps.' 7 | prose)" \
    "Two quotes were received for the lamps.;"
is "a table's bar goes from a title" \
    "$({ blk para 'Minutes of Upthorpe Parish Council, 3 June 2021'; blk heading 'Declarations of Interest |' 4; } | title)" \
    "4 Declarations of Interest;"
