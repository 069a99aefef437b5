#!/bin/sh
# The commands the README and minutiae(7) give users work as written: each
# ```sh block of README.md runs, in order, in a folder holding minutes/ (the
# examples), and gives what it promises; so do the cron line and the GNU
# parallel command line (over two pretend ssh hosts).
. "$(dirname "$0")/lib.sh"
plan 28

skip() {
	ntest=$((ntest + 1))
	echo "ok $ntest # skip $1"
}

mkdir minutes
cp "$top"/examples/* minutes/
rm minutes/README
awk -v dir="$tmp" '
	/^```sh$/ { n++; f = sprintf("%s/block%d.sh", dir, n); inb = 1; next }
	/^```/ { inb = 0; next }
	inb { print > f }
' "$top/README.md"
is "README has eight sh blocks" "$(ls block*.sh | wc -l | tr -d ' ')" 8

# 1: the pipeline.
is "pipeline runs" "$(status sh -e block1.sh)" 0
is "pipeline: a meeting per .txt file" \
	"$(jq -r 'select(.type == "meeting") | .doc' records.jsonl | sort | tr '\n' ' ')" \
	"minutes/kettleby-parish-2019-05.txt minutes/northshire-pcp-2024-03.txt minutes/westvale-council-2022-11.txt "

# 2: resolutions to CSV, with the meeting date and item title.
is "resolutions to CSV runs" "$(status sh -e block2.sh)" 0
like "resolutions.csv has meeting date and item title columns" \
	"$(head -1 resolutions.csv)" '^doc,line,meeting_date,item,item_seq,item_title,'
like "resolutions.csv has a resolution with its date" \
	"$(cat resolutions.csv)" '^minutes/northshire-pcp-2024-03\.txt,[0-9]+,2024-03-14,18,.*update be noted'

# 3: attendance of one person with jq.
out=$(sh -e block3.sh 2>&1)
is "attendance recipe runs" "$?" 0
is "attendance of Hollins" "$out" \
	"$(printf '2024-03-14\tMargaret Hollins\tpresent\tminutes/northshire-pcp-2024-03.txt')"

# 4: money over £10,000.
out=$(sh -e block4.sh 2>&1)
is "money recipe runs" "$?" 0
like "money recipe finds £2,315,400" "$out" \
	"^minutes/northshire-pcp-2024-03\.txt	[0-9]+	£2,315,400$"
is "money recipe leaves out £612.40" "$(printf '%s\n' "$out" | grep -c '612')" 0

# 5: minutes2csv over a folder.
is "minutes2csv runs" "$(status sh -e block5.sh)" 0
is "minutes2csv writes the eight CSV files" "$(cd csv 2>/dev/null && ls | tr '\n' ' ')" \
	"actions.csv attendance.csv declarations.csv entities.csv items.csv meetings.csv resolutions.csv votes.csv "
like "minutes2csv reads the markdown too" "$(cat csv/resolutions.csv 2>/dev/null)" \
	'Brightplay'

# 5 wrote the files for a spreadsheet.
is "minutes2csv: BOM first, CRLF line ends" \
	"$(head -c 3 csv/resolutions.csv | od -An -tx1 | tr -d ' \n'),$(head -1 csv/resolutions.csv | od -An -c | grep -c '\\r')" \
	"efbbbf,1"

# 6: the plain files in sqlite3, each resolution joined to its one item.
if command -v sqlite3 >/dev/null 2>&1; then
	sh -e block6.sh >join.out 2>err
	is "sqlite3 join runs" "$?:$(cat err)" "0:"
	is "the join gives each resolution once" "$(wc -l <join.out | tr -d ' ')" \
	    "$(sqlite3 :memory: '.import --csv db/resolutions.csv r' 'SELECT count(*) FROM r')"
else
	skip "sqlite3 not installed: the join recipe"
	skip "sqlite3 not installed: the join recipe"
fi

# 7: every lost motion: the examples lose none.
out=$(sh -e block7.sh 2>&1)
is "lost motions recipe runs" "$?" 0
is "lost motions: as many as the lost votes" "$(printf '%s' "$out" | grep -c .)" \
	"$(jq -r 'select(.type == "vote" and .outcome == "lost") | .line' records.jsonl | grep -c .)"

# 8: motions proposed per councillor, with sqlite3 over the plain votes.csv of 6.
if ! command -v sqlite3 >/dev/null 2>&1; then
	skip "sqlite3 not installed"
	skip "sqlite3 not installed"
else
	out=$(sh -e block8.sh 2>&1)
	is "motions per councillor recipe runs" "$?" 0
	is "motions per councillor of the examples" "$(printf '%s' "$out" | tr '\n' ' ')" \
		"Quiller|2 Windle|2 Aldous|1"
fi

# The cron line, as cron would run it (its command by sh, HOME set).
cronline=$(grep -E '^[0-9*]+ [0-9*]+ [0-9*]+ [0-9*]+ [0-9*]+ .*mbatch' "$top/README.md")
cmd=$(printf '%s\n' "$cronline" | cut -d' ' -f6-)
mkdir home && cp -r minutes home/minutes
is "cron line runs" "$(HOME=$tmp/home status sh -c "$cmd")" 0
like "cron line: CSV made from the minutes" \
	"$(cat home/minutiae/*.csv home/minutiae/*/*.csv 2>/dev/null)" 'Brightplay'
is "cron line: second run exits 0" "$(HOME=$tmp/home status sh -c "$cmd")" 0

# minutiae(7): GNU parallel across hosts, two pretend ssh hosts that run
# each job in a home of their own, so the documents must really be copied.
cat >fakessh <<EOF
#!/bin/sh
while [ \$# -gt 0 ]; do
	case \$1 in -[oplSi]) shift 2 ;; -*) shift ;; *) break ;; esac
done
host=\$1; shift
[ "\${1:-}" = -- ] && shift
# sshd gives a login a SHELL; parallel's remote worker runs the job in
# \$SHELL and, without one, silently runs nothing (seen when CI had none).
SHELL=/bin/sh; export SHELL
mkdir -p "$tmp/host-\$host" && cd "$tmp/host-\$host" && exec sh -c "\$*"
EOF
chmod +x fakessh
if ! command -v parallel >/dev/null 2>&1 || ! command -v rsync >/dev/null 2>&1; then
	skip "GNU parallel or rsync not installed"
	skip "GNU parallel or rsync not installed"
else
	# The command line of minutiae(7), the hosts swapped for pretend ones.
	find minutes -type f \( -name '*.txt' -o -name '*.md' \
	    -o -name '*.gz' \) | sort |
	parallel --will-cite --keep-order --ssh "$tmp/fakessh" \
	    --sshlogin 1/alpha,1/beta,: --transferfile {} --cleanup \
	    'mtokenize {} | msection | mentities' 2>par.err | gzip >records.jsonl.gz
	mtokenize $(find minutes -type f \( -name '*.txt' -o -name '*.md' \) | sort) |
		msection | mentities >seq.jsonl 2>/dev/null
	is "parallel --sshlogin over two hosts = one local run" \
		"$(gzip -dc records.jsonl.gz | cksum)$(cat par.err)" "$(cksum <seq.jsonl)"
	is "the pretend hosts ran jobs and removed their copies" \
		"$(ls -d host-alpha host-beta 2>&1 | tr '\n' ' ')$(find host-* -type f | wc -l)" \
		"host-alpha host-beta 0"
fi

# minutiae(7): the Hadoop Streaming mapper, as the page prints it, fed the
# lines NLineInputFormat makes ("offset<TAB>path"; a bare path too), with
# an hdfs that reads the local disk.
if ! command -v groff >/dev/null 2>&1 || ! command -v col >/dev/null 2>&1; then
	skip "groff or col not installed"
	skip "groff or col not installed"
else
	groff -mdoc -Tutf8 "$top/man/minutiae.7" 2>/dev/null | col -bx |
		sed -n '/^ *#!\/bin\/sh$/,/^ *done$/p' | sed 's/^           //' >minutiae-map.sh
	mkdir -p fakebin
	printf '#!/bin/sh\n[ "$1 $2" = "dfs -cat" ] && exec cat "$3"\nexit 1\n' >fakebin/hdfs
	chmod +x fakebin/hdfs
	printf '0\tminutes/eastmoor-parish-2023-07.md\nminutes/westvale-council-2022-11.txt\n' |
		PATH=$tmp/fakebin:$PATH sh minutiae-map.sh >map.jsonl 2>map.err
	{ mtokenize minutes/eastmoor-parish-2023-07.md; mtokenize minutes/westvale-council-2022-11.txt; } |
		msection | mentities >want.jsonl 2>/dev/null
	is "Hadoop mapper of minutiae(7) gives the pipeline's records" \
		"$(cksum <map.jsonl)$(cat map.err)" "$(cksum <want.jsonl)"
	# A map-only job writes each line with a tab after it (empty value).
	sed 's/$/	/' map.jsonl >part-00000
	is "records with Streaming's trailing tab read as they are" \
		"$(mcsv -t resolution part-00000 2>&1 | cksum)" \
		"$(mcsv -t resolution want.jsonl | cksum)"
fi
done_testing
