#!/bin/sh
# mcsv --excel, the form minutes2csv and make demo write: text that a
# spreadsheet would take for a number or a date stays text, dates, times
# and numeric values are typed, formula cells are inert; and LibreOffice
# (headless, when installed) reads it so: UTF-8, the byte order mark not
# in the first header, every text cell as written.
. "$(dirname "$0")/lib.sh"
plan 15

cat >in.jsonl <<'EOF2'
{"type":"meeting","doc":"m.txt","line":1,"body":"Oxley Parish Council","venue":null,"date":"2023-06-12","weekday":"Monday","start":"19:30","end":null,"title":"Minutes"}
{"type":"item","doc":"m.txt","line":3,"item":"5.10","item_seq":1,"number":"5.10","seq":1,"title":"Budget 2023/24","report":null}
{"type":"entity","doc":"m.txt","line":4,"item":"5.10","item_seq":1,"kind":"period","text":"June 2023","value":"2023-06","start":0,"end":9}
{"type":"entity","doc":"m.txt","line":4,"item":"5.10","item_seq":1,"kind":"percent","text":"12%","value":"12","start":10,"end":13}
{"type":"entity","doc":"m.txt","line":5,"item":"5.10","item_seq":1,"kind":"time","text":"7.30","value":"19:30","start":0,"end":4}
{"type":"entity","doc":"m.txt","line":6,"item":"5.10","item_seq":1,"kind":"money","text":"£148.6m","value":"148600000.00","currency":"GBP","start":0,"end":7}
{"type":"entity","doc":"m.txt","line":7,"item":"5.10","item_seq":1,"kind":"org","text":"=HYPERLINK(\"http://example.invalid\",\"x\")","value":"x","start":0,"end":9}
EOF2
mcsv --excel -t entity -f doc,item,kind,text,value in.jsonl >e.csv
is "text cells that look typed are =\"text\"; typed values bare" "$(tail -c +4 e.csv | tr -d '\r')" \
'doc,item,kind,text,value
m.txt,"=""5.10""",period,"=""June 2023""","=""2023-06"""
m.txt,"=""5.10""",percent,"=""12%""",12
m.txt,"=""5.10""",time,"=""7.30""",19:30
m.txt,"=""5.10""",money,"=""£148.6m""",148600000.00
m.txt,"=""5.10""",org,"=""=HYPERLINK(""""http://example.invalid"""",""""x"""")""",x'
is "a period's value is text, a date's is typed" \
    "$(printf '%s\n' '{"type":"entity","doc":"d","line":1,"kind":"period","value":"2016/17"}' \
    '{"type":"entity","doc":"d","line":1,"kind":"date","value":"2016-07-01"}' |
    mcsv --excel --no-header -f value | tail -c +4 | tr -d '\r' | tr '\n' ' ')" '"=""2016/17""" 2016-07-01 '
is "meeting date and times are typed" "$(mcsv --excel --no-header -t meeting -f date,start in.jsonl | tr -d '\r')" \
    "$(printf '\357\273\2772023-06-12,19:30')"
is "text that is no number stays bare" \
    "$(printf '%s\n' '{"type":"x","doc":"d","line":1,"text":"Mayor of Oxley"}' \
    '{"type":"x","doc":"d","line":1,"text":"May 2024"}' \
    '{"type":"x","doc":"d","line":1,"text":"Marches on 5 May"}' '{"type":"x","doc":"d","line":1,"text":"true"}' |
    mcsv --excel --no-header -f text | tr -d '\r' | tail -c +4 | tr '\n' ' ')" \
    'Mayor of Oxley "=""May 2024""" Marches on 5 May "=""true""" '
long=$(printf '%0300d' 7)
is "a text too long for a formula string stays bare" \
    "$(printf '{"type":"x","doc":"d","line":1,"text":"%s"}\n' "$long" | mcsv --excel --no-header -f text | tail -c +4 | tr -d '\r')" "$long"
is "without --excel every cell is as the record holds it" \
    "$(mcsv -t entity -f text in.jsonl | sed -n 2,3p)" 'June 2023
12%'

# LibreOffice, headless: the import dialog picks UTF-8 from the byte order
# mark; without a dialog the character set is named (76), as the README
# says.  Each cell read back, as LibreOffice shows it.
if command -v soffice >/dev/null 2>&1 && command -v unzip >/dev/null 2>&1; then
	mcsv --excel -t entity -f doc,item,kind,text,value in.jsonl >e.csv
	mcsv --excel -t meeting -f doc,date,start,body in.jsonl >m.csv
	soffice --headless --infilter='Text - txt - csv (StarCalc):44,34,76,1' \
	    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' \
	    --outdir lo e.csv m.csv >lo.log 2>&1
	ok "LibreOffice converts the files" test -s lo/e.csv -a -s lo/m.csv
	is "  the first header is doc, no byte order mark" "$(head -n 1 lo/e.csv | cut -d, -f1)" doc
	is "  text stays as written: 5.10, June 2023, 12%, 7.30, £148.6m" \
	    "$(sed 1d lo/e.csv | cut -d, -f2,4 | tr -d '\r' | tr '\n' ' ')" \
	    '5.10,June 2023 5.10,12% 5.10,7.30 5.10,£148.6m 5.10,"=HYPERLINK(""http://example.invalid"" '
	is "  a formula cell is shown, not run" "$(grep -c 'HYPERLINK' lo/e.csv)" 1
	is "  a money value is a number" "$(sed -n 5p lo/e.csv | cut -d, -f5 | tr -d '\r')" 148600000
	soffice --headless --infilter='Text - txt - csv (StarCalc):44,34,76,1' \
	    --convert-to xlsx --outdir lo m.csv >lo.log 2>&1
	is "  a date and a time are typed: numbers in the sheet" \
	    "$(unzip -p lo/m.xlsx xl/worksheets/sheet1.xml 2>/dev/null |
	    grep -o '<c r="[BC]2"[^>]*t="n"' | wc -l | tr -d ' ')" 2
else
	for i in 1 2 3 4 5 6; do
		skip "LibreOffice (soffice) or unzip not installed: apt-get install libreoffice-calc-nogui unzip"
	done
fi
# make demo writes the same form (in a copy of the tree: it writes demo/).
mkdir -p d/scripts && cp "$top/scripts/demo" d/scripts/
ln -s "$top/bin" d/bin && ln -s "$top/examples" d/examples
sh d/scripts/demo >/dev/null 2>&1
is "make demo: the CSV files are for a spreadsheet (BOM, CRLF)" \
    "$(head -c 3 d/demo/entities.csv | od -An -tx1 | tr -d ' \n'),$(head -n 1 d/demo/entities.csv | od -An -c | grep -c '\\r')" \
    "efbbbf,1"
if command -v python3 >/dev/null 2>&1; then
	mcsv -t entity in.jsonl >p.csv
	is "Python's csv reads the plain form" \
	    "$(python3 -c 'import csv, sys; r = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))); print(r[3]["text"], r[3]["item_seq"], list(r[0])[:2])' p.csv)" \
	    "£148.6m 1 ['doc', 'line']"
	is "and the spreadsheet form with utf-8-sig" \
	    "$(python3 -c 'import csv, sys; r = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8-sig"))); print(list(r[0])[0])' e.csv)" doc
else
	skip "python3 not installed"
	skip "python3 not installed"
fi
done_testing
