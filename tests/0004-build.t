#!/bin/sh
# The build: the dependency step and make install.
. "$(dirname "$0")/lib.sh"
plan 7

is "deps: all present, nothing to do" "$(status env MINUTIAE_NO_INSTALL=1 sh "$top/scripts/deps")" 0

# A PATH with everything but jq: the step names the exact apt-get line.
mkdir fakebin
for c in sh cc make prove id apt-get sudo; do
	p=$(command -v $c) && ln -s "$p" fakebin/$c
done
out=$(PATH=$tmp/fakebin MINUTIAE_NO_INSTALL=1 sh "$top/scripts/deps" 2>&1)
like "deps: a missing jq is named with the apt-get line" "$out" 'run as root: apt-get install -y jq$'
is "deps: exit 1 when something is missing" "$(PATH=$tmp/fakebin MINUTIAE_NO_INSTALL=1 status sh "$top/scripts/deps")" 1

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
