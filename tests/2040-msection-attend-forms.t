#!/bin/sh
# msection (through mtokenize): attendance forms met on minutes the
# pipeline was not written against; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 15

who() {
	printf 'Minutes of the Ashcombe Parish Council held on 4 March 2021\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring), (.role // "-")] | join("|")' |
	    tr '\n' ';'
}

is "role-first lines with no separator: Parish Clerk Jane Doe" \
    "$(who "$(printf 'Present:\n\nParish Clerk Jane Doe\n\nCllr A Tarrant\n\nResponsible Financial Officer Carl Mott')")" \
    "Jane Doe|attendance|false|Parish Clerk;A Tarrant|present|false|-;Carl Mott|attendance|false|Responsible Financial Officer;"
is "a post and an honorific with no separator; titles as honorifics stay so" \
    "$(who 'In attendance: Finance Officer Mrs K Lyle, Deputy Mayor M Nunn')" \
    "K Lyle|attendance|false|Finance Officer;M Nunn|attendance|false|-;"
is "a tier before Councillor among members present: a guest, the title the role" \
    "$(who 'Those Attending: Cllr R Bell (Chair), Cllr Mrs S Lane, Borough Councillor C Lamb, Mrs C Hill (Clerk), 3 Members of the Public')" \
    "R Bell|present|true|-;S Lane|present|false|-;C Lamb|attendance|false|Borough Councillor;C Hill|attendance|false|Clerk;"
is "every member with the tier: the members of that council" \
    "$(who 'Present: County Councillor A Abel, County Councillor B Best')" \
    "A Abel|present|false|-;B Best|present|false|-;"
is "labelled lists run into one paragraph: a post label, In attendance:, Also:, Apologies:" \
    "$(who "$(printf 'PRESENT (three Councillors): - Ann Bell (AB), Carl Dane (CD) – Chair, Eve Ford (EF). Parish Clerk: Gail Hart In attendance: two members of the public.\n\nPresent: Cllr P Quinn, Cllr R Shaw In attendance: Mrs T Usher (Clerk) Apologies: Cllr V West & ALSO: Cllr W Wynn')")" \
    "Ann Bell|present|false|-;Carl Dane|present|true|-;Eve Ford|present|false|-;Gail Hart|attendance|false|Parish Clerk;P Quinn|present|false|-;R Shaw|present|false|-;T Usher|attendance|false|Clerk;V West|apologies|false|-;W Wynn|apologies|false|-;"
is "sentences of substitution: present as Substitute Member for, in attendance as a substitute for, attended as substitute for" \
    "$(who "$(printf '1. Apologies and Substitutes\n\nApologies were received from Councillor Ames and Councillor Bragg.\n\nCouncillor Cole was present as Substitute Member for Councillor Ames. It was noted that Councillor Dunne was in attendance as a substitute for Councillor Bragg. Cllr E Fox attended as substitute for Cllr G Hale.')")" \
    "Ames|apologies|false|-;Bragg|apologies|false|-;Cole|present|false|substitute;Dunne|present|false|substitute;E Fox|present|false|substitute;"
is "a stray comma after and goes on with the list" \
    "$(who 'Apologies for absence were received from Councillor Ames and, Ruth Bligh - Director of Adult Care')" \
    "Ames|apologies|false|-;Ruth Bligh|apologies|false|Director of Adult Care;"
is "an item titled Members Present were: holds the list; sentences after it lead their own" \
    "$(who "$(printf '1. Council Members Present were: Ann Bell (chair), Carl Dane\n\nEve Ford (Treasurer), Gus Hale and Ida Jones. Also in attendance was Councillor Kit Lamb and PC Max Nye (MN) from the Police. Apologies were received from: Ora Pike.\n\n2. Minutes\n\nApproved.')")" \
    "Ann Bell|present|true|-;Carl Dane|present|false|-;Eve Ford|present|false|Treasurer;Gus Hale|present|false|-;Ida Jones|present|false|-;Kit Lamb|attendance|false|-;Max Nye|attendance|false|-;Ora Pike|apologies|false|-;"
is "an item Officers Present, its names and posts on lines read as headings" \
    "$(who "$(printf '7.\n\nOfficers Present\n\nMinutes:\n\nRuth Gale – Head of Policy and Planning\n\nLeo Quail – Senior Scrutiny Officer\n\n8.\n\nNotes of Previous Meeting')")" \
    "Ruth Gale|attendance|false|Head of Policy and Planning;Leo Quail|attendance|false|Senior Scrutiny Officer;"
is "after a bracket, two names joined by and share the next post" \
    "$(who 'Present: A. Abel (Leader) B. Bell and C. Cole (Deputy Leaders) D. Dunn, E. Eyre')" \
    "A. Abel|present|false|Leader;B. Bell|present|false|-;C. Cole|present|false|Deputy Leaders;D. Dunn|present|false|-;E. Eyre|present|false|-;"
is "name and post on alternate lines: a chair's post marks the chair, an officer's attends" \
    "$(who "$(printf 'Present:\n\nCllr Ann Tarrant\nChairman\nCllr Bill Osgood\nVice-Chairman\nCllr Cara Fenn\nMrs Dora Pike\nParish Clerk\n\n1. Apologies\n\nNone.')")" \
    "Ann Tarrant|present|true|-;Bill Osgood|present|false|Vice-Chairman;Cara Fenn|present|false|-;Dora Pike|attendance|false|Parish Clerk;"
is "surnames alone after a label, in capitals or not, no honorific" \
    "$(who "$(printf 'Present: TARRANT, OSGOOD, FENN and RUDD\n\nApologies: Lowe, Hart')")" \
    "TARRANT|present|false|-;OSGOOD|present|false|-;FENN|present|false|-;RUDD|present|false|-;Lowe|apologies|false|-;Hart|apologies|false|-;"
is "lone words with no label of their own are no names" \
    "$(who "$(printf 'Highways, Drainage and Lighting\n\n1. Minutes\n\nApproved.')")" \
    ""
is "a register's lines run together, each led by an honorific, each with its code" \
    "$(who "$(printf 'Attendance\n\nCllr A Tarrant P\nCllr B Osgood AP\nCllr C Fenn A\nCllr D Rudd P\n\nKey: P = Present, AP = Apologies, A = Absent\n\n1. Minutes\n\nApproved.')")" \
    "A Tarrant|present|false|-;B Osgood|apologies|false|-;C Fenn|absent|false|-;D Rudd|present|false|-;"
is "Presiding: X marks the chair; Clrs and CClrs are shared by the names after them" \
    "$(who "$(printf 'Presiding: Cllr A Tarrant\n\nPresent: Clrs B Osgood, C Fenn and D Rudd; CClrs E Moss and F Lowe')")" \
    "A Tarrant|present|true|-;B Osgood|present|false|-;C Fenn|present|false|-;D Rudd|present|false|-;E Moss|present|false|-;F Lowe|present|false|-;"
