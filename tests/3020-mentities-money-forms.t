#!/bin/sh
# mentities (and mtokenize): sums in the forms of typed and PDF minutes: a
# scale spaced off the sum ("£4.3 m"), thousands parted by spaces ("£10 000"),
# and a payments table flattened one cell per line, its sums a column of
# figures with pence that mtokenize must not take for paragraph labels or
# item numbers (invented minutes).
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 9

# text | expected money values
cases='The grant of £4.3 m was confirmed.|4300000.00
A loan of £1.25 bn and £3 m.|1250000000.00 3000000.00
Paid £50 M Hale for the hedge.|50.00
The hall costs £10 000 a year; reserves £1 250 000.50.|10000.00 1250000.50
A row £150 200 35 of sums.|150.00'
printf '%s\n' "$cases" | while IFS='|' read -r text want; do
	is "money in: $text" "$(vals money "$text")" "$want"
done > results
cat results
nfail=$(grep -c '^not ok' results)
ntest=5

cat > pay.txt <<'TXT'
Minutes of Eastwold Parish Council held on Tuesday 12 March 2024

7. Finance
To authorise the following payments.
Resolved, proposed Cllr Hale seconded Cllr Brook. Unanimously agreed.
Payee
Hedgers Ltd
Eastwold Village Hall
Clerk salary

412.60
36.00
1,205.00

8. Paragraphs numbered down the margin
4.10
4.11
The verge was cut.
TXT
mtokenize pay.txt > blocks
is "a column of sums alone on their lines is text, not labels" \
    "$(jq -r 'select(.line >= 11 and .line <= 13) | "\(.kind):\(.text)"' blocks | tr '\n' ' ')" \
    "para:412.60 para:36.00 para:1,205.00 "
is "numbers that go up by one stay labels" \
    "$(jq -r 'select(.line >= 16 and .line <= 17) | "\(.kind):\(.label)"' blocks | tr '\n' ' ')" \
    "label:4.10 label:4.11 "
is "the sums of the column are money, in an item on payments" \
    "$(msection blocks | mentities | jq -r 'select(.kind == "money") | .value' | tr '\n' ' ')" \
    "412.60 36.00 1205.00 "
is "one figure alone before its paragraph stays a label" \
    "$(printf '%s\n' '3. Grants' '3.10' '' 'The grant was paid.' | mtokenize |
    jq -r 'select(.line == 2) | .kind')" "label"
done_testing
