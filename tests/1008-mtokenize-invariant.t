#!/bin/sh
# mtokenize: the invariant of RECORDS.md on every fixture: the letters and
# digits of the input are those of the blocks (labels, texts, artifacts).
. "$(dirname "$0")/lib.sh"
d=$top/tests/data
set -- "$d"/tok-*.txt "$d"/tok-*.md
plan $(($# * 2 + 1))
for f in "$@"; do
	cp "$f" in
	is "invariant: ${f##*/}" "$(sh "$d/tok-invariant.sh" in 2>/dev/null)" ""
	is "invariant without artifacts still in order: ${f##*/}" \
	    "$(sh "$d/tok-invariant.sh" in --drop-artifacts 2>/dev/null | grep 'out of order')" ""
done
gzip -c "$d/tok-pdf.txt" > in.gz
is "invariant: gzip" "$(sh "$d/tok-invariant.sh" in.gz)" ""
done_testing
