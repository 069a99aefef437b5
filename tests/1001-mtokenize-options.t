#!/bin/sh
# mtokenize: options, documents, exit status, output errors.
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 20

like "--help prints the usage" "$(mtokenize --help)" '^usage: mtokenize '
is "--help exits 0" "$(status mtokenize --help)" 0
like "--version" "$(mtokenize --version)" '^mtokenize \(minutiae\) [0-9]'
is "an unknown option exits 2" "$(status mtokenize --bogus)" 2
is "--doc with two files exits 2" \
    "$(status mtokenize --doc x "$d/tok-pdf.txt" "$d/tok-web.txt")" 2

printf 'RESOLVED: That the report be noted.\n' > one.txt
is "the doc of a file is its path as given" \
    "$(mtokenize one.txt | jq -r .doc)" one.txt
is "stdin is -" "$(mtokenize < one.txt | jq -r .doc)" -
is "- is stdin" "$(mtokenize - < one.txt | jq -r .doc)" -
is "--doc names stdin" "$(mtokenize --doc m.pdf < one.txt | jq -r .doc)" m.pdf
is "--doc names a file" "$(mtokenize --doc m.pdf one.txt | jq -r .doc)" m.pdf
is "key order of a record" "$(mtokenize one.txt)" \
    '{"type":"block","doc":"one.txt","line":1,"kind":"keyword","label":"RESOLVED","key":"RESOLVED","depth":0,"text":"That the report be noted."}'

is "several documents, one stream" \
    "$(mtokenize one.txt "$d/tok-cp1252.txt" 2>/dev/null | jq -r .doc | uniq | wc -l)" 2
gzip -c "$d/tok-pdf.txt" > pdf.txt.gz
is "gzip input reads like plain" \
    "$(mtokenize pdf.txt.gz | jq -c '[.line,.kind,.label,.key,.depth,.text]')" \
    "$(cat "$d/tok-pdf.expect")"

mtokenize missing.txt one.txt > out 2> err
is "a missing file: exit 1" "$?" 1
like "... with a message naming it" "$(cat err)" '^mtokenize: .*missing.txt'
is "... and the next file is still read" "$(jq -r .doc out)" one.txt

head -c 300 pdf.txt.gz > trunc.gz
mtokenize trunc.gz > out 2> err
is "a truncated gzip file: exit 1" "$?" 1
like "... with a message" "$(cat err)" 'trunc.gz: .*truncated'

mtokenize "$d/tok-pdf.txt" >/dev/full 2>err
is "a write error is an error" "$?" 1
is "--drop-artifacts omits the artifacts" \
    "$(mtokenize --drop-artifacts "$d/tok-web.txt" | jq -r 'select(.kind == "artifact")' | wc -l)" 0
done_testing
