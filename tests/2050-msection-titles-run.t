#!/bin/sh
# msection: a title run on into its text where the text opens with a
# person, a lettered part or a decision word in capitals (invented
# minutes): "Police Report Ann Hale (AH) said ...", "Election of Chair
# Rhona Vell was elected ..." (a member listed as present), "Clerk's
# Report a) The Clerk ...", "To accept the Minutes ... RESOLVED – ...".
. "$(dirname "$0")/lib.sh"
plan 16

# blk KIND TEXT [LABEL KEY]: one_block (lib.sh), the label first.
blk() { one_block "$1" "$2" "${4-}" "${3-}"; }
title() { msection | jq -r 'select(.type == "item") | "\(.number // "-") \(.title)"' | tr '\n' ';'; }

while IFS='|' read -r desc text want; do
	is "$desc" "$({ blk para 'Minutes of Upthorpe Parish Council, 3 June 2021'
	    blk keyword 'Cllr Rhona Vell, Cllr Tam Orrin, Cllr Bea Lusk' PRESENT PRESENT
	    blk heading "$text" 4; } | title)" "4 $want;"
done <<'T'
a name and its initials open the text|Police Report Ann Hale (AH) provided an update on thefts from sheds.|Police Report
an honorific opens the text|Councillor reports Councillor Orrin reported on the drains.|Councillor reports
a member listed as present opens the text|Election of Chairman Rhona Vell was nominated and elected.|Election of Chairman
a member with a hyphened post|Election of Vice-Chairman Tam Orrin was elected unopposed.|Election of Vice-Chairman
a name not listed and no honorific stays whole|Welcome to Ann Lowe|Welcome to Ann Lowe
a lettered part ends the title|Clerk's Report a) The Clerk has renewed the insurance.|Clerk's Report
a lettered part in brackets ends the title|Finance (b) Payments of £40 were approved.|Finance
a label after a small word stays in the title|Declarations of i) Pecuniary and ii) Other Interests|Declarations of i) Pecuniary and ii) Other Interests
a decision word in capitals ends the title|To accept the Minutes of the Meeting held on 5th May 2021 RESOLVED – Approved as a true record.|To accept the Minutes of the Meeting held on 5th May 2021
AGREED ends a short title|Hall Lighting AGREED that the lamps be replaced.|Hall Lighting
an honorific and an irregular verb|Apologies Councillor G Penn sent apologies.|Apologies
a pronoun and an auxiliary, a short sentence|Declarations of Interest There were none.|Declarations of Interest
a plural honorific is no person|Apologies for absence from any Councillors No apologies were received.|Apologies for absence from any Councillors
T
is "the text after a person's title is prose" \
    "$({ blk para 'Minutes of Upthorpe Parish Council, 3 June 2021'
	blk heading 'Police Report Ann Hale (AH) provided an update.' 4; } |
	msection | jq -r 'select(.type == "prose") | .text')" \
    "Ann Hale (AH) provided an update."
is "an agenda-worded item '1. To receive apologies. Cllr A and Cllr B.': the title, then its names" \
    "$(printf 'Minutes of Upthorpe Parish Council, 3 June 2021\n\nPresent: Cllr Rhona Vell\n\n1. To receive apologies for absence. Cllr Tam Orrin and Cllr Bea Lusk.\n2. Finance.\nNone.\n' |
    mtokenize | msection | jq -r 'select(.type == "item" or .type == "attendee") | .title // "\(.name) \(.status)"' | tr '\n' ';')" \
    "Rhona Vell present;To receive apologies for absence;Tam Orrin apologies;Bea Lusk apologies;Finance;"
is "an abbreviation's dots end no title: 'i.a.w. Local Government Act'" \
    "$(printf 'Minutes of Upthorpe Parish Council, 3 June 2021\n\n1. To receive apologies for absence i.a.w. Local Government Act 1972\n2. Finance.\nNone.\n' |
    mtokenize | msection | jq -r 'select(.type == "item") | .title' | head -n 1)" \
    "To receive apologies for absence i.a.w. Local Government Act 1972"
