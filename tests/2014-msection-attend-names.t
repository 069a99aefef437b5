#!/bin/sh
# msection (through mtokenize): names and chair marks in the forms that
# ended lists early or went unread; invented minutes.
. "$(dirname "$0")/lib.sh"
plan 9

who() {
	printf 'Minutes of the Brackley Fen Parish Council held on 3 May 2022\n\n%s\n' "$1" |
	    mtokenize | msection | jq -r 'select(.type == "attendee") | [.name,
	    .status, (.chair | tostring)] | join("|")' | tr '\n' ';'
}

is "initials with full stops end no list" \
    "$(who 'Present: Cllrs A.G. Brown, B.C. Dunn and E.F. Gray. Apologies were received from Cllr H. Ives.')" \
    "A.G. Brown|present|false;B.C. Dunn|present|false;E.F. Gray|present|false;H. Ives|apologies|false;"
is "particles ap, ab, van inside names" \
    "$(who 'Present: Cllr Rhys ap Gwyn, Cllr Ann ab Owen, Cllr Piet van Dam')" \
    "Rhys ap Gwyn|present|false;Ann ab Owen|present|false;Piet van Dam|present|false;"
is "Chair Cllr X: the post before the honorific marks the chair, only among those present" \
    "$(who "$(printf 'Present: Chair Cllr A Smith, Cllr B Jones\n\nApologies: Vice Chair Cllr C Cole')")" \
    "A Smith|present|true;B Jones|present|false;C Cole|apologies|false;"
is "in the Chair on a line of its own marks the name before" \
    "$(who "$(printf 'Present:\n\nCllr D Dale\n\n(in the Chair)\n\nCllr E Eden')")" \
    "D Dale|present|true;E Eden|present|false;"
is "upper-case and surname-only lists" \
    "$(who 'Present: Councillors BROWN, GREEN and WHITE')" \
    "BROWN|present|false;GREEN|present|false;WHITE|present|false;"
is "attendance heads as bullets: MEMBERS PRESENT, APOLOGIES FOR ABSENCE, NON-ATTENDANCE" \
    "$(who "$(printf '• MEMBERS PRESENT\n\nMr G. Gale (Chairman), Mrs H. Hume\n\n• APOLOGIES FOR ABSENCE\n\nMr I. Ince (Work commitments)\n\n• NON-ATTENDANCE\n\nMr J. Judd\n\n• MINUTES\n\nThe minutes were approved.')")" \
    "G. Gale|present|true;H. Hume|present|false;I. Ince|apologies|false;J. Judd|absent|false;"
is "Messrs shared by surnames, one that is also a word of posts (Church); plus a head count" \
    "$(who 'PRESENT Mrs. Lamb and Messrs Church, Pryce and Kemp, plus six members of the public. Mr D Dyer - Westshire County Council (Roads)')" \
    "Lamb|present|false;Church|present|false;Pryce|present|false;Kemp|present|false;"
is "(Council Chair) marks the chair, (Council Vice Chair) does not; Members of the public: after a post is no role" \
    "$(who "$(printf 'Present\n\nCouncillors: Cllr. E. Eames (Council Chair), Cllr. M. Moss (Council Vice Chair)\n\nClerk and RFO: Mr S Swan\n\nMembers of the public: One')" | sed 's/;$//')" \
    "E. Eames|present|true;M. Moss|present|false;S Swan|attendance|false"
is "Council Members present: a label ending in members present" \
    "$(who 'Council Members present: Cllr Julia Coe, Cllr Mark Wynn.')" \
    "Julia Coe|present|false;Mark Wynn|present|false;"
