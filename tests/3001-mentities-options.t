#!/bin/sh
# mentities: options, pass-through, errors and exit status.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 16

out=$(mentities --help)
like "--help prints usage" "$out" '^usage: mentities \[--annotate\] \[--strict\]'
is "--help exits 0" "$(status mentities --help)" 0
like "--version" "$(mentities --version)" 'mentities.*[0-9]+\.[0-9]+'
is "unknown option exits 2" "$(status mentities --bogus)" 2
is "an operand that cannot be read exits 1" \
    "$(status mentities "$tmp/nonesuch")" 1

# Records that carry no text, and the scanned ones, pass unchanged.
mentities "$data/ent-stream.jsonl" > out.jsonl
grep -v '"type":"\(entity\|declaration\|action\)"' out.jsonl > passed.jsonl
ok "every input record is passed through unchanged" \
    cmp passed.jsonl "$data/ent-stream.jsonl"
# The declaration names item 8, which never comes: it waits for it till
# the document ends, then is written as read.
is "found records follow their source record" \
    "$(jq -r '.type' out.jsonl | tr '\n' ' ')" \
    "meeting entity entity attendee item prose entity point entity point entity action declaration "
is "entities copy item and item_seq" \
    "$(jq -c 'select(.type=="entity") | [.item,.item_seq,.line]' out.jsonl | tr -d '\n')" \
    '[null,0,1][null,0,1]["5",5,20]["6",6,30]["6",6,40]'
is "an artifact block is not scanned" \
    "$(printf '%s\n' '{"type":"block","doc":"x","line":2,"kind":"artifact","label":"footer","text":"3 May 2024"}' | mentities | wc -l | tr -d ' ')" 1

printf '%s\nnot json\n%s\n' "$(rec '£5')" "$(rec '£6')" > bad.jsonl
mentities bad.jsonl > out 2> err
is "a bad line exits 1" "$?" 1
like "and names the input and line" "$(cat err)" '^mentities: bad.jsonl:2: '
is "the stream goes on after it" "$(grep -c '"kind":"money"' out)" 2
mentities --strict bad.jsonl > out 2> /dev/null
is "--strict exits 1" "$?" 1
is "--strict stops at the bad line" "$(grep -c '"kind":"money"' out)" 1
is "a write error exits 1" \
    "$(mentities "$data/ent-stream.jsonl" > /dev/full 2>/dev/null; echo $?)" 1
is "several files in one run" \
    "$(mentities "$data/ent-stream.jsonl" "$data/ent-stream.jsonl" | grep -c '"type":"meeting"')" 2
done_testing
