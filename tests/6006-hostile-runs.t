#!/bin/sh
# Hostile runs of the scripts, none needing root: kill -9 in the middle
# of a run (the rerun gives the outputs of a fresh run, byte for byte), a
# folder removed mid-run, a full output disk and a full TMPDIR (a limit
# of file size, ulimit -f, stands for the full disk: a write past it
# fails as on a full disk; 6003 fills a real small file system where it
# may mount one), and names a batch must match back to their records.
# Each run that misbehaves is made so by a stand-in for one tool, which
# acts at its Nth call: no sleeps, the same at every run.
. "$(dirname "$0")/lib.sh"
plan 39

minutes() {
	printf 'TEST PARISH COUNCIL\n\nMinutes of the meeting held on %s March 2021.\n\n1. Apologies\n\nNone were received.\n\n2. Budget\n\nRESOLVED that the budget of £%s be approved.\n' "$1" "$2"
}
mkdir src src/sub
minutes 1 100 >src/-dash.txt
minutes 2 200 >src/a.txt
minutes 3 300 >src/sub/b.md
minutes 4 400 >src/sub/c.txt

# standin DIR TOOL N ACTION: DIR holds the scripts and the tools, TOOL
# replaced by a script that runs the shell command ACTION at its Nth call
# (counted in DIR/count), then the tool.
standin() {
	rm -rf "$1"
	mkdir "$1"
	cp "$top/bin/mbatch" "$top/bin/minutes2csv" "$1/"
	for _t in mtokenize msection mentities mcsv; do
		[ "$_t" = "$2" ] || ln -s "$top/bin/$_t" "$1/$_t"
	done
	printf '#!/bin/sh\nc=$(($(cat "%s/count" 2>/dev/null || echo 0) + 1))\necho $c >"%s/count"\n[ $c -ne %s ] || { %s; }\nexec "%s" "$@"\n' \
	    "$tmp/$1" "$tmp/$1" "$3" "$4" "$top/bin/$2" >"$1/$2"
	chmod +x "$1/$2"
}
# same A B: whether folders A and B hold the same files, byte for byte,
# but for messages.log (the log of the last run, not of the documents)
# and .lock (the file of flock(1), there or not by the kind of lock).
same() { diff -r -x messages.log -x .lock "$1" "$2" >/dev/null; }

# kill -9: the stand-in kills its process group, which setsid made the
# run's own: the script, xargs, the workers and the tools die at once.
# A guard: never the group of this test (and of prove).
pgid() { cut -d ' ' -f 5 "/proc/$1/stat" 2>/dev/null; }
me=$(pgid $$)
kill9="[ -n \"$me\" ] && [ \"\$(cut -d ' ' -f 5 /proc/\$\$/stat)\" != \"$me\" ] && kill -9 0"
if ! setsid -w true 2>/dev/null || [ -z "$me" ]; then
	for i in $(seq 10); do skip "setsid (util-linux) and /proc, for kill -9 of a run"; done
else
	mbatch -j1 src fresh 2>/dev/null
	# In the workers of a first run: no state yet, records half done.
	standin k mtokenize 3 "$kill9"
	MINUTIAE_BATCH=1 setsid -w k/mbatch -j1 src out >/dev/null 2>&1
	is "mbatch killed in its workers: killed" "$?" 137
	mbatch -j1 src out 2>/dev/null
	ok "mbatch killed in its workers, run again: the outputs of a fresh run" same out fresh
	# In the workers of a run with a changed and a new document.
	minutes 2 222 >src/a.txt
	minutes 5 500 >src/sub/d.txt
	mbatch -j1 src fresh2 2>/dev/null
	standin k mtokenize 2 "$kill9"
	MINUTIAE_BATCH=1 setsid -w k/mbatch -j1 src out >/dev/null 2>&1
	is "mbatch killed in a later run: the old CSV files kept" "$(cmp out/meetings.csv fresh/meetings.csv && echo kept)" kept
	mbatch -j1 src out 2>/dev/null
	ok "mbatch killed in a later run, run again: as fresh" same out fresh2
	# While the CSV files are rebuilt: the state is written, the CSV
	# files behind it.
	minutes 3 333 >src/sub/b.md
	mbatch -j1 src fresh3 2>/dev/null
	standin k mcsv 3 "$kill9"
	setsid -w k/mbatch -j1 src out >/dev/null 2>&1
	mbatch -j1 src out 2>err
	is "mbatch killed in the CSV files, run again: said" "$?:$(cat err)" \
	    '0:mbatch: the last run did not finish: rebuilding the CSV files
mbatch: 0 converted, 0 failed, 0 removed, 5 unchanged'
	ok "  and the outputs of a fresh run" same out fresh3

	# minutes2csv: in the workers and in the CSV files; the rerun takes
	# away what the killed run left in TMPDIR and OUTDIR.
	mkdir t
	minutes2csv -p -o mfresh src 2>/dev/null
	standin k mtokenize 2 "$kill9"
	MINUTIAE_BATCH=1 TMPDIR=$tmp/t setsid -w k/minutes2csv -j1 -p -o mout src >/dev/null 2>&1
	is "minutes2csv killed in its workers: its work folder left" "$(ls t | wc -l)" 1
	TMPDIR=$tmp/t minutes2csv -p -o mout src 2>/dev/null
	ok "  run again: the outputs of a fresh run" diff -r mout mfresh
	is "  and the work folder taken away" "$(ls t | wc -l)" 0
	standin k mcsv 2 "$kill9"
	TMPDIR=$tmp/t setsid -w k/minutes2csv -j1 -p -o mout2 src >/dev/null 2>&1
	TMPDIR=$tmp/t minutes2csv -p -o mout2 src 2>/dev/null
	ok "minutes2csv killed in the CSV files, run again: as fresh, no temporary file left" \
	    diff -r mout2 mfresh
fi
# The documents as the runs above left them, whether they ran or not.
minutes 2 222 >src/a.txt
minutes 3 333 >src/sub/b.md
minutes 5 500 >src/sub/d.txt

# Two runs at once, with either lock: the first run's mtokenize starts a
# second run while the first holds the lock, and waits for it.
for lock in flock mkdir; do
	if [ $lock = flock ] && ! command -v flock >/dev/null 2>&1; then
		skip "flock (util-linux) not installed"; skip "flock (util-linux) not installed"
		continue
	fi
	rm -rf lk
	standin l mtokenize 1 "MBATCH_LOCK=$lock '$top/bin/mbatch' '$tmp/src' '$tmp/lk' >/dev/null 2>'$tmp/lk.err'; echo \$? >'$tmp/lk.rc'"
	MBATCH_LOCK=$lock l/mbatch -j1 src lk >/dev/null 2>err
	is "two runs at once ($lock): the second refused, exit 1" "$(cat lk.rc):$(cat lk.err)" \
	    "1:mbatch: $tmp/lk: another mbatch run holds the lock; not started"
	mbatch -j1 src fresh6 2>/dev/null
	is "  and the first ran to the end" "$(tail -n 1 err):$(same lk fresh6 && echo same)" \
	    'mbatch: 5 converted, 0 failed, 0 removed, 0 unchanged:same'
done

# A folder removed while the run goes on: its documents are said to be
# gone, the others converted; the next run is the run of a fresh folder.
rm -rf src2; cp -r src src2
standin r mtokenize 1 "rm -rf '$tmp/src2/sub'"
MINUTIAE_BATCH=1 r/mbatch -j1 src2 out2 >/dev/null 2>err
is "mbatch, a folder removed mid-run: exit 1, the three gone said" "$?:$(grep -c 'FAILED: gone during the run (removed or renamed): not converted' err)" 1:3
is "  the others converted" "$(grep -c ': new, [0-9]* records' err)" 2
mbatch -j1 src2 fresh4 2>/dev/null
mbatch -v src2 out2 2>err
is "  the next run: nothing new" "$?:$(cat err)" "0:mbatch: nothing new in $tmp/src2 (2 documents unchanged)"
ok "  and the outputs of a fresh run" same out2 fresh4
rm -rf src2; cp -r src src2
standin r mtokenize 1 "rm -rf '$tmp/src2/sub'"
MINUTIAE_BATCH=1 r/minutes2csv -j1 -p -o mout3 src2 >/dev/null 2>err
is "minutes2csv, a folder removed mid-run: exit 1, said" "$?:$(grep -v '^mtokenize' err)" \
    '1:minutes2csv: src2/sub/b.md: failed: gone during the run (removed or renamed): not converted
minutes2csv: src2/sub/c.txt: failed: gone during the run (removed or renamed): not converted
minutes2csv: src2/sub/d.txt: failed: gone during the run (removed or renamed): not converted
minutes2csv: 3 of 5 documents failed'
is "  the others converted" "$(cut -d , -f 1 mout3/meetings.csv | tr '\n' ' ')" 'doc src2/-dash.txt src2/a.txt '

# A full output disk for mbatch: a limit of file size that the records of
# a long document pass.  XFSZ ignored, as a shell may have it: the write
# fails (EFBIG) instead of killing the tool.
mbatch src base 2>/dev/null
{ minutes 6 600; i=3; while [ $i -lt 400 ]; do
	printf '%d. Report %d\n\nThe council noted report %d on the budget of £%d00.\n\n' $i $i $i $i
	i=$((i + 1)); done; } >src/long.txt
minutes 1 111 >src/-dash.txt
cp -r base full
sh -c 'trap "" XFSZ; ulimit -f 40; exec mbatch src full' >/dev/null 2>err
is "mbatch, full disk (ulimit -f): exit 1, one message that says the disk is full" "$?:$(cat err)" \
    "1:mbatch: $tmp/full: the disk is full (no space left on device), or a file reached the limit of file size (ulimit -f): stopped; the state, records and CSV files of the last run are kept"
rm -f full/.stale
ok "  the state, records and CSV files as they were" diff -r full base
mbatch src full 2>err
is "  room again: the next run converts both" "$?:$(grep -c ': new, \|: changed, ' err)" 0:2
mbatch src fresh5 2>/dev/null
ok "  and gives the outputs of a fresh run" same full fresh5
# Without XFSZ ignored: the tool is killed at the limit, the same words.
cp -r base full2
sh -c 'ulimit -f 40; exec mbatch src full2' >/dev/null 2>err
is "mbatch, killed by the limit of file size: exit 1, the same message" "$?:$(grep -c 'the disk is full' err):$(wc -l <err)" 1:1:1

# One output whose write fails with ENOSPC (/dev/full linked where its
# temporary file goes): said, exit 1, the old file kept, the others
# written; mbatch rebuilds the CSV files at the next run.
minutes2csv -p -o csvd src 2>/dev/null
cp csvd/meetings.csv meetings.before
minutes 7 700 >src/seven.txt
sh -c 'ln -s /dev/full "$1/.meetings.csv.tmp$$"; exec minutes2csv -p -o "$1" src' sh csvd >/dev/null 2>err
is "minutes2csv, meetings.csv on a full device: exit 1, said" "$?:$(cat err)" \
    '1:mcsv: write error on standard output: No space left on device
minutes2csv: csvd/meetings.csv: not written'
is "  the old meetings.csv kept, the others written, no link left" \
    "$(cmp -s csvd/meetings.csv meetings.before && echo kept):$(grep -c seven.txt csvd/items.csv):$(ls -A csvd | grep -c '^\.')" kept:2:0
mbatch src outd 2>/dev/null
minutes 8 800 >src/eight.txt
ln -s /dev/full outd/.items.csv.tmp
mbatch src outd >/dev/null 2>err
is "mbatch, items.csv on a full device: exit 1, said" "$?:$(grep -v ': new, ' err)" \
    "1:mcsv: write error on standard output: No space left on device
mbatch: $tmp/outd/items.csv: not written
mbatch: 1 converted, 0 failed, 0 removed, 7 unchanged"
mbatch src outd 2>err
is "  the next run rebuilds the CSV files" "$?:$(head -n 1 err)" \
    '0:mbatch: the last run did not finish: rebuilding the CSV files'

# A full TMPDIR for minutes2csv: one message, the CSV files of before kept.
mkdir tmpf
minutes2csv -p -o csvf src2 2>/dev/null
cp -r csvf csvf.before
sh -c 'trap "" XFSZ; ulimit -f 40; TMPDIR=$1/tmpf exec minutes2csv -p -o csvf src' sh "$tmp" >/dev/null 2>err
is "minutes2csv, full TMPDIR (ulimit -f): exit 1, one message that says the disk is full" "$?:$(cat err)" \
    "1:minutes2csv: $tmp/tmpf: the disk is full (no space left on device), or a file reached the limit of file size (ulimit -f): nothing converted (set TMPDIR to a folder with room)"
ok "  the CSV files of before kept" diff -r csvf csvf.before
is "  and no work folder left" "$(ls tmpf | wc -l)" 0
TMPDIR=/dev/null minutes2csv -p -o csvf src >/dev/null 2>err
is "minutes2csv, TMPDIR not a folder: exit 1, said" "$?:$(tail -n 1 err)" \
    '1:minutes2csv: /dev/null: no work folder could be made there: nothing converted (set TMPDIR to a folder with room)'

# Names a batch must match back to the doc of its records: a backslash, a
# quote, a tab, a leading dash.  One pipeline for the batch (no falling
# back to one a document), and each document its own meeting.
mkdir src3
minutes 1 100 >'src3/back\slash.txt'
minutes 2 200 >'src3/a "quote".txt'
minutes 3 300 >"src3/a	tab.txt"
minutes 4 400 >src3/-dash.txt
standin c mtokenize 0 :
MINUTIAE_BATCH=10 c/mbatch src3 out3 >/dev/null 2>&1
is "mbatch: odd names in one batch: one mtokenize" "$(cat c/count)" 1
is "  each its meeting" "$(cut -d , -f 1,3 out3/meetings.csv | sed 1d | tr '\n' '|')" \
    '-dash.txt,2021-03-04|a	tab.txt,2021-03-03|"a ""quote"".txt",2021-03-02|back\slash.txt,2021-03-01|'
rm c/count
MINUTIAE_BATCH=10 c/minutes2csv -p -o csv3 src3 >/dev/null 2>&1
is "minutes2csv: odd names in one batch: one mtokenize" "$(cat c/count)" 1
is "  each its meeting" "$(cut -d , -f 1,3 csv3/meetings.csv | sed 1d | tr '\n' '|')" \
    'src3/-dash.txt,2021-03-04|src3/a	tab.txt,2021-03-03|"src3/a ""quote"".txt",2021-03-02|src3/back\slash.txt,2021-03-01|'
# A path that starts with "-" (not a folder's path): read as a name.
(cd src3 && minutes2csv -p -o ../csv4 -- -dash.txt) 2>err
is "minutes2csv -- -dash.txt: exit 0, its meeting" "$?:$(cut -d , -f 1,3 csv4/meetings.csv | sed 1d):$(cat err)" \
    '0:-dash.txt,2021-03-04:'
(cd src3 && mbatch -- . ../out5) 2>/dev/null
is "mbatch: a name with a leading dash at the top of SRC_DIR" "$(cut -d , -f 1 out5/meetings.csv | grep -c '^-dash.txt$')" 1
done_testing
