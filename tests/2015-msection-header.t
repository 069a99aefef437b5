#!/bin/sh
# msection: the meeting header in the forms met in the wider run of
# minutes (invented): the body is the body, not a kind of meeting, a
# place or "Minutes"; another meeting's minutes are not this one's header.
. "$(dirname "$0")/lib.sh"
plan 33

meet() {
	msection | jq -r 'select(.type == "meeting") |
	    [.body, .venue, .date, .start, .end] | map(. // "-") | join("|")'
}

is "the kind of meeting before 'meeting' goes (virtual)" \
    "$(one_block para 'Minutes of the Community Council virtual meeting held via Zoom, on Tuesday, 9th March 2021.' | meet)" \
    "Community Council|via Zoom|2021-03-09|-|-"
is "the kind of meeting goes (EXTRA ORDINARY ... MEETING) from a line above" \
    "$({ one_block para 'EXTRA ORDINARY PARISH COUNCIL MEETING'; one_block para '3 May 2021 MINUTES'; } | meet)" \
    "PARISH COUNCIL|-|2021-05-03|-|-"
is "Minutes of Meeting (no.212) of X" \
    "$(one_block para 'Minutes of Meeting (no.212) of Hillbrae Community Council' | meet)" \
    "Hillbrae Community Council|-|-|-|-"
is "Minutes of Meeting No. 7 of X" \
    "$(one_block para 'Minutes of Meeting No. 7 of Hillbrae Community Council, 4 June 2024' | meet)" \
    "Hillbrae Community Council|-|2024-06-04|-|-"
is "X Minutes of the Board Meeting in Public DATE TIMES V Members:" \
    "$(one_block para 'Eastvale Health NHS Trust Minutes of the Board Meeting in Public Tuesday 6 June 2017 10:15 – 12:30 The Mill Conference Centre, Dale Road, Eastvale Members: Ann Bell Tom Cray' | meet)" \
    "Eastvale Health NHS Trust|Mill Conference Centre, Dale Road, Eastvale|2017-06-06|10:15|12:30"
is "X NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at" \
    "$(one_block para 'GLENMOOR NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at The Lodge Hotel, Glenmoor on 3 October 2003 at 10.30am' | meet)" \
    "GLENMOOR NATIONAL PARK AUTHORITY|Lodge Hotel, Glenmoor|2003-10-03|10:30|-"
is "X TOWN COUNCIL COUNCIL MEETING Minutes of a meeting of the Council held at" \
    "$(one_block para 'ASHTON MARSH TOWN COUNCIL COUNCIL MEETING Minutes of a meeting of the Council held at the Council Chamber, Town Hall, Ashton Marsh, on Tuesday, 1st August 2017.' | meet)" \
    "ASHTON MARSH TOWN COUNCIL|Council Chamber, Town Hall, Ashton Marsh|2017-08-01|-|-"
is "a named body after 'of' stays even with a longer line before it" \
    "$(one_block para 'NORTHSHIRE COUNTY COUNCIL NORTHSHIRE POLICE AND CRIME PANEL MINUTES of a meeting of the Northshire Police and Crime Panel held in Room 2, County Hall on Thursday, 29 November 2012.' | meet)" \
    "Northshire Police and Crime Panel|Room 2, County Hall|2012-11-29|-|-"
is "a cover sheet: the date and times after 'held', the body before the phrase, no venue from other text" \
    "$(one_block para 'Cabinet 14th May 2012 Minutes of the meeting held on 16th April 2012 Cabinet Report No 4 14th May 2012 2.30 pm Open MINUTES OF THE MEETING HELD ON 16TH APRIL 2012 9.30 am. – 11.45 am. Contact Jo Bloggs Officer e-mail:' | meet)" \
    "Cabinet|-|2012-04-16|09:30|11:45"
is "MINUTES OF A MEETING OF X on the line above a 'HELD ON' line" \
    "$({ one_block para 'MINUTES OF A MEETING OF HOLLYBANK PARISH COUNCIL'; one_block para 'HELD ON 13TH MARCH 2019 AT 19.00 IN HOLLYBANK SCHOOL'; } | meet)" \
    "HOLLYBANK PARISH COUNCIL|HOLLYBANK SCHOOL|2019-03-13|19:00|-"
is "a place and date line, the body on the line below" \
    "$({ one_block para 'Kirkbride, 8th December 2016.'; one_block para 'Kirkbride City Council.'; one_block keyword 'The Lord Provost (Chair).' PRESENT Present; } | meet)" \
    "Kirkbride City Council|-|2016-12-08|-|-"
is "no heading: the first header line naming a body" \
    "$({ one_block para 'Overview & Scrutiny Committee'; one_block para 'Committee Members:'; one_block para 'Councillors Abel (Chairman), Baker and Cole'; one_block heading 'Apologies for Absence' '' '' 1; } | meet)" \
    "Overview & Scrutiny Committee|-|-|-|-"
is "'Minutes 8th April 2021' above is no heading; the body line under it is" \
    "$({ one_block para 'Minutes 8th April 2021'; one_block para 'Parish Council meeting on Thursday 8th April 2021 at 8 p.m.'; } | meet)" \
    "Parish Council|-|2021-04-08|20:00|-"
is "another meeting's minutes (a sentence about them) is no heading" \
    "$({ one_block para 'Parish Council meeting on Thursday 8th April 2021'; one_block bullet 'MINUTES OF PREVIOUS MEETING'
         one_block para 'The minutes of the meeting held on 11th March 2021 had already been circulated prior to the meeting.'; } | meet)" \
    "Parish Council|-|2021-04-08|-|-"
is "a web table of items: 'To approve the minutes of the meeting held on' is no heading" \
    "$({ one_block keyword 'Committee Room 1' VENUE Venue; one_block artifact 'No. | Item |' '' chrome
         one_block para 'To approve the accuracy of the minutes of the meeting held on 26 May 2020.'; } | meet)" \
    "-|Committee Room 1|-|-|-"
is "'present at the meeting of 10 November 2021' is a mention, no heading" \
    "$({ one_block keyword 'Council Chamber' VENUE Venue
         one_block para 'Disclosures of Interest To receive any disclosures from councillors who were not present at the meeting of 10 November 2021.'; } | meet)" \
    "-|Council Chamber|-|-|-"
is "front matter: its date is no meeting date, its title names the body" \
    "$({ one_block artifact '---' '' rule; one_block para 'Minutes of the Hollin Green Parish Council Meeting'
         one_block keyword '"2019-04-02" categories:' DATE date; one_block artifact '---' '' rule
         one_block para 'Held on the 14th March 2019 at 7.30pm'; } | meet)" \
    "Hollin Green Parish Council|-|2019-03-14|19:30|-"
is "an acronym above the heading is no body" \
    "$({ one_block para 'NVPCP'; one_block para 'Minutes of the meeting held on Wednesday 4 March 2020 at 2.00 pm at County Hall, Northvale'; } | meet)" \
    "-|County Hall, Northvale|2020-03-04|14:00|-"
is "'the Council' under the line that names it" \
    "$({ one_block para 'Hartwell Town Council'; one_block para 'Minutes of the meeting of the Council held at the Town Hall on Monday 2 March 2020 at 7pm'; } | meet)" \
    "Hartwell Town Council|Town Hall|2020-03-02|19:00|-"
is "'THE FULL COUNCIL MEETING' under the line that names the council" \
    "$({ one_block para 'Hartwell Town Council'; one_block para 'MINUTES OF THE FULL COUNCIL MEETING HELD ON MONDAY 2 MARCH 2020 AT 7PM'; } | meet)" \
    "Hartwell Town Council|-|2020-03-02|19:00|-"
is "a venue line under the date starting 'AT THE': the place" \
    "$({ one_block para 'Minutes of Hartwell Town Council held on Monday 2 March 2020 at 7pm'; one_block para 'AT THE TOWN HALL, MARKET STREET, HARTWELL'; } | meet)" \
    "Hartwell Town Council|TOWN HALL, MARKET STREET, HARTWELL|2020-03-02|19:00|-"
is "'the Public Board Meeting' under the trust's line, the date on the line below" \
    "$({ one_block para 'Eastdown Community NHS Trust'; one_block para 'Minutes of the Public Board Meeting'; one_block para 'Held on Thursday 5 March 2020, 10:00 - 12:00'; } | meet)" \
    "Eastdown Community NHS Trust|-|2020-03-05|10:00|12:00"
is "a header's fields: 'Meeting: X' is the body X" \
    "$(printf 'Meeting: Finance and Resources Committee\n\nDate: Monday 8 July 2024\n\n1. Apologies\nNone.\n' | mtokenize | meet)" \
    "Finance and Resources Committee|-|2024-07-08|-|-"
is "'held on DATE from 10.00 am to 12.15 pm': the range after the date" \
    "$(one_block para 'Minutes of the Licensing Committee held on 14 May 2024 from 10.00 am to 12.15 pm.' | meet)" \
    "Licensing Committee|-|2024-05-14|10:00|12:15"
is "X Parish Council Annual Parish Meeting: the kind goes" \
    "$(one_block para 'Minutes of Westbrook Parish Council Annual Parish Meeting held on Tuesday 21st May 2019 at 7pm in the Memorial Hall.' | meet)" \
    "Westbrook Parish Council|Memorial Hall|2019-05-21|19:00|-"
printf '%s\n' '---' '' 'Present: Cllr A Bell' '' 'Minutes of the meeting of Oakley Parish Council held on 3 May 2019' '' '---' '' '1. Apologies' > rules.txt
is "markdown rules around the heading are no front matter (no key in lower case)" \
    "$(mtokenize rules.txt | meet)" "Oakley Parish Council|-|2019-05-03|-|-"
is "X Minutes – DATE: 'Minutes' is no part of the body" \
    "$(one_block para 'Oakley Parish Council Minutes – 3 May 2019' | meet)" "Oakley Parish Council|-|2019-05-03|-|-"
is "Draft Minutes – X – DATE at TIME" \
    "$(one_block para 'Draft Minutes – Oakley Parish Council – 3 May 2019 at 7pm' | meet)" "Oakley Parish Council|-|2019-05-03|19:00|-"
is "DATE – X – Minutes: the body after the date" \
    "$(one_block para '3 May 2019 – Oakley Parish Council – Minutes' | meet)" "Oakley Parish Council|-|2019-05-03|-|-"
is "DATE, TIME - X: the body after the date and time" \
    "$(one_block para 'Tuesday 3 March 2020, 7pm - Finance Committee' | meet)" "Finance Committee|-|2020-03-03|19:00|-"
is "X Parish Council's meeting" \
    "$(one_block para 'Minutes of Oakley Parish Council’s meeting held on 3 May 2019 at 7pm in the Village Hall' | meet)" \
    "Oakley Parish Council|Village Hall|2019-05-03|19:00|-"
is "Minutes of the proceedings of the X" \
    "$(one_block para 'Minutes of the proceedings of the Licensing Panel held on 3 May 2019 at 10am in Room 2, Civic Centre' | meet)" \
    "Licensing Panel|Room 2, Civic Centre|2019-05-03|10:00|-"
is "a note above the heading is no body" \
    "$({ one_block para 'Note: Subject to approval at the next meeting'; one_block para 'Minutes of the meeting held on 3 May 2019 at 7pm in the Village Hall'; } | meet)" \
    "-|Village Hall|2019-05-03|19:00|-"
done_testing
