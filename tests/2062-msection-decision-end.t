#!/bin/sh
# msection: a resolution's text ends at its sentence where the next one
# opens another field: a vote written with labels ("Proposer: Cllr A."), a
# label and a colon ("Action: Clerk to ..."), a member coming or going
# (invented minutes).
. "$(dirname "$0")/lib.sh"
plan 3

cat > m.txt <<'TXT'
Minutes of Ashcombe Parish Council held on 5 March 2024

1. Hall
RESOLVED that the hall be repainted. Proposer: Cllr Hale. Seconder: Cllr Moss. All in favour.

2. Trees
RESOLVED that the oak be felled. Action: Clerk to obtain quotes.

3. Bins
RESOLVED that two bins be bought. Cllr Moss left the meeting.

4. Budget
RESOLVED that the budget be approved. The cost of the audit is to be met from reserves.
TXT
mtokenize m.txt | msection > r
is "each resolution ends at its sentence before another field" \
    "$(jq -r 'select(.type == "resolution") | .text' r | tr '\n' '|')" \
    "the hall be repainted|the oak be felled|two bins be bought|the budget be approved. The cost of the audit is to be met from reserves|"
is "what follows is prose, nothing lost" \
    "$(jq -r 'select(.type == "prose") | .text' r | tr '\n' '|')" \
    "Proposer: Cllr Hale. Seconder: Cllr Moss. All in favour.|Action: Clerk to obtain quotes.|Cllr Moss left the meeting.|"
is "the vote and the departure are still read" \
    "$(jq -r 'select(.type == "vote" or .type == "attendance") | "\(.type) \(.item) \(.mover // .name) \(.outcome // .event)"' r | tr '\n' '|')" \
    "vote 1 Hale unanimous|attendance 3 Moss left|"
done_testing
