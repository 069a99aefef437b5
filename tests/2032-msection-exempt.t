#!/bin/sh
# msection: items taken in private (exempt) and text withheld (private),
# from invented minutes (tests/data/sec-votes-private.txt): a resolution to
# exclude the press and public, a CONFIDENTIAL title, "Minute withheld",
# readmission, a PART II line, and "no items required the exclusion".
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 5

mtokenize "$data/sec-votes-private.txt" | msection > priv
flags() {
	jq -r 'select(.type == "item" and .number == "'"$1"'") |
	    "\(.exempt)|\(.private)"' priv
}
is "'no items required the exclusion', a plain item: public" \
    "$(flags 1) $(flags 2) $(flags 4) $(flags 5)" \
    "false|false false|false false|false false|false"
is "a CONFIDENTIAL title, 'See confidential minute': exempt and private" \
    "$(flags 3)" "true|true"
is "after 'the press and public be excluded': exempt; 'Minute withheld': private" \
    "$(flags 6)" "true|true"
is "'The press and public were readmitted' as the item opens: public again" \
    "$(flags 7)" "false|false"
is "after a PART II line: exempt" "$(flags 8)" "true|false"
done_testing
