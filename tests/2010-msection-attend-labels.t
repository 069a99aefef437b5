#!/bin/sh
# msection (through mtokenize): attendance labels beyond the usual, labels
# in capitals with no colon, plural honorifics, officers among those
# present, and chair marks; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 20

# who TEXT: the attendees of minutes whose heading is followed by TEXT.
who() {
	printf 'Minutes of the Brackley Fen Parish Council held on 3 May 2022\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring), .role] | map(. // "-") | join("|")' |
	    tr '\n' ';'
}

is "Attending: officers with their posts" \
    "$(who 'Attending: A Lowry, Chief Executive; B Marsh, Director of Finance')" \
    "A Lowry|attendance|false|Chief Executive;B Marsh|attendance|false|Director of Finance;"
is "Visitors: are in attendance, never apologies" \
    "$(who "$(printf 'Apologies: Cllr R Vane\n\nVisitors: Cllr D Penn, Mrs E Quarry')")" \
    "R Vane|apologies|false|-;D Penn|attendance|false|-;E Quarry|attendance|false|-;"
is "Council Employees Present:, Participating:" \
    "$(who "$(printf 'Participating: Cllr G Hale, Cllr H Ince\n\nCouncil Employees Present: Ms J Kite (Clerk)')")" \
    "G Hale|present|false|-;H Ince|present|false|-;J Kite|attendance|false|Clerk;"
is "Presiding: the chair, merged with the list after it" \
    "$(who "$(printf 'Presiding: Cllr F Quill\n\nCommittee Members: Cllr F Quill, Cllr G Rudd')")" \
    "F Quill|present|true|-;G Rudd|present|false|-;"
is "Sederunt: (Scottish), Absent with apologies:, Non-attendance:" \
    "$(who "$(printf 'Sederunt: Bailie K Lomond, Councillor L Muir\n\nAbsent with apologies: Councillor M Nevis\n\nNon-attendance: Councillor N Orr')")" \
    "K Lomond|present|false|-;L Muir|present|false|-;M Nevis|apologies|false|-;N Orr|absent|false|-;"
is "Those Attending: members, and the clerk attends" \
    "$(who 'Those Attending: Cllr K Kerr (Chair), Cllr P Pope, Mrs L Lund (Clerk), 2 members of the public')" \
    "K Kerr|present|true|-;P Pope|present|false|-;L Lund|attendance|false|Clerk;"
is "PRESENT and APOLOGIES in capitals with no colon; Messrs; who took the chair; an absent Chairman is no chair" \
    "$(who "$(printf 'PRESENT Vice Chairman (Mr. Todd, who took the chair), Mrs. Vale and Messrs Pike and Rowe.\n\nAPOLOGIES Mr. Hale (Chairman) and Mr. Kemp.')")" \
    "Todd|present|true|Vice Chairman;Vale|present|false|-;Pike|present|false|-;Rowe|present|false|-;Hale|apologies|false|-;Kemp|apologies|false|-;"
is "Clr, Clrs and CClrs are honorifics, the plural shared" \
    "$(who 'Present: Clr A Ash, Clrs B Birch and C Cherry, CClrs D Dale and E Elm')" \
    "A Ash|present|false|-;B Birch|present|false|-;C Cherry|present|false|-;D Dale|present|false|-;E Elm|present|false|-;"
is "X, - in the chair; Y – Parish Clerk attends" \
    "$(who 'PRESENT: Mr H T Voss, - in the chair, Mr P Quill, Mrs E Snow – Parish Clerk')" \
    "H T Voss|present|true|-;P Quill|present|false|-;E Snow|attendance|false|Parish Clerk;"
is "X, Chairman, Presided" \
    "$(who 'Present: Cllr T Vance, Chairman, Presided; Cllr U Webb')" \
    "T Vance|present|true|-;U Webb|present|false|-;"
is "(Chairman for the meeting ...) marks the chair" \
    "$(who 'Present: Cllr. J Jarvis (Chairman for the meeting), Cllr. K Knox')" \
    "J Jarvis|present|true|-;K Knox|present|false|-;"
is "a name in brackets after a post: (Mr. Y) ends no sentence" \
    "$(who 'Present: Vice Chairman (Mr. Y Yale), Mrs Z Zeal')" \
    "Y Yale|present|false|Vice Chairman;Z Zeal|present|false|-;"

# Bilingual minutes (Welsh, then English): labels, titles and posts given
# in both languages.
is "Presennol / Present:, Yn bresennol / In attendance:, 'Cyng. / Cllr'" \
    "$(who "$(printf 'Presennol / Present: Cyng. / Cllr Ana Rhydd (Cadeirydd / Chair), Cyng. / Cllr Bryn Tal\n\nYn bresennol / In attendance: Ceri Wyn (Clerc / Clerk)')")" \
    "Ana Rhydd|present|true|-;Bryn Tal|present|false|-;Ceri Wyn|attendance|false|Clerc / Clerk;"
is "(Cadeirydd) alone marks the chair" \
    "$(who 'Presennol: Cyng. Ana Rhydd (Cadeirydd), Cyng. Bryn Tal')" \
    "Ana Rhydd|present|true|-;Bryn Tal|present|false|-;"
is "an item 'Ymddiheuriadau / Apologies' over a bare name" \
    "$(who "$(printf 'Present: Cllr Bryn Tal\n\n1. Ymddiheuriadau / Apologies\nCyng. / Cllr Dai Lloyd.\n\n2. Finance\nNone.')")" \
    "Bryn Tal|present|false|-;Dai Lloyd|apologies|false|-;"
is "a post in brackets that names a body after its head word is a post" \
    "$(who 'Officers present: Vera Holt (Head of Waste Partnership), Walt Ince (Northvale Council)')" \
    "Vera Holt|attendance|false|Head of Waste Partnership;Walt Ince|attendance|false|-;"
is "Post (Name) with no honorific, the list ended by a full stop" \
    "$(who 'Officers: Chief Executive (Mark Nolan), Director of Resources (Ola Pitt).')" \
    "Mark Nolan|attendance|false|Chief Executive;Ola Pitt|attendance|false|Director of Resources;"
is "Present were X, Also in attendance were Y: the verb stands for the colon" \
    "$(who "$(printf 'Present were Ana Roy (Chair), Ben Sim and Cara Tod.\n\nAlso in attendance were Cllr Dev Unt and PC Eli Vance.')")" \
    "Ana Roy|present|true|-;Ben Sim|present|false|-;Cara Tod|present|false|-;Dev Unt|attendance|false|-;Eli Vance|attendance|false|-;"
is "... not before a word in lower case" \
    "$(who 'Present were the members of the working group.')" ""
is "an item '1. Apologies were intimated from X and Y.': title Apologies, the names apologies" \
    "$(who "$(printf 'Present: Cllr Ana Roy\n\n1. Apologies were intimated from Fay Wynn and Gus Yeo.\n\n2. Finance\nNone.')")" \
    "Ana Roy|present|false|-;Fay Wynn|apologies|false|-;Gus Yeo|apologies|false|-;"
