#!/bin/sh
# mentities: the item a declaration of interest is in, and whether the
# member left the room for it (invented minutes, tests/data/ent-decl-items.txt).
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 5

mtokenize "$data/ent-decl-items.txt" | msection | mentities > d
decl() {
	jq -r 'select(.type == "declaration" and .line == '"$1"') | [.item,
	    (.item_seq | tostring), .member, (.left | tostring)] | join("|")' d |
	    tr '\n' ';'
}
is "an interest in an item not read yet: the item it is declared in" \
    "$(decl 7)" "1|1|Fairweather|false;"
is "'in item 3 and left the room' in item 3; 'in this item ... remained'" \
    "$(decl 13)" "3|3|Fairweather|true;3|3|Galloway|false;"
is "'items 2 and 4 and withdrew from the meeting': left, the item it is read in" \
    "$(decl 16)" "4|4|Denholm|true;"
is "every declaration has left" \
    "$(jq -c 'select(.type == "declaration") | has("left")' d | sort -u)" "true"

# An interest in an earlier item, declared later: that item's number and seq.
printf '%s\n' '1. Grants' 'The grant was agreed.' '' '2. Any other business' \
    'Cllr Ann Pell declared a personal interest in item 1 and had left the room for it.' |
    mtokenize | msection | mentities > e
is "an interest in an earlier item: its item and seq" \
    "$(jq -r 'select(.type == "declaration") | "\(.item)|\(.item_seq)|\(.left)"' e)" "1|1|true"
done_testing
