#!/bin/sh
# msection: a motion on its own line ("To approve the accounts.") decided
# by the line after it, which only gives the vote: "Proposed: Cllr A
# Seconded: Cllr B All agreed.", "Proposed Cllr A, seconded Cllr B, all in
# favour.", "Resolved unanimously." (invented minutes).
. "$(dirname "$0")/lib.sh"
plan 3

cat > m.txt <<'TXT'
Minutes of Ashcombe Parish Council held on 5 March 2024

1. Accounts
To approve the accounts for February.
Proposed: Cllr Hale Seconded: Cllr Moss All agreed.

2. Quotes
To accept the quote of £450 for the hedge.
Proposed Cllr Hale, seconded Cllr Moss, all in favour.

3. Trees
To fell the oak.
Resolved unanimously.
TXT
mtokenize m.txt | msection > r
is "the motion above the vote is the resolution" \
    "$(jq -r 'select(.type == "resolution") | "\(.item): \(.text)"' r | tr '\n' '|')" \
    "1: To approve the accounts for February|2: To accept the quote of £450 for the hedge|3: To fell the oak|"
is "the vote lines stay prose" \
    "$(jq -r 'select(.type == "prose") | .line' r | tr '\n' ' ')" "5 9 13 "
is "one vote each, deciding the motion above it" \
    "$(jq -r 'select(.type == "vote") | "\(.item) \(.resolution) \(.mover)"' r | tr '\n' '|')" \
    "1 4 Hale|2 8 Hale|3 12 null|"
done_testing
