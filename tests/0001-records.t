#!/bin/sh
# The record reader and writer, cross-checked against jq.
. "$(dirname "$0")/lib.sh"
rt=$top/tests/unit/roundtrip
plan 18

cat > valid.jsonl <<'JSON'
{"type":"block","doc":"a.txt","line":1,"kind":"para","label":null,"depth":0,"text":"plain"}
{"type":"x","doc":"-","s":"quote \" backslash \\ slash \/ tab \t nl \n cr \r bs \b ff \f"}
{"type":"x","doc":"-","u":"\u00a3500 \u2013 \ud83d\ude00 caf\u00e9 \u0001"}
{"type":"x","doc":"-","raw":"£ – 😀 日本"}
{"type":"x","doc":"-","a":[1,[2,[3]],{"k":[true,false,null]}],"o":{"n":{"m":"x"}},"e":[],"eo":{}}
{ "type" : "x" , "doc" : "-" , "spaced" : 12 }
{"type":"x","doc":"-","n":-12,"z":0,"t":true,"f":false,"nil":null}
JSON
# {} parses, and breaks the contract (no type, no doc): tests/6002.
is "valid records: same as jq -c" "$($rt valid.jsonl)" "$(jq -c . valid.jsonl)"
is "valid records: exit 0" "$(status $rt valid.jsonl)" 0

# Each bad line: jq rejects it too, we warn with doc:line and go on.
n=0
while IFS= read -r bad; do
	n=$((n + 1))
	printf '%s\n{"type":"ok","doc":"-"}\n' "$bad" > bad$n.jsonl
	jqrc=$(status jq -c . bad$n.jsonl)
	out=$($rt bad$n.jsonl 2>err)
	rc=$?
	if [ "$jqrc" != 0 ] && [ "$rc" = 1 ] && [ "$out" = '{"type":"ok","doc":"-"}' ] &&
	    grep -q "^roundtrip: bad$n.jsonl:1: " err; then
		is "bad line rejected like jq: $bad" ok ok
	else
		is "bad line rejected like jq: $bad" "jq=$jqrc rc=$rc out=$out" "jq!=0 rc=1"
	fi
done <<'BAD'
{"a":1
{"a":"unterminated}
{"a":tru}
{"a":"bad \x escape"}
{"a":1,}
{"a":1} trailing
{'a':1}
BAD
printf '{"a":01}\n' > zero.jsonl
is "a number with a leading zero is rejected (jq 1.6 lets it pass)" "$(status $rt zero.jsonl)" 1
printf '{"a":"\377"}\n' > badutf8.jsonl
is "invalid UTF-8 in a string is rejected" "$(status $rt badutf8.jsonl)" 1
printf '[1,2]\n' > arr.jsonl
like "an array line is not a record" "$($rt arr.jsonl 2>&1)" 'arr.jsonl:1: .*not a JSON object'
jq . valid.jsonl > pretty.json
like "pretty-printed JSON: the message says jq -c" "$($rt pretty.json 2>&1 | head -1)" 'pretty.json:1: pretty-printed JSON.*jq -c'
like "--strict stops at the first bad line" "$($rt -s pretty.json 2>&1 | wc -l)" '^ *1$'
is "write error (disk full) exits 1" "$(status sh -c "$rt valid.jsonl > /dev/full")" 1
printf 'Minutes of a meeting of the Panel\n' > minutes.txt
like "minutes text: the message says mtokenize" "$($rt minutes.txt 2>&1)" \
    'minutes.txt:1: not a record but text: minutes go through mtokenize first'
seq 1 25 | sed 's/^/line /' > many.txt
is "many bad lines: the first 10 one by one, then their count" \
    "$($rt many.txt 2>&1 | wc -l | tr -d ' ')" 11
like "many bad lines: the count" "$($rt many.txt 2>&1 | tail -1)" \
    'many.txt: 25 lines in all were not records \(the first 10 shown\)'
done_testing
