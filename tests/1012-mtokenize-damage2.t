#!/bin/sh
# mtokenize: more damage of PDF text and converters: a sentence wrapped
# inside a date, tables with empty cells, ligatures and soft hyphens, a
# page number stuck to the first word of a page, bullets of other marks.
# Fixtures: tests/data/tok-{dates,cells,ligatures,bullets}.txt; 1008
# checks their invariant.
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
plan 7
blk() { jq -c "select(.line == $1) | [.kind, .label, .text]" out; }
txt() { jq -r "select(.line == $1 and .kind != \"artifact\") | .text" out; }
all() {
	is "$1: all of it, as expected" \
	    "$(jq -c '[.line,.kind,.label,.key,.depth,.text]' out)" "$(cat "$d/tok-$1.expect")"
}

mtokenize "$d/tok-dates.txt" > out
all dates
like "a line that ends in a day goes on with the month, however short" "$(txt 6)" \
    'decided on Thursday 18 April 2024 by the trustees'
like "... a weekday with its day, and a day that is no heading" "$(txt 6)" \
    'on Thursday 25 April\. Members asked .* on 2 May with the new charges'
like "... over a running head met for the first time" "$(txt 16)" \
    'from the inspector on Friday 12 April, with two items'
is "... which is still a running head" "$(blk 18)" \
    '["artifact","header","Ashcombe Priors Parish Council 9 April 2024"]'
like "a day before a form feed, and the month after it, are no page number" \
    "$(txt 16)" 'fitted on Monday 1 May 2024, weather permitting'
like "a page number between the day and the month goes, the date is whole" \
    "$(txt 27)" 'from 1 October 2024 and that the parish council'
done_testing
