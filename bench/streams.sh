#!/bin/sh
# streams.sh: the whole pipeline and each filter on the two streams users
# have, timed side by side in one run with their yardsticks, printed as one
# table (make bench):
#   many   many short documents (the invented minutes of examples/ and
#          tests/data, or the files named in BENCH_SRC, copied to
#          BENCH_DOCS files, default 1000), given to mtokenize as file
#          arguments;
#   long   the same texts glued into one document (`cat *.txt | mtokenize`),
#          then that document 8 times longer: the scaling check (time at
#          8x over time at 1x, at most 10 for a linear filter).
# The targets are issue 13's: msection and mentities at least 10x as fast
# as `jq -c .` on their own input; the four stages within 8x one awk pass
# over the same text.  mcsv and mtokenize have no speed target here, only
# the scaling one.  Times are CPU milliseconds (task-clock from perf stat
# when it runs, else user + system from time(1)), best of BENCH_RUNS
# (default 3): on a shared machine they move less with the load than
# wall-clock time does.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
dir=$(bench_tmp)/streams
mkdir -p "$dir/many"
ndocs=${BENCH_DOCS:-1000}
# UTF-8 minutes only: a Windows-1252 fixture would warn at every copy.
# shellcheck disable=SC2086
set -- ${BENCH_SRC:-examples/*.txt examples/*.md $(ls tests/data/tok-*.txt \
    tests/data/tok-*.md | grep -v cp1252)}
i=0
while [ $i -lt "$ndocs" ]; do
	for f in "$@"; do
		i=$((i + 1))
		cp "$f" "$dir/many/$i-$(basename "$f")"
		[ $i -lt "$ndocs" ] || break
	done
done
cat "$dir"/many/* > "$dir/long1.txt"
for k in 1 2 3 4 5 6 7 8; do cat "$dir/long1.txt"; done > "$dir/long8.txt"

# ms CMD...: CPU milliseconds of one run of CMD > /dev/null (children in).
if perf stat -x, -e task-clock true > /dev/null 2>&1; then
	ms() {
		{ perf stat -x, -e task-clock "$@" > /dev/null; } 2>&1 |
		    awk -F, '$3 == "task-clock" { t = $1 } END { print t + 0 }'
	}
else
	ms() {
		{ /usr/bin/time -f '%U %S' "$@" > /dev/null; } 2>&1 |
		    awk 'END { print ($1 + $2) * 1000 }'
	}
fi
# cpu CMD...: the best of BENCH_RUNS.
cpu() {
	best=
	n=0
	while [ $n -lt "${BENCH_RUNS:-3}" ]; do
		t=$(ms "$@")
		if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
		n=$((n + 1))
	done
	echo "$best"
}

# The stages' inputs, made once.
bin/mtokenize "$dir"/many/* > "$dir/many.blk"
bin/msection "$dir/many.blk" > "$dir/many.sec"
bin/mentities "$dir/many.sec" > "$dir/many.ent"
for k in 1 8; do
	bin/mtokenize < "$dir/long$k.txt" > "$dir/long$k.blk"
	bin/msection "$dir/long$k.blk" > "$dir/long$k.sec"
	bin/mentities "$dir/long$k.sec" > "$dir/long$k.ent"
done

classify='/^[ \t]*$/ { b++; next } /^[0-9]+\.?$/ { n++; next }
/^(RESOLVED|PRESENT|Present:|Apologies)/ { k++; next } { t += length($0) }
END { print b, n, k, t }'
rows=$dir/rows
: > "$rows"
# row FILTER STREAM OURS YARDSTICK THEIRS SENSE TARGET [SCALE]: SENSE
# "faster" (ratio theirs/ours, at least TARGET) or "slower" (ours/theirs,
# at most TARGET); TARGET - for none.
row() {
	echo "$*" >> "$rows"
}
scale() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > 0) ? b / a : 0 }'; }

for s in many long; do
	if [ $s = many ]; then txt="$dir/many/*"; else txt=$dir/long8.txt; fi
	p=$dir/$s; [ $s = long ] && p=$dir/long8
	# shellcheck disable=SC2086
	ta=$(cpu awk "$classify" $txt)
	# The four stages as the README runs them: files, or one glued text.
	if [ $s = many ]; then
		# shellcheck disable=SC2086
		tp=$(cpu sh -c 'bin/mtokenize "$@" | bin/msection |
		    bin/mentities | bin/mcsv -t resolution' sh $txt)
		# shellcheck disable=SC2086
		sz_many=$(cat $txt | wc -c)
	else
		tp=$(cpu sh -c 'bin/mtokenize < "$1" | bin/msection |
		    bin/mentities | bin/mcsv -t resolution' sh "$txt")
		sz_long=$(wc -c < "$txt")
	fi
	row pipeline $s "$tp" awk-1-pass "$ta" slower 8
	for f in msection mentities mcsv; do
		case $f in
		msection) in=$p.blk ;;
		mentities) in=$p.sec ;;
		mcsv) in=$p.ent ;;
		esac
		args=$in; [ $f = mcsv ] && args="-t resolution $in"
		# shellcheck disable=SC2086
		t=$(cpu bin/$f $args)
		tj=$(cpu jq -c . "$in")
		sc=
		if [ $s = long ]; then
			in1=$(echo "$in" | sed 's/long8/long1/')
			args1=$in1; [ $f = mcsv ] && args1="-t resolution $in1"
			# shellcheck disable=SC2086
			sc=$(scale "$(cpu bin/$f $args1)" "$t")
		fi
		tgt=10; [ $f = mcsv ] && tgt=-
		row $f $s "$t" jq-c. "$tj" faster $tgt ${sc:+"$sc"}
	done
	if [ $s = long ]; then
		t1=$(cpu bin/mtokenize "$dir/long1.txt")
		t8=$(cpu bin/mtokenize "$dir/long8.txt")
		row mtokenize $s "$t8" awk-1-pass "$ta" slower - \
		    "$(scale "$t1" "$t8")"
	fi
done

# The table: one screen.
awk -v nd="$ndocs" -v sm="$sz_many" -v sl="$sz_long" 'BEGIN {
	printf "minutiae bench: many = %d short documents as file arguments " \
	    "(%.1f MB of minutes);\n", nd, sm / 1e6
	printf "long = the same glued into one document, 8 times over " \
	    "(%.1f MB).  CPU ms, best of runs.\n\n", sl / 1e6
	printf "%-10s %-5s %8s  %-10s %8s  %-13s %-12s %-4s %s\n", "filter",
	    "input", "ours ms", "yardstick", "its ms", "ratio", "target",
	    "met?", "8x input"
}
{
	r = ($6 == "faster") ? ($3 > 0 ? $5 / $3 : 0) : ($5 > 0 ? $3 / $5 : 0)
	tgt = "-"; met = "-"
	if ($7 != "-") {
		tgt = sprintf("%s %sx", ($6 == "faster") ? ">=" : "<=", $7)
		met = (($6 == "faster") ? (r >= $7) : (r <= $7)) ? "yes" : "NO"
	}
	sc = ""
	if ($8 != "")
		sc = sprintf("%4.1fx time %s", $8,
		    ($8 <= 10) ? "linear" : "NOT linear")
	yard = ($4 == "jq-c.") ? "jq -c ." : "awk 1 pass"
	printf "%-10s %-5s %8.0f  %-10s %8.0f  %5.1fx %-7s %-12s %-4s %s\n",
	    $1, $2, $3, yard, $5, r, $6, tgt, met, sc
}
END {
	printf "\nratio: how many times faster than the yardstick (jq on " \
	    "the same input),\nor slower (the four stages against awk " \
	    "over the text); 8x input: time on\nthe 8x document over time " \
	    "on the 1x one (linear at most 10x).\n"
}' "$rows"
rm -rf "$dir"
