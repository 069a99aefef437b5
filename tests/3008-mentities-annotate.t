#!/bin/sh
# mentities --annotate: entities in place, and character offsets.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 8

# (the declaration waits for item 8, which never comes: it is written last)
mentities --annotate "$data/ent-stream.jsonl" > out.jsonl
is "one record out for each in, plus declarations and actions" \
    "$(jq -r .type out.jsonl | tr '\n' ' ')" \
    'meeting attendee item prose point point action declaration '
is "the fields are kept in order, entities last" \
    "$(sed -n 5p "$data/ent-stream.jsonl" | jq -c 'keys_unsorted')" \
    "$(sed -n 5p out.jsonl | jq -c 'keys_unsorted - ["entities"]')"
is "the entities array" \
    "$(sed -n 5p out.jsonl | jq -c '.entities | map([.kind, .value])')" '[["money","2340.00"]]'
is "records without text have no array" "$(sed -n 2p out.jsonl | jq -c 'has("entities")')" false
is "a record with nothing found has an empty array" \
    "$(rec 'Nothing here.' | mentities --annotate | jq -c .entities)" '[]'
is "annotating twice replaces the array" \
    "$(rec 'On 4 May 2024.' | mentities --annotate | mentities --annotate | jq -c '.entities | length')" 1

out=$(rec 'Café £5 – on 4 May 2024.' | mentities | jq -c 'select(.type=="entity") | [.start,.end]' | tr -d '\n')
is "offsets count characters, not bytes" "$out" '[5,7][13,23]'
txt='Café £5 – on 4 May 2024.'
is "the offsets give back the span" \
    "$(rec "$txt" | mentities | jq -r --arg t "$txt" 'select(.type=="entity") | $t[.start:.end]' | tr '\n' '|')" \
    '£5|4 May 2024|'
done_testing
