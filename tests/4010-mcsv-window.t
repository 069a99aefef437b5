#!/bin/sh
# mcsv keeps the items of a document in a window of the last 256, so its
# memory stays flat on one long document (a folder glued with cat): the
# context columns of a record of a recent item are right, and a record of
# an item further back gets empty item cells and one warning.
. "$(dirname "$0")/lib.sh"
plan 6

# One document of 300 items, each followed by a resolution of its own.
awk 'BEGIN {
	printf "{\"type\":\"meeting\",\"doc\":\"long\",\"line\":1,\"date\":\"2024-05-01\"}\n"
	for (i = 1; i <= 300; i++) {
		printf "{\"type\":\"item\",\"doc\":\"long\",\"line\":%d,\"item\":\"%d\",\"item_seq\":%d,\"number\":\"%d\",\"title\":\"Title %d\"}\n", 10 * i, i, i, i, i
		printf "{\"type\":\"resolution\",\"doc\":\"long\",\"line\":%d,\"item\":\"%d\",\"item_seq\":%d,\"text\":\"Decision %d\"}\n", 10 * i + 1, i, i, i
	}
	# a late record of item 3, out of the window
	printf "{\"type\":\"resolution\",\"doc\":\"long\",\"line\":9999,\"item\":\"3\",\"item_seq\":3,\"text\":\"Late\"}\n"
}' > long.jsonl
mcsv -t resolution -f line,item.title,text long.jsonl > out.csv 2> err
is "every item's own title, first to last" \
    "$(sed -n '2p;301p' out.csv | tr '\n' ' ')" \
    "11,Title 1,Decision 1 3001,Title 300,Decision 300 "
is "a record of an item 298 back: empty item cells" \
    "$(tail -n 1 out.csv)" "9999,,Late"
is "one warning, with where" "$(cat err)" \
    "mcsv: long:9999: item 3 is more than 256 items back: its item columns are empty"

# The window serves each document afresh: item 1 of the next document is
# not the last document's item 1.
{ head -n 3 long.jsonl
  printf '{"type":"resolution","doc":"other","line":5,"item":"1","item_seq":1,"text":"No item"}\n'
} > two.jsonl
is "another document's item is not taken" \
    "$(mcsv --no-header -t resolution -f doc,item.title two.jsonl | tail -n 1)" "other,"
is "the first document keeps its own" \
    "$(mcsv --no-header -t resolution -f doc,item.title two.jsonl | head -n 1)" "long,Title 1"
is "no warning for records in the window" \
    "$(mcsv -t resolution two.jsonl 2>&1 >/dev/null)" ""
done_testing
