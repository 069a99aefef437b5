#!/bin/sh
# msection (through mtokenize): lists of names as tables and PDFs leave
# them; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 15

who() {
	printf 'Minutes of the Brackley Fen Parish Council held on 3 May 2022\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring), .role] | map(. // "-") | join("|")' |
	    tr '\n' ';'
}

is "a bilingual list given twice is one list; the chair from either" \
    "$(who "$(printf 'Yn bresennol:\n\nCyng. Ann Rees (Cadeirydd) Cyng. Bryn Lloyd\n\nPresent:\n\nCllr. Ann Rees (Chair) Cllr. Bryn Lloyd')")" \
    "Ann Rees|present|true|-;Bryn Lloyd|present|false|-;"
is "Name (Role) Name (Role): rows of a table run together" \
    "$(who 'In attendance: Gwen Price (Clerk) Huw Evans (Events Officer) Ifor Bowen (Translator)')" \
    "Gwen Price|attendance|false|Clerk;Huw Evans|attendance|false|Events Officer;Ifor Bowen|attendance|false|Translator;"
is "a dash inside brackets is no role that the next names go on" \
    "$(who 'Apologies: Dora Kemp (Adviser – Housing), Ed Lamb (Adviser – Transport) and Fay Moss (Tourism).')" \
    "Dora Kemp|apologies|false|Adviser – Housing;Ed Lamb|apologies|false|Adviser – Transport;Fay Moss|apologies|false|Tourism;"
is "PRESENT (five Councillors): - names with initials; X (XX) – Chair, then more names" \
    "$(who 'PRESENT (five Councillors): - Gail North (GN), Hal Oake (HO) – Chair, Ian Pyle (IP), Jo Quant (JQ), and Kit Rhee (KR).')" \
    "Gail North|present|false|-;Hal Oake|present|true|-;Ian Pyle|present|false|-;Jo Quant|present|false|-;Kit Rhee|present|false|-;"
is "a list of its own longer than 600 characters is read whole" \
    "$(who "Present:

$(for a in B C D E F G H K L M N P; do for b in a e i o u; do
        printf 'Cllr A %s%sll, ' $a $b; done; done)Cllr B Last" | tr ';' '\n' |
        grep -c present)" \
    "61"
is "a note with a verb in brackets leaves the line a name" \
    "$(who "$(printf 'Present:\n\nCllr. J Jarvis (Chairman for the meeting and newly elected Vice-Chair).\n\nCllr. K Knox')")" \
    "J Jarvis|present|true|-;K Knox|present|false|-;"
is "Mayor, Deputy Mayor, Metro Mayor before a name are titles" \
    "$(who 'Apologies for absence were received from Mayor J Anders, Deputy Mayor K Byrne and Councillor L Cole.')" \
    "J Anders|apologies|false|-;K Byrne|apologies|false|-;L Cole|apologies|false|-;"
is "the Mayor, Cllr X: still a post before a name" \
    "$(who 'Present: The Mayor, Cllr M Dunn (in the Chair); Cllr N Eve')" \
    "M Dunn|present|true|Mayor;N Eve|present|false|-;"
is "after a bracket, initials start the next name; a line in capitals does not" \
    "$(who 'PRESENT: COUNCILLORS: T R Hughes (Mayor) K Lorne, P Quay. APOLOGIES received from Councillor G Beck.')" \
    "T R Hughes|present|false|Mayor;K Lorne|present|false|-;P Quay|present|false|-;G Beck|apologies|false|-;"
is "a heading in capitals after a bracket is no name" \
    "$(who 'In attendance: Mr P Sable (Head of Democratic Services) OPEN BUSINESS')" \
    "P Sable|attendance|false|Head of Democratic Services;"
is "full names run together with no commas are read by twos" \
    "$(who 'Present: Alma Birch Cyril Dane Edna Frost Gil Hearn')" \
    "Alma Birch|present|false|-;Cyril Dane|present|false|-;Edna Frost|present|false|-;Gil Hearn|present|false|-;"
is "a run of names ends at a word in capitals; an odd run is one name" \
    "$(who "$(printf 'Apologies: Ivy Jones Kay Lowe FILEREF 2/3\n\nAbsent: Ann Marie Nye')")" \
    "Ivy Jones|apologies|false|-;Kay Lowe|apologies|false|-;Ann Marie Nye|absent|false|-;"

# A board's register: "Name Post" on a line each, a trust's minutes.
board() {
	printf 'Eastdown Community NHS Trust\n\nMinutes of the Public Board Meeting held in the Boardroom, Kestrel House,\nNorthmere on Thursday 5 March 2020 from 10:00 until the close of business\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, .role] | map(. // "-") | join("|")' | tr '\n' ';'
}
is "Name Post lines: a post's qualifier after a two-word name starts the post" \
    "$(board "$(printf 'Present:\nAnna Bell    Chief Executive\nKarl Dunn    Non-Executive Director\n\nApologies:\nOwen Hart    Medical Director')")" \
    "Anna Bell|present|Chief Executive;Karl Dunn|present|Non-Executive Director;Owen Hart|apologies|Medical Director;"
is "a note in brackets after the post stays with it" \
    "$(board "$(printf 'Present:\nAnna Bell    Chief Executive\n\nIn attendance:\nMark Fenn    Company Secretary (minutes)')")" \
    "Anna Bell|present|Chief Executive;Mark Fenn|attendance|Company Secretary (minutes);"
is "... while a council's chief executive among its members attends" \
    "$(who 'Present: Cllr A Abel, Cllr B Bray, Mr C Cole (Chief Executive)')" \
    "A Abel|present|false|-;B Bray|present|false|-;C Cole|attendance|false|Chief Executive;"
