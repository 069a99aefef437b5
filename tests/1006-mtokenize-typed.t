#!/bin/sh
# mtokenize: typed minutes, minute references, CRLF, BOM, Windows-1252.
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 15
mtokenize "$d/tok-typed.txt" > out
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }

is "all of it, as expected" \
    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-typed.expect")"
like "the BOM is dropped" "$(blk 1)" '^\["para",null,"MINUTES OF'
is "CRs are dropped" "$(grep -c "$(printf '\r')" out)" 0
is "Present: with a list" "$(jq -r 'select(.line == 2) | .key' out)" PRESENT
is "39/26 Title" "$(blk 4)" '["heading","39/26","Apologies for Absence"]'
is "41/26 alone is a number" "$(blk 8)" '["number","41/26",""]'
is "Cou/42/25-26 Title" "$(blk 13)" '["heading","Cou/42/25-26","Finance"]'
is "21.44 Title" "$(blk 16)" '["heading","21.44","Correspondence"]'
is "a. text" "$(blk 14)" '["label","a","The bank reconciliation was approved."]'
is "RESOLVED after a sentence is cut off it" \
    "$(jq -c 'select(.line == 12) | [.kind, .text]' out | tr -d '\n')" \
    '["para","The Council noted the application."]["keyword","that no comment be made."]'
like "Vice- Chairman and 12 th are mended" "$(blk 17)" \
    'the Vice-Chairman of .* on 12th February'

mtokenize "$d/tok-cp1252.txt" > out 2> err
is "Windows-1252 is decoded" "$(jq -r 'select(.line == 4) | .text' out)" \
    "The Clerk reported a balance of £1,204.10 – an increase on last year."
like "... with a warning" "$(cat err)" 'Windows-1252'
done_testing
is "a label in two languages, the other first: the English keyword" \
    "$(printf 'Presennol / Present: Cyng. / Cllr A Rhys\n' | mtokenize | jq -c '[.kind, .label, .key, .text]')" \
    '["keyword","Presennol / Present","PRESENT","Cyng. / Cllr A Rhys"]'
is "... but not a sentence with a slash in it" \
    "$(printf 'The hall / Present arrangements are fine.\n' | mtokenize | jq -r .kind)" para
