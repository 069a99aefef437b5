#!/bin/sh
# mentities: dates to ISO, the year from the meeting, ranges, periods.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"

# text | expected values (the meeting is on 2024-03-14)
cases='Held on Thursday, 20 February 2020.|2020-02-20
On 25th July 2019 and 16th November, 2017.|2019-07-25 2017-11-16
From 1 st September 2016 to 12 th October.|2016-09-01 2016-10-12
Received on 13/11/2018 and 02/03/21.|2018-11-13 2021-03-02
The next meeting is on 4 March.|2024-03-04
MINUTES OF THE MEETING HELD ON MONDAY 6TH JUNE 2016 AT 7.30 PM|2016-06-06
For the period 1 October 2019 to 31 December 2019.|2019-10-01 2019-12-31
For the period 1 October to 31 December 2019.|2019-10-01 2019-12-31
From 1 November to 3 February 2020.|2019-11-01 2020-02-03
Closed 1-3 May 2020 and 7th and 8th June 2021.|2020-05-01 2020-05-03 2021-06-07 2021-06-08
The 10 NOVEMBER 2011 meeting.|2011-11-10
On February 20th, 2020 and 2021-04-09.|2020-02-20 2021-04-09
The 25th of December 2022 was a Sunday.|2022-12-25
Dates: Tuesday 12 March 2024; Monday 23 September 2024: Monday 2 December 2024.|2024-03-12 2024-09-23 2024-12-02
In March 2024 and during 2023 and 2016/17.|
Application 20/01288/VAR and 18/06112/ENF and Cou/285/07-08.|
On 31 February 2020 and 30 February.|
Paragraphs 14 and 16 of the report, 12 months, Section 3.11.|
We may 4 march with them.|
The office at 2 May Road and 14 March Lane.|
The office at 2 May Road on 14 March 2024.|2024-03-14
Closed on 1st & 2nd March 2024 and Monday 4th and Tuesday 5th March 2024.|2024-03-01 2024-03-02 2024-03-04 2024-03-05
Work will start w/c 3 June and w/c 8th July 2024.|2024-06-03 2024-07-08
The fete is on 1st/2nd June and the show on 7th/8th September 2023.|2024-06-01 2024-06-02 2023-09-07 2023-09-08
The hall is booked for Tuesday 4th and Saturday 16th.|2024-06-04 2024-03-16
Reference 12/3 May and 3rd of.|
It was held on the 3rd of March 2024.|2024-03-03'

n=$(printf '%s\n' "$cases" | wc -l)
plan $((n + 10))
printf '%s\n' "$cases" | while IFS='|' read -r text want; do
	is "dates in: $text" "$(vals date "$text")" "$want"
done > results
cat results
nfail=$(grep -c '^not ok' results)
ntest=$n

is "periods" "$(vals period 'In March 2024 and during 2023 and the 2016/17 plan.')" \
    '2024-03 2023 2016/17'
is "a date with no year is inferred" \
    "$(rec 'On 4 March.' | { meeting 2024-03-14; cat; } | mentities | jq -c 'select(.kind=="date") | .inferred')" true
is "a full date is not" \
    "$(rec 'On 4 March 2024.' | mentities | jq -c 'select(.kind=="date") | .inferred')" false
is "no meeting: the year of the first full date of the document" \
    "$({ rec 'Held on 9 May 2023.'; rec 'Next on 6 June.'; } | mentities | jq -r 'select(.kind=="date") | .value' | tr '\n' ' ')" \
    '2023-05-09 2023-06-06 '
is "no year at all: no date" "$(rec 'Next on 6 June.' | mentities | grep -c entity)" 0
is "a new document forgets the meeting" \
    "$({ meeting 2024-03-14; rec 'On 4 March.' | sed 's/t.txt/u.txt/'; } | mentities | grep -c '"kind":"date"')" 0
is "a day without a year is the one nearest the meeting" \
    "$(vals date 'Next meetings: 9th January, 13th February and 2 November.' 2023-11-14)" \
    '2024-01-09 2024-02-13 2023-11-02'
is "and in a January meeting last December is last year's" \
    "$(vals date 'The hedge was cut on 20 December.' 2024-01-15)" '2023-12-20'
is "a weekday and a day is inferred" \
    "$(rec 'On Tuesday 4th.' | { meeting 2024-03-14; cat; } | mentities | jq -c 'select(.kind=="date") | [.text, .inferred]')" '["Tuesday 4th",true]'
is "a weekday and a day without a meeting date is none" \
    "$(rec 'Held on 9 May 2023; booked for Tuesday 4th.' | mentities | jq -r 'select(.kind=="date") | .value' | tr '\n' ' ')" '2023-05-09 '
done_testing
