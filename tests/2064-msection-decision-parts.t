#!/bin/sh
# msection: decisions in parts and proposals decided in a sentence after
# them, in the forms parish minutes write (invented minutes): "It was
# agreed that:" then bullets, "RESOLVED – That: 1. X; 2. Y", "(i) X and
# (ii) Y", "... proposed by A and seconded by B that X. This was agreed
# unanimously."
. "$(dirname "$0")/lib.sh"
plan 5

cat > m.txt <<'TXT'
Minutes of Ashcombe Parish Council held on 5 March 2024

1. Budget
It was agreed that:
- the budget be approved;
- the precept be set at £20,000.

2. Bins
RESOLVED – That: 1. two bins be bought; 2. the bins be emptied weekly.

3. Signs
The Committee RESOLVED that (i) a sign be erected and (ii) the Clerk order it.

4. Grants
Following discussion it was proposed by Cllr Hale and seconded by Cllr Moss that a grant of £200 be made. This was agreed unanimously.

5. Hall
Cllr Moss proposed that the hall hire charge be raised to £12 an hour, seconded by Cllr Hale.
This was agreed.

6. Verges
The Council agreed:
- to cut the verges in May;
- to leave the churchyard uncut.
The Clerk will tell the contractor.
TXT
mtokenize m.txt | msection > r
res() { jq -r 'select(.type == "resolution" and .item == "'"$1"'") | .text' r | tr '\n' '|'; }
is "'agreed that:' then bullets: one resolution a bullet" "$(res 1)$(res 6)" \
    "the budget be approved|the precept be set at £20,000|to cut the verges in May|to leave the churchyard uncut|"
is "'That: 1. X; 2. Y' in one paragraph" "$(res 2)" "two bins be bought|the bins be emptied weekly|"
is "'(i) X and (ii) Y': the 'and' between them goes" "$(res 3)" "a sign be erected|the Clerk order it|"
is "'This was agreed unanimously.' after a proposal: its motion" "$(res 4)" "a grant of £200 be made|"
is "'This was agreed.' alone after a proposal: its motion" "$(res 5)" \
    "the hall hire charge be raised to £12 an hour|"
done_testing
