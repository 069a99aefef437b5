#!/bin/sh
# Hostile input, state: a document's records are the same whether it is
# read alone or after other documents in the same process (mbatch and
# minutes2csv send many documents through one process of each filter).
# Every fixture and example goes through each filter alone, in one run
# with all the others in order, and in one run in the reverse order; the
# records of each document must agree byte for byte.
. "$(dirname "$0")/lib.sh"
plan 12

docs=$(ls "$top"/examples/*.txt "$top"/examples/*.md "$top"/tests/data/*.txt \
    "$top"/tests/data/*.md)
rev=$(printf '%s\n' $docs | sort -r)

# together TOOL OUT FILE...: TOOL over all FILEs in one process, into OUT;
# alone TOOL OUT FILE...: TOOL over each FILE in a process of its own.
together() { _t=$1 _o=$2; shift 2; "$_t" "$@" >"$_o" 2>/dev/null; }
alone() {
	_t=$1 _o=$2; shift 2
	: >"$_o"
	for _f; do "$_t" "$_f" >>"$_o" 2>/dev/null; done
}
# bydoc FILE: the records of FILE sorted by doc, stable (the reverse run
# writes the documents in the other order).
bydoc() { jq -c '.doc' "$1" | paste -d '\t' - "$1" | sort -s -t '	' -k1,1 | cut -f2-; }

# mtokenize: the width estimate, the page and item counters and the
# running heads are forgotten between documents.
a=$top/tests/data/hostile-width-a.txt b=$top/tests/data/hostile-width-b.txt
mtokenize "$a" "$b" | grep -F 'hostile-width-b' >pair.jsonl
mtokenize "$b" >b.jsonl
ok "mtokenize: a document after one of 64 lines reads as alone" cmp -s pair.jsonl b.jsonl
alone mtokenize alone.jsonl $docs
together mtokenize fwd.jsonl $docs
together mtokenize rev.jsonl $rev
ok "mtokenize: every fixture alone = after the others" cmp -s fwd.jsonl alone.jsonl
bydoc rev.jsonl >rev.sorted; bydoc alone.jsonl >alone.sorted
ok "mtokenize: every fixture alone = after the others, reversed" cmp -s rev.sorted alone.sorted
is "mtokenize: the fixtures gave blocks" "$(test -s alone.jsonl && echo yes)" yes

# The block files of each document, for the filters after mtokenize.
i=0 blocks= rblocks=
for f in $docs; do
	i=$((i + 1))
	mtokenize "$f" >"blk$i.jsonl" 2>/dev/null
	blocks="$blocks blk$i.jsonl"
	rblocks="blk$i.jsonl $rblocks"
done

# stage NAME TOOL IN...: runs TOOL over the INs alone, in order and in
# reverse, and tests that the records agree.
stage() {
	_n=$1 _tool=$2; shift 2
	alone "$_tool" "$_n-alone.out" "$@"
	together "$_tool" "$_n-fwd.out" "$@"
	ok "$_n: every document alone = after the others" \
	    cmp -s "$_n-fwd.out" "$_n-alone.out"
}
stage msection msection $blocks
together msection msection-rev.out $rblocks
bydoc msection-rev.out >ms-rev.sorted; bydoc msection-alone.out >ms-alone.sorted
ok "msection: in reverse order too" cmp -s ms-rev.sorted ms-alone.sorted

# The records of msection for each document, for mentities and mcsv.
i=0 recs= rrecs=
for f in $blocks; do
	i=$((i + 1))
	msection "$f" >"rec$i.jsonl" 2>/dev/null
	recs="$recs rec$i.jsonl"
	rrecs="rec$i.jsonl $rrecs"
done
stage mentities mentities $recs
together mentities ment-rev.out $rrecs
bydoc ment-rev.out >me-rev.sorted; bydoc mentities-alone.out >me-alone.sorted
ok "mentities: in reverse order too" cmp -s me-rev.sorted me-alone.sorted

# mcsv keeps the meeting and items of the current document for the
# context columns: each table, without its header, alone and together.
i=0 ents=
for f in $recs; do
	i=$((i + 1))
	mentities "$f" >"ent$i.jsonl" 2>/dev/null
	ents="$ents ent$i.jsonl"
done
for t in attendee resolution action; do
	: >"csv-$t-alone"
	for f in $ents; do
		mcsv --no-header -t "$t" -f doc,line,meeting.date,item.title "$f" \
		    >>"csv-$t-alone" 2>/dev/null
	done
	mcsv --no-header -t "$t" -f doc,line,meeting.date,item.title $ents \
	    >"csv-$t-fwd" 2>/dev/null
	ok "mcsv -t $t: every document alone = after the others" \
	    cmp -s "csv-$t-fwd" "csv-$t-alone"
done
is "mcsv: the documents gave resolutions" \
    "$(test -s csv-resolution-alone && echo yes)" yes
done_testing
