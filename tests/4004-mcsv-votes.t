#!/bin/sh
# mcsv: votes.csv (the vote type and its context columns) and the outcome
# and kind of resolutions; minutes2csv writes votes.csv.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 5

mtokenize "$data/sec-votes-committee.txt" | msection > rec.jsonl
is "vote columns" "$(mcsv -t vote rec.jsonl | head -1)" \
    "doc,line,meeting_date,item,item_seq,item_title,resolution,motion,mover,mover_attendee,seconder,seconder_attendee,for,against,abstain,named,casting,outcome"
is "a vote row carries the meeting date and the item title" \
    "$(mcsv -t vote rec.jsonl | sed -n 2p | cut -d, -f2-)" \
    "8,2024-11-07,41,1,APPLICATION 24/0911 LAND AT MILL LANE,9,motion,L Abney,,R Belgrave,,4,4,,,true,carried"
is "a recorded vote's names are one JSON cell" \
    "$(mcsv -t vote rec.jsonl | grep -c '"{""for"":\[""Abney"",""Belgrave"",""Ellery""\]')" "1"
is "resolution columns end with outcome and kind" \
    "$(mcsv -t resolution rec.jsonl | sed -n 1p)" \
    "doc,line,meeting_date,item,item_seq,item_title,label,text,unanimous,outcome,kind"
mkdir m
cp "$data/sec-votes-committee.txt" m/
minutes2csv -o csv m 2>/dev/null
is "minutes2csv writes votes.csv" "$(wc -l < csv/votes.csv | tr -d ' ')" "7"
done_testing
