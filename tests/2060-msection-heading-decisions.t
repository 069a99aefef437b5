#!/bin/sh
# msection (with mtokenize): an item's decision run onto its heading's line,
# as typed parish minutes write it: "Item 12/24 - Minutes of the last
# meeting RESOLVED – approved as a true record." (invented minutes).
. "$(dirname "$0")/lib.sh"
plan 5

cat > m.txt <<'TXT'
Minutes of Ashcombe Parish Council held on 5 March 2024
Item 11/24 Apologies: Cllr A Denholm - work
Item 12/24 - Minutes of the last meeting RESOLVED – Approved as a true record of the meeting held on 6 February 2024.
Item 13/24 RESOLVED - Bus shelter repairs
The quote was discussed.
14/24 Village hall lease RESOLVED: That the lease be renewed for five years.
15/24 Footpaths The parish footpath warden reported that it was RESOLVED by the County to mend the stile.
16/24 Allotments The Council RESOLVED that the rents stay as they are.
TXT
mtokenize m.txt | msection > r
is "the title ends before RESOLVED" \
    "$(jq -r 'select(.type == "item") | .title' r | sed -n '2p;4p' | tr '\n' '|')" \
    "Minutes of the last meeting|Village hall lease|"
is "the rest of the line is the item's resolution; The Council RESOLVED that in a sentence too" \
    "$(jq -r 'select(.type == "resolution") | "\(.item): \(.text)"' r | tr '\n' '|')" \
    "12/24: Approved as a true record of the meeting held on 6 February 2024|14/24: the lease be renewed for five years|16/24: the rents stay as they are|"
is "RESOLVED just after the number, before the title: no cut" \
    "$(mtokenize m.txt | jq -r 'select(.line == 4 and .kind != "artifact") | .kind' | tr '\n' ' ')" "heading "
is "after 'it was' or a body as subject: no cut" \
    "$(mtokenize m.txt | jq -r 'select(.line >= 7) | .kind' | tr '\n' ' ')" "heading heading "
is "a paragraph without an item number is not cut" \
    "$(printf '%s\n' 'The Clerk reported on the lease RESOLVED that it be renewed.' | mtokenize | jq -r .kind | tr '\n' ' ')" "para "
done_testing
