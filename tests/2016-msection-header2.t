#!/bin/sh
# msection: where and when, in the forms of header met in the wider run
# of minutes (invented): a venue on the line after its label or after the
# date, in a sentence, after the date of a heading without "held"; start
# and end in ranges, "declared the meeting open", "Commenced:".
. "$(dirname "$0")/lib.sh"
plan 22

meet() {
	msection | jq -r 'select(.type == "meeting") |
	    [.body, .venue, .date, .start, .end] | map(. // "-") | join("|")'
}
pad() { i=0; while [ $i -lt 14 ]; do one_block para 'The Clerk reported on the footpaths.'; i=$((i + 1)); done; }

is "Place: alone, its value on the next line" \
    "$({ one_block para 'Ashby Magna Town Council'; one_block keyword '' PLACE Place; one_block para 'Memorial Hall, Ashby Magna'
         one_block keyword 'Monday 3 May 2011' DATE Date; } | meet)" \
    "Ashby Magna Town Council|Memorial Hall, Ashby Magna|2011-05-03|-|-"
is "a venue line after the date line, a range on the date line" \
    "$({ one_block para 'Minutes of Meeting (no.212) of Hillbrae Community Council'; one_block para '13th November 2024, 19:00-21:00.'
         one_block para 'Hillbrae Primary School Library, 5 Mill Rd, G11 7HZ'; one_block para 'Minutes'; } | meet)" \
    "Hillbrae Community Council|Hillbrae Primary School Library, 5 Mill Rd, G11 7HZ|2024-11-13|19:00|21:00"
is "a line after the date that names no place is no venue" \
    "$({ one_block para 'Hillbrae Community Council'; one_block para '13th November 2024'; one_block para 'Chair: Ann Moss, Treasurer: Bob Kerr'; } | meet)" \
    "Hillbrae Community Council|-|2024-11-13|-|-"
is "a sentence of the header: this meeting was held remotely via ..." \
    "$({ one_block para 'Parish Council meeting on Thursday 8th April 2021 at 8 p.m.'
         one_block para 'Due to the lockdown this meeting was held remotely via video conferencing'; } | meet)" \
    "Parish Council|remotely via video conferencing|2021-04-08|20:00|-"
is "no held: the venue after the date and time (in the V)" \
    "$(one_block para 'Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall' | meet)" \
    "Community Council|Village Hall|2019-10-29|19:30|-"
is "no held: text after the date that is no place is no venue" \
    "$(one_block para 'Westvale Scrutiny Board - Tuesday, 15 September 2020 10.30 am (draft)' | meet)" \
    "Westvale Scrutiny Board|-|2020-09-15|10:30|-"
is "held: only a part that begins at, in, via, remotely ... is the venue" \
    "$(one_block para 'MINUTES OF THE MEETING OF THE HOLLYBANK PARISH COUNCIL HELD ON 3 MAY 2019 IN THE VILLAGE HALL Meeting No: 07' | meet)" \
    "HOLLYBANK PARISH COUNCIL|VILLAGE HALL|2019-05-03|-|-"
is "a web page's date line with times: 30 May 2018 - 10:00 to 11:30" \
    "$({ one_block para 'Meeting Details'; one_block para 'Full Authority'; one_block para '30 May 2018 - 10:00 to 11:30'; } | meet)" \
    "Full Authority|-|2018-05-30|10:00|11:30"
printf '%s\n' 'Meeting Details' '' 'Planning Committee' '' '8 Nov 2017 - 14:00 to 14:30' '' \
    '1. Apologies' '' 'None.' > cms.txt
is "through mtokenize: 8 Nov 2017 - 14:00 to 14:30 is the date and times, not item 8" \
    "$(mtokenize cms.txt | meet)" "Planning Committee|-|2017-11-08|14:00|14:30"
is "... through mtokenize: nothing is numbered 8" \
    "$(mtokenize cms.txt | msection | jq -r 'select(.number == "8" or .label == "8") | .type')" ""
is "The Chairman declared the meeting open at 7:00 pm" \
    "$({ one_block para 'Minutes of the ordinary meeting of Fernlow Parish Council held on Monday 14th September 2020.'
         one_block para 'The Chairman declared the meeting open at 7:00 pm.'; } | meet)" \
    "Fernlow Parish Council|-|2020-09-14|19:00|-"
is "final closure of the meeting was at 8.37 pm; the hall open at 6pm is no start" \
    "$({ one_block para 'Minutes of the meeting of Fernlow Parish Council held on 1 June 2017.'
         one_block para 'The hall will be open at 6pm for the exhibition.'; pad
         one_block para 'The Chairman thanked everyone, and final closure of the meeting was at 8.37 pm.'; } | meet)" \
    "Fernlow Parish Council|-|2017-06-01|-|20:37"
is "THE CHAIR CLOSED THE MEETING AT 20.15PM (24 hours with pm)" \
    "$({ one_block para 'Minutes of the meeting of Fernlow Parish Council held on 1 June 2021.'
         one_block para 'THE CHAIR CLOSED THE MEETING AT 20.15PM'; } | meet)" \
    "Fernlow Parish Council|-|2021-06-01|-|20:15"
is "Commenced: and Concluded: lines" \
    "$({ one_block para 'Minutes of the meeting of Fernlow Parish Council held on 1 June 2021.'
         one_block para 'Commenced: 7.30pm'; pad; one_block para 'Concluded: 9.10pm'; } | meet)" \
    "Fernlow Parish Council|-|2021-06-01|19:30|21:10"
is "a date with its weekday and no year: the year of the document's dates where the weekday fits" \
    "$({ one_block para 'Minutes of the Joint Planning Committee Meeting held on Tuesday 7th April at 7.00pm conducted on-line: LINK: https://example.org/join/1'
         one_block keyword 'Cllr A Moss' PRESENT Present; one_block heading 'Minutes' '' '' 101
         one_block para 'The minutes of the meeting held on 3rd March 2020 were approved.'; } | meet)" \
    "Joint Planning Committee|on-line|2020-04-07|19:00|-"
is "Meeting ended 8.50. (no pm) after a start at 7.30pm is 20:50" \
    "$({ one_block para 'Held on the 16th November 2000 at 7.30pm'; pad
         one_block para 'Meeting ended 8.50. NEXT MEETING 18th JANUARY AT 7.30.P.M.'; } | meet)" \
    "-|-|2000-11-16|19:30|20:50"
is "The meeting closed at 9.15. (no pm) after 7pm is 21:15" \
    "$({ one_block para 'Minutes of the meeting of Fernlow Parish Council held on 1 June 2021 at 7pm.'; pad
         one_block para 'There being no further business the meeting closed at 9.15.'; } | meet)" \
    "Fernlow Parish Council|-|2021-06-01|19:00|21:15"
is "a heading sentence read as a keyword's text in a flattened transcript" \
    "$({ one_block para 'NORTHSHIRE COMBINED AUTHORITY PUBLICATION: 2 MAY 2017 * DENOTES KEY'
         one_block keyword 'At a meeting of the Northshire Combined Authority held in the Council Chamber, 4 Dock Street, Northport on Friday, 28th April, 2017 the following Members were Present: Mayor A Bell (in the Chair)' DECISION DECISION
         one_block heading 'APOLOGIES FOR ABSENCE' '' '' 66; } | meet)" \
    "Northshire Combined Authority|Council Chamber, 4 Dock Street, Northport|2017-04-28|-|-"
is "Commenced: and Concluded: labels run into the heading line" \
    "$(one_block para 'Minutes of the meeting of Ashcombe Town Council held on Monday 9 September 2019 Commenced: 7.00pm Concluded: 8.20pm' | meet)" \
    "Ashcombe Town Council|-|2019-09-09|19:00|20:20"
is "held DATE, then a place with no preposition" \
    "$(one_block para 'Minutes of the Meeting of Eastbury Parish Council held on Monday 11th March 2019 at 7.30pm, Village Hall, Eastbury' | meet)" \
    "Eastbury Parish Council|Village Hall, Eastbury|2019-03-11|19:30|-"
is "Date: / Time: 14:00 to 14:30 run together: the range" \
    "$({ one_block para 'Licensing Sub-Committee'; one_block keyword '8 Nov 2017 Time: 14:00 to 14:30 Venue: Room 4, Civic Centre' DATE Date; } | meet)" \
    "Licensing Sub-Committee|Room 4, Civic Centre|2017-11-08|14:00|14:30"
is "a table row of date, time and venue: the venue without the cells' dash" \
    "$({ one_block para 'Date – Time – Venue'; one_block para 'Monday 4 March 2019 – 7.30 pm – Village Hall'
         one_block para 'Minutes of the Meeting of Ashby Parva Parish Council'; } | meet)" \
    "Ashby Parva Parish Council|Village Hall|2019-03-04|19:30|-"
done_testing
