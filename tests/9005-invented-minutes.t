#!/bin/sh
# The pipeline on minutes written for the project (tests/data/invented:
# invented bodies and names in the forms of parish, town, district,
# Scottish, Welsh, Northern Irish, NHS, national park and joint-committee
# minutes, as web text, PDF text and converter markdown), each with an
# answer key as ../shared/corpus/GOLD.md describes, scored by the corpus
# scorer when it is beside the checkout: a form once read stays read.
. "$(dirname "$0")/lib.sh"
score=$top/../shared/corpus/score
if [ ! -f "$score" ] || ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP no ../shared/corpus/score (or python3) beside the checkout"
	exit 0
fi
plan 3

python3 "$score" --bin "$top/bin" "$top/tests/data/invented" > scores 2>err
is "the scorer ran" "$?" 0
like "every document scored" "$(tail -n 1 scores)" 'over 19 documents'
all=$(sed -n 's/^overall F1 \([0-9.]*\) .*/\1/p' scores)
ok "overall F1 at least 0.97 (it is $all)" \
    awk -v a="$all" 'BEGIN { exit !(a + 0 >= 0.97) }'
# the fields and documents below 1.00, for the log
awk 'NF > 10 { for (i = 2; i <= NF; i++) if ($i !~ /=(1\.00|-)$/) print "# " $1, $i }' \
    scores >&2
