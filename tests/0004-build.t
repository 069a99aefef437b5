#!/bin/sh
# The build: the dependency step and make install.
. "$(dirname "$0")/lib.sh"
plan 14

is "deps: the build set is all here, nothing to do" "$(status env MINUTIAE_NO_INSTALL=1 sh "$top/scripts/deps")" 0

# A PATH with every command of the test set but jq: the test set names
# the exact apt-get line; the build set (make, make demo) needs no jq.
mkdir fakebin
for c in sh cc make prove id apt-get sudo sqlite3 groff col parallel rsync valgrind; do
	p=$(command -v $c) && ln -s "$p" fakebin/$c
done
out=$(PATH=$tmp/fakebin MINUTIAE_NO_INSTALL=1 sh "$top/scripts/deps" test 2>&1)
like "deps test: a missing jq is named with the apt-get line" "$out" 'run as root: apt-get install -y.* jq( |$)'
is "deps test: exit 1 when something is missing" "$(PATH=$tmp/fakebin MINUTIAE_NO_INSTALL=1 status sh "$top/scripts/deps" test)" 1
is "deps build (make, make demo): no jq needed" "$(PATH=$tmp/fakebin MINUTIAE_NO_INSTALL=1 status sh "$top/scripts/deps" build)" 0
like "deps test: an optional tool missing is a note, not a failure" \
    "$(PATH=$tmp/fakebin MINUTIAE_NO_INSTALL=1 sh "$top/scripts/deps" test 2>&1)" \
    '^deps: optional, not installed: poppler-utils'
like "make asks for the build set, make check for the test set" \
    "$(make -n -C "$top" check 2>/dev/null | grep 'scripts/deps' | tr '\n' ' ')" \
    'deps build .*deps test'

# The one list: the optional set holds pdftotext's package, the test set
# what CI needs, and .ci/run installs nothing of its own.
is "deps --list optional" "$(sh "$top/scripts/deps" --list optional)" poppler-utils
is "deps --list test" "$(sh "$top/scripts/deps" --list test | tr '\n' ' ')" \
    'jq sqlite3 perl groff-base bsdextrautils parallel rsync valgrind '
is ".ci/run runs make check and installs nothing" \
    "$(grep -v '^#' "$top/.ci/run" | grep -c 'apt-get\|install')" 0
like ".ci/run is the README's test command" "$(tail -n 1 "$top/.ci/run")" '^make check$'

make -s -C "$top" install DESTDIR="$tmp/root" PREFIX=/usr >/dev/null 2>&1
ok "make install: binaries in DESTDIR/PREFIX/bin" test -x root/usr/bin/mtokenize -a -x root/usr/bin/msection -a -x root/usr/bin/mentities -a -x root/usr/bin/mcsv
ok "make install: man pages" test -f root/usr/share/man/man1/mcsv.1 -a -f root/usr/share/man/man7/minutiae.7

# CI may run with a bare environment: no HOME and no SHELL (GNU parallel
# warned about the one and its remote worker ran nothing without the
# other).  The README's recipes, which use both, pass there too.
is "the README test passes with no HOME and no SHELL" \
    "$(status env -i PATH="$PATH" sh "$top/tests/9003-readme.t")" 0
# make bench times the record layer with tests/unit/roundtrip, which
# make sanitize and make clean remove: bench builds it (it did not).
like "make bench builds the unit program it times" \
    "$(make -n -B -C "$top" bench 2>/dev/null)" 'tests/unit/roundtrip '
done_testing
