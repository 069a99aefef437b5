#!/bin/sh
# msection: the labels of a decision besides RESOLVED and Decision:
# "Resolution: That ...", "Resolution 24/07: To ...", "CARRIED: that ..."
# (but not "Carried: 8 for, 2 against", a vote, nor "Resolution: None.")
# (invented minutes).
. "$(dirname "$0")/lib.sh"
plan 3

cat > m.txt <<'TXT'
Minutes of Ashcombe Parish Council held on 5 March 2024

1. Hall
Resolution: That the hall be repainted.

2. Trees
CARRIED: that the oak be felled.

3. Precept
Resolution 24/07: To set the precept at £20,000.

4. Grants
Carried: 8 for, 2 against.
Resolution: None.
The resolution was noted by the Panel.
TXT
mtokenize m.txt | msection > r
is "a decision after its label" \
    "$(jq -r 'select(.type == "resolution") | "\(.item): \(.text)"' r | tr '\n' '|')" \
    "1: the hall be repainted|2: the oak be felled|3: To set the precept at £20,000|"
is "CARRIED: that ... is carried" \
    "$(jq -r 'select(.type == "resolution" and .item == "2") | .outcome' r)" "carried"
is "a vote, nothing decided, or the word in a sentence: prose" \
    "$(jq -r 'select(.type == "prose" and .item == "4") | .text' r | tr '\n' '|')" \
    "Carried: 8 for, 2 against.|Resolution: None.|The resolution was noted by the Panel.|"
done_testing
