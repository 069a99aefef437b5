#!/bin/sh
# mentities: declarations of interest, in sentences and in tables.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 27

decl() { rec "$1" | recs declaration | jq -r '[.member, .kind] | join("/")' | tr '\n' '|'; }

out=$(rec 'Mr. K. Dunmore declared a personal interest in respect of all substantive items as he had two close relatives that worked for Westshire Constabulary.' | recs declaration)
is "member, kind, items and reason" "$out" \
    '{"member":"K. Dunmore","kind":"personal","items":"all substantive items","reason":"as he had two close relatives that worked for Westshire Constabulary","left":false}'
is "kinds as written" \
    "$(decl 'Cllr Ann Brightwell declared a disclosable pecuniary interest in item 6 as she owns land. Cllr Pat Oyelaran declared an Other Registrable Interest in item 9. Cllr Colin Shard declared a prejudicial interest in item 10.')" \
    'Ann Brightwell/disclosable pecuniary|Pat Oyelaran/other|Colin Shard/prejudicial|'
is "no kind" "$(decl 'Cllr Colin Shard declared an interest in item 10.')" 'Colin Shard/|'
is "several declarants in one sentence" \
    "$(decl 'Cllrs Shard and Oyelaran declared personal interests in item 4 as members of the allotment society.')" \
    'Shard/personal|Oyelaran/personal|'
is "several with their own honorifics" \
    "$(decl 'Cllr A Shard, Cllr B Oyelaran and Mrs C Wendt declared a personal interest in item 4.')" \
    'A Shard/personal|B Oyelaran/personal|C Wendt/personal|'
is "passive form" "$(decl 'A personal interest was declared by Cllr Colin Shard in item 5.')" 'Colin Shard/personal|'
is "No declarations were made" "$(decl 'No declarations were made.')" ''
is "an invitation is no declaration" \
    "$(decl 'The Chairman invited members who wished to do so to declare any interest in respect of items on the agenda.')" ''
is "All Members declared interests: no one named" \
    "$(decl 'All Members declared interests, the details of which are given under each item.')" ''
is "declared no interest" "$(decl 'Cllr Shard declared that he had no interest to declare.')" ''

# Tables, inside an item on declarations.
tab=$(printf '%s\n' \
    '{"type":"item","doc":"t.txt","line":5,"item":"2","item_seq":2,"title":"Declarations of Interest"}' \
    "$(rec 'Item 5.1 – Mr J Tarrant (non-financial)')" \
    "$(rec 'Item 6.5 – Mr D Quiney and Mr B Lusk (both non-financial)')" \
    "$(rec 'Mr J Tarrant left the meeting.')" | recs declaration | jq -r '[.member,.kind,.items] | join("/")' | tr '\n' '|')
is "item, member and kind in a table" "$tab" \
    'J Tarrant/non-financial/Item 5.1|D Quiney/non-financial/Item 6.5|B Lusk/non-financial/Item 6.5|'
is "a flattened table after the heading" \
    "$(decl 'Apologies from Cllr Vane. Declarations of Interest Cllr P Orrell Cllr J Orrell - Cllr Hibbert Personal interest in item 7 as a Borough Councillor.')" \
    'P Orrell/personal|J Orrell/personal|Hibbert/personal|'
ctx='{"type":"item","doc":"t.txt","line":5,"item":"2","item_seq":2,"title":"Declarations of Interest"}'
is "a flattened table with bars" \
    "$(printf '%s\n' "$ctx" "$(rec '| Cllr A Vane | 6 | Personal |')" | recs declaration | jq -r '.member + "/" + .kind')" 'A Vane/personal'
is "a kind word in a plain sentence is no declaration" \
    "$(printf '%s\n' "$ctx" "$(rec 'Cllr Vane asked about the personal data policy.')" | recs declaration)" ''
is "outside a declarations item a table form is no declaration" \
    "$(decl 'Item 5.1 – Mr J Tarrant (non-financial)')" ''
is "a bracket between the name and declared" \
    "$(decl 'Cllr Colin Shard (Vice-Chairman) declared a personal interest in item 3.')" 'Colin Shard/personal|'
is "a list after the following declarations" \
    "$(decl 'The following declarations were made: Cllr Ann Brightwell – item 6 (personal); Cllr Pat Oyelaran – item 9 (prejudicial).')" \
    'Ann Brightwell/personal|Pat Oyelaran/prejudicial|'
is "interests declared by several" \
    "$(decl 'Interests were declared by Cllrs Orrell and Vane in item 4.')" 'Orrell/|Vane/|'
is "made a declaration" \
    "$(rec 'Cllr Vane made a declaration of a personal interest in item 6 as a trustee.' | recs declaration)" \
    '{"member":"Vane","kind":"personal","items":"item 6","reason":"as a trustee","left":false}'
is "declared that" \
    "$(rec 'Cllr Vane declared that she is a trustee of the hall.' | recs declaration)" \
    '{"member":"Vane","kind":null,"items":null,"reason":"she is a trustee of the hall","left":false}'
is "a role between the name and declared; items end before what he did" \
    "$(rec 'Councillor Hartwell, Chairman, declared a disclosable pecuniary interest in item 7 and left the room.' | recs declaration)" \
    '{"member":"Hartwell","kind":"disclosable pecuniary","items":"item 7","reason":null,"left":true}'

# Forms met in parish and district minutes.
is "a non-pecuniary interest" \
    "$(rec 'Cllr Hale declared a non-pecuniary interest in item 7 as a member of the allotment association.' | recs declaration)" \
    '{"member":"Hale","kind":"non-pecuniary","items":"item 7","reason":"as a member of the allotment association","left":false}'
is "a kind in quotes" \
    "$(rec "Cllr Hale declared an 'other registrable interest' in item 9 as a trustee of the hall." | recs declaration)" \
    '{"member":"Hale","kind":"other","items":"item 9","reason":"as a trustee of the hall","left":false}'
is "a kind in curly quotes" \
    "$(rec 'Cllr Hale declared an ‘other registrable interest’ in item 9.' | recs declaration | jq -r .items)" 'item 9'
is "Councillors X and Y declared" \
    "$(decl 'Councillors Hale and Brook declared personal interests in item 5 as members of the bowls club.')" \
    'Hale/personal|Brook/personal|'
is "There were no declarations of interest" "$(decl 'There were no declarations of interest.')" ''
tab=$(printf '%s\n' "$ctx" "$(rec '| Member | Item | Nature of interest |')" \
    "$(rec '| Cllr A Hale | 7 | Non-pecuniary – member of the allotment association |')" \
    "$(rec 'Cllr B Brook – Item 8 – Disclosable pecuniary interest – neighbour of the applicant')" \
    "$(rec 'Cllr C Moss – 4 – Personal – chairs the club Cllr D Wren – 9 – Prejudicial – the applicant')" |
    recs declaration | jq -r '[.member,.kind,.items,.reason] | join("/")' | tr '\n' '|')
is "a table's items and reasons from its cells" "$tab" \
    'A Hale/non-pecuniary/7/member of the allotment association|B Brook/disclosable pecuniary/Item 8/neighbour of the applicant|C Moss/personal/4/chairs the club|D Wren/prejudicial/9/the applicant|'
done_testing
