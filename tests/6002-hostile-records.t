#!/bin/sh
# Hostile input, records that break the contract of minutiae(7): each is a
# warning "tool: file:line: what" (an error under --strict) with exit 1,
# and the record is kept or dropped as the man page says, never read as
# something else in silence.
. "$(dirname "$0")/lib.sh"
plan 81

printf 'TEST PARISH COUNCIL\n\nMinutes of the meeting held on 3 March 2021.\n\n1. Apologies\n\nNone were received.\n\n2. Budget\n\nRESOLVED that the budget be approved.\n' >m.txt
mtokenize m.txt >b.jsonl
# The second block, whose line (3) and fields the cases below change.
two='{"type":"block","doc":"m.txt","line":3,"kind":"para","label":null,"depth":0,"text":"Minutes of the meeting held on 3 March 2021."}'

# texts FILE: the texts of msection's records of FILE, in order.
texts() { jq -r '.text // .raw // .title // empty' "$1"; }
# mkcase LINE: b.jsonl with its second record replaced by LINE.
mkcase() { { sed -n 1p b.jsonl; printf '%s\n' "$1"; sed -n '3,$p' b.jsonl; } >case.jsonl; }

# A bad "line": kept, read as a block with no line.  Each tool says so.
while IFS='|' read -r val shown; do
	mkcase "$(printf '%s' "$two" | sed "s/\"line\":3/\"line\":$val/")"
	for tool in msection mentities; do
		$tool case.jsonl >out.jsonl 2>err
		is "$tool: line $val: exit 1" "$?" 1
		is "$tool: line $val: the message" "$(cat err)" \
		    "$tool: case.jsonl:2: \"line\" is not a whole number from 1: $shown: read as a record with no line"
	done
	msection case.jsonl 2>/dev/null >out.jsonl
	is "msection: line $val: the text kept, with no line" \
	    "$(jq -c 'select(.text == "Minutes of the meeting held on 3 March 2021.") | .line' out.jsonl)" ""
	is "msection --strict: line $val: stops, exit 1" "$(status msection --strict case.jsonl)" 1
done <<'EOF2'
-5|-5
0|0
"12"|"12"
3.75|3.75
1e29|1e29
1e999999|1e999999
EOF2

# A bad "line" is shown in the message as JSON, escaped and cut, so that
# a newline or a control character in it cannot break the message's line;
# mcsv writes the cell as the record holds it.
printf '{"type":"resolution","doc":"d","line":"4\\n5\\u0001\\"","text":"x"}\n{"type":"resolution","doc":"d","line":[%s0],"text":"y"}\n' \
    "$(printf '1,%.0s' $(seq 30))" >badline.jsonl
for tool in msection mentities "mcsv -t resolution"; do
	$tool badline.jsonl >out 2>err; rc=$?
	is "${tool%% *}: a line with a newline: exit 1, the message escaped" "$rc:$(cat err)" \
	    "1:${tool%% *}: badline.jsonl:1: \"line\" is not a whole number from 1: \"4\\n5\\u0001\\\"\": read as a record with no line
${tool%% *}: badline.jsonl:2: \"line\" is not a whole number from 1: [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1...: read as a record with no line"
done
is "mcsv: the bad line's cell as the record holds it (newline N, U+0001 A)" \
    "$(sed -n 2,3p out | tr '\n\001' NA | cut -c1-10)" 'd,"4N5A"""'

# A huge number that fits no long: the same.
mkcase "$(printf '%s' "$two" | sed 's/"line":3/"line":99999999999999999999/')"
msection case.jsonl >/dev/null 2>err
like "msection: a line past any long" "$(cat err)" 'is not a whole number from 1: 99999999999999999999'

# Missing fields.
mkcase "$(printf '%s' "$two" | sed 's/"doc":"m.txt",//')"
msection case.jsonl >out.jsonl 2>err; rc=$?
is "no doc: exit 1" "$rc" 1
is "no doc: the message" "$(cat err)" 'msection: case.jsonl:2: no "doc" string: read as doc "-"'
like "no doc: its text kept" "$(texts out.jsonl)" 'held on 3 March 2021'

mkcase "$(printf '%s' "$two" | sed 's/,"text":"[^"]*"//')"
msection case.jsonl >out.jsonl 2>err; rc=$?
is "block with no text: exit 1" "$rc" 1
is "block with no text: the message" "$(cat err)" \
    'msection: case.jsonl:2: a block with no "text" string: the record is dropped'
is "block with no text: no empty prose" "$(jq -c 'select(.text == "")' out.jsonl)" ""

mkcase "$(printf '%s' "$two" | sed 's/"type":"block",//')"
msection case.jsonl >out.jsonl 2>err; rc=$?
is "no type: exit 1" "$rc" 1
is "no type: the message" "$(cat err)" \
    'msection: case.jsonl:2: no "type" string: kept, as a record of no type'
is "no type: passed on byte for byte" "$(grep -c -F -x "$(sed -n 2p case.jsonl)" out.jsonl)" 1

# Duplicate keys: each reader would take another value; dropped.
mkcase "$(printf '%s' "$two" | sed 's/"depth":0,/"depth":0,"text":"Other words.",/')"
for tool in msection mentities mcsv; do
	$tool case.jsonl >out 2>err; rc=$?
	is "$tool: duplicate key: exit 1" "$rc" 1
	is "$tool: duplicate key: the message" "$(cat err)" \
	    "$tool: case.jsonl:2: a key twice in one record: text: the record is dropped"
	is "$tool: duplicate key: neither text is read" "$(grep -c 'Other words\|held on 3 March' out)" 0
done
# 200,000 keys, one of them twice: found in time n log n.
awk 'BEGIN { printf "{\"type\":\"x\",\"doc\":\"d\""; for (i = 0; i < 200000; i++) printf ",\"k%d\":1", i; print ",\"k7\":2}" }' >many.jsonl
mentities many.jsonl >out 2>err; rc=$?
is "200,000 keys, one twice: exit 1" "$rc" 1
is "200,000 keys, one twice: the key named" "$(cat err)" \
    'mentities: many.jsonl:1: a key twice in one record: k7: the record is dropped'
awk 'BEGIN { printf "{\"type\":\"x\",\"doc\":\"d\""; for (i = 0; i < 200000; i++) printf ",\"k%d\":1", i; print "}" }' >many.jsonl
is "200,000 distinct keys: passed byte for byte" "$(mentities many.jsonl | cmp - many.jsonl && echo same)" same

# {}: parsed, and broke the contract twice.
printf '{}\n' >empty.jsonl
msection empty.jsonl >out 2>err; rc=$?
is "{}: exit 1" "$rc" 1
is "{}: passed on" "$(cat out)" '{}'
is "{}: the messages" "$(cat err)" 'msection: empty.jsonl:1: no "type" string: kept, as a record of no type
msection: empty.jsonl:1: no "doc" string: read as doc "-"'

# A UTF-8 BOM before the first record: dropped, the record read.
{ printf '\357\273\277'; cat b.jsonl; } >bom.jsonl
for tool in msection mentities mcsv; do
	$tool bom.jsonl >out 2>err; rc=$?
	is "$tool: BOM on a record stream: exit 1" "$rc" 1
	is "$tool: BOM: the message" "$(cat err)" \
	    "$tool: bom.jsonl:1: a UTF-8 byte order mark before the first record: dropped"
done
msection bom.jsonl 2>/dev/null >out
msection b.jsonl >out0
ok "BOM: the records are those without it" cmp -s out out0

# Two streams of "mtokenize < file" joined: two meetings, not one.
{ mtokenize <m.txt; mtokenize <m.txt; } >joined.jsonl
msection joined.jsonl >out 2>err; rc=$?
is "joined streams: exit 1" "$rc" 1
is "joined streams: the message" "$(cat err)" \
    'msection: joined.jsonl:7: the lines of the doc start again (line 1 after line 11), as where two streams are joined: read as a new document (name each one: mtokenize --doc)'
is "joined streams: two meetings" "$(jq -c 'select(.type == "meeting") | .date' out | tr '\n' ' ')" '"2021-03-03" "2021-03-03" '
mtokenize <m.txt >one.jsonl
msection one.jsonl one.jsonl >out2 2>/dev/null
is "the same stream given twice: two meetings" "$(jq -c 'select(.type == "meeting")' out2 | wc -l)" 2
is "msection --strict on joined streams: exit 1" "$(status msection --strict joined.jsonl)" 1

# Unknown types pass byte for byte, with no message.
printf '{"type":"zz","doc":"d","line":4,"odd":[1,{"a":null}],"s":"\\u00e9\\ud83d\\ude00"}\n' >unk.jsonl
for tool in msection mentities; do
	$tool unk.jsonl >out 2>err; rc=$?
	is "$tool: an unknown type: exit 0, no message" "$rc:$(cat err)" 0:
	ok "$tool: an unknown type passes byte for byte" cmp -s out unk.jsonl
done
done_testing
