#!/bin/sh
# mentities: clock times to HH:MM.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"

cases='The meeting started at 2:00pm.|14:00
It started at 2.00 pm and at 10.30 am.|14:00 10:30
The panel met at 19:00 and at 7.30pm.|19:00 19:30
Lunch at noon and at 12 noon.|12:00 12:00
Held remotely at 6.30p.m. on Monday.|18:30
Started at 9.30 A.M. and ended at 6pm.|09:30 18:00
2.00 - 3.45 pm|14:00 15:45
11.30 - 1.15 pm|11:30 13:15
Open 7-9pm and items 7-9.|19:00 21:00
The meeting closed at 12.15am.|00:15
Section 3.11 of the report and item 7.30 and 25:00.|
The meeting started at 19.00hrs and closed at 21:15hrs.|19:00 21:15
Opened at 19.00 hrs, again at 1930 hrs and at 0900 hours.|19:00 19:30 09:00
After 1930 hours of work and 2 hours and 3.5 hours.|
The fete opens at 12 noon and closes at midday; the bar opens at 7pm.|12:00 12:00 19:00'

n=$(printf '%s\n' "$cases" | wc -l)
plan $((n + 1))
printf '%s\n' "$cases" | while IFS='|' read -r text want; do
	is "times in: $text" "$(vals time "$text")" "$want"
done > results
cat results
nfail=$(grep -c '^not ok' results)
ntest=$n
is "a time is not a date" "$(vals date 'At 7.30pm.')" ''
done_testing
