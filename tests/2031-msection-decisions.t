#!/bin/sh
# msection: a resolution's kind from its own words and its outcome from
# the vote that decided it, from invented minutes (tests/data/sec-votes-kinds.txt).
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 6

mtokenize "$data/sec-votes-kinds.txt" | msection > kinds
res() {
	jq -r 'select(.type == "resolution") | [.item, .kind, .outcome] |
	    map(. // "-") | join("|")' kinds | tr '\n' ';'
}
is "kinds: noted, approved, recommend to Council, deferred, delegated, refused (after 'a grant'), other; outcomes from the votes" \
    "$(res)" \
    "10|noted|-;11|approved|-;12|recommended|-;13|deferred|-;14|delegated|-;15|refused|-;16|other|-;17|other|carried;18|approved|unanimous;"
is "moved and seconded, RESOLVED, then 'The motion was carried by 3 votes to 1.': one vote" \
    "$(jq -r 'select(.type == "vote" and .item == "17") | [.mover, .seconder, .for, .against, .outcome, .resolution] | map(tostring) | join("|")' kinds)" \
    "Astbury|Crowther|3|1|carried|29"
is "a motion lost without a resolution" \
    "$(jq -r 'select(.type == "vote" and .item == "19") | [.mover, .outcome, .resolution] | map(tostring) | join("|")' kinds)" \
    "Bellingham|lost|null"
is "every resolution has outcome and kind" \
    "$(jq -c 'select(.type == "resolution") | [has("outcome"), has("kind")]' kinds | sort -u)" \
    "[true,true]"

one() {
	printf '1. Business\nRESOLVED that %s.\n' "$1" | mtokenize | msection |
	    jq -r 'select(.type == "resolution") | .kind'
}
is "'the notes of the meeting be approved' is approved, not noted" \
    "$(one 'the notes of the meeting held on 4 June be approved')" "approved"
is "'not be supported' is refused" \
    "$(one 'the scheme not be supported')" "refused"
done_testing
