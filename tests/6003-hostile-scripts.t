#!/bin/sh
# Hostile input, the scripts: odd file names, symbolic links, two runs of
# mbatch at once, a full output disk and a full TMPDIR.  Each case checks
# the exit status, the message, and that no document is lost and no old
# output silently replaced.
. "$(dirname "$0")/lib.sh"
plan 35

skip() {
	ntest=$((ntest + 1))
	echo "ok $ntest # skip $1"
}

minutes() {
	printf 'TEST PARISH COUNCIL\n\nMinutes of the meeting held on %s March 2021.\n\n1. Apologies\n\nNone were received.\n\n2. Budget\n\nRESOLVED that the budget of £%s be approved.\n' "$1" "$2"
}
# The odd names: a leading dash, a backslash, Latin-1 bytes, spaces and
# quotes.  Each gives one meeting.
mkdir src
minutes 1 100 >src/-dash.txt
minutes 2 200 >'src/back\slash.txt'
minutes 3 300 >"$(printf 'src/caf\351.txt')"
minutes 4 400 >"src/spaces and 'quotes\".txt"
minutes 5 500 >src/plain.txt

mbatch src out >/dev/null 2>err
is "mbatch: odd names: exit 0" "$?" 0
is "mbatch: odd names: five meetings" "$(($(wc -l <out/meetings.csv) - 1))" 5
like "mbatch: the leading dash converted" "$(cat err)" 'mbatch: -dash.txt: new, [0-9]+ records'
like "mbatch: the backslash converted" "$(cat err)" 'mbatch: back\\slash.txt: new, [0-9]+ records'
like "mbatch: the Latin-1 name converted and its doc said" "$(cat out/messages.log)" \
    'the name is not UTF-8: its doc is "café.txt"'
is "mbatch: valid JSON in every records file" \
    "$(for f in out/records/*.gz; do gzip -dc "$f" | jq -e . >/dev/null || echo "$f"; done)" ""
mbatch -v src out 2>err
is "mbatch: second run: nothing new (names read back as they are)" \
    "$(cat err)" "mbatch: nothing new in $tmp/src (5 documents unchanged)"

minutes2csv -o csv src >/dev/null 2>err
is "minutes2csv: odd names: exit 0" "$?" 0
is "minutes2csv: odd names: five meetings" "$(($(wc -l <csv/meetings.csv) - 1))" 5
like "minutes2csv: the Latin-1 name said" "$(cat err)" 'not UTF-8: its doc is "src/café.txt"'
minutes2csv -o csv2 -- src/-dash.txt >/dev/null 2>err
is "minutes2csv: a path with a leading dash: exit 0" "$?:$(cat err)" 0:

# A name with a newline cannot be a line of the scripts' lists: said on
# one line (the newline shown as ?), counted as failed, the others
# converted.  A tab is converted (the state's path is all after its tab).
mkdir src2
minutes 6 600 >"src2/new
line.txt"
minutes 7 700 >"src2/ok.txt"
minutes 8 800 >"src2/a	tab.txt"
mbatch src2 out2 >/dev/null 2>err
is "mbatch: a newline in a name: exit 1, the others converted" \
    "$?:$(($(wc -l <out2/meetings.csv) - 1))" 1:2
is "mbatch: a newline in a name: said on one line, and counted" "$(grep -v ': new, ' err)" \
    'mbatch: new?line.txt: a newline in the name (shown as ?): not converted (rename it)
mbatch: 2 converted, 1 failed, 0 removed, 0 unchanged'
is "mbatch: a tab in a name: its doc" "$(cut -d , -f 1 out2/meetings.csv | sed -n 2p)" 'a	tab.txt'
mbatch src2 out2 >/dev/null 2>err
is "mbatch: the next run: the newline said again, exit 1" "$?:$(cat err)" \
    '1:mbatch: new?line.txt: a newline in the name (shown as ?): not converted (rename it)'
minutes2csv -o csv2b src2 >/dev/null 2>err
is "minutes2csv: a newline in a name: exit 1, the others converted" \
    "$?:$(($(wc -l <csv2b/meetings.csv) - 1))" 1:2
is "minutes2csv: a newline in a name: said on one line" "$(cat err)" \
    'minutes2csv: src2/new?line.txt: a newline in the name (shown as ?): not converted (rename it)
minutes2csv: 1 of 3 documents failed'

# Symbolic links: to a file, followed; broken, said.
mkdir src3 elsewhere
minutes 8 800 >elsewhere/real.txt
ln -s ../elsewhere/real.txt src3/link.txt
ln -s ../elsewhere/gone.txt src3/broken.txt
mbatch src3 out3 >/dev/null 2>err
like "mbatch: a link to minutes converted" "$(cat err)" 'mbatch: link.txt: new, [0-9]+ records'
like "mbatch: a broken link said" "$(cat err)" 'mbatch: broken.txt: a broken symbolic link: not converted'
is "mbatch: a broken link: counted as failed, exit 1" "$(status mbatch src3 out3)" 1
minutes2csv -o csv3 src3 >/dev/null 2>err
is "minutes2csv: a broken link: exit 1" "$?" 1
like "minutes2csv: a link converted" "$(cut -d, -f1 csv3/meetings.csv)" 'src3/link.txt'
like "minutes2csv: a broken link said" "$(cat err)" 'src3/broken.txt: a broken symbolic link: not converted'

# Two runs at once with the lock of a link (no flock): tools that sleep,
# so that the runs overlap; one runs, the others say the lock is held.
mkdir sbin
cp "$top/bin/mbatch" sbin/
for t in msection mentities mcsv; do ln -s "$top/bin/$t" sbin/$t; done
printf '#!/bin/sh\nsleep 2\nexec "%s" "$@"\n' "$top/bin/mtokenize" >sbin/mtokenize
chmod +x sbin/mtokenize
rm -rf out4
mkdir src4
ln -s ../elsewhere/real.txt src4/link.txt
for i in 1 2 3; do
	(MBATCH_LOCK=mkdir sbin/mbatch src4 out4 >/dev/null 2>"race$i"; echo $? >"rc$i") &
done
wait
is "three runs at once: one ran, two refused" "$(cat rc1 rc2 rc3 | sort | tr -d '\n')" 011
is "the two refused say so" "$(cat race1 race2 race3 | grep -c 'another mbatch run holds the lock')" 2
ok "the lock is let go" test ! -L out4/.lock.pid
MBATCH_LOCK=mkdir mbatch -v src4 out4 2>err
is "the next run takes it" "$?:$(tail -n 1 err)" "0:mbatch: nothing new in $tmp/src4 (1 documents unchanged)"

# A full disk: a small file system, filled.  Needs mount (root).
mkdir fs
if mount -t tmpfs -o size=400k tmpfs fs 2>/dev/null; then
	trap 'umount "$tmp/fs" 2>/dev/null; rm -rf "$tmp"' EXIT
	mbatch src fs/out >/dev/null 2>&1
	cp fs/out/state state.before
	cp fs/out/meetings.csv meetings.before
	minutes 9 900 >src/more.txt
	minutes 1 999 >src/plain.txt		# changed
	dd if=/dev/zero of=fs/fill bs=1k count=1000 2>/dev/null
	mbatch src fs/out >/dev/null 2>err
	is "full disk: exit 1" "$?" 1
	like "full disk: said" "$(cat err)" 'the disk is full \(no space left on device\)'
	is "full disk: one message, no printf errors" "$(grep -v 'disk is full' err)" ""
	ok "full disk: the state as it was" cmp -s fs/out/state state.before
	ok "full disk: the CSV as it was" cmp -s fs/out/meetings.csv meetings.before
	rm fs/fill
	mbatch src fs/out >/dev/null 2>err
	is "room again: the next run converts both" "$(grep -c ': new\|: changed' err)" 2
	# A full TMPDIR for minutes2csv.
	dd if=/dev/zero of=fs/fill bs=1k count=1000 2>/dev/null
	TMPDIR=$tmp/fs minutes2csv -o csv5 src >/dev/null 2>err
	is "full TMPDIR: exit 1" "$?" 1
	is "full TMPDIR: one message that says the disk is full" "$(cat err)" \
	    "minutes2csv: $tmp/fs: the disk is full (no space left on device): nothing converted (set TMPDIR to a folder with room)"
	rm fs/fill
	umount fs
else
	for i in 1 2 3 4 5 6 7 8; do skip "mount (root) for a full disk"; done
fi
done_testing
