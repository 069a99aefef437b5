#!/bin/sh
# mcsv: bad input, --strict, unreadable files, write errors, usage.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
s=$data/csv-stream.jsonl
plan 27

# A line that is not a record: a warning naming file:line and jq -c, the
# stream goes on, exit 1.
{ sed -n 1,5p "$s"; echo '{"type":"resolution","doc":"x",'; sed -n '6,$p' "$s"; } >bad.jsonl
mcsv -t resolution bad.jsonl >out 2>err
rc=$?
is "bad line: exit 1" "$rc" 1
like "bad line: warning names file:line" "$(cat err)" '^mcsv: bad.jsonl:6: '
like "bad line: warning suggests jq -c" "$(cat err)" 'jq -c'
is "bad line: one warning" "$(wc -l <err | tr -d ' ')" 1
is "bad line: the other rows are all there" "$(cat out)" "$(cat "$data/csv-resolution.csv")"

# Lines of types not asked for are recognised by their head and passed
# over unparsed; one cut short (no closing brace) is still parsed and warned.
printf '{"type":"block","doc":"x","line":1,"text":"cut short\n' >cut.jsonl
cat "$s" >>cut.jsonl
mcsv -t resolution cut.jsonl >out 2>err
is "cut-short line of another type: exit 1" "$(status mcsv -t resolution cut.jsonl)" 1
like "  warned" "$(cat err)" '^mcsv: cut.jsonl:1: '
is "  the rows are all there" "$(cat out)" "$(cat "$data/csv-resolution.csv")"

# Pretty-printed JSON (jq without -c) is refused with the fix.
jq . "$s" | mcsv -t resolution >out 2>err
is "pretty JSON: exit 1" "$(jq . "$s" | status mcsv -t resolution)" 1
like "pretty JSON: says jq -c" "$(head -n 1 err)" '^mcsv: -:1: .*jq -c'

# --strict: stop at the first bad line, exit 1, rows before it written.
mcsv --strict -t resolution bad.jsonl >out 2>err
is "--strict: exit 1" "$(status mcsv --strict -t resolution bad.jsonl)" 1
is "--strict: stops at the bad line" "$(cat out)" \
    "$(head -n 1 "$data/csv-resolution.csv")"
like "--strict: names it" "$(cat err)" '^mcsv: bad.jsonl:6: '
is "--strict: later files are not read" \
    "$(mcsv --strict -t resolution bad.jsonl "$s" 2>/dev/null | wc -l | tr -d ' ')" 1

# A file that cannot be read: a warning, the next file is still done.
mcsv -t point nosuch.jsonl "$s" >out 2>err
is "missing file: exit 1" "$(status mcsv -t point nosuch.jsonl "$s")" 1
like "missing file: named" "$(cat err)" '^mcsv: nosuch.jsonl: '
is "missing file: the next file is done" "$(wc -l <out | tr -d ' ')" 2

# A truncated gzip stream is an error, not a quiet end.
gzip -c "$s" | head -c 300 >cut.gz
is "truncated gzip: exit 1" "$(status mcsv -t resolution cut.gz)" 1

# Write errors and pipes.
mcsv -t resolution "$s" >/dev/full 2>err
is "/dev/full: exit 1" "$(status sh -c 'mcsv -t resolution "$1" >/dev/full' sh "$s")" 1
like "/dev/full: says so" "$(cat err)" '^mcsv: .*(write|space)'
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat "$s"; done >big1
for i in 1 2 3 4 5 6 7 8 9 10; do cat big1; done >big2
for i in 1 2 3 4 5 6 7 8 9 10; do cat big2; done >big
( mcsv -f type,doc,line,text big 2>err; echo $? >rc ) | head -n 1 >/dev/null
is "| head -1: no message" "$(cat err)" ""
like "| head -1: ends by SIGPIPE or quietly" "$(cat rc)" '^(0|141)$'

# Usage.
like "--help: usage on stdout" "$(mcsv --help)" '^usage: mcsv \[-t TYPE'
is "--help: exit 0" "$(status mcsv --help)" 0
like "--version" "$(mcsv --version)" '^mcsv \(minutiae\) [0-9]'
is "unknown option: exit 2" "$(status mcsv --bogus)" 2
is "-f with no names: exit 2" "$(status mcsv -f , "$s")" 2
