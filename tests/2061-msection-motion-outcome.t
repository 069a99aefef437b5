#!/bin/sh
# msection: a motion quoted in a paragraph of its own, then its outcome
# with the motion as subject ("The amendment was carried, proposed Cllr A,
# seconded Cllr B."): the quoted motion is the resolution (invented minutes).
. "$(dirname "$0")/lib.sh"
plan 6

cat > m.txt <<'TXT'
Minutes of Ashcombe Parish Council held on 5 March 2024

7. Verges
To consider the motion:
“To cut the verges on Mill Lane twice a year.”
Cllr Pell moved an amendment to the motion:
“To cut the verges on Mill Lane three times a year and leave a wild strip by the pond.”
Cllr Orme spoke against the wild strip.
The amendment was carried, proposed Cllr Pell seconded Cllr Hale. Unanimously agreed.

8. Benches
"To buy two oak benches for the green".
The substantive motion was unanimously approved.

9. Bus shelter
The motion was carried.
TXT
mtokenize m.txt | msection > r
is "the quoted amendment is the resolution, within its quotes" \
    "$(jq -r 'select(.type == "resolution") | "\(.item) \(.line): \(.text)"' r | tr '\n' '|')" \
    "7 7: To cut the verges on Mill Lane three times a year and leave a wild strip by the pond|8 12: To buy two oak benches for the green|"
is "the outcome line is prose" \
    "$(jq -r 'select(.line == 9 and .type != "vote") | .type' r)" "prose"
is "the motion before the amendment stays prose" \
    "$(jq -r 'select(.line == 5) | .type' r)" "prose"
is "the vote is still read from the outcome line" \
    "$(jq -r 'select(.type == "vote" and .line == 9) | "\(.item) \(.mover) \(.seconder) \(.outcome)"' r)" \
    "7 Pell Hale unanimous"
is "the vote decided the quoted motion, which takes its outcome" \
    "$(jq -r 'select(.type == "vote" and .line == 9) | .resolution' r) $(jq -r 'select(.type == "resolution" and .line == 7) | .outcome' r)" \
    "7 unanimous"
is "with no motion quoted before, no resolution" \
    "$(jq -r 'select(.type == "resolution" and .item == "9") | .text' r)" ""
done_testing
