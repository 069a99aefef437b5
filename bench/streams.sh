#!/bin/sh
# streams.sh: the whole pipeline and each filter on the two streams users
# have, timed side by side in one run with their yardsticks:
#   many   many short documents (the invented minutes of examples/ and
#          tests/data, copied to BENCH_DOCS files, default 1000), given to
#          mtokenize as file arguments;
#   long   the same texts glued into one document (`cat *.txt | mtokenize`),
#          then that document 8 times longer: the scaling check (time at
#          8x over time at 1x, at most 10 for a linear filter).
# Times are CPU seconds (user + system, best of BENCH_RUNS): on a shared
# machine they move less with the load than wall-clock time does.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
dir=$(bench_tmp)/streams
mkdir -p "$dir/many"
ndocs=${BENCH_DOCS:-1000}
# UTF-8 minutes only: a Windows-1252 fixture would warn at every copy.
set -- examples/*.txt examples/*.md $(ls tests/data/tok-*.txt \
    tests/data/tok-*.md | grep -v cp1252)
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

# cpu CMD...: CPU seconds (best of BENCH_RUNS) for CMD > /dev/null.
cpu() {
	best=
	n=0
	while [ $n -lt "${BENCH_RUNS:-3}" ]; do
		t=$( { /usr/bin/time -f '%U %S' "$@" > /dev/null; } 2>&1 |
		    awk 'END { print $1 + $2 }')
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
# row NAME OURS YARDSTICK THEIRS [SCALE]
row() {
	awk -v n="$1" -v a="$2" -v y="$3" -v b="$4" -v s="${5:-}" 'BEGIN {
		r = (a > 0) ? b / a : 0
		printf "%-22s %6.2f s  %-13s %6.2f s  %5.1fx", n, a, y, b, r
		if (s != "") printf "   8x input: %4.1fx time%s", s,
		    (s > 10) ? " (NOT linear)" : ""
		printf "\n"
	}'
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
	else
		tp=$(cpu sh -c 'bin/mtokenize < "$1" | bin/msection |
		    bin/mentities | bin/mcsv -t resolution' sh "$txt")
	fi
	# shellcheck disable=SC2086
	echo "$s stream: $(cat $txt | wc -c | awk '{ printf "%.1f MB of minutes", $1 / 1e6 }')"
	row "  pipeline (4 stages)" "$tp" "awk classify" "$ta"
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
		row "  $f" "$t" "jq -c ." "$tj" "$sc"
	done
	if [ $s = long ]; then
		t1=$(cpu bin/mtokenize "$dir/long1.txt")
		t8=$(cpu bin/mtokenize "$dir/long8.txt")
		row "  mtokenize" "$t8" "awk classify" "$ta" "$(scale "$t1" "$t8")"
	fi
done
rm -rf "$dir"
