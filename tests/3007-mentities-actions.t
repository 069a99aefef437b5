#!/bin/sh
# mentities: actions, their owner, text and due date.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 11

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
done_testing
