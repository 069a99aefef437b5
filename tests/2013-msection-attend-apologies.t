#!/bin/sh
# msection (through mtokenize): apologies and absence as sentences say
# them; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 8

who() {
	printf 'Minutes of the Brackley Fen Parish Council held on 3 May 2022\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring), .reason] | map(. // "-") | join("|")' |
	    tr '\n' ';'
}

is "the Clerk gave the apologies of ..." \
    "$(who 'The Clerk gave the apologies of Councillors A Ash and B Birch.')" \
    "A Ash|apologies|false|-;B Birch|apologies|false|-;"
is "Apologies were received from, Councillors: ... and one who was substituting" \
    "$(who 'Apologies To note any apologies for absence. Decision: Apologies were received from, Councillors: Cal Dent (Easton), Di Eyre (Weston) and Councillor Fen Gray was substituting.')" \
    "Cal Dent|apologies|false|-;Di Eyre|apologies|false|-;"
is "for whom X substituted is a note, not a second apology" \
    "$(who 'Apologies: Cllr H Hart (for whom Cllr I Irwin substituted) and Cllr J Jay (holiday).')" \
    "H Hart|apologies|false|for whom Cllr I Irwin substituted;J Jay|apologies|false|holiday;"
is "Councillors X and Y were absent." \
    "$(who "$(printf 'Present: Cllr K Kay\n\nCouncillors L Lamb and M Moss were absent.')")" \
    "K Kay|present|false|-;L Lamb|absent|false|-;M Moss|absent|false|-;"
is "apologies with reasons after a dash" \
    "$(who 'Apologies: Mr N Nye - holiday Mr O Orme – work commitments')" \
    "N Nye|apologies|false|holiday;O Orme|apologies|false|work commitments;"
is "Apologies ... from in a later sentence of a PRESENT list" \
    "$(who 'PRESENT: Cllr P Pugh, Cllr Q Quin. Apologies were received from Cllr R Rudd.')" \
    "P Pugh|present|false|-;Q Quin|present|false|-;R Rudd|apologies|false|-;"
is "a list under a title with its minute reference in it: C101/24 Apologies" \
    "$(who "$(printf 'Members Present: Councillors Dale, Eyre\n\nThe meeting commenced at 7pm\n\nC101/24 Apologies\n\nCouncillors Abel, Bryce and C Coyle\n\nC102/24 Declarations of Interest\n\nThe Chair reminded Members of their duty.')")" \
    "Dale|present|false|-;Eyre|present|false|-;Abel|apologies|false|-;Bryce|apologies|false|-;C Coyle|apologies|false|-;"
is "an apologies heading run into its sentence: Apologies ...: Apologies for absence were sent from" \
    "$(who '3. Apologies for absence noted from: Apologies for absence were sent from Cllr. Voss, Councillor Yale and County Councillor Rona Tull. It was agreed that they sign later.')" \
    "Voss|apologies|false|-;Yale|apologies|false|-;Rona Tull|apologies|false|-;"
