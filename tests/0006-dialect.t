#!/bin/sh
# One command-line dialect for the six tools: -h is --help, a bad option
# is a usage error whose message starts with the tool's own name (not the
# path it was run by, "bin/mtokenize:"), exit 2.
. "$(dirname "$0")/lib.sh"
plan 24
for t in mtokenize msection mentities mcsv minutes2csv mbatch; do
	is "$t -h is --help" "$("$top/bin/$t" -h 2>&1; echo "rc=$?")" \
	    "$("$top/bin/$t" --help 2>&1; echo "rc=$?")"
	"$top/bin/$t" -q </dev/null >out 2>err
	is "$t -q: exit 2, nothing on stdout" "$?:$(cat out)" "2:"
	like "$t -q: the message names the tool as it is called" \
	    "$(head -n 1 err)" "^$t: (unknown|invalid) option"
	"$top/bin/$t" --no-such </dev/null >/dev/null 2>err
	like "$t --no-such: so does getopt's" "$(head -n 1 err)" "^$t: (unknown|unrecognized) option"
done
done_testing
