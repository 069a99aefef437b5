#!/bin/sh
# The whole pipeline over examples/: every example runs through
# mtokenize | msection | mentities | mcsv without error or warning, the
# stream keeps its contract, and a gzip copy reads the same as the plain file.
. "$(dirname "$0")/lib.sh"
cp "$top"/examples/*.txt "$top"/examples/*.md .
docs='northshire-pcp-2024-03.txt eastmoor-parish-2023-07.md
	westvale-council-2022-11.txt kettleby-parish-2019-05.txt'
types='meeting attendee item point resolution prose entity declaration action'
plan 57

# run DOC: the pipeline into DOC.jsonl, each stage's status into DOC.st.
run() {
	: >"$1.st"
	{ mtokenize "$1" 2>"$1.err1" || echo "mtokenize $?" >>"$1.st"; } |
	{ msection 2>"$1.err2" || echo "msection $?" >>"$1.st"; } |
	{ mentities 2>"$1.err3" || echo "mentities $?" >>"$1.st"; } >"$1.jsonl"
}

for d in $docs; do
	run "$d"
	is "$d: every stage exits 0" "$(cat "$d.st")" ""
	is "$d: no warnings" "$(cat "$d.err1" "$d.err2" "$d.err3")" ""
	ok "$d: every line is a JSON object" \
		jq -e -n '[inputs | type == "object"] | all and length > 0' "$d.jsonl"
	is "$d: keys start type, doc, line" \
		"$(jq -c 'keys_unsorted[:3]' "$d.jsonl" | sort -u)" '["type","doc","line"]'
	is "$d: doc is the path as given" \
		"$(jq -r .doc "$d.jsonl" | sort -u)" "$d"
	is "$d: line is a positive integer" \
		"$(jq -r 'select((.line | type) != "number" or .line < 1)' "$d.jsonl")" ""
	is "$d: one meeting record, first" \
		"$(jq -r .type "$d.jsonl" | grep -n -x meeting)" "1:meeting"
	is "$d: no block is left unconsumed" \
		"$(jq -r 'select(.type == "block") | .line' "$d.jsonl")" ""
	is "$d: item records carry item and item_seq" \
		"$(jq -r 'select(.type == "item" and (has("item") and has("item_seq") | not))' \
			"$d.jsonl")" ""
	# The tokenizer loses no letter or digit of the input (RECORDS.md):
	# counted, not in order, as a page number taken out of a sentence
	# comes after it.  An artifact's label names its kind, not input.
	is "$d: blocks keep every letter and digit" \
		"$(mtokenize "$d" 2>/dev/null |
			jq -j '(if .kind == "artifact" then "" else .label // "" end) + .text' |
			tr -cd '[:alnum:]' | fold -w 1 | sort | uniq -c | cksum)" \
		"$(tr -cd '[:alnum:]' <"$d" | fold -w 1 | sort | uniq -c | cksum)"
	# mcsv takes the stream for every record type.
	bad=
	for t in $types; do
		mcsv -t "$t" "$d.jsonl" >"$d.$t.csv" 2>"$d.$t.err" || bad="$bad $t"
	done
	is "$d: mcsv exits 0 for every type" "$bad" ""
	is "$d: mcsv has no warnings" "$(cat "$d".*.err)" ""
	is "$d: resolutions CSV has a row per resolution" \
		"$(mcsv -t resolution -f line --no-header "$d.jsonl" | tr '\n' ' ')" \
		"$(jq -r 'select(.type == "resolution") | .line' "$d.jsonl" | tr '\n' ' ')"
done

# Many documents in one stream give the same records as one at a time.
mtokenize $docs 2>/dev/null | msection 2>/dev/null | mentities >all.jsonl 2>/dev/null
is "four documents in one stream = four streams" \
	"$(cksum <all.jsonl)" "$(for d in $docs; do cat "$d.jsonl"; done | cksum)"

# A gzip copy gives the same records (but its own doc).
gzip -c kettleby-parish-2019-05.txt >k.txt.gz
mtokenize k.txt.gz | msection | mentities >k.jsonl 2>k.err
is "gzip copy: no warnings" "$(cat k.err)" ""
is "gzip copy: same records as the plain file" \
	"$(jq -c 'del(.doc)' k.jsonl | cksum)" \
	"$(jq -c 'del(.doc)' kettleby-parish-2019-05.txt.jsonl | cksum)"

# CRLF line ends (a Windows download) change nothing but the bytes.
sed 's/$/\r/' eastmoor-parish-2023-07.md >crlf.md
mtokenize crlf.md | msection | mentities >crlf.jsonl 2>/dev/null
is "CRLF copy: same records" \
	"$(jq -c 'del(.doc)' crlf.jsonl | cksum)" \
	"$(jq -c 'del(.doc)' eastmoor-parish-2023-07.md.jsonl | cksum)"

# Standard input is doc "-".
is "stdin is doc -" \
	"$(mtokenize <westvale-council-2022-11.txt | msection | jq -r .doc | sort -u)" "-"
done_testing
