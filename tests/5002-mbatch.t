#!/bin/sh
# mbatch: only new and changed documents, records kept as gzip JSONL, the
# CSV files rebuilt, a bad file, an unchanged run, a changed and a removed
# document, an interrupted run, the lock.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/csv-tree.sh"
csvs='meetings attendance items resolutions entities declarations actions'
plan 47

skip() {
	ntest=$((ntest + 1))
	echo "ok $ntest # skip $1"
}

# inodes DIR: the inode and name of each CSV file (a rename changes them).
inodes() {
	ls -i "$1"/*.csv "$1/state" | sort -k 2
}

mktree src
pdf='
mbatch: 2023/brackenford-2023-12.pdf: new'
if ! havepdf; then
	echo "# pdftotext is not installed: no PDF in this test"
	rm src/2023/brackenford-2023-12.pdf
	pdf=
fi
mbatch -j 2 src out >stdout 2>err
rc=$?
is "first run with a bad file: exit 1" "$rc" 1
is "nothing on stdout" "$(cat stdout)" ""
is "one log line per document, then a summary" "$(sed 's/,.*//' err)" \
    "mbatch: 2023/brackenford-2023-11.txt.gz: new$pdf
mbatch: 2024/brackenford-2024-01.txt.gz: new
mbatch: 2024/brackenford-2024-02.txt: new
mbatch: 2024/brackenford-2024-03.md: new
mbatch: $(havepdf && echo 4 || echo 3) converted"
like "the bad one says FAILED and why" "$(grep 2024-01 err)" \
    '^mbatch: 2024/brackenford-2024-01\.txt\.gz: new, FAILED: mtokenize exited with status 1'
like "a good one says how many records" "$(grep 2024-02 err)" \
    '^mbatch: 2024/brackenford-2024-02\.txt: new, [0-9]+ records'
for c in $csvs; do
	ok "$c.csv written" test -s "out/$c.csv"
done
is "records kept per document as gzip JSONL" "$(cd out/records && ls)" \
    "$(if havepdf; then echo '2023%2Fbrackenford-2023-11.txt.gz.jsonl.gz
2023%2Fbrackenford-2023-12.pdf.jsonl.gz'; else echo '2023%2Fbrackenford-2023-11.txt.gz.jsonl.gz'; fi)
2024%2Fbrackenford-2024-02.txt.jsonl.gz
2024%2Fbrackenford-2024-03.md.jsonl.gz"
is "mcsv reads records/*.gz: the same as resolutions.csv" \
    "$(mcsv -t resolution out/records/*.gz)" "$(cat out/resolutions.csv)"
is "doc is the path inside SRC_DIR" "$(cut -d, -f1 out/meetings.csv | sed 1d | head -n 1)" \
    2023/brackenford-2023-11.txt.gz
is "no temp or work file left" "$(ls -A out out/records | grep -E 'tmp|\.mbatch\.')" ""
is "nothing is behind" "$(ls -A out | grep -c stale)" 0

# Second run, nothing changed but the bad file is still there: it is tried
# again (it failed, so its hash was not kept), and only it.
mbatch src out 2>err
is "the bad file is tried again: exit 1" "$?" 1
is "only the bad file" "$(sed 's/,.*//' err)" \
    'mbatch: 2024/brackenford-2024-01.txt.gz: new
mbatch: 0 converted'

# The bad file removed: nothing new, no work, no file written.
rm src/2024/brackenford-2024-01.txt.gz
cp -p out/resolutions.csv res.before
inodes out >inodes.before
mbatch src out 2>err
is "unchanged: exit 0" "$?" 0
is "unchanged: nothing said (cron mails what a job prints)" "$(cat err)" ""
mbatch -v src out 2>err
like "unchanged, -v: says so in one line" "$(cat err)" \
    "^mbatch: nothing new in .*/src \\($(havepdf && echo 4 || echo 3) documents unchanged\\)\$"
is "unchanged: no file replaced" "$(inodes out)" "$(cat inodes.before)"

# A changed document and a removed one.
sed 's/£96,500/£97,250/' "$top/tests/data/csv-minutes-a.txt" >src/2024/brackenford-2024-02.txt
rm src/2024/brackenford-2024-03.md
mbatch src out 2>err
is "changed and removed: exit 0" "$?" 0
is "changed and removed: a line each" "$(sed 's/,.*//' err)" \
    'mbatch: 2024/brackenford-2024-02.txt: changed
mbatch: 2024/brackenford-2024-03.md: removed
mbatch: 1 converted'
like "the CSV has the change" "$(cat out/resolutions.csv)" '£97,250'
is "and not the removed document" "$(grep -c 'brackenford-2024-03' out/*.csv | grep -v ':0$')" ""
ok "its records are gone" test ! -e "out/records/2024%2Fbrackenford-2024-03.md.jsonl.gz"

# The same CSV files as a fresh run over the same folder, whatever -j.
mbatch -j 1 src fresh1 2>/dev/null
mbatch -j 3 src fresh3 2>/dev/null
MINUTIAE_BATCH=4 mbatch -j 1 src fresh4 2>/dev/null
same=yes
for c in $csvs; do
	cmp -s "out/$c.csv" "fresh1/$c.csv" && cmp -s "out/$c.csv" "fresh3/$c.csv" &&
	    cmp -s "out/$c.csv" "fresh4/$c.csv" || same=no
done
is "incremental = fresh, -j 1 = -j 3, one by one = in batches" "$same" yes
is "batches: the same records files" \
    "$(cd fresh4/records && for f in *; do gzip -dc "$f" | cksum; done)" \
    "$(cd fresh1/records && for f in *; do gzip -dc "$f" | cksum; done)"

# An interrupted run: a tool kills the whole run (SIGKILL, no cleanup) at
# one document.  The CSV files and the state stay as they were; the next
# run finishes the work and comes out as a fresh run would.
if command -v setsid >/dev/null 2>&1; then
	mkdir kbin
	for t in msection mentities mcsv; do ln -s "$top/bin/$t" kbin/$t; done
	cp "$top/bin/mbatch" kbin/mbatch
	cat >kbin/mtokenize <<EOF
#!/bin/sh
for a; do f=\$a; done
grep -q STOPHERE "\$f" 2>/dev/null && kill -KILL 0
exec "$top/bin/mtokenize" "\$@"
EOF
	chmod +x kbin/mtokenize
	printf 'Zeta\n' >src/2024/brackenford-2024-04.txt
	{ cat "$top/tests/data/csv-minutes-b.md"; echo STOPHERE; } >src/2024/brackenford-2024-05.md
	cp "$top/tests/data/csv-minutes-c.txt" src/2024/brackenford-2024-06.txt
	inodes out >inodes.before
	cp -p out/resolutions.csv res.before
	setsid sh kbin/mbatch -j 1 src out 2>err
	is "killed run: died by SIGKILL" "$?" 137
	is "killed run: CSV files and state untouched" "$(inodes out)" "$(cat inodes.before)"
	ok "killed run: resolutions.csv as before" cmp -s out/resolutions.csv res.before
	is "killed run: no half file in sight" \
	    "$(ls -A out out/records | grep -E '^\.|tmp' | grep -v -e '^\.lock' -e '^\.stale$' -e '^\.mbatch\.')" ""
	sed -i 's/STOPHERE//' src/2024/brackenford-2024-05.md
	mbatch -j 2 src out 2>err
	is "next run: exit 0" "$?" 0
	is "next run: does the three documents" "$(grep -c ': new, [0-9]* records' err)" 3
	is "next run: no work files of the killed run left" "$(ls -A out | grep -c '^\.mbatch\.')" 0
	mbatch src fresh 2>/dev/null
	same=yes
	for c in $csvs; do cmp -s "out/$c.csv" "fresh/$c.csv" || same=no; done
	is "next run: same CSV files as a fresh run" "$same" yes
else
	for i in 1 2 3 4 5 6 7 8; do skip "setsid not installed"; done
fi

# The lock: a second run while one holds it is refused; a lock directory
# left by a run that is gone is taken.
if command -v flock >/dev/null 2>&1; then
	exec 8>out/.lock
	flock -n 8
	mbatch src out 2>err
	is "flock held: exit 1" "$?" 1
	like "flock held: says so" "$(cat err)" 'another mbatch run holds the lock; not started$'
	exec 8>&-
else
	skip "flock not installed"
	skip "flock not installed"
fi
# Without flock(1), the lock is a symbolic link to the owner's pid
# (MBATCH_LOCK=mkdir; two runs racing: tests/6003).
ln -s $$ out/.lock.pid
is "link lock held by a live process: exit 1" \
    "$(status env MBATCH_LOCK=mkdir mbatch src out)" 1
rm out/.lock.pid
ln -s 999999999 out/.lock.pid
MBATCH_LOCK=mkdir mbatch src out 2>err
like "link lock of a run that is gone: taken" "$(head -n 1 err)" 'taking the lock of a run that is gone'
ok "and let go at the end" test ! -e out/.lock.pid -a ! -L out/.lock.pid

# OUT_DIR inside SRC_DIR: its records are not taken for minutes.
mbatch src src/csv 2>/dev/null
mbatch src src/csv -v 2>err
like "OUT_DIR inside SRC_DIR is left out" "$(cat err)" '^mbatch: nothing new'

# Usage.
is "one argument: exit 2" "$(status mbatch src)" 2
is "SRC_DIR not a folder: exit 1" "$(status mbatch nosuch out)" 1
like "--help" "$(mbatch --help)" '^usage: mbatch \[-x \| -p\] \[-v\] \[-j JOBS\] SRC_DIR OUT_DIR'
