#!/bin/sh
# The manual pages print on every groff device without a warning: on
# ASCII and Latin-1 terminals (no glyph for ➢ or £) as on UTF-8 ones.  And
# minutiae(7) names every entity kind that mentities writes; mcsv(1)
# renders -t with its long form outside the brackets.
. "$(dirname "$0")/lib.sh"
plan 12
if ! command -v groff >/dev/null 2>&1; then
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do skip "groff not installed"; done
	exit 0
fi
for p in man/mtokenize.1 man/msection.1 man/mentities.1 man/mcsv.1 \
    man/minutes2csv.1 man/mbatch.1 man/minutiae.7 man/dev/deps.1 man/dev/demo.1; do
	is "$p: groff -Tascii and -Tlatin1 without a warning" \
	    "$(groff -mdoc -Tascii -ww -z "$top/$p" 2>&1; groff -mdoc -Tlatin1 -ww -z "$top/$p" 2>&1)" ""
done
page=$(groff -mdoc -Tutf8 "$top/man/minutiae.7" 2>/dev/null | col -b)
miss=
for k in money date period time percent person role org operation report law place; do
	printf '%s\n' "$page" | grep -q "^ *$k\b\|, $k\b\| $k\$" || miss="$miss $k"
done
is "minutiae(7) names every entity kind" "$miss" ""
is "mcsv(1): -t TYPE[,TYPE ...], --type=TYPE[,TYPE ...]" \
    "$(groff -mdoc -Tutf8 "$top/man/mcsv.1" 2>/dev/null | col -b | grep -c -- '-t TYPE\[,TYPE \.\.\.\], --type=TYPE\[,TYPE \.\.\.\]')" 1
is "mtokenize(1) on an ASCII terminal names the code points" \
    "$(groff -mdoc -Tascii "$top/man/mtokenize.1" 2>/dev/null | col -b | grep -c 'U+27A2 x')" 1
done_testing
