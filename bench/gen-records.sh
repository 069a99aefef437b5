#!/bin/sh
# gen-records.sh N: N lines of records shaped like the pipeline's (block,
# item, resolution, entity), with escapes and non-ASCII text, on stdout.
n=${1:-100000}
awk -v n="$n" 'BEGIN {
	for (i = 1; i <= n; i++) {
		k = i % 4
		if (k == 0)
			printf "{\"type\":\"block\",\"doc\":\"minutes/2024-03.txt\",\"line\":%d,\"kind\":\"para\",\"label\":null,\"depth\":0,\"text\":\"The Panel considered a report of the Commissioner which provided an update on the budget of \\u00a3%d,250 for the period to 31 March 2024. A copy of the report, marked \\\"Agenda Item %d\\\", is filed with these minutes.\"}\n", i, i, i % 20
		else if (k == 1)
			printf "{\"type\":\"item\",\"doc\":\"minutes/2024-03.txt\",\"line\":%d,\"item\":\"%d\",\"item_seq\":%d,\"number\":\"%d\",\"seq\":%d,\"title\":\"Budget monitoring – quarter 3\",\"report\":null}\n", i, i % 90, i % 90, i % 90, i % 90
		else if (k == 2)
			printf "{\"type\":\"resolution\",\"doc\":\"minutes/2024-03.txt\",\"line\":%d,\"item\":\"%d\",\"item_seq\":%d,\"label\":\"a\",\"text\":\"That the contents of the report be noted; and that the Clerk write to the Chair of the Board\",\"unanimous\":null}\n", i, i % 90, i % 90
		else
			printf "{\"type\":\"entity\",\"doc\":\"minutes/2024-03.txt\",\"line\":%d,\"item\":\"%d\",\"item_seq\":%d,\"kind\":\"money\",\"text\":\"£%d,250\",\"value\":\"%d250.00\",\"start\":112,\"end\":121,\"currency\":\"GBP\"}\n", i, i % 90, i % 90, i, i
	}
}'
