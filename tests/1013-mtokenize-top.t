#!/bin/sh
# mtokenize: what sits above the minutes where they come from (invented
# minutes): a document-sharing site's wrapper, a static site's YAML front
# matter, a web page's meeting date and times, the head of a table of items.
. "$(dirname "$0")/lib.sh"
plan 11

tok() { mtokenize "$1" | jq -c '[.kind, .label, .text]' | tr -d '\n'; }

printf '%s\n' '4. March 2019' 'Total Page:12' 'File Type:pdf, Size:640Kb' \
    'MINUTES of a meeting of the Orwell Vale Parish Council held on 5 March 2019.' > wrap.txt
is "a sharing site's title of the upload above Total Page: is chrome, not item 4" \
    "$(mtokenize wrap.txt | jq -r 'select(.line == 1) | .kind + " " + .label + " " + .text')" \
    "artifact chrome 4 March 2019"
is "the minutes under the wrapper stay" \
    "$(mtokenize wrap.txt | jq -r 'select(.line == 4) | .kind')" para

printf '%s\n' 'Sharesite' '' 'In Attendance - DOC' '' 'Document Sample' \
    '1 ORWELL VALE PARISH COUNCIL MINUTES of a Powered By Sharesite' '' \
    'MINUTES of a meeting of the Orwell Vale Parish Council held on 5 March 2019.' > docsite.txt
is "all a sharing site puts above '... Powered By X' is chrome" \
    "$(mtokenize docsite.txt | jq -r 'select(.line <= 6) | .kind + ":" + .label' | sort -u | tr '\n' ' ')" \
    "artifact:chrome "
is "the heading under it is the first block of text" \
    "$(mtokenize docsite.txt | jq -r 'select(.kind != "artifact") | .line' | head -1)" 8
printf '%s\n' 'Kettle Lane Residents Forum' 'Minutes of the spring meeting.' \
    'The new lamps in the hall are powered by sunlight.' > notsite.txt
is "a sentence that ends in 'powered by' and a word is text" \
    "$(mtokenize notsite.txt | jq -r 'select(.kind == "artifact") | .text')" ""

printf '%s\n' '---' 'title: "Minutes of the Hollin Green Parish Council Meeting"' \
    'date: "2019-04-02"' 'categories:' '  - "parish-councils"' '---' '' \
    'Held on the 14th March 2019 at 7.30pm' > front.txt
is "front matter: the title's value is text, 'title:' chrome" \
    "$(mtokenize front.txt | jq -c 'select(.line == 2) | [.kind, .text]' | tr -d '\n')" \
    '["para","Minutes of the Hollin Green Parish Council Meeting"]["artifact","title:"]'
is "front matter: the other keys stay as they were, between the rules" \
    "$(mtokenize front.txt | jq -r 'select(.line == 1 or .line == 6) | .text' | tr '\n' ' ')" "--- --- "

printf '%s\n' 'Meeting Details' '' 'Planning Committee' '' '8 Nov 2017 - 14:00 to 14:30' '' \
    '12. March 2019' '' '1. Apologies' '' 'None.' > cms.txt
is "a web page's date and times is text, not item 8; '12. March 2019' is no label" \
    "$(mtokenize cms.txt | jq -r 'select(.line == 5 or .line == 7) | .kind + " " + .text' | tr '\n' ';')" \
    "para 8 Nov 2017 - 14:00 to 14:30;para 12 March 2019;"

printf '%s\n' '4. March 2020 payments' '' 'Payments were approved.' > item.txt
is "an item whose title starts with a month and a year stays an item" \
    "$(mtokenize item.txt | jq -r 'select(.line == 1) | .kind + " " + .label + " " + .text')" \
    "heading 4 March 2020 payments"

printf '%s\n' 'Venue: Council Chamber' 'No. | Item |' 'Apologies for Absence' > items.txt
is "the head of a table of items written with bars is chrome" \
    "$(mtokenize items.txt | jq -r 'select(.line == 2) | .kind + " " + .label')" "artifact chrome"
is "no word lost (wrapper, front matter, date lines, items head)" \
    "$(for f in wrap.txt docsite.txt front.txt cms.txt items.txt item.txt; do
	sh "$top/tests/data/tok-invariant.sh" "$f"; done)" ""
done_testing
