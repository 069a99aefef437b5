#!/bin/sh
# The input layer: compression, line ends, encodings, bad bytes.
. "$(dirname "$0")/lib.sh"
lines=$top/tests/unit/lines
plan 18

printf 'one\ntwo\n' > plain.txt
is "plain text" "$($lines plain.txt)" "1:one
2:two"
printf 'one\r\ntwo\r\n' > crlf.txt
is "CRLF line ends" "$($lines crlf.txt)" "1:one
2:two"
printf 'one\rtwo\r' > cr.txt
is "CR line ends (old Mac)" "$($lines cr.txt)" "1:one
2:two"
printf 'no newline at the end' > noeol.txt
is "last line without newline kept" "$($lines noeol.txt)" "1:no newline at the end"
printf '\357\273\277Minutes\n' > bom.txt
is "BOM dropped" "$($lines bom.txt)" "1:Minutes"
printf 'cost \243500 \226 paid\n' > cp1252.txt
is "Windows-1252 decoded" "$($lines cp1252.txt 2>/dev/null)" "1:cost £500 – paid"
like "Windows-1252 warned once with file and line" "$($lines cp1252.txt 2>&1 >/dev/null)" '^lines: cp1252.txt:1: not valid UTF-8'
printf 'caf\303\251 \243\n' > mixed.txt
is "valid UTF-8 kept beside a stray byte" "$($lines mixed.txt 2>/dev/null)" "1:café £"
printf 'a\000b\n' > nul.txt
is "NUL dropped" "$($lines nul.txt 2>/dev/null)" "1:ab"
like "NUL warned" "$($lines nul.txt 2>&1 >/dev/null)" 'nul.txt:1: NUL bytes dropped'
printf 'one\ntwo\n' | gzip > z.gz
is "gzip by content" "$($lines z.gz)" "1:one
2:two"
is "gzip on stdin" "$(gzip -c plain.txt | $lines)" "1:one
2:two"
printf 'x\n' | gzip > two.gz; printf 'y\n' | gzip >> two.gz
is "concatenated gzip members" "$($lines two.gz)" "1:x
2:y"
perl -MCompress::Zlib -e 'print compress("zlib one\n")' > z.zlib
is "zlib stream" "$($lines z.zlib)" "1:zlib one"
seq 1 20000 | gzip > big.gz
head -c 20000 big.gz > cut.gz
like "truncated gzip is an error" "$($lines cut.gz 2>&1 >/dev/null)" '^lines: cut.gz: truncated gzip stream'
is "truncated gzip: exit 1" "$(status $lines cut.gz)" 1
is "truncated gzip: the lines before the cut are kept" "$($lines cut.gz 2>/dev/null | sed -n 8000p)" "8000:8000"
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "word "; print "" }' > long.txt
is "a 1.5 MB line read whole" "$($lines long.txt | wc -c)" "$(($(wc -c < long.txt) + 2))"
done_testing
