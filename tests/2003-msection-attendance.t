#!/bin/sh
# msection: attendance lists in the forms minutes use.
. "$(dirname "$0")/lib.sh"
plan 27

blk() {
	jq -nc --arg k "$1" --arg t "$2" --arg y "${3-}" --arg l "${4-}" \
	    '{type: "block", doc: "a.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end)} +
	     (if $y == "" then {} else {key: $y} end) + {depth: 0, text: $t}'
}
# who FIELDS: name|status|chair|role|organisation|honorific|postnominals, one a line.
who() {
	msection | jq -r 'select(.type == "attendee") | [.name, .status,
	    (.chair | tostring), .role, .organisation, .honorific,
	    .postnominals] | map(. // "-") | join("|")' | tr '\n' ';'
}

is "one per line under PRESENT, chair and post-nominals" \
    "$({ blk keyword '' PRESENT PRESENT; blk para 'Cllr. Ann Lowe (in the Chair)'
         blk para 'Mr. T. J. Fenwick OBE CC'; blk para 'Parvin Shah'; } | who)" \
    "Ann Lowe|present|true|-|-|Cllr.|-;T. J. Fenwick|present|false|-|-|Mr.|OBE CC;Parvin Shah|present|false|-|-|-|-;"
is "Name – Role and Name, Role, Org under In attendance" \
    "$({ blk keyword '' 'IN ATTENDANCE' 'In attendance'
         blk para 'Lady Mary Stroud – Police and Crime Commissioner'
         blk para 'Owen Tarrant, Performance Manager, Office of the Commissioner'; } | who)" \
    "Mary Stroud|attendance|false|Police and Crime Commissioner|-|Lady|-;Owen Tarrant|attendance|false|Performance Manager, Office of the Commissioner|-|-|-;"
is "a role wrapped onto the next line is one role" \
    "$({ blk keyword '' 'IN ATTENDANCE' 'In attendance'
         blk para 'Hugh Brandt – Head of Finance, Office of the Police and Crime'
         blk para 'Commissioner'; } | who)" \
    "Hugh Brandt|attendance|false|Head of Finance, Office of the Police and Crime Commissioner|-|-|-;"
is "comma list with and, shared honorific" \
    "$(blk keyword 'Cllrs R Amos, Mrs L Pike and J Dale' PRESENT Present | who)" \
    "R Amos|present|false|-|-|Cllrs|-;L Pike|present|false|-|-|Mrs|-;J Dale|present|false|-|-|Cllrs|-;"
is "apologies in a sentence" \
    "$(blk para 'Apologies for absence were received from Councillors Amy Stott, Len Varley and Rosa Quint.' | who)" \
    "Amy Stott|apologies|false|-|-|Councillors|-;Len Varley|apologies|false|-|-|Councillors|-;Rosa Quint|apologies|false|-|-|Councillors|-;"
is "apologies submitted on behalf of" \
    "$(blk para 'Apologies for absence were submitted on behalf of Councillor J. D. Marsh.' | who)" \
    "J. D. Marsh|apologies|false|-|-|Councillor|-;"
is "a sentence after the list is not a name" \
    "$(blk para 'Apologies for absence were received from Councillors P Orme and B Tully. There was one substitute.' | who)" \
    "P Orme|apologies|false|-|-|Councillors|-;B Tully|apologies|false|-|-|Councillors|-;"
is "(Chairman), (Vice- Chairman) and organisations in brackets" \
    "$(blk keyword 'Cllr Mrs A Bell (Eastmoor Borough Council), Mr P Q Rees, OBE (Chairman) (Westshire County Council), Cllr M Oakes (Vice- Chairman) (Eastmoor Council)' PRESENT PRESENT | who)" \
    "A Bell|present|false|-|Eastmoor Borough Council|Cllr Mrs|-;P Q Rees|present|true|-|Westshire County Council|Mr|OBE;M Oakes|present|false|Vice- Chairman|Eastmoor Council|Cllr|-;"
is "notes in brackets are not roles: arrived, initials" \
    "$(blk keyword 'Cllr Nuttall (arrived at 7.41pm), Adrian Marsh (AM) and Cllr Yates' PRESENT Present | who)" \
    "Nuttall|present|false|-|-|Cllr|-;Adrian Marsh|present|false|-|-|-|-;Yates|present|false|-|-|Cllr|-;"
is "Chairman: X" \
    "$(blk keyword 'Cllr P Hart' CHAIRMAN Chairman | who)" "P Hart|present|true|-|-|Cllr|-;"
is "X in the Chair marks one already listed" \
    "$({ blk keyword '' PRESENT Present; blk para 'Mr P Quayle'; blk para 'Mrs J Royle'
         blk para 'Mrs J Royle in the Chair'; } | who)" \
    "P Quayle|present|false|-|-|Mr|-;J Royle|present|true|-|-|Mrs|-;"
is "X in the Chair alone is present and chair" \
    "$(blk para 'Cllr Dora Penn in the Chair' | who)" "Dora Penn|present|true|-|-|Cllr|-;"
is "honorifics: County Cllr, Dr, Sir, Alderman" \
    "$(blk keyword 'County Cllr A Vance, Dr B Wilde, Sir Colin Yeo and Alderman D Zeal' PRESENT Present | who)" \
    "A Vance|present|false|-|-|County Cllr|-;B Wilde|present|false|-|-|Dr|-;Colin Yeo|present|false|-|-|Sir|-;D Zeal|present|false|-|-|Alderman|-;"
is "Councillor A (Org) Councillor B (Org) run together" \
    "$(blk para 'The Clerk reported apologies from the following Members: Councillor Ada Finch (Northvale Council) Councillor Ben Gale (Eastmoor District Council)' | who)" \
    "Ada Finch|apologies|false|-|Northvale Council|Councillor|-;Ben Gale|apologies|false|-|Eastmoor District Council|Councillor|-;"
is "group labels and semicolons: Applicants: X, role; Y, role" \
    "$({ blk keyword '' 'IN ATTENDANCE' 'In Attendance'
         blk para 'Objectors: Ms Rhian Lloyd, Ashgrove Residents Association; Sgt Carl Moss, Westshire Police'; } | who)" \
    "Rhian Lloyd|attendance|false|Ashgrove Residents Association|-|Ms|-;Carl Moss|attendance|false|Westshire Police|-|Sgt|-;"
is "Clerk: X takes the role Clerk" \
    "$(blk keyword 'Mrs M Ellery.' CLERK Clerk | who)" "M Ellery|attendance|false|Clerk|-|Mrs|-;"
is "a list under the heading with no keyword, officers after" \
    "$({ blk para 'Minutes of the Meeting of Brackley Town Council held on 9 November 2021 at 6:30pm in the Market Hall.'
         blk para 'Cllrs B Arden, D Brook (Deputy Mayor), P Carr (Town Mayor), and H Dunne'
         blk para 'M Sturgess, Town Clerk'; } | who)" \
    "B Arden|present|false|-|-|Cllrs|-;D Brook|present|false|Deputy Mayor|-|Cllrs|-;P Carr|present|false|Town Mayor|-|Cllrs|-;H Dunne|present|false|-|-|Cllrs|-;M Sturgess|attendance|false|Town Clerk|-|-|-;"
is "a list that runs into a sentence stops at the name" \
    "$(blk para 'Apologies for absence were received from Cllr Nuttall With the Chairman absent it was proposed that Cllr Yates take the chair' | who)" \
    "Nuttall|apologies|false|-|-|Cllr|-;"
is "a list under an item Apologies for Absence" \
    "$({ blk heading 'Apologies for Absence' '' 1; blk para 'Cllr T Rowan.'; } | who)" \
    "T Rowan|apologies|false|-|-|Cllr|-;"
is "a bare word after the list ends it" \
    "$({ blk keyword '' PRESENT Present; blk para 'Mr P Quayle'; blk para 'Business'
         blk para 'The Chairman welcomed everyone.'; } | who)" \
    "P Quayle|present|false|-|-|Mr|-;"
is "Name – Role, Organisation: the commas go on with the role" \
    "$({ blk keyword '' 'IN ATTENDANCE' 'In attendance'; blk para 'Rhona Teale – Chief Executive, Northvale OPCC'; } | who)" \
    "Rhona Teale|attendance|false|Chief Executive, Northvale OPCC|-|-|-;"
is "apologies given by; a person then members of the public" \
    "$(blk para 'Apologies were given by Councillors Dora Penn and Eli Shore.' | who)" \
    "Dora Penn|apologies|false|-|-|Councillors|-;Eli Shore|apologies|false|-|-|Councillors|-;"
is "(Clerk), then County Cllr X and 3 members of the public" \
    "$(blk keyword 'Mrs K Royd (Clerk), County Cllr B Hale and 3 members of the public' 'IN ATTENDANCE' 'In attendance' | who)" \
    "K Royd|attendance|false|Clerk|-|Mrs|-;B Hale|attendance|false|-|-|County Cllr|-;"
is "a reason in brackets then a full stop: no organisation" \
    "$(blk keyword 'Cllr D Greer (holiday).' APOLOGIES Apologies | who)" "D Greer|apologies|false|-|-|Cllr|-;"
is "a table flattened with bars" \
    "$(blk keyword 'Cllr A Vance | Cllr B Wilde | Mrs C Yeo' PRESENT Present | who)" \
    "A Vance|present|false|-|-|Cllr|-;B Wilde|present|false|-|-|Cllr|-;C Yeo|present|false|-|-|Mrs|-;"
is "In the Chair: X, and X in the Chair. with a full stop" \
    "$({ blk keyword '' PRESENT Present; blk para 'Mr P Quayle'; blk para 'Mrs J Royle'
         blk para 'In the Chair: Mrs J Royle'; } | who)$({ blk para 'Cllr Dora Penn in the Chair.'; } | who)" \
    "P Quayle|present|false|-|-|Mr|-;J Royle|present|true|-|-|Mrs|-;Dora Penn|present|true|-|-|Cllr|-;"
is "apologies: None. is no one" \
    "$(blk keyword 'None.' APOLOGIES Apologies | who)" ""
done_testing
