#!/bin/sh
# --help of every filter: usage, an option summary and the man page, on
# stdout with exit 0; a usage error goes to stderr with exit 2; a --help
# that cannot be written exits 1.
. "$(dirname "$0")/lib.sh"
plan 16
for t in mtokenize msection mentities mcsv; do
	out=$($t --help)
	like "$t --help: usage first" "$(echo "$out" | head -1)" "^usage: $t "
	like "$t --help: names the man page" "$out" "^See $t\\(1\\)"
	like "$t: a bad option is a usage error on stderr, exit 2" \
	    "$($t --no-such-option 2>&1 >/dev/null; echo "rc=$?")" "rc=2"
	is "$t --help to a full disk: exit 1" "$(status sh -c "$t --help > /dev/full")" 1
done
done_testing
