#!/bin/sh
# minutes2csv and mbatch as cron and a shell user meet them: an empty or
# emptied source folder, silence when nothing happened (-v to say so),
# options after the operands, --help naming every option, errors named
# by the tool, progress on a terminal only.
. "$(dirname "$0")/lib.sh"
plan 37

mkdir -p src/2024
cp "$top/tests/data/csv-minutes-a.txt" src/2024/brackenford-2024-02.txt
cp "$top/tests/data/csv-minutes-b.md" src/2024/brackenford-2024-03.md

# mbatch over an empty folder: no document named "", exit 0, and the next
# run says nothing.
mkdir empty
mbatch empty out0 >stdout 2>err
is "mbatch, empty folder: exit 0" "$?" 0
is "  no failed document" "$(grep -c FAILED err)" 0
is "  the CSV files are there, header only" "$(wc -l <out0/items.csv | tr -d ' ')" 1
mbatch empty out0 >stdout 2>err
is "  the next run: exit 0, nothing said" "$?:$(cat stdout err)" "0:"
mbatch -v empty out0 2>err
like "  -v: says there was nothing to do" "$(cat err)" '^mbatch: nothing new in .*/empty \(0 documents unchanged\)$'

# A folder emptied after a run: each document removed, then silence.
cp -r src gone
mbatch gone outg 2>/dev/null
rm gone/2024/*
mbatch gone outg 2>err
is "mbatch, emptied folder: exit 0" "$?" 0
like "  the documents are named as removed" "$(cat err)" '^mbatch: 2024/brackenford-2024-02\.txt: removed$'
is "  and the CSV files hold no row" "$(sed 1d outg/resolutions.csv)" ""
mbatch gone outg 2>err
is "  the next run says nothing" "$(cat err)" ""

# Silence when nothing is new; one line per document when something is.
mbatch src out 2>err
like "mbatch, first run: a line per document" "$(cat err)" 'brackenford-2024-03\.md: new, [0-9]+ records'
mbatch src out >stdout 2>err
is "mbatch, nothing new: silent" "$(cat stdout err)" ""

# Options after the operands, as the C tools take them.
mbatch src out -v 2>err
like "mbatch SRC OUT -v: -v read as an option" "$(cat err)" '^mbatch: nothing new'
ok "  and no folder named -v made" test ! -e ./-v
mbatch src out -j 2 -v 2>err
like "mbatch SRC OUT -j 2 -v" "$(cat err)" '^mbatch: nothing new'
minutes2csv src -o csv2 -p -j 2 2>err
is "minutes2csv PATH -o DIR: exit 0" "$?" 0
ok "  writes into DIR" test -s csv2/items.csv
is "  and nothing here, where the user did not say" "$(ls | grep -c '\.csv$')" 0
minutes2csv -p -- src >/dev/null 2>&1
ok "-- ends the options" test -s items.csv
rm -f ./*.csv

# Short options grouped in one word, as getopt(3) takes them; a letter
# that takes a value takes the rest of the word or the next word.
mbatch -xv src out 2>err
like "mbatch -xv: both read" "$?:$(cat err)" '^0:mbatch: nothing new'
mbatch src out -vj2 2>err
like "mbatch SRC OUT -vj2" "$?:$(cat err)" '^0:mbatch: nothing new'
mbatch -vj 2 src out 2>err
like "mbatch -vj 2 SRC OUT" "$?:$(cat err)" '^0:mbatch: nothing new'
mbatch src out -vq >/dev/null 2>err
is "mbatch -vq: the unknown letter named, exit 2" "$?:$(head -n 1 err)" '2:mbatch: unknown option -q'
is "mbatch SRC OUT -vj: -j wants a value, exit 2" "$(mbatch src out -vj 2>&1 >/dev/null | head -n 1)" \
    'mbatch: -j wants a value'
minutes2csv -pvo csv4 src 2>err
is "minutes2csv -pvo DIR: plain, verbose, into DIR" "$?:$(cat err):$(head -c 3 csv4/items.csv)" \
    '0:minutes2csv: 2 documents converted into csv4:doc'
minutes2csv src -xocsv5 2>err
is "minutes2csv PATH -xoDIR: excel, into DIR" "$?:$(head -c 3 csv5/items.csv | od -An -tx1 | tr -d ' ')" '0:efbbbf'
minutes2csv src -po >/dev/null 2>err
is "minutes2csv PATH -po: -o wants a value, exit 2" "$?:$(head -n 1 err)" '2:minutes2csv: -o wants a value'

# Unknown options: a usage error named by the tool, exit 2, nothing written.
for t in minutes2csv mbatch; do
	$t src out9 -q >/dev/null 2>err
	like "$t: unknown option after the operands: exit 2, named" "$?:$(head -n 1 err)" \
	    "^2:$t: unknown option -q\$"
done
ok "  nothing written" test ! -e out9
is "minutes2csv -o without a value: exit 2" "$(status minutes2csv src -o)" 2

# --help explains every option of the usage line.
for t in minutes2csv mbatch; do
	h=$($t --help)
	opts=$(echo "$h" | head -n 1 | grep -o -- '-[a-z]' | sort -u | tr '\n' ' ')
	miss=
	for o in $opts -h; do
		echo "$h" | grep -q -- "^  $o," || miss="$miss $o"
	done
	is "$t --help: a line for each option ($opts-h)" "$miss" ""
	is "$t -h is --help" "$($t -h)" "$h"
done

# Progress on a terminal (script(1) makes one), silence when not.
minutes2csv -p -o csv3 src 2>err
is "minutes2csv: no progress when stderr is not a terminal" "$(cat err)" ""
if command -v script >/dev/null 2>&1; then
	script -qec "minutes2csv -o csv3 src" /dev/null >tty.out 2>&1
	like "minutes2csv: progress on a terminal" "$(tr '\r' '\n' <tty.out)" \
	    '^minutes2csv: 2/2 documents'
	echo changed >>src/2024/brackenford-2024-03.md
	script -qec "mbatch src out" /dev/null >tty.out 2>&1
	like "mbatch: progress on a terminal" "$(tr '\r' '\n' <tty.out)" \
	    '^mbatch: 1/1 documents'
else
	skip "script (bsdutils) not installed: no terminal to show progress on"
	skip "script (bsdutils) not installed: no terminal to show progress on"
fi
done_testing
