#!/bin/sh
# mtokenize: minute references run into one paragraph, as PDF text gives a
# page of a parish's minutes (invented lines): a reference that continues
# the document's own sequence after a sentence starts a heading; one that
# breaks it (a minute quoted, an earlier number, a sum, a date) or that
# stands inside a sentence does not.
. "$(dirname "$0")/lib.sh"
plan 8

heads() { printf '%s\n' "$1" | mtokenize | jq -r 'select(.kind == "heading") | .label' | tr '\n' ' '; }

while IFS='|' read -r desc line want; do
	is "$desc" "$(heads "$line")" "$want"
done <<'T'
references in sequence cut the paragraph|41/23 Apologies Apologies came from Ms Orrin who was at work. 42/23 Declarations of Interest No declarations were made. 43/23 Minutes of the Last Meeting The minutes were signed.|41/23 42/23 43/23 
a prefixed reference with a year range|Cou/117/23-24 Apologies None were received. Cou/118/23-24 Finance The accounts were noted.|Cou/117/23-24 Cou/118/23-24 
a body code and a number|22-23/PLN/6 Planning The plans were seen. 22-23/PLN/7 Trees The order was noted.|22-23/PLN/6 22-23/PLN/7 
a quoted minute does not cut|41/23 Minutes The Clerk read the minutes. 38/23 should say the hedge was cut. They were signed.|41/23 
a skipped number does not cut|41/23 Apologies None were received. 45/23 Planning The plans were seen.|41/23 
a reference inside a sentence does not cut|41/23 Minutes The minutes were read and 42/23 Finance was taken next as agreed.|41/23 
a reference of another shape does not cut|41/23 Finance The sum was paid. 42/2023 Invoice Two invoices came.|41/23 
T
is "the sequence goes on from the heading of the line before" \
    "$(printf '51/23 Highways\n\nThe verge was mown on time. 52/23 Allotments Two plots are free.\n' | mtokenize | jq -r 'select(.kind == "heading") | .label' | tr '\n' ' ')" \
    "51/23 52/23 "
