#!/bin/sh
# msection: the meeting record from the forms of heading found in minutes.
. "$(dirname "$0")/lib.sh"
plan 19

# meet FIELDS: the meeting's fields, tab-separated, from stdin blocks.
meet() {
	msection | jq -r 'select(.type == "meeting") |
	    [.body, .venue, .date, .weekday, .start, .end] |
	    map(. // "-") | join("|")'
}

is "Minutes of a meeting of the X held at V on DAY" \
    "$(one_block para 'Minutes of a meeting of the Northvale Police and Crime Panel held at Shire Hall, Eastbridge on Thursday, 20 February 2020.' | meet)" \
    "Northvale Police and Crime Panel|Shire Hall, Eastbridge|2020-02-20|Thursday|-|-"
is "X - Tuesday, 15 September 2020 10.30 am + Venue:" \
    "$({ one_block para 'Westvale Scrutiny Board - Tuesday, 15 September 2020 10.30 am'
         one_block keyword 'Committee Room 2 - Civic Centre, Westvale. View directions' VENUE Venue; } | meet)" \
    "Westvale Scrutiny Board|Committee Room 2 - Civic Centre, Westvale|2020-09-15|Tuesday|10:30|-"
is "MINUTES OF THE X MEETING HELD IN V ON THURSDAY 1ST SEPTEMBER 2016 AT 7.30 PM" \
    "$(one_block para 'MINUTES OF THE OAKLEY PARISH COUNCIL MEETING HELD IN THE VILLAGE HALL ON THURSDAY 1ST SEPTEMBER 2016 AT 7.30 PM' | meet)" \
    "OAKLEY PARISH COUNCIL|VILLAGE HALL|2016-09-01|Thursday|19:30|-"
is "held on DATE at TIME in the V" \
    "$(one_block para 'Minutes of the Meeting of Brackley Town Council held on 9 November 2021 at 6:30pm in the Upper Room, Market Hall, Brackley.' | meet)" \
    "Brackley Town Council|Upper Room, Market Hall, Brackley|2021-11-09|Tuesday|18:30|-"
is "held at TIME on DATE in the V (time first)" \
    "$(one_block para 'At a meeting of the Licensing Sub-Committee No. 3 held at 6pm on Tuesday 4 October 2005 in the Council Chamber, Guild Hall, Westbridge' | meet)" \
    "Licensing Sub-Committee No. 3|Council Chamber, Guild Hall, Westbridge|2005-10-04|Tuesday|18:00|-"
is "held V at 6.30p.m. (venue with no preposition, dotted pm)" \
    "$(one_block para 'Minutes of Monthly Meeting of Pentre Community Council held Remotely at 6.30p.m. on Thursday 18th February 2021 ,' | meet)" \
    "Pentre Community Council|Remotely|2021-02-18|Thursday|18:30|-"
is "a page number run into the body is left out" \
    "$(one_block para 'Minutes of Ashwell Parish Council 1 Parish Council Meeting Tuesday 26th May 2020, held remotely by video, 7.30pm' | meet)" \
    "Ashwell Parish Council|remotely by video|2020-05-26|Tuesday|19:30|-"
is "Date: / Time: / Place: lines under the body" \
    "$({ one_block para 'Ashby Magna Town Council'; one_block keyword 'Monday 3 May 2011' DATE Date
         one_block keyword '7.30pm' TIME Time; one_block keyword 'Memorial Hall, Ashby Magna' PLACE Place; } | meet)" \
    "Ashby Magna Town Council|Memorial Hall, Ashby Magna|2011-05-03|Tuesday|19:30|-"
is "body on the line before a date line (web)" \
    "$({ one_block para 'Eastmoor Police and Crime Panel'; one_block para 'Wednesday, 28 March 2018 1.00 pm'; } | meet)" \
    "Eastmoor Police and Crime Panel|-|2018-03-28|Wednesday|13:00|-"
is "closing 2.00 - 3.45 pm gives start and end" \
    "$({ one_block para 'Minutes of a meeting of the Northvale Panel held at Shire Hall on Thursday, 20 February 2020.'; one_block para '2.00 - 3.45 pm'; } | meet)" \
    "Northvale Panel|Shire Hall|2020-02-20|Thursday|14:00|15:45"
is "closing 1.15 - 2.21 pm is 13:15 to 14:21" \
    "$(one_block para '1.15 - 2.21 pm' | meet)" "-|-|-|-|13:15|14:21"
is "closing 11.00 - 1.30 pm keeps the morning start" \
    "$(one_block para '11.00 - 1.30 pm' | meet)" "-|-|-|-|11:00|13:30"
is "The meeting closed at 8.40pm" \
    "$({ one_block para 'Minutes of the Meeting of Oakley Parish Council held on 1 June 2016 at 7.30pm in the Village Hall.'; one_block para 'The meeting closed at 8.40pm.'; } | meet)" \
    "Oakley Parish Council|Village Hall|2016-06-01|Wednesday|19:30|20:40"
is "no heading: every field null" \
    "$(one_block para 'The Panel considered a report of the Chief Executive.' | meet)" "-|-|-|-|-|-"
is "site furniture read as a keyword above the heading" \
    "$({ one_block keyword 'PDF Viewer' 'IN ATTENDANCE' 'In Attendance'; one_block para 'WESTBRIDGE COUNCIL'
         one_block para 'At a meeting of the Planning Sub-Committee held at 6pm on Tuesday 4 October 2005 in Room 3, Guild Hall'; } | meet)" \
    "Planning Sub-Committee|Room 3, Guild Hall|2005-10-04|Tuesday|18:00|-"
is "The Chairman closed the meeting at 9.05pm" \
    "$({ one_block para 'Minutes of the Meeting of Oakley Parish Council held on 1 June 2016 in the Village Hall.'
         one_block para 'The meeting commenced at 7.00pm.'; one_block para 'The next meeting will be held at 7.30pm on 6 July 2016.'
         one_block para 'The Chairman closed the meeting at 9.05pm.'; } | meet)" \
    "Oakley Parish Council|Village Hall|2016-06-01|Wednesday|19:00|21:05"
is "the heading's start wins over a commenced line" \
    "$({ one_block para 'Minutes of the Meeting of Oakley Parish Council held on 1 June 2016 at 7.30pm in the Village Hall.'
         one_block para 'The meeting commenced at 7.35pm.'; } | meet)" \
    "Oakley Parish Council|Village Hall|2016-06-01|Wednesday|19:30|-"
is "a 24-hour time after at: held at 19.30" \
    "$(one_block para 'Minutes of the Meeting of Oakley Parish Council held on 1 June 2016 at 19.30 in the Village Hall.' | meet)" \
    "Oakley Parish Council|Village Hall|2016-06-01|Wednesday|19:30|-"
is "Location: as a line of text" \
    "$({ one_block para 'Westvale Scrutiny Board - Tuesday, 15 September 2020 10.30 am'; one_block para 'Location: Room 4, Civic Centre'; } | meet)" \
    "Westvale Scrutiny Board|Room 4, Civic Centre|2020-09-15|Tuesday|10:30|-"
done_testing
