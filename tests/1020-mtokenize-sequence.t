#!/bin/sh
# mtokenize: minute references run into one paragraph, as PDF text gives a
# page of a parish's minutes (invented lines): a reference that continues
# the document's own sequence after a sentence starts a heading; one that
# breaks it (a minute quoted, an earlier number, a sum, a date) or that
# stands inside a sentence does not.  And the first item of a document
# flattened to one line, where no sequence is known yet: a number before a
# title in capitals.
. "$(dirname "$0")/lib.sh"
plan 19

heads() { printf '%s\n' "$1" | mtokenize | jq -r 'select(.kind == "heading") | .label' | tr '\n' ' '; }

while IFS='|' read -r desc line want; do
	is "$desc" "$(heads "$line")" "$want"
done <<'T'
references in sequence cut the paragraph|41/23 Apologies Apologies came from Ms Orrin who was at work. 42/23 Declarations of Interest No declarations were made. 43/23 Minutes of the Last Meeting The minutes were signed.|41/23 42/23 43/23 
a prefixed reference with a year range|Cou/117/23-24 Apologies None were received. Cou/118/23-24 Finance The accounts were noted.|Cou/117/23-24 Cou/118/23-24 
a body code and a number|22-23/PLN/6 Planning The plans were seen. 22-23/PLN/7 Trees The order was noted.|22-23/PLN/6 22-23/PLN/7 
a quoted minute does not cut|41/23 Minutes The Clerk read the minutes. 38/23 should say the hedge was cut. They were signed.|41/23 
a skipped number does not cut|41/23 Apologies None were received. 45/23 Planning The plans were seen.|41/23 
a reference inside a sentence does not cut|41/23 Minutes The minutes were read and 42/23 Finance was taken next as agreed.|41/23 
a reference of another shape does not cut|41/23 Finance The sum was paid. 42/2023 Invoice Two invoices came.|41/23 
plain numbers in sequence cut the paragraph|70. Apologies None were received. 71. Declarations of Interest None were made. 72. Minutes The minutes were signed.|70 71 72 
a number off the sequence does not cut|70. Highways Three potholes were found. 2. Mill Lane was the worst.|70 
a list after a colon stops the cuts|70. Finance The following were approved: 1. Salary £400. 2. Hall hire £25. 71. Planning None.|70 
references with their word|Minute 101/24 Apologies None were received. Minute 102/24 Finance The accounts were approved, and Minute 98/24 was noted.|Minute 101/24 Minute 102/24 
the word abbreviated, the sequence from the line before|Min. 103/24 Planning None were received. Min. 104/24 Trees None.|Min. 103/24 Min. 104/24 
a resolution's part is no item|70. Finance The budget was discussed. 71. That the budget be approved.|70 
T
is "the sequence goes on from the heading of the line before" \
    "$(printf '51/23 Highways\n\nThe verge was mown on time. 52/23 Allotments Two plots are free.\n' | mtokenize | jq -r 'select(.kind == "heading") | .label' | tr '\n' ' ')" \
    "51/23 52/23 "

# A whole document on one line (over 300 characters, as a sharing site
# gives it).
top='MINUTES OF UPTHORPE TOWN COUNCIL held at the Town Hall on Tuesday, 3rd May 2022. PRESENT: Councillors A Vell, B Lusk, C Orrin and D Tamsin. In attendance: Mr E Hollis (Clerk) and Canon F Brae (Community Sector)'
flat() { printf '%s\n' "$@" | mtokenize | jq -r 'select(.kind == "heading") | "\(.label) \(.text)"' | tr '\n' ';'; }
is "the first item after a bracket, its title in capitals" \
    "$(flat "$top 66. APOLOGIES FOR ABSENCE Apologies were received from Cllr G Lusk. 67. DECLARATIONS OF INTEREST None were made.")" \
    "66 APOLOGIES FOR ABSENCE;67 DECLARATIONS OF INTEREST;"
is "a number with no stop before a title in capitals, after a sentence" \
    "$(flat "$top. The Clerk made the register available for Members to update. 92 HALL TRUST The Mayor welcomed Mr Orrin to the meeting.")" \
    "92 HALL TRUST;"
is "... not inside a sentence" \
    "$(flat "$top. The Clerk said that there were 12 MEMBERS OF THE PUBLIC at the last meeting of the Council in the hall.")" ""
is "... nor before a month" \
    "$(flat "$top. The Clerk noted the dates of the meetings to come in the year. 12 MAY MEETING was moved to the school hall.")" ""
is "a sharing site's date above the document sets no sequence" \
    "$(flat '4. August 2022' 'Total Page:16' "$top. The Clerk made the register available for Members to update. 92 HALL TRUST The Mayor welcomed Mr Orrin to the meeting.")" \
    "92 HALL TRUST;"
