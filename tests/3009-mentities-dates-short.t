#!/bin/sh
# mentities: dates written short, as parish ledgers and lists write them:
# two-digit years with dots or dashes, a day and a month alone, a weekday
# run into its day, and the months in Welsh.  And the numbers that look like them but are not.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"

# text | expected values (the meeting is on 2024-11-14)
cases='Minutes of the meeting held on 04.03.19 were signed.|2019-03-04
The bank reconciliation dated 31.03.19 was checked.|2019-03-31
Meetings held on 25.10.12 and 08.11.12 were approved.|2012-10-25 2012-11-08
Cheques issued 13-03-19 and 27-03-19.|2019-03-13 2019-03-27
Bulletins 08.03.19, 21.03.19, 29.03.19 and 06.09.19.|2019-03-08 2019-03-21 2019-03-29 2019-09-06
Clause 1.10.12 and item 04.03.19 and paragraph 12.03.19.|
Version 2.3.19 of the plan.|
The hall will be closed on 23/11.|2024-11-23
Bulletins dated 23/11, 30/11 and 7/12 were circulated.|2024-11-23 2024-11-30 2024-12-07
Hedge work w/c 4/12 and from 9/12 until 13/12.|2024-12-04 2024-12-09 2024-12-13
The next meeting is on Wednesday 27/11.|2024-11-27
Minute 19/10 refers, and 19/46 and 01/07.|
Carried by 2/3 of members present.|
Application 24/01455/FUL on the 3/4 acre site.|
Held on Wednesday,9 October.|2024-10-09
The surgery is on Friday,15th November and Monday, 18 November.|2024-11-15 2024-11-18
The fete is on May 9th and the show on Saturday, December 14.|2025-05-09 2024-12-14
Next meetings: December 9th, January 13th.|2024-12-09 2025-01-13
The hall on March 4 and from March 1st to April 3rd 2025.|2025-03-04 2025-03-01 2025-04-03
In March 4 members voted and in May 5 more.|
Welsh months: cyfarfod ar 3 Ebrill 2023 a 14 Mawrth, dydd Mawrth 5 Medi.|2023-04-03 2025-03-14 2024-09-05'

n=$(printf '%s\n' "$cases" | wc -l)
plan $((n + 3))
printf '%s\n' "$cases" | while IFS='|' read -r text want; do
	is "dates in: $text" "$(vals date "$text" 2024-11-14)" "$want"
done > results
cat results
nfail=$(grep -c '^not ok' results)
ntest=$n

is "a short date is inferred, a ledger date is not" \
    "$({ meeting 2024-11-14; rec 'On 23/11 the hall shut; the ledger of 25.10.12.'; } | mentities | jq -c 'select(.kind=="date") | .inferred' | tr '\n' ' ')" 'true false '
is "a ledger date in a payments item is no money" \
    "$(printf '%s\n' '{"type":"item","doc":"t.txt","line":5,"item":"9","item_seq":9,"title":"Payments"}' \
    "$(rec 'Reconciliation to 31.03.19 and clerk salary 412.60.')" | mentities |
    jq -r 'select(.type=="entity") | .kind + "=" + .value' | tr '\n' ' ')" 'date=2019-03-31 money=412.60 '
is "a day and a month without a meeting year is no date" \
    "$(rec 'The hall will be closed on 23/11.' | mentities | grep -c '"kind":"date"')" 0
done_testing
