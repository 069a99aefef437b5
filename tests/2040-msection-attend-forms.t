#!/bin/sh
# msection (through mtokenize): attendance forms met on minutes the
# pipeline was not written against; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 2

who() {
	printf 'Minutes of the Ashcombe Parish Council held on 4 March 2021\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring), (.role // "-")] | join("|")' |
	    tr '\n' ';'
}

is "role-first lines with no separator: Parish Clerk Jane Doe" \
    "$(who "$(printf 'Present:\n\nParish Clerk Jane Doe\n\nCllr A Tarrant\n\nResponsible Financial Officer Carl Mott')")" \
    "Jane Doe|attendance|false|Parish Clerk;A Tarrant|present|false|-;Carl Mott|attendance|false|Responsible Financial Officer;"
is "a post and an honorific with no separator; titles as honorifics stay so" \
    "$(who 'In attendance: Finance Officer Mrs K Lyle, Deputy Mayor M Nunn')" \
    "K Lyle|attendance|false|Finance Officer;M Nunn|attendance|false|-;"
