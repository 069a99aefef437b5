#!/bin/sh
# mentities: the item a declaration of interest is in, and whether the
# member left the room for it (invented minutes, tests/data/ent-decl-items.txt).
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 9

mtokenize "$data/ent-decl-items.txt" | msection > s
mentities s > d
decl() {
	jq -r 'select(.type == "declaration" and .line == '"$1"') | [.item,
	    (.item_seq | tostring), .member, (.left | tostring)] | join("|")' d |
	    tr '\n' ';'
}
is "an interest in an item not read yet: that item, once read" \
    "$(decl 7)" "3|3|Fairweather|false;"
is "it waits for the item: written just after the item's record" \
    "$(jq -r 'select(.type == "item" or .type == "declaration") | "\(.type):\(.line)"' d |
    tr '\n' ' ')" "item:6 item:9 item:12 declaration:7 declaration:13 declaration:13 item:15 declaration:16 "
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

# An item named at the start that never comes: written at the end of its
# document, as read (the item it is read in), before the next document.
{ printf '%s\n' '1. Declarations of interest' \
    'Cllr Ann Pell declared a pecuniary interest in item 9 (Allotments).' \
    'Cllr Ben Orme declared a personal interest in item 2.' '' '2. Planning' \
    'No objection was raised.' | mtokenize --doc a.txt
  printf '%s\n' '1. Finance' 'The accounts were received.' | mtokenize --doc b.txt; } |
    msection | mentities > f
is "an item that never comes: the item it is read in, at the document's end" \
    "$(jq -r 'select(.type == "item" or .type == "declaration") | "\(.doc):\(.type):\(.item):\(.member // "")"' f |
    tr '\n' ' ')" \
    "a.txt:item:1: a.txt:item:2: a.txt:declaration:2:Ben Orme a.txt:declaration:1:Ann Pell b.txt:item:1: "
# Minutes numbered "12/24" and a declaration naming the agenda's "item 7":
# no item record will carry that number, so it is written at once.
printf '%s\n' '12/24 Declarations of interest' \
    'Cllr Ann Pell declared a personal interest in item 7.' '' '13/24 Planning' \
    'No objection was raised.' | mtokenize | msection | mentities > g
is "an item named in another numbering than the document's: at once, as read" \
    "$(jq -r 'select(.type == "item" or .type == "declaration") | "\(.type):\(.item)"' g |
    tr '\n' ' ')" "item:12/24 declaration:12/24 item:13/24 "
is "--annotate holds it the same way" \
    "$(mentities --annotate s | jq -r 'select(.type == "declaration") | .item' | tr '\n' ' ')" "3 3 3 4 "
done_testing
