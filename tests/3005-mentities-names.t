#!/bin/sh
# mentities: people, roles, bodies, operations, reports, laws, places.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 23

is "honorific and initials" "$(vals person 'Mr. K. Dunmore asked a question.')" 'K. Dunmore'
is "post-nominals are not in the name" \
    "$(vals person 'Mr. I. D. Farrant OBE CC and Mrs D. Tolley CC spoke.')" 'I. D. Farrant D. Tolley'
is "but are in the span" "$(texts person 'Mrs D. Tolley CC spoke.')" 'Mrs D. Tolley CC'
is "a list under one plural honorific" \
    "$(vals person 'Apologies from Councillors Ann Brightwell, Colin Shard and Pat Oyelaran.')" \
    'Ann Brightwell Colin Shard Pat Oyelaran'
is "County Cllr" "$(texts person 'County Cllr Hatherley reported.')" 'County Cllr Hatherley'
is "a title before a name" \
    "$(texts person 'Assistant Chief Constable Marta Okafor said so.')" \
    'Assistant Chief Constable Marta Okafor'
is "capitalised words after a name are not the name" \
    "$(vals person 'Cllr Brisk Personal interest in item 4.')" 'Brisk'
out=$({ attendee 'Daphne Tolley'; attendee 'Kenneth Dunmore'; rec 'Mrs D. Tolley CC and Mr Dunmore spoke.'; } | mentities)
is "people are linked to the attendee by surname and initial" \
    "$(printf '%s\n' "$out" | jq -r 'select(.kind=="person") | .attendee' | tr '\n' '|')" \
    'Daphne Tolley|Kenneth Dunmore|'
is "a different initial is not linked" \
    "$({ attendee 'Daphne Tolley'; rec 'Mr R. Tolley spoke.'; } | mentities | jq -r 'select(.kind=="person") | .attendee')" null
is "roles" "$(vals role 'The Police and Crime Commissioner and the Chief Constable and the Clerk.')" \
    'Police and Crime Commissioner Chief Constable Clerk'
is "a role made of words" "$(vals role 'Ms A Khan, Senior Planning Officer, spoke.')" 'Senior Planning Officer'
is "bodies" "$(vals org 'The Eastwold Borough Council and Westshire Constabulary and the Road Safety Partnership.')" \
    'Eastwold Borough Council Westshire Constabulary Road Safety Partnership'
out=$(rec 'The Regional Fraud Unit (RFU) and the RFU again.' | mentities)
is "an acronym defined in brackets" \
    "$(printf '%s\n' "$out" | jq -r 'select(.kind=="org") | .value + "=" + (.expansion // "")' | tr '\n' '|')" \
    'Regional Fraud Unit=Regional Fraud Unit|RFU=Regional Fraud Unit|'
is "a role acronym defined in brackets" \
    "$(rec 'The Police and Crime Commissioner (PCC) and the PCC.' | mentities | jq -r 'select(.type=="entity") | .kind' | tr '\n' ' ')" \
    'role role '
is "acronyms" "$(vals org 'The NWRIU report and the work of WRCU.')" 'NWRIU WRCU'
is "capitals in a heading are not acronyms" "$(vals org 'APOLOGIES FOR ABSENCE')" ''
is "operations" "$(vals operation 'Operation Kingfisher closed.')" 'Kingfisher'
is "reports" "$(vals report "A copy, marked 'Agenda Item 5', and Minute 6 and Minute Number 112/23.")" '5 6 112/23'
is "laws" "$(vals law 'Under Section 106 of the Town and Country Planning Act 1990 and the S106 pot.')" \
    'Section 106 Town and Country Planning Act 1990 Section 106'
is "an act with brackets in its name" \
    "$(vals law 'The Public Bodies (Admission to Meetings) Act 1960 applies.')" \
    'Public Bodies (Admission to Meetings) Act 1960'
is "places" "$(vals place 'Held at County Hall, Westbridge on Monday.')" 'County Hall, Westbridge'
is "a venue with its parts" "$(vals place 'Held in the Upper Room, Town Hall, Eastwold.')" 'Upper Room, Town Hall, Eastwold'
is "a heading in capitals" \
    "$(vals org 'MINUTES OF THE MEETING OF EASTWOLD PARISH COUNCIL HELD IN THE MEMORIAL HALL')$(vals place 'MINUTES OF THE MEETING OF EASTWOLD PARISH COUNCIL HELD IN THE MEMORIAL HALL')" \
    'EASTWOLD PARISH COUNCILMEMORIAL HALL'
done_testing
