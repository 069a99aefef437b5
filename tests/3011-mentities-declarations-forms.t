#!/bin/sh
# mentities: declarations of interest in the forms of small councils' minutes:
# initials defined in the text, names without honorifics, passive wordings,
# "DPI", and tables flattened one row or one cell per line.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"
plan 32

# A declaration naming an item not read yet waits for that item, here till
# the end of the input: it comes after those that name none.
decl() { rec "$1" | recs declaration | jq -r '[.member, .kind] | join("/")' | tr '\n' '|'; }
ctx='{"type":"item","doc":"t.txt","line":5,"item":"2","item_seq":2,"title":"Declarations of Interest"}'
other='{"type":"item","doc":"t.txt","line":5,"item":"3","item_seq":3,"title":"Planning"}'
# cells ITEM TEXT...: member/kind/items of the declarations after item ITEM.
cells() {
	_i=$1; shift
	{ echo "$_i"; for _t in "$@"; do rec "$_t"; done; } | recs declaration |
	    jq -r '[.member, .kind, .items] | join("/")' | tr '\n' '|'
}

# Initials defined in the text, then used alone.
is "initials after a name in the attendance list" \
    "$({ jq -cn '{type:"attendee",doc:"t.txt",line:3,name:"Glenda Carrow",raw:"Cllrs Glenda Carrow (GC)",status:"present",chair:false}'
        jq -cn '{type:"attendee",doc:"t.txt",line:3,name:"Piers O’Malley",raw:"Piers O’Malley (POM)",status:"present",chair:false}'
        rec 'Cllrs GC and POM declared an interest in the allotments.'; rec 'GC declared an interest in item 7.'; } |
        recs declaration | jq -r .member | tr '\n' '|')" 'Glenda Carrow|Piers O’Malley|Glenda Carrow|'
is "initials defined in a sentence" \
    "$(decl 'Cllr Ann Hale (AH) reported on the hall. AH declared a personal interest in item 4.')" 'Ann Hale/personal|'
is "initials that do not fit the name define nothing" \
    "$(decl 'Cllr Ann Hale (BB) reported. BB declared a personal interest in item 4.')" ''
is "the person entity of initials has the name as its value" \
    "$(rec 'Cllr Ann Hale (AH) spoke. AH declared an interest.' | mentities | jq -r 'select(.kind=="person") | .text + "=" + .value' | tr '\n' '|')" \
    'Cllr Ann Hale=Ann Hale|AH=Ann Hale|'

# Names without honorifics, and honorifics doubled.
is "a name without an honorific before declared" \
    "$(decl 'Ann Hale, B. Brook and Colin Moss declared personal interests in item 5.')" \
    'Ann Hale/personal|B. Brook/personal|Colin Moss/personal|'
is "Name - declared a DPI" "$(decl 'Ann Hale - declared a DPI in item 6.')" 'Ann Hale/disclosable pecuniary|'
is "an attendee's surname alone" \
    "$({ attendee 'Ann Hale'; rec 'Hale declared a personal interest in item 5.'; } | recs declaration | jq -r .member)" 'Hale'
is "words that begin sentences are no names" \
    "$(decl 'Members declared an interest. Both Ann Hale and Bob Brook declared an interest.')" 'Ann Hale/|Bob Brook/|'
is "two honorifics: Councillor Mr" \
    "$(decl 'Councillor Mr Simon Hale declared a personal interest in item 3.')" 'Simon Hale/personal|'
is "a role before the name, commas round it" \
    "$(decl 'The Mayor, Cllr Ian Wyn, declared an interest in item 4.')" 'Ian Wyn/|'

# Passive wordings.
is "an interest was received from" \
    "$(rec 'A personal and prejudicial interest was received from Councillor Mr Simon Hale on item 8.1 as the landowner.' | recs declaration | jq -r '[.member, .items, .reason] | join("/")')" \
    'Simon Hale/item 8.1/as the landowner'
is "a declaration of interest was made by" \
    "$(decl 'A declaration of interest was made by Cllr Hale in item 3.')" 'Hale/|'
is "none received from members" "$(decl 'No declarations of interest were received from members.')" ''

# Tables flattened one row or one cell per line.
is "rows with names without honorifics" \
    "$(cells "$ctx" 'Member – Item – Interest' 'Ann Hale – 7 – Personal' '| Colin Moss | 9 | Other registrable |')" \
    'Ann Hale/personal/7|Colin Moss/other/9|'
is "one cell per line: the member's cell" \
    "$(cells "$ctx" 'Member' 'Item' 'Interest' 'Cllr A Hale' '7' 'Personal' 'B Brook' '9' 'Other')" \
    'A Hale//|B Brook//|'
is "a lone name outside a declarations item, or a heading, is none" \
    "$(cells "$other" 'Cllr A Hale' 'B Brook')$(cells "$ctx" 'Nature of interest' 'Dispensations Granted')" ''
is "a member and the items, without a kind, in a declarations item" \
    "$(cells "$ctx" 'Cllr A Hale – item 7' 'Cllr E Fox – all items' 'Cllr F Gale – All present agreed')" \
    'E Fox//all items|A Hale//item 7|'
is "a clause in commas between the name and declared" \
    "$(decl 'Cllr Hale, a trustee of the hall, declared a personal interest in item 4.')" 'Hale/personal|'
is "but not a name in an earlier clause of the sentence" \
    "$(decl 'Cllr Hale spoke on item 3; the clerk, as proper officer, declared an interest.')" ''
is "Welsh and parish honorifics: Cyng., Clr" \
    "$(decl 'Cyng. Ann Hale and Clr Bob Brook declared an interest in item 4.')" 'Ann Hale/|Bob Brook/|'
is "wished to declare" "$(decl 'Cllr Hale wished to declare a personal interest in item 5.')" 'Hale/personal|'
is "an invitation to declare is still none" \
    "$(decl 'Cllr Hale reminded members to declare their interests. The Chairman invited members who wished to do so to declare any interest.')" ''
is "said that she had a personal interest" \
    "$(decl 'Cllr Hale said that she had a personal interest in item 5. Cllr Brook had a prejudicial interest in item 6.')" \
    'Hale/personal|Brook/prejudicial|'
is "had an interest without a kind is none" "$(decl 'Cllr Hale had an interest in seeing the verge cut.')" ''
is "declared as follows: a list" \
    "$(decl 'Interests were declared as follows: Cllr Hale, item 5 (personal); Cllr Brook, item 6 (prejudicial).')" \
    'Hale/personal|Brook/prejudicial|'
is "a name just after a heading in the text" \
    "$(decl 'Declarations of interest: Cllr Hale (item 5). Declarations of interest: none. Cllr Brook spoke.')" 'Hale/|'
is "interests as initials: DPI, ORI, NRI" \
    "$(decl 'Cllr Hale declared a DPI in item 5. Cllr Brook declared an ORI in item 6. Cllr Moss declared an NRI.')" \
    'Moss/non-registrable|Hale/disclosable pecuniary|Brook/other|'
is "a kind and interests as a label, the people after it" \
    "$(rec 'Personal interests: Cllr Hale (item 5) and Cllr Brook (item 6).' | recs declaration | jq -r '[.member, .kind, .items] | join("/")' | tr '\n' '|')" \
    'Hale/personal/item 5|Brook/personal/item 6|'
is "after a semicolon, people and items take the kind before" \
    "$(rec 'Cllr Hale declared a personal interest in item 5; Cllr Brook in item 6; Mr C Moss (item 7).' | recs declaration | jq -r '[.member, .kind, .items] | join("/")' | tr '\n' '|')" \
    'Hale/personal/item 5|Brook/personal/item 6|C Moss/personal/item 7|'
is "but not a person in a new sentence or without items" \
    "$(decl 'Cllr Hale declared a personal interest in item 5. Cllr Brook in the chair thanked her; Cllr Moss in the hall.')" 'Hale/personal|'
chair() { jq -cn --arg n "$1" '{type:"attendee",doc:"t.txt",line:3,name:$n,status:"present",chair:true}'; }
is "The Chairman declared: the attendee who chaired" \
    "$({ chair 'Ann Hale'; rec 'The Chairman declared a personal interest in item 7 and vacated the chair.'; } | recs declaration)" \
    '{"member":"Ann Hale","attendee":"Ann Hale","kind":"personal","items":"item 7","reason":null,"left":false}'
is "without a chair known, or for the Vice-Chairman, none" \
    "$(decl 'The Chairman declared a personal interest in item 7.')$({ chair 'Ann Hale'; rec 'The Vice-Chairman declared a personal interest in item 7.'; } | recs declaration)" ''
done_testing
