#!/bin/sh
# Every filter under valgrind on the examples: no invalid reads or writes,
# no use of uninitialised memory, nothing left allocated.
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null 2>&1; then
	echo "1..0 # SKIP valgrind is not installed"
	exit 0
fi
# make sanitize builds with ASan, which valgrind cannot run.
if ldd "$top/bin/mtokenize" 2>/dev/null | grep -q libasan; then
	echo "1..0 # SKIP the filters are built with AddressSanitizer"
	exit 0
fi
plan 4
vg() { valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "$@"; }
ex=$top/examples
set -- "$ex"/*.txt "$ex"/*.md
vg mtokenize "$@" > blocks.jsonl 2> vg1
is "mtokenize under valgrind" "$?:$(grep -c '==' vg1)" "0:0"
vg msection blocks.jsonl > sections.jsonl 2> vg2
is "msection under valgrind" "$?:$(grep -c '==' vg2)" "0:0"
vg mentities sections.jsonl > records.jsonl 2> vg3
is "mentities under valgrind" "$?:$(grep -c '==' vg3)" "0:0"
vg mcsv -t resolution -f doc,line,meeting.date,item.title,text records.jsonl > r.csv 2> vg4
is "mcsv under valgrind" "$?:$(grep -c '==' vg4)" "0:0"
done_testing
