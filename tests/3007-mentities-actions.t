#!/bin/sh
# mentities: actions, their owner, text and due date.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 52

act() { { meeting 2023-10-12; rec "$1"; } | recs action | jq -r '[.owner // "-", .text, .due // "-"] | join("/")' | tr '\n' '|'; }

is "agreed to" "$(act 'The PCC agreed to provide a breakdown of the figures.')" \
    'The PCC/provide a breakdown of the figures/-|'
is "had agreed to, after a clause" \
    "$(act 'At the last meeting the Commissioner had agreed to circulate the plan.')" \
    'the Commissioner/circulate the plan/-|'
is "be requested to" \
    "$(act 'That the Police and Crime Commissioner (PCC) be requested to provide a report for a future meeting.')" \
    'the Police and Crime Commissioner/provide a report for a future meeting/-|'
is "it was agreed that" \
    "$(act 'It was agreed that this information would be provided after the meeting.')" \
    '-/this information would be provided after the meeting/-|'
is "Clerk to" "$(act 'Clerk to action.')" 'Clerk/action/-|'
is "initials to" "$(act 'AH to liaise with the school about parking.')" \
    'AH/liaise with the school about parking/-|'
is "a stated date is the due date" \
    "$(act 'The PCC agreed to bring a report to the Panel meeting on 12 March 2024.')" \
    'The PCC/bring a report to the Panel meeting on 12 March 2024/2024-03-12|'
is "the end of the calendar year" \
    "$(act 'The Clerk agreed to circulate it before the end of the calendar year.')" \
    'The Clerk/circulate it before the end of the calendar year/2023-12-31|'
is "a due date in the next sentence" \
    "$(act 'The PCC agreed to provide more detail. It would be circulated by email before the end of the year.')" \
    'The PCC/provide more detail/2023-12-31|'
is "members asked to declare is no action" \
    "$(act 'Members were asked to declare any interests. The Panel agreed to this.')" ''
is "the end of a month" \
    "$(act 'JP to contact the landowner by the end of December.')" \
    'JP/contact the landowner by the end of December/2023-12-31|'

# Owners that are groups or lists, and the forms that say who acts.
is "a plural owner" "$(act 'Officers to circulate the figures.')" \
    'Officers/circulate the figures/-|'
is "a group owner with a due date" \
    "$(act 'Members to send comments to the Clerk by 1 November.')" \
    'Members/send comments to the Clerk by 1 November/2023-11-01|'
is "two roles" "$(act 'The Clerk and Chair to meet the contractor.')" \
    'The Clerk and Chair/meet the contractor/-|'
is "a person and a role" \
    "$(act 'Cllr Hale and the Clerk to meet the contractor on site.')" \
    'Cllr Hale and the Clerk/meet the contractor on site/-|'
is "Councillors by name" "$(act 'Cllrs Hale and Brook to inspect the play area.')" \
    'Cllrs Hale and Brook/inspect the play area/-|'
is "initials and a role with a slash" "$(act 'JS/Clerk to order the bins.')" \
    'JS/Clerk/order the bins/-|'
is "All Members" "$(act 'All Members to read the draft plan.')" \
    'All Members/read the draft plan/-|'
is "a plural noun that is no owner" \
    "$(act 'Plans to extend the car park were discussed. Works to begin in June.')" ''
is "undertook to" "$(act 'The Chief Executive undertook to report back on the cost.')" \
    'The Chief Executive/report back on the cost/-|'
is "it was agreed that the Clerk would" \
    "$(act 'It was agreed that the Clerk would write to the landowner.')" \
    'the Clerk/write to the landowner/-|'
is "it was also agreed that two would" \
    "$(act 'It was also agreed that Cllr Hale and the Clerk would inspect the path.')" \
    'Cllr Hale and the Clerk/inspect the path/-|'
is "the Clerk will" "$(act 'The Clerk will write to the landowner.')" \
    'The Clerk/write to the landowner/-|'
is "be instructed to" "$(act 'That the Clerk be instructed to write to the landowner.')" \
    'the Clerk/write to the landowner/-|'
is "agreed to note is a resolution" "$(act 'The Panel agreed to note the report.')" ''
is "asked to note is no action" \
    "$(act 'Members were asked to note the dates of future meetings.')" ''
is "asked to send is one" "$(act 'Members were asked to send any comments to the Clerk.')" \
    'Members/send any comments to the Clerk/-|'
is "ACTION after the sentence" "$(act 'The bus shelter glass is broken. ACTION: Clerk')" \
    'Clerk/The bus shelter glass is broken/-|'
is "ACTION after a dash" "$(act 'The verge needs cutting - ACTION: Cllr Brook')" \
    'Cllr Brook/The verge needs cutting/-|'
is "ACTION after an action gives it no second" \
    "$(act 'It was agreed that this would be chased. ACTION: Clerk')" \
    'Clerk/this would be chased/-|'
is "the end of the month" "$(act 'Clerk to chase the contractor by the end of the month.')" \
    'Clerk/chase the contractor by the end of the month/2023-10-31|'
is "within 14 days" "$(act 'Clerk to respond within 14 days.')" \
    'Clerk/respond within 14 days/2023-10-26|'
is "within ten working days" "$(act 'Clerk to respond within ten working days.')" \
    'Clerk/respond within ten working days/2023-10-26|'
is "the next meeting with no date stated" \
    "$(act 'Clerk to send the figures to members by the next meeting.')" \
    'Clerk/send the figures to members by the next meeting/-|'

is "will and would are for people, not groups or bodies" \
    "$(act 'Members will recall the repairs. The Panel would next meet on 27 June. The Council will meet again in May.')" ''
is "would have is no action" \
    "$(act 'The Clerk would have written to the landowner but the address was wrong.')" ''
is "will also" "$(act 'The Chairman will also write to thank the volunteers.')" \
    'The Chairman/write to thank the volunteers/-|'
is "is to" "$(act 'The Clerk is to obtain quotes.')" 'The Clerk/obtain quotes/-|'
is "agreed that the matter be deferred is a resolution" \
    "$(act 'It was agreed that the matter be deferred.')" ''
is "agreed that the Clerk be asked to" \
    "$(act 'It was agreed that the Clerk be asked to write to the school.')" \
    'the Clerk/write to the school/-|'

att=$({ meeting 2023-10-12; attendee 'Jane Hale'; attendee 'Tom Brook'
    rec 'Jane to contact the landowner. Jane and Tom to meet the contractor. Brook/Clerk to order bins.'; } |
    recs action | jq -r '[.owner, .text] | join("/")' | tr '\n' '|')
is "attendees by first name or surname alone" "$att" \
    'Jane/contact the landowner|Jane and Tom/meet the contractor|Brook/Clerk/order bins|'
is "a capitalised word that is no attendee" \
    "$({ meeting 2023-10-12; attendee 'Jane Hale'; rec 'Plans to extend the hall were noted. Works to begin in June.'; } | recs action)" ''

nx() { { jq -cn '{type:"meeting",doc:"t.txt",line:1,date:"2024-03-14",body:"Fernley Parish Council"}'
    for t in "$@"; do rec "$t"; done; } | recs action | jq -r '.due // "-"' | tr '\n' '|'; }
is "the next meeting of another body is not this one's" \
    "$(nx 'Clerk to report to the next meeting.' 'The next meeting of the Highways Board is on 3 May 2024.' 'The next meeting of the Parish Council will be on 8 April 2024.')" '2024-04-08|'
is "a new document ends the wait: due null, and records stay in order" \
    "$({ meeting 2024-03-14; rec 'Clerk to report to the next meeting.'
        rec 'The next meeting will be on 8 April 2024. Clerk to report to the next meeting.' | sed 's/t.txt/u.txt/'; } |
        mentities | jq -r 'select(.type=="action") | .doc + ":" + (.due // "-")' | tr '\n' '|')" 't.txt:-|u.txt:2024-04-08|'

is "a resolution that the Clerk write" \
    "$({ meeting 2023-10-12; rec 'the Clerk write to the school' resolution; rec 'the Clerk and Chair meet the contractor' resolution; } | recs action | jq -r '.owner + "/" + .text' | tr '\n' '|')" \
    'the Clerk/write to the school|the Clerk and Chair/meet the contractor|'
is "but not a body's decision, nor the same words in prose" \
    "$({ meeting 2023-10-12; rec 'the Council support the application' resolution; rec 'The Clerk reported the matter' resolution; rec 'the Clerk write to the school'; } | recs action)" ''

is "an owner after a short lead and a colon" \
    "$(act 'Internal audit: the Clerk to obtain a quotation within 28 days.')" \
    'the Clerk/obtain a quotation within 28 days/2023-11-09|'
is "an owner after a dash" "$(act 'Streetlight on Mill Hill – Clerk to chase the county council again.')" \
    'Clerk/chase the county council again/-|'

is "a thing to be done, with no owner" \
    "$(act 'Quotes to be obtained for the bench. The hedge on Mill Lane to be cut by 31 December.')" \
    '-/Quotes to be obtained for the bench/-|-/The hedge on Mill Lane to be cut by 31 December/2023-12-31|'
is "but not after a verb, nor nothing to be done or a report to be noted" \
    "$(act 'Members were pleased to be invited. Nothing to be done. The report to be noted. There is much to be done.')" ''

# A whole set of minutes: ACTION lines, an action table, the next meeting.
out=$(mtokenize "$data/ent-actions.txt" | msection | mentities |
    jq -r 'select(.type=="action") | [.line, .owner // "-", .text, .due // "-"] | join("/")' |
    tr '\n' '|')
is "actions in whole minutes, due at the next meeting when it is stated" "$out" \
    '9/Clerk/The bus shelter glass on Mill Lane is broken and the Clerk will report it to the county council/-|12/JS/ Clerk/Potholes on Church Road were reported again/-|14/Cllr Brook/The verge by the pond needs cutting before the fete/-|20/Clerk/Report the shelter glass/2024-03-31|21/JS/Order two new litter bins/2024-04-08|24/Clerk/send the draft budget to members by the next meeting/2024-04-08|'
is "records held for the next meeting keep their order" \
    "$(mtokenize "$data/ent-actions.txt" | msection | mentities | jq -r '.line' | awk 'NR > 1 && $1 < prev { bad = 1 } { prev = $1 } END { print bad + 0 }')" 0
done_testing
