#!/bin/sh
# minutes2csv over a folder: .txt, .md, .gz and .pdf, a bad file in the
# middle, the same output whatever -j, failures named, usage.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/csv-tree.sh"
csvs='meetings attendance items resolutions entities declarations actions'
plan 36

# The checks below read the cells as the records hold them: the plain
# form (-p).  The default, for a spreadsheet, is tested in 5004.
minutes2csv() { command minutes2csv -p "$@"; }

mktree tree
minutes2csv -o out -j 3 tree >stdout 2>err
rc=$?
is "bad file: exit 1" "$rc" 1
is "nothing on stdout" "$(cat stdout)" ""
for c in $csvs; do
	ok "$c.csv written" test -s "out/$c.csv"
done
is "no temp file left" "$(ls -A out | grep -v '\.csv$')" ""
like "the bad file is named with its reason" "$(cat err)" \
    '^minutes2csv: tree/2024/brackenford-2024-01\.txt\.gz: failed: mtokenize exited with status 1'
# Without pdftotext (optional) the PDF fails too: the count follows.
nbad=1
havepdf || nbad=2
like "and counted" "$(tail -n 1 err)" "^minutes2csv: $nbad of 5 documents failed\$"

# The good documents, in file name order, each with its meeting date.
is "meetings: the good documents, in order, no bad, hidden or .doc file" \
    "$(cut -d, -f1,3 out/meetings.csv | grep -v '\.pdf,')" \
    'doc,date
tree/2023/brackenford-2023-11.txt.gz,2023-11-13
tree/2024/brackenford-2024-02.txt,2024-02-12
tree/2024/brackenford-2024-03.md,2024-03-11'
if havepdf; then
	is "the PDF is read by pdftotext" \
	    "$(grep '\.pdf,' out/meetings.csv | cut -d, -f1,3)" \
	    'tree/2023/brackenford-2023-12.pdf,2023-12-11'
	skip "pdftotext is installed: a PDF without it is not tried"
else
	skip "pdftotext not installed: the PDF is not read"
	like "without pdftotext a PDF fails with the fix" "$(cat err)" \
	    'brackenford-2023-12\.pdf: failed: .*apt-get install poppler-utils'
fi
is "resolutions carry doc and meeting date" \
    "$(grep -c '^tree/2024/brackenford-2024-02\.txt,[0-9]*,2024-02-12,' out/resolutions.csv)" 3
is "every row of every CSV has a doc" \
    "$(cat out/*.csv | grep -v '^doc,' | grep -c -v '^tree/20')" 0
like "a gzip document is read" "$(cat out/resolutions.csv)" '^tree/2023/brackenford-2023-11\.txt\.gz,.*£1,140'
like "markdown is read" "$(cat out/resolutions.csv)" '^tree/2024/brackenford-2024-03\.md,.*£2,350'
like "money entities" "$(cut -d, -f1,6- out/entities.csv)" 'brackenford-2024-02\.txt,money,"?£96,500'

# The same output and the same messages whatever the number of jobs.
minutes2csv -o out1 -j 1 tree 2>err1
minutes2csv -o out4 -j 4 tree 2>err4
same=yes
for c in $csvs; do
	cmp -s "out/$c.csv" "out1/$c.csv" && cmp -s "out1/$c.csv" "out4/$c.csv" || same=no
done
is "-j 1, 3 and 4 write the same files" "$same" yes
is "and the same messages" "$(cat err1)" "$(cat err4)"

# Documents in batches (one pipeline for several): the same CSV files as
# one by one, with a failing document in a batch and without.
MINUTIAE_BATCH=3 minutes2csv -o outb3 tree 2>/dev/null
MINUTIAE_BATCH=1 minutes2csv -o outb1 tree 2>/dev/null
cp -r tree good && rm good/2024/brackenford-2024-01.txt.gz
MINUTIAE_BATCH=9 minutes2csv -o outg9 good 2>/dev/null
MINUTIAE_BATCH=1 minutes2csv -o outg1 good 2>/dev/null
same=yes
for c in $csvs; do
	cmp -s "outb3/$c.csv" "outb1/$c.csv" && cmp -s "outb3/$c.csv" "out/$c.csv" &&
	    cmp -s "outg9/$c.csv" "outg1/$c.csv" || same=no
done
is "batches of 1, 3 and 9 write the same files" "$same" yes
like "the good tree: its records are all there" "$(cut -d, -f1 outg9/meetings.csv | sort -u | wc -l)" '^ *[45]$'

# A folder and a file, a path that is not there, an explicit odd file.
cp "$top/tests/data/csv-minutes-a.txt" one.minutes
minutes2csv -o out2 tree/2024/brackenford-2024-03.md one.minutes nosuch 2>err
rc=$?
is "missing path: exit 1" "$rc" 1
like "missing path named" "$(cat err)" '^minutes2csv: nosuch: no such file or folder'
is "the others are done, a named file whatever its name" \
    "$(cut -d, -f1 out2/meetings.csv | sed 1d | tr '\n' ' ')" 'one.minutes tree/2024/brackenford-2024-03.md '
is "all good: exit 0" "$(status minutes2csv -o out3 tree/2024/brackenford-2024-02.txt)" 0
ok "-o is made when missing" test -s out3/items.csv

# -x: for a spreadsheet.
minutes2csv -x -o outx tree/2024/brackenford-2024-02.txt 2>/dev/null
is "-x: BOM and CRLF" "$(head -n 1 outx/items.csv | od -An -c | tr -d ' \n' | cut -c1-12)" '357273277doc'

# Usage.
is "no PATH: exit 2" "$(status minutes2csv)" 2
is "-j 0: exit 2" "$(status minutes2csv -j 0 tree)" 2
is "-j x: exit 2" "$(status minutes2csv -j x tree)" 2
like "--help" "$(minutes2csv --help)" '^usage: minutes2csv \[-p \| -x\] \[-v\] \[-o OUTDIR\] \[-j JOBS\] PATH'
mkdir empty
minutes2csv -o oute empty 2>err
is "empty folder: exit 1" "$(status minutes2csv -o oute empty)" 1
like "empty folder: says so" "$(cat err)" '^minutes2csv: no minutes .* found in empty'
