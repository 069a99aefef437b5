#!/bin/sh
# Hostile input to the filters: odd bytes, encodings, sizes, files that
# are not files, broken outputs, odd JSON.  Each case checks the exit
# status, the message, and that no word was lost or silently changed.
. "$(dirname "$0")/lib.sh"
plan 100

# run TOOL ARGS...: out and err of TOOL, its status in rc.
run() { "$@" >out 2>err; rc=$?; }
text() { jq -r .text out | tr '\n' ' '; }
# vlimit KB: bounds the memory of the shell (not under ASan, which maps
# terabytes of shadow memory: make sanitize).
vlimit() { grep -aq __asan_init "$top/bin/mtokenize" || ulimit -v "$1"; }

printf 'The council met.\n' >one.txt

# Empty, blank, odd bytes.
run mtokenize /dev/null
is "empty: exit 0, nothing, no message" "$rc:$(cat out err)" 0:
printf '\n\n\n' >blank.txt; run mtokenize blank.txt
is "newlines only: exit 0, nothing" "$rc:$(cat out err)" 0:
printf 'The coun\000cil met.\n' >nul.txt; run mtokenize nul.txt
is "a NUL byte: exit 0, the words kept" "$rc:$(text)" '0:The council met. '
is "a NUL byte: said" "$(cat err)" 'mtokenize: nul.txt:1: NUL bytes dropped (binary data in a text file?)'
printf 'Caf\351 \223quoted\224 \243500.\n' >cp.txt; run mtokenize cp.txt
is "Windows-1252: read as such" "$rc:$(text)" '0:Café “quoted” £500. '
is "Windows-1252: said" "$(cat err)" 'mtokenize: cp.txt:1: not valid UTF-8: read as Windows-1252'
printf 'The council\r\nmet on Monday.\r\n\r\nIt rose.\rIt went.\r' >cr.txt; run mtokenize cr.txt
is "CRLF and lone CR: lines, no CR kept" "$rc:$(text)" '0:The council met on Monday. It rose. It went. '
printf '\357\273\277The council met.\n' >bom.txt; run mtokenize bom.txt
is "UTF-8 BOM on text: dropped, the text kept" "$rc:$(text):$(cat err)" '0:The council met. :'

# UTF-16: decoded with a byte order mark, and without one when every
# other byte is NUL (a few NULs on the other side: U+0100 is 00 01);
# refused, saying UTF-16, when it is compressed.
printf 'Caf\303\251 \302\243500 and \342\200\234quotes\342\200\235.\nThe \304\200 and \310\200 letters.\n' >u8.txt
for enc in UTF-16LE UTF-16BE; do
	bom=$(printf '\377\376'); [ $enc = UTF-16BE ] && bom=$(printf '\376\377')
	{ printf '%s' "$bom"; iconv -f UTF-8 -t $enc u8.txt; } >u16.txt
	run mtokenize u16.txt
	is "$enc with a BOM: decoded" "$rc:$(text):$(cat err)" '0:Café £500 and “quotes”. The Ā and Ȁ letters. :'
	iconv -f UTF-8 -t $enc u8.txt >nobom.txt
	run mtokenize nobom.txt
	is "$enc without a BOM: decoded" "$rc:$(text)" '0:Café £500 and “quotes”. The Ā and Ȁ letters. '
	is "$enc without a BOM: said" "$(cat err)" \
	    "mtokenize: nobom.txt: $enc text with no byte order mark (a NUL in every other byte): read as such"
	gzip -c u16.txt >u16.gz; run mtokenize u16.gz
	is "$enc with a BOM, gzipped: refused, saying UTF-16" "$rc:$(cat out):$(cat err)" \
	    '1::mtokenize: u16.gz: compressed UTF-16 text: not read (convert it first: zcat | iconv -f UTF-16 -t UTF-8)'
	gzip -c nobom.txt >nobom.gz; run mtokenize nobom.gz
	is "$enc without a BOM, gzipped: refused, saying UTF-16" "$rc:$(cat out):$(cat err)" \
	    "1::mtokenize: nobom.gz: compressed UTF-16 text: not read (convert it first: zcat | iconv -f $enc -t UTF-8)"
done

# Sizes: a 100 MB line under 200 MB of memory, a million lines.
head -c 100000000 /dev/zero | tr '\0' a | (vlimit 200000; mtokenize) >out 2>err
rc=$?
is "a 100 MB line: refused, exit 1" "$rc:$(cat out)" 1:
is "a 100 MB line: the message" "$(cat err)" \
    'mtokenize: -:1: a line longer than 16777216 bytes (the limit, --max-line): the input is not read further'
run mtokenize --max-line 1K one.txt
is "--max-line 1K: a short line passes" "$rc:$(text)" '0:The council met. '
printf '%02000d\n' 0 >long.txt; run mtokenize --max-line 1K long.txt
is "--max-line 1K: a line of 2001 bytes refused" "$rc:$(cat err)" \
    '1:mtokenize: long.txt:1: a line longer than 1024 bytes (the limit, --max-line): the input is not read further'
is "--max-line x: a usage error" "$(status mtokenize --max-line x one.txt)" 2
yes 'Members noted the report.' | head -n 1000000 | mtokenize >out 2>err
is "a million lines: every word there" "$(jq -r .text out | wc -w)" 4000000

# Compressed: truncated, and a bomb.
gzip -c one.txt >one.gz
head -c 20 one.gz >trunc.gz; run mtokenize trunc.gz
is "truncated gzip: exit 1" "$rc" 1
like "truncated gzip: said" "$(cat err)" 'truncated gzip stream|corrupt compressed data'
head -c 40000000 /dev/zero | tr '\0' '\n' | gzip -9 >bomb.gz
run mtokenize bomb.gz
is "a gzip bomb: exit 1" "$rc" 1
like "a gzip bomb: said" "$(cat err)" 'mtokenize: bomb.gz: compressed data that inflates more than 200 times'
head -c 1000000 /dev/zero | gzip -9 >zeros.gz
run mtokenize zeros.gz
is "gzip of zeros: refused as binary" "$rc:$(cat err)" \
    '1:mtokenize: zeros.gz: binary data, not text (65536 of the first 65536 bytes are NUL): not read'

# Not text: a directory, a missing file, a FIFO, /dev/zero, a PDF, an ELF.
run mtokenize .
is "a directory: exit 1" "$rc:$(cat err)" '1:mtokenize: .: read error: Is a directory'
run mtokenize missing.txt one.txt
is "a missing file: exit 1, the next file read" "$rc:$(text)" '1:The council met. '
is "a missing file: said" "$(cat err)" 'mtokenize: missing.txt: No such file or directory'
mkfifo fifo; (cat one.txt >fifo &); run mtokenize fifo
is "a FIFO: read" "$rc:$(text)" '0:The council met. '
run timeout 10 mtokenize /dev/zero
is "/dev/zero: refused at once" "$rc:$(cat err)" \
    '1:mtokenize: /dev/zero: binary data, not text (65536 of the first 65536 bytes are NUL): not read'
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' >m.pdf; run mtokenize m.pdf
is "a PDF: refused, pdftotext named" "$rc:$(cat out):$(cat err)" \
    '1::mtokenize: m.pdf: a PDF, not text: convert it first (pdftotext -enc UTF-8 file.pdf)'
gzip -c m.pdf >m.pdf.gz; run mtokenize m.pdf.gz
is "a gzipped PDF: refused" "$rc:$(cat out)" 1:
elf=$(command -v sh); run mtokenize "$elf"
is "an ELF program: refused" "$rc:$(cat out):$(cat err)" "1::mtokenize: $elf: binary data (an ELF program), not text: not read"
run msection m.pdf
is "msection: a PDF refused too" "$rc:$(cat err)" \
    '1:msection: m.pdf: a PDF, not text: convert it first (pdftotext -enc UTF-8 file.pdf)'

# Broken outputs: a full disk, a closed stdout, a pipe closed early.
is "> /dev/full: exit 1" "$(status sh -c 'mtokenize one.txt >/dev/full')" 1
like "> /dev/full: said" "$(mtokenize one.txt 2>&1 >/dev/full)" 'write error on standard output: No space left on device'
is "closed stdout: exit 1" "$(status sh -c 'mtokenize one.txt >&-')" 1
yes 'Members noted the report.' | head -n 200000 >many.txt
mtokenize many.txt >many.jsonl
for t in msection mentities; do
	st=$( { $t many.jsonl 2>err; echo $? >rc; } | head -n 1 >/dev/null; cat rc)
	is "$t | head: SIGPIPE or exit 1, quietly" "$(case $st in 1|141) echo ok;; *) echo "$st";; esac):$(cat err)" ok:
done

# Doc names: control characters and bytes that are not UTF-8.
cp one.txt "$(printf 'a\tb\001c.txt')"
run mtokenize "$(printf 'a\tb\001c.txt')"
is "a doc with control characters: escaped in JSON" "$rc:$(jq -r .doc out | od -An -c | tr -s ' ' | tr -d '\n')" \
    '0: a \t b 001 c . t x t \n'
cp one.txt "$(printf 'caf\351.txt')"
run mtokenize "$(printf 'caf\351.txt')"
is "a doc name not UTF-8: valid JSON, read as Windows-1252" "$rc:$(jq -r .doc out)" '0:café.txt'
like "a doc name not UTF-8: said" "$(cat err)" 'the name is not UTF-8: its doc is "café.txt"'

# JSON: deep nesting, pretty-printed, surrogates, \u0000, control
# characters, a 20 MB string.
awk 'BEGIN { s = "{\"type\":\"x\",\"doc\":\"d\",\"a\":"; for (i = 0; i < 600; i++) s = s "["; for (i = 0; i < 600; i++) s = s "]"; print s "}" }' >deep.jsonl
run msection deep.jsonl
is "nesting 600 deep: exit 1" "$rc" 1
like "nesting 600 deep: said" "$(cat err)" 'deep.jsonl:1: column [0-9]+: nested too deeply'
awk 'BEGIN { s = "{\"type\":\"x\",\"doc\":\"d\",\"a\":"; for (i = 0; i < 500; i++) s = s "["; for (i = 0; i < 500; i++) s = s "]"; print s "}" }' >deep.jsonl
run msection deep.jsonl
ok "nesting 500 deep: passed byte for byte" cmp -s out deep.jsonl
printf '{\n  "type": "x",\n  "doc": "d"\n}\n' >pretty.jsonl
run mentities pretty.jsonl
is "pretty-printed JSON: exit 1" "$rc" 1
like "pretty-printed JSON: jq -c named" "$(head -n 1 err)" 'pretty.jsonl:1: pretty-printed JSON: records must be one object a line \(use jq -c\)'
printf '{"type":"x","doc":"d","s":"\\ud800 alone \\udc00"}\n{"type":"x","doc":"d","s":"nul \\u0000 and \\u0001 \\u001f"}\n' >esc.jsonl
for t in msection mentities; do
	run $t esc.jsonl
	ok "$t: lone surrogates, \\u0000, control characters: byte for byte" cmp -s out esc.jsonl
	is "$t: and no message" "$rc:$(cat err)" 0:
done
run mcsv -f s esc.jsonl
is "mcsv: \\u0000 is no raw NUL" "$(tr -d -c '\000' <out | wc -c)" 0
like "mcsv: \\u0000 said" "$(cat err)" 'mcsv: d: a NUL character \(\\u0000\) in the value of "s": written as U\+FFFD'
is "mcsv: written as U+FFFD" "$(sed -n 3p out | tr -d '\001\037')" 'nul � and  '
head -c 20000000 /dev/zero | tr '\0' a | awk '{ print "{\"type\":\"prose\",\"doc\":\"d\",\"line\":1,\"text\":\"" $0 "\"}" }' >s20.jsonl
(vlimit 300000; mentities s20.jsonl) >out 2>err; rc=$?
is "mentities: a 20 MB string: refused, exit 1" "$rc:$(cat out)" 1:
like "mentities: a 20 MB string: said" "$(cat err)" 'longer than 16777216 bytes'
(vlimit 400000; mentities --max-line 32M s20.jsonl) >out 2>err; rc=$?
is "mentities --max-line 32M: the 20 MB string passes within 400 MB" "$rc:$(cmp out s20.jsonl && echo same)" 0:same

# mcsv: the first record with no type.
printf '{"doc":"d","text":"a"}\n{"type":"point","doc":"d","line":2,"text":"b"}\n' >notype.jsonl
run mcsv notype.jsonl
is "mcsv: a first record with no type: exit 1" "$rc" 1
is "mcsv: the type is the next record's" "$(cat out)" 'doc,line,meeting_date,item,item_seq,item_title,label,text
d,2,,,,,,b'
is "mcsv: the message names the record" "$(cat err)" 'mcsv: notype.jsonl:1: no "type" string: kept, as a record of no type'

# The same catalogue for the readers of records, msection, mentities and
# mcsv: empty, newlines only, a raw NUL, bytes not UTF-8, CRLF and lone
# CR, a line cut short, a directory, a missing file, a full disk, a
# closed stdout, a pipe closed early.
mtokenize one.txt | msection | mentities >rec.jsonl
printf '{"type":"prose","doc":"d","line":1,"text":"a\000b"}\n' >rawnul.jsonl
printf '{"type":"prose","doc":"d","line":1,"text":"caf\351"}\n' >latin.jsonl
sed 's/$/\r/' rec.jsonl >crlf.jsonl
tr '\n' '\r' <rec.jsonl >cr.jsonl
printf '{"type":"prose","doc":"d",\n' >cut.jsonl
printf '{"type":"prose","doc":"d","line":1,"text":"The council met."}\n' >prose.jsonl
yes '{"type":"prose","doc":"d","line":1,"text":"The council met."}' | head -n 200000 >manyrec.jsonl
for t in msection mentities "mcsv -t prose"; do
	n=${t%% *}
	for f in /dev/null blank.txt; do
		run $t $f
		is "$n: $f: exit 0, no record, no message" "$rc:$(sed 1d out):$(cat err)" 0::
	done
	run $t rawnul.jsonl
	is "$n: a raw NUL in a record: dropped, said, exit 1" "$rc:$(sed 1d out):$(cat err)" \
	    "1::$n: rawnul.jsonl:1: column 45: control character in a string (a raw newline or tab must be escaped): not a record (one JSON object a line expected; jq -c writes them)"
	run $t latin.jsonl
	is "$n: a record not UTF-8: dropped, said, exit 1" "$rc:$(sed 1d out):$(cat err)" \
	    "1::$n: latin.jsonl:1: column 47: invalid UTF-8 in a string: not a record (one JSON object a line expected; jq -c writes them)"
	$t rec.jsonl >lf.out 2>/dev/null
	for f in crlf.jsonl cr.jsonl; do
		run $t $f
		is "$n: $f: the records of LF, no message" "$rc:$(cmp -s out lf.out && echo same):$(cat err)" 0:same:
	done
	run $t cut.jsonl prose.jsonl
	is "$n: a record cut short: said, exit 1, the next file read" "$rc:$(grep -c 'The council met' out):$(cat err)" \
	    "1:1:$n: cut.jsonl:1: column 27: expected a key string: not a record (one JSON object a line expected; jq -c writes them)"
	run $t . missing.jsonl prose.jsonl
	is "$n: a directory and a missing file: said, exit 1, the next file read" "$rc:$(grep -c 'The council met' out):$(cat err)" \
	    "1:1:$n: .: read error: Is a directory
$n: missing.jsonl: No such file or directory"
	is "$n > /dev/full: exit 1, said" "$($t prose.jsonl 2>&1 >/dev/full; echo $?)" \
	    "$n: write error on standard output: No space left on device
1"
	is "$n, stdout closed: exit 1, said" "$($t prose.jsonl 2>&1 >&-; echo $?)" \
	    "$n: write error on standard output: Bad file descriptor
1"
done
st=$( { mcsv -t prose manyrec.jsonl 2>err; echo $? >rc; } | head -n 1 >/dev/null; cat rc)
is "mcsv | head: SIGPIPE or exit 1, quietly" "$(case $st in 1|141) echo ok;; *) echo "$st";; esac):$(cat err)" ok:
st=$( { mtokenize many.txt 2>err; echo $? >rc; } | head -n 1 >/dev/null; cat rc)
is "mtokenize | head: SIGPIPE or exit 1, quietly" "$(case $st in 1|141) echo ok;; *) echo "$st";; esac):$(cat err)" ok:

# Records with no line: allowed by the contract (minutiae(7)); read, and
# the records made from them have no line either; no message.
jq -c 'del(.line)' rec.jsonl >noline.jsonl
mtokenize one.txt | jq -c 'del(.line)' >noline-blocks.jsonl
run msection noline-blocks.jsonl
is "msection: blocks with no line: exit 0, no message, the text kept" "$rc:$(cat err):$(jq -r 'select(.type == "prose") | .text' out)" \
    '0::The council met.'
is "  and no record has a line" "$(jq -c 'select(has("line"))' out)" ""
run mentities noline.jsonl
is "mentities: records with no line: exit 0, passed on" "$rc:$(cat err):$(cmp -s out noline.jsonl && echo same)" 0::same

# Two records files, the second a missing one: the first is written.
run mentities esc.jsonl nothere.jsonl
is "mentities: a missing second file: exit 1, the first written" "$rc:$(wc -l <out)" 1:2
done_testing
