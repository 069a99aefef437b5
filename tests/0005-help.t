#!/bin/sh
# --help of every filter: usage, an option summary and the man page, on
# stdout with exit 0; a usage error goes to stderr with exit 2; a --help
# that cannot be written exits 1.  The scripts, installed or not, have
# --help too, and every binary and script has a man page that groff reads
# without a warning.
. "$(dirname "$0")/lib.sh"
plan 42
for t in mtokenize msection mentities mcsv; do
	out=$($t --help)
	like "$t --help: usage first" "$(echo "$out" | head -1)" "^usage: $t "
	like "$t --help: names the man page" "$out" "^See $t\\(1\\)"
	like "$t: a bad option is a usage error on stderr, exit 2" \
	    "$($t --no-such-option 2>&1 >/dev/null; echo "rc=$?")" "rc=2"
	is "$t --help to a full disk: exit 1" "$(status sh -c "$t --help > /dev/full")" 1
done

for s in minutes2csv mbatch deps demo; do
	like "scripts/$s --help: usage first" \
	    "$(sh "$top/scripts/$s" --help | head -1)" "^usage: $s "
	like "scripts/$s: a bad option is a usage error on stderr, exit 2" \
	    "$(sh "$top/scripts/$s" --no-such-option 2>&1 >/dev/null; echo "rc=$?")" "rc=2"
done

# Installed programs have their page in man/, the build helpers in man/dev/.
for p in man/mtokenize.1 man/msection.1 man/mentities.1 man/mcsv.1 \
    man/minutes2csv.1 man/mbatch.1 man/dev/deps.1 man/dev/demo.1 man/minutiae.7; do
	if ! command -v groff >/dev/null 2>&1; then
		ntest=$((ntest + 2))
		echo "ok $((ntest - 1)) # skip groff not installed"
		echo "ok $ntest # skip groff not installed"
		continue
	fi
	ok "$p exists" test -s "$top/$p"
	is "$p: groff -mdoc -ww has no warning" \
	    "$(groff -mdoc -Tutf8 -ww -z "$top/$p" 2>&1)" ""
done
done_testing
