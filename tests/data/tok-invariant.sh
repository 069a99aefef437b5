# tok-invariant.sh FILE [mtokenize options]: checks the invariant of the
# block records (RECORDS.md): the letters and digits of the input are
# those of the blocks' labels and texts, artifacts included.  Blocks are
# in the order of their first lines and an artifact follows the block it
# interrupts, so the check is: the same characters as a multiset, and the
# non-artifact characters in input order.  Prints nothing when it holds.
f=$1; shift
alnum() { LC_ALL=C.UTF-8 tr -cd '[:alnum:]'; }
case $f in
*.gz) gzip -dc "$f" ;;
*) cat "$f" ;;
esac >"$f.raw.$$"
# as the tool reads it: UTF-8, else Windows-1252; the one exception, the
# ligatures of PDF fonts (U+FB00-FB04), are their letters
if iconv -f UTF-8 -t UTF-8 <"$f.raw.$$" >/dev/null 2>&1; then
	cat "$f.raw.$$"
else
	iconv -f CP1252 -t UTF-8 <"$f.raw.$$"
fi | LC_ALL=C sed "s/$(printf '\357\254\200')/ff/g; s/$(printf '\357\254\201')/fi/g
    s/$(printf '\357\254\202')/fl/g; s/$(printf '\357\254\203')/ffi/g
    s/$(printf '\357\254\204')/ffl/g" | alnum >"$f.in.$$"
rm -f "$f.raw.$$"
mtokenize "$@" "$f" | jq -j 'if .kind == "artifact" then .text else (.label // "") + .text end' | alnum >"$f.all.$$"
mtokenize "$@" "$f" | jq -j 'select(.kind != "artifact") |
    (.label // "") + .text' | alnum >"$f.txt.$$"
sorted() { fold -w1 <"$1" | sort | tr -d '\n'; }
[ "$(sorted "$f.in.$$")" = "$(sorted "$f.all.$$")" ] ||
	echo "characters differ: $(wc -c <"$f.in.$$") in, $(wc -c <"$f.all.$$") out"
awk 'NR == 1 { a = $0; next } { b = $0 }
END {
	j = 1
	for (i = 1; i <= length(b); i++) {
		c = substr(b, i, 1)
		while (j <= length(a) && substr(a, j, 1) != c)
			j++
		if (j > length(a)) { print "out of order at " i ": " substr(b, i, 40); exit }
		j++
	}
}' "$f.in.$$" "$f.txt.$$"
rm -f "$f.in.$$" "$f.all.$$" "$f.txt.$$"
