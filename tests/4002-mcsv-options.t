#!/bin/sh
# mcsv: every option.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
s=$data/csv-stream.jsonl
plan 35

# -f: the columns asked for, for every record when there is no -t.
is "-f without -t: every record" "$(mcsv -f type,line "$s" | wc -l | tr -d ' ')" 19
is "-f without -t: header" "$(mcsv -f type,line,meeting.body "$s" | head -n 1)" \
    'type,line,meeting_body'
is "-f repeated and with empty parts" "$(mcsv -f type, -f ,line -t tally "$s" | head -n 2)" \
    'type,line
tally,25'
is "-f with -t" "$(mcsv -t declaration -f member,items "$s")" \
    'member,items
Cllr Ann O'"'"'Dell,"[""13"",""14""]"'

# -t with several types: a type column, then the union of their defaults.
is "-t a,b: union of the default columns" "$(mcsv -t resolution,item "$s" | head -n 1)" \
    'type,doc,line,meeting_date,item,item_seq,item_title,label,text,unanimous,outcome,kind,number,title,report,exempt,private'
is "-t a,b: rows of both, in stream order" \
    "$(mcsv --no-header -t item,resolution -f type,line "$s" | tr '\n' ' ')" \
    'item,9 resolution,14 item,18 resolution,20 resolution,3 item,5 resolution,7 '
is "-t a -t b is -t a,b" "$(mcsv -t item -t resolution "$s")" "$(mcsv -t item,resolution "$s")"
mcsv -t resolution,tally "$s" >out 2>err
is "-t with an unknown type among several and no -f: exit 2" "$(status mcsv -t resolution,tally "$s")" 2
like "  and says to give -f" "$(cat err)" '^mcsv: -t tally: .*give -f'
is "  and writes nothing" "$(cat out)" ""
is "-t a,b with -f is fine" "$(mcsv -t resolution,tally -f type,line "$s" | wc -l | tr -d ' ')" 7

# Neither -t nor -f: the type of the first record, and a note on the rest.
mcsv "$s" >out 2>err
is "no -t: the first record's type" "$(cat out)" "$(mcsv -t meeting "$s")"
like "  a note says what was left out" "$(cat err)" \
    '^mcsv: wrote the meeting records only .*17 of other types left out: use -t or -f$'
is "  exit 0" "$(status mcsv "$s")" 0
mcsv -t item "$s" 2>err >/dev/null
is "  no note when the stream has one type" \
    "$(jq -c 'select(.type=="item")' "$s" | mcsv 2>&1 >/dev/null)" ""
is "empty input, known type: header only" "$(mcsv -t item </dev/null)" \
    'doc,line,meeting_date,item,item_seq,number,title,report,exempt,private'
is "empty input, no -t: nothing" "$(mcsv </dev/null | wc -c | tr -d ' ')" 0

# Long forms.
is "--type= --fields=" "$(mcsv --type=point --fields=label,text "$s")" "$(mcsv -t point -f label,text "$s")"
is "-h is --help" "$(mcsv -h)" "$(mcsv --help)"

# --no-header
is "--no-header" "$(mcsv --no-header -t point "$s" | wc -l | tr -d ' ')" 1

# -d: another delimiter, and quoting follows it.
is "-d ';'" "$(mcsv -d ';' -t meeting -f body,venue,start "$s" | tail -n 1)" \
    'Brackenford Town Council;Guildhall, Brackenford;19:00'
is "-d ';' quotes a cell holding ';'" \
    "$(mcsv --no-header -d ';' -t resolution -f label,text "$s" | head -n 1)" 'a;"That the precept of £96,500 be set;'
is "-d tab" "$(mcsv -d tab -t meeting -f body,venue "$s" | tail -n 1)" \
    "$(printf 'Brackenford Town Council\tGuildhall, Brackenford')"
is "-d '\\t'" "$(mcsv -d '\t' -t meeting -f body "$s")" "$(mcsv -d tab -t meeting -f body "$s")"
is "--delimiter=|" "$(mcsv --delimiter='|' -t meeting -f date,start "$s" | tail -n 1)" '2024-02-12|19:00'
for d in '"' ab '' "$(printf '\n')" '£'; do
	is "-d '$d' refused with exit 2" "$(status mcsv -d "$d" -t item "$s")" 2
done

# --excel: BOM, CRLF, and text cells that a spreadsheet would run are inert.
mcsv --excel -f type,line,text,value "$s" >excel.csv
ok "--excel output as expected" cmp -s excel.csv "$data/csv-excel.csv"
is "--excel: BOM first" "$(head -c 3 excel.csv | od -An -tx1 | tr -d ' ')" efbbbf
is "--excel: 19 lines end CRLF, the newline inside a cell stays" \
    "$(tr -cd '\r' <excel.csv | wc -c | tr -d ' ') $(grep -c "$(printf '\r')\$" excel.csv)" '19 19'
# A string that is a plain decimal ("-12.5", and money values, which are
# strings: "-1200.00") is a number to a spreadsheet, not a formula.
is "--excel: = + - @ tab in text are written =\"text\", numbers are not" \
    "$(mcsv --excel --no-header -f text,reason,value "$s" | grep '"=""[-=+@]' | tr -d '\r' | tr '\n' ' ')" \
    '"=""=HYPERLINK(""""http://example.invalid"""",""""click"""")""",, "=""-12.5""",,-12.5 ,"=""+ a neighbour of the applicant""", "=""@Clerk to write to the County Council""",, "=""-	minus first""",, '
printf '%s\n' '{"type":"entity","doc":"-","line":1,"kind":"money","text":"-£1,200","value":"-1200.00"}' \
    '{"type":"entity","doc":"-","line":2,"kind":"money","text":"x","value":"-1.2.3"}' \
    '{"type":"entity","doc":"-","line":3,"kind":"money","text":"x","value":"-.5"}' >neg.jsonl
is "--excel: a negative money value and the doc - stay; a value -1.2.3 or -.5 gets a quote" \
    "$(mcsv --excel --no-header -f doc,text,value neg.jsonl | tail -c +4 | tr -d '\r' | tr '\n' ' ')" \
    "-,\"=\"\"-£1,200\"\"\",-1200.00 -,x,'-1.2.3 -,x,'-.5 "
