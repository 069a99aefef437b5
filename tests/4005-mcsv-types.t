#!/bin/sh
# mcsv: -t takes the name of the CSV file too (resolutions); an unknown
# type or field is a usage error that lists what there is; -l lists the
# types of a stream with their counts and fields; the header needs no
# quoting in SQL; every item table carries its join key item_seq.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
s=$data/csv-stream.jsonl
plan 22

# Plurals: the file names of minutes2csv are types too (but attendance,
# the file of attendee records, is a type of its own: arrivals and
# departures).
for p in resolutions:resolution entities:entity attendees:attendee \
    meetings:meeting items:item declarations:declaration actions:action; do
	is "-t ${p%%:*} is -t ${p#*:}" "$(mcsv -t "${p%%:*}" "$s")" "$(mcsv -t "${p#*:}" "$s")"
done

# An unknown type: exit 2, the known types listed, nothing on stdout.
mcsv -t resolutionz "$s" >out 2>err
is "-t resolutionz: exit 2" "$?" 2
like "  lists the types" "$(head -n 1 err)" \
    '^mcsv: -t resolutionz: no such record type.*meeting, attendee, attendance, item, point, resolution, vote, prose, entity, declaration, action, block'
is "  writes nothing" "$(cat out)" ""
is "a type mcsv does not know but the input has is fine" "$(status mcsv -t tally "$s")" 0

# An unknown field: exit 2 with the fields of the types, before any input.
mcsv -t resolution -f doc,nosuch "$s" >out 2>err
is "-t resolution -f nosuch: exit 2" "$?" 2
like "  lists the fields there are" "$(head -n 1 err)" \
    '^mcsv: -f nosuch: no such field; .*item_seq,label,text,unanimous'
is "  writes nothing" "$(cat out)" ""
is "-f meeting.nosuch: exit 2" "$(status mcsv -t item -f meeting.nosuch "$s")" 2
mcsv -f type,nosuch "$s" >out 2>err
is "no -t, -f a field no record has: exit 2" "$?" 2
like "  says so and points to -l" "$(head -n 1 err)" '^mcsv: -f nosuch: no record written has this field .*mcsv -l'

# -l: the types in order of their first record, counts, fields.
is "-l" "$(mcsv -l "$s" | sed -n '1,3p;/^tally/p')" 'type,records,fields
meeting,1,"doc,line,body,venue,date,weekday,start,end,title"
attendee,2,"doc,line,name,honorific,postnominals,raw,status,chair,role,organisation"
tally,2,"doc,line,item,item_seq,for,against,result"'
is "-l counts every record" "$(mcsv -l "$s" | sed 1d | awk -F, '{ n += $2 } END { print n }')" \
    "$(wc -l <"$s" | tr -d ' ')"
is "-l with -t: exit 2" "$(status mcsv -l -t item "$s")" 2

# SQL: no dots in the header; meeting_date and item_title are taken by -f.
is "header: meeting_date, item_title" "$(mcsv -t action "$s" | head -n 1)" \
    'doc,line,meeting_date,item,item_seq,item_title,owner,text,due'
is "-f meeting_date item_title is meeting.date item.title" \
    "$(mcsv -t resolution -f meeting_date,item_title "$s")" \
    "$(mcsv -t resolution -f meeting.date,item.title "$s")"
done_testing
