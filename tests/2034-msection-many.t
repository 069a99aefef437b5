#!/bin/sh
# msection on a document of many items and many members: the per-item
# and per-member tables grow as far as they must (a table that grew by
# one doubling a call was overrun past 127 items or members).
. "$(dirname "$0")/lib.sh"
plan 5
awk 'function name(i) {	# Bax, Bex ... a surname of letters only
	return substr("BCDFGHKLMNPRSTW", i % 15 + 1, 1) \
	    substr("aeiou", int(i / 15) % 5 + 1, 1) \
	    substr("bdgklmnprt", int(i / 75) % 10 + 1, 1) "ley"
}
BEGIN {
	print "Minutes of the meeting of Oldmere Town Council held on 4 March 2024"
	print ""
	printf "Present: "
	for (i = 1; i <= 200; i++)
		printf "Cllr A %s%s", name(i), i < 200 ? ", " : ".\n\n"
	for (i = 1; i <= 300; i++) {
		printf "%d. Matter number %d\n\n", i, i
		printf "Cllr A %s arrived at 7.%02d pm.\n\n", name(i % 200 + 1), i % 60
		printf "RESOLVED that matter %d be noted.\n\n", i
	}
}' > many.txt
mtokenize many.txt > blocks.jsonl
msection blocks.jsonl > out 2> err
is "exit 0, no message" "$?:$(cat err)" "0:"
is "every item" "$(jq -r 'select(.type == "item") | .number' out | wc -l | tr -d ' ')" 300
is "every member" "$(jq -r 'select(.type == "attendee") | .name' out | wc -l | tr -d ' ')" 200
is "every resolution" "$(jq -r 'select(.type == "resolution") | .item' out | wc -l | tr -d ' ')" 300
# The overrun wrote past a table without a crash: valgrind sees it.
if command -v valgrind >/dev/null 2>&1 &&
    ! ldd "$top/bin/msection" 2>/dev/null | grep -q libasan; then
	valgrind -q --error-exitcode=99 msection blocks.jsonl >/dev/null 2>vg
	is "no invalid write (valgrind)" "$?:$(grep -c '==' vg)" "0:0"
else
	skip "valgrind is not installed, or an ASan build"
fi
done_testing
