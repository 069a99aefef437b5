#!/bin/sh
# msection: who came and went: attendee arrived/left and attendance
# records, from invented minutes (tests/data/sec-votes-moves.txt): notes in
# the attendance list and sentences in the items.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 7

mtokenize "$data/sec-votes-moves.txt" | msection > mv
att() {
	jq -r 'select(.type == "attendee") | [.name, .arrived, .left] |
	    map(. // "-") | join("|")' mv | tr '\n' ';'
}
ev() {
	jq -r 'select(.type == "attendance") | [.item, .event, .name,
	    .attendee, .time, .at] | map(. // "-") | join("|")' mv | tr '\n' ';'
}
is "arrived/left from '(from item 3)', '(until 8.40pm)', '(arrived at 7.10pm)', '(left after item 4)' and sentences" \
    "$(att)" \
    "G Hartwell|-|before item 4;J Iveson|item 3|21:05;K Lathom|-|20:40;M Nuttall|19:10|-;P Quayle|-|-;"
is "attendance records in stream order" "$(ev)" \
    "3|arrived|J Iveson|J Iveson|-|item 3;2|arrived|Nuttall|M Nuttall|19:10|item 2;3|left|Hartwell|G Hartwell|-|before item 4;4|left|P Quayle|P Quayle|-|after item 4;5|left|Iveson|J Iveson|21:05|-;6|arrived|Quayle|P Quayle|-|-;"
is "'(from item 3)' is written just before item 3" \
    "$(jq -r 'select(.type == "item" or .type == "attendance") | .type' mv | tr '\n' ' ' | cut -d' ' -f2-4)" \
    "item attendance attendance"
is "'(left after item 4)' is written before item 5" \
    "$(jq -r 'select(.type == "item" or .type == "attendance") | "\(.type)\(.item)"' mv | grep -A1 'attendance4' | tail -1)" \
    "item5"
is "'entered into a contract', 'left the matter with the Clerk' are no moves" \
    "$(jq -r 'select(.type == "attendance" and (.name == "Lathom" or (.name == "Nuttall" and .event == "left")))' mv)" ""
is "every attendee has arrived and left" \
    "$(jq -c 'select(.type == "attendee") | [has("arrived"), has("left")]' mv | sort -u)" "[true,true]"
is "attendance records have the fields of the contract" \
    "$(jq -c 'select(.type == "attendance") | keys_unsorted' mv | sort -u)" \
    '["type","doc","line","item","item_seq","event","name","attendee","time","at"]'
done_testing
