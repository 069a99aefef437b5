#!/bin/sh
# mcsv: default columns, context columns, quoting and the value types.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
s=$data/csv-stream.jsonl
plan 27

# The whole resolution table: commas, quotes, a newline, £ and an emoji in
# cells, item.title and meeting.date pulled in, booleans and null.
mcsv -t resolution "$s" >res.csv 2>err
ok "resolutions as expected" cmp -s res.csv "$data/csv-resolution.csv"
is "resolutions: no message" "$(cat err)" ""
is "resolutions: exit 0" "$(status mcsv -t resolution "$s")" 0

# Header of every known type (doc and line always first).
while read -r t cols; do
	is "default columns of $t" "$(mcsv -t "$t" "$s" | head -n 1)" "$cols"
done <<'EOF'
meeting doc,line,date,weekday,start,end,body,venue,title
attendee doc,line,meeting_date,name,honorific,postnominals,status,chair,role,organisation,reason,arrived,left,raw
item doc,line,meeting_date,item,item_seq,number,title,report,exempt,private
point doc,line,meeting_date,item,item_seq,item_title,label,text
resolution doc,line,meeting_date,item,item_seq,item_title,label,text,unanimous,outcome,kind
prose doc,line,meeting_date,item,item_seq,kind,label,text
entity doc,line,meeting_date,item,item_seq,kind,text,value,currency
declaration doc,line,meeting_date,item,item_seq,member,kind,items,reason,left
action doc,line,meeting_date,item,item_seq,item_title,owner,text,due
block doc,line,kind,label,key,depth,text
EOF

# Quoting, cell by cell (RFC 4180: quote only where needed, "" inside).
is "a comma is quoted" "$(mcsv -t meeting "$s" | sed -n 2p)" \
    'minutes/brackenford-2024-02.txt,1,2024-02-12,Monday,19:00,20:45,Brackenford Town Council,"Guildhall, Brackenford",Minutes of the Meeting of Brackenford Town Council'
is "quotes are doubled" "$(mcsv -t item -f item.title "$s" | sed -n 2p)" \
    '"Budget, ""Precept"" and Reserves"'
is "£ and emoji pass as UTF-8, newline kept inside quotes" \
    "$(mcsv --no-header -t resolution -f text "$s" | head -n 2)" \
    '"That the precept of £96,500 be set;
and the Clerk write to the ""Friends"" group 🌳."'
printf '{"type":"x","doc":"d","line":1,"text":"carriage\\rreturn"}\n' >cr.jsonl
is "a carriage return is quoted" "$(mcsv --no-header -f text cr.jsonl | od -An -c | tr -d ' \n')" \
    '"carriage\rreturn"\n'

# Value types: arrays and objects as JSON text, booleans, null and missing.
is "array cell is its JSON text" "$(mcsv -t attendee -f postnominals "$s" | sed -n 2p)" '"[""MBE""]"'
is "empty array" "$(mcsv -t attendee -f postnominals "$s" | sed -n 3p)" '[]'
is "booleans and null" "$(mcsv --no-header -t resolution -f unanimous "$s" | tr '\n' ' ')" \
    'true  false  '
is "number as written" "$(mcsv --no-header -t entity -f value "$s" | tr '\n' ' ')" '96500 -12.5 '
is "missing field is an empty cell" "$(mcsv --no-header -t entity -f kind,currency "$s" | tr '\n' ' ')" \
    'money,GBP number, '

# Context: from the same document only; a document without a meeting
# record gets no date from the one before.
is "context does not leak into the next document" \
    "$(mcsv --no-header -t resolution -f doc,meeting.date,item.title "$s" | tail -n 2)" \
    'minutes/brackenford-2024-03.txt,,
minutes/brackenford-2024-03.txt,,Allotments'
is "item.title of the item record is its own" \
    "$(mcsv --no-header -t item -f title,item.title "$s" | tail -n 1)" 'Allotments,Allotments'

# Unknown type: the keys of its first record, in their order.
mcsv -t tally "$s" >tally.csv
ok "unknown type: columns from its first record" cmp -s tally.csv "$data/csv-tally.csv"

# gzip input, and the same stream twice (file and stdin).
gzip -c "$s" >s.jsonl.gz
is "gzip input reads the same" "$(mcsv -t resolution s.jsonl.gz)" "$(cat "$data/csv-resolution.csv")"
is "stdin and - read" "$(mcsv -t point - <"$s" | wc -l | tr -d ' ')" 2
