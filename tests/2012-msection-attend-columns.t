#!/bin/sh
# msection (through mtokenize): attendance from two-column layouts and
# tables: a label wrapped in its column, a post after the name with no
# comma; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 13

who() {
	printf 'Minutes of the Brackley Fen Parish Council held on 3 May 2022\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring), .role] | map(. // "-") | join("|")' |
	    tr '\n' ';'
}

is "a label wrapped in its column: Officers in <first line> Attendance: <rest>" \
    "$(who 'Officers in Mr A Tull, Chief Executive Attendance: Ms B Vane, Director of Finance Mr C Wick Head of Legal Services')" \
    "A Tull|attendance|false|Chief Executive;B Vane|attendance|false|Director of Finance;C Wick|attendance|false|Head of Legal Services;"
is "a post after the name with no comma, one a line" \
    "$(who "$(printf 'Cllr. D Dale\n\nCllr. E Eden\n\nMr F Fenn Clerk')")" \
    "D Dale|present|false|-;E Eden|present|false|-;F Fenn|attendance|false|Clerk;"
is "a chair mark after the name with no comma" \
    "$(who 'Present: G. Gale Chairman, H. Hume, I. Ince')" \
    "G. Gale|present|true|-;H. Hume|present|false|-;I. Ince|present|false|-;"
is "an address after a list is no post" \
    "$(who "$(printf 'Attending: J Judd, Chief Executive\n\nWestshire Council, Civic Centre, Easton EA1 1AA Tribute to former Councillor K Kemp.')")" \
    "J Judd|attendance|false|Chief Executive;"
is "an item title Present:Name with no space, a chair mark after a name, a head count" \
    "$(who "$(printf '1. Present:L. Lowe Chairman, M. Mole, N. Nash together with two residents.\n\n2. Apologies: O. Oates and P. Pine - District Councillor.')")" \
    "L. Lowe|present|true|-;M. Mole|present|false|-;N. Nash|present|false|-;O. Oates|apologies|false|-;P. Pine|apologies|false|District Councillor.;"
is "the item titles are the attendance words" \
    "$(printf 'Minutes of the Brackley Fen Parish Council held on 3 May 2022\n\n1. Present:L. Lowe Chairman, M. Mole\n\n2. Apologies: O. Oates and P. Pine.\n' |
        mtokenize | msection | jq -r 'select(.type == "item") | .title' | tr '\n' ';')" \
    "Present;Apologies;"
is "posts with dot leaders before the name: Chairman……… Mr X, Vice-Chairman…….. Mr Y" \
    "$(who "$(printf 'Chairman\342\200\246\342\200\246\342\200\246 Mr T Fane\n\nVice-Chairman\342\200\246\342\200\246.. Mr B Pryor\n\nMr R Glynn, Sir P Hume')")" \
    "T Fane|present|true|-;B Pryor|present|false|Vice-Chairman;R Glynn|present|false|-;P Hume|present|false|-;"
is "group labels inside an attendance list; a post in brackets that says Personal" \
    "$(who "$(printf 'Officers in Attendance\n\nFire Authority:\n\nMs S Hale (Chief Executive) and Mrs N Mott (Personal Assistant to the Chief Fire Officer)\n\nFire Service:\n\nMr S Otway (Chief Fire Officer)')")" \
    "S Hale|attendance|false|Chief Executive;N Mott|attendance|false|Personal Assistant to the Chief Fire Officer;S Otway|attendance|false|Chief Fire Officer;"
is "a register: a code per member in a table, its key before" \
    "$(who "$(printf 'Key: P = Present, AP = Apologies, A = Absent\n\nAttendance\n\n| Councillor | Attendance |\n|---|---|\n| Cllr A Abel | P |\n| Cllr B Bray | AP |\n| Cllr C Cole | A |')")" \
    "A Abel|present|false|-;B Bray|apologies|false|-;C Cole|absent|false|-;"
is "a register: a code after each name on its line" \
    "$(who "$(printf 'P - present; AP - apologies sent; A - absent\n\nPresent:\n\nCllr D Dunstan P\n\nCllr E Elmore AP\n\nCllr F Fairley A')")" \
    "D Dunstan|present|false|-;E Elmore|apologies|false|-;F Fairley|absent|false|-;"
is "a register with no blank lines, the key after: a code 'A' ends its line" \
    "$(who "$(printf 'Councillors:\nCllr D Dunstan (Chairman)   P\nCllr F Fairley              A\nCllr G Gale                 P\nP = Present, AP = Apologies, A = Absent')")" \
    "D Dunstan|present|true|-;F Fairley|absent|false|-;G Gale|present|false|-;"
is "a councillor of another tier among the members visits, the title the post" \
    "$(who 'Present: Cllr A Abel, Cllr B Bray, Borough Councillor C Cole, Mrs D Dean (Clerk)')" \
    "A Abel|present|false|-;B Bray|present|false|-;C Cole|attendance|false|Borough Councillor;D Dean|attendance|false|Clerk;"
is "... but where all carry it, they are the members" \
    "$(who 'Present: County Councillor A Abel, County Councillor B Bray')" \
    "A Abel|present|false|-;B Bray|present|false|-;"
