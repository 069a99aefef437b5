#!/bin/sh
# msection: vote records, from invented minutes (tests/data/sec-votes-*.txt):
# movers and seconders in every order, counts in words and figures, a
# recorded vote with named members, a casting vote, a lost amendment then
# the substantive motion, a nomination, initials defined in the attendance.
. "$(dirname "$0")/lib.sh"
data=$top/tests/data
plan 38

run() { mtokenize "$data/sec-votes-$1.txt" | msection > "$1"; }
# One line per vote: item|motion|mover|mover_attendee|seconder|
# seconder_attendee|for|against|abstain|casting|outcome|resolution.
votes() {
	jq -r 'select(.type == "vote" and .item == "'"$2"'") | [.item, .motion,
	    .mover, .mover_attendee, .seconder, .seconder_attendee, .for,
	    .against, .abstain, (.casting | tostring), .outcome, .resolution] |
	    map(if . == null then "-" else tostring end) | join("|")' "$1" |
	    tr '\n' ';'
}
run parish
run committee

is "Proposed by, seconded by, and RESOLVED: no outcome said" \
    "$(votes parish 2)" "2|motion|Gorst|-|Hesketh|-|-|-|-|false|-|11;"
is "Cllr A proposed and Cllr B seconded that; For 4, Against 1, Abstentions 0" \
    "$(votes parish 3)" "3|motion|Ibbotson|-|Jowett|-|4|1|0|false|carried|-;"
is "Proposed BG; seconded CH (initials defined in the attendance); nem con" \
    "$(votes parish 4)" \
    "4|motion|BG|Brian Gorst|CH|Carol Hesketh|-|-|-|false|unanimous|17;"
is "the motion was lost by 2 votes to 3" \
    "$(votes parish 5)" "5|motion|-|-|-|-|2|3|-|false|lost|-;"
is "Resolved, proposed Cllr A, seconded Cllr B. Unanimously agreed." \
    "$(votes parish 6)" "6|motion|Hesketh|-|Gorst|-|-|-|-|false|unanimous|23;"
is "a nomination: nominated by, seconded by, duly elected unanimously" \
    "$(votes parish 7)" "7|nomination|Fairlie|-|Ibbotson|-|-|-|-|false|unanimous|-;"
is "Proposal (AF), seconded (BG); Agreed by a majority" \
    "$(votes parish 8)" \
    "8|motion|AF|Anna Fairlie|BG|Brian Gorst|-|-|-|false|carried|30;"
is "prop. Mr.A, 2nd Mrs B; by a majority of 4 in favour to 1 against" \
    "$(votes parish 9)" "9|motion|Gorst|-|Hesketh|-|4|1|-|false|carried|-;"
is "4 members against and 1 abstention: the motion fell" \
    "$(votes parish 10)" "10|motion|-|-|-|-|-|4|1|false|lost|-;"
is "'carried out', 'All agreed to wait' are no votes" "$(votes parish 11)" ""
is "On a motion by ... it was – / RESOLVED (4:4 and on the Chair's casting vote)" \
    "$(votes committee 41)" \
    "41|motion|L Abney|-|R Belgrave|-|4|4|-|true|carried|9;"
is "an amendment lost, then the substantive motion by a recorded vote" \
    "$(votes committee 42)" \
    "42|amendment|S Cotterill|-|T Danvers|-|-|-|-|false|lost|-;42|motion|U Ellery|-|V Fanshawe|-|3|2|1|false|carried|18;"
is "the recorded vote names the members" \
    "$(jq -c 'select(.type == "vote" and .named != null) | .named' committee)" \
    '{"for":["Abney","Belgrave","Ellery"],"against":["Cotterill","Danvers"],"abstain":["Gedling"]}'
is "(Proposer: Cllr A, seconder: Cllr B) then CARRIED: 6 for 2 abstentions" \
    "$(votes committee 43)" "43|motion|Fanshawe|-|Gedling|-|6|-|2|false|carried|21;"
is "moved the recommendation; three to two in favour" \
    "$(votes committee 44)" "44|recommendation|Danvers|-|-|-|3|2|-|false|carried|-;"
is "RESOLVED unanimously; 'a motion by Councillor A had been received' is no vote" \
    "$(votes committee 45)" "45|motion|-|-|-|-|-|-|-|false|unanimous|28;"
is "a vote comes after the records of the resolution it decided" \
    "$(jq -r 'select(.item == "41") | .type' committee | tr '\n' ' ')" \
    "item prose prose resolution vote "
is "the vote in brackets before the decision is prose, not its text" \
    "$(jq -r 'select(.type == "resolution" and .item == "41") | .text' committee)" \
    "the application be approved"
is "(Proposer: ...) after the decision is prose, not its text" \
    "$(jq -r 'select(.type == "resolution" and .item == "43") | .text' committee)" \
    "the order be confirmed"
is "every vote has the fields of the contract" \
    "$(jq -c 'select(.type == "vote") | keys_unsorted' parish committee | sort -u)" \
    '["type","doc","line","item","item_seq","resolution","motion","mover","mover_attendee","seconder","seconder_attendee","for","against","abstain","named","casting","outcome"]'

# Forms one line at a time: mover and counts.
one() {
	printf '1. Business\n%s\n' "$1" | mtokenize | msection |
	    jq -r 'select(.type == "vote") | [.mover, .seconder, .for, .against,
	    .abstain, .outcome] | map(if . == null then "-" else tostring end) |
	    join("|")' | tr '\n' ';'
}
is "Cllr A moved, seconded by Cllr B; CARRIED" \
    "$(one 'Cllr Ann Vetch moved that the report be adopted, seconded by Cllr Tom Yarrow. CARRIED.')" \
    "Ann Vetch|Tom Yarrow|-|-|-|carried;"
is "7 for, 2 against: carried from the counts" \
    "$(one 'The vote was 7 for, 2 against.')" "-|-|7|2|-|carried;"
is "Various motions were passed unanimously: no one motion" \
    "$(one 'Various motions were proposed, seconded and passed unanimously.')" ""
is "a meeting at 7.00pm for 7.30pm is no count" \
    "$(one 'Next meeting: Thursday 6 June at 7.00pm for 7.30pm.')" ""
is "Moved: Cllr A Seconded: Cllr B. Carried." \
    "$(one 'Moved: Cllr Ann Vetch Seconded: Cllr Tom Yarrow. Carried.')" \
    "Ann Vetch|Tom Yarrow|-|-|-|carried;"
is "carried with 5 votes for, 2 against and 1 abstention" \
    "$(one 'The motion was carried with 5 votes for, 2 against and 1 abstention.')" \
    "-|-|5|2|1|carried;"
is "RESOLVED by 6 votes to 2 that" \
    "$(one 'RESOLVED by 6 votes to 2 that the bins be emptied weekly.')" "-|-|6|2|-|carried;"
is "declared carried (5 for, 1 against)" \
    "$(one 'Upon being put to the vote the motion was declared carried (5 for, 1 against).')" \
    "-|-|5|1|-|carried;"
is "'who moved to the village' is no mover" \
    "$(one 'Mrs Vetch, who moved to the village last year, spoke about the bus.')" ""
is "'carried the boxes', 'records were lost' are no outcomes" \
    "$(one 'The Clerk carried the boxes to the car and the old records were lost in the flood.')" ""
is "6 members voted for the motion and 3 voted against" \
    "$(one 'On a division, 6 members voted for the motion and 3 voted against. The motion was carried.')" \
    "-|-|6|3|-|carried;"
is "Carried 5-2; a date 12-10-2024 is no count" \
    "$(one 'Carried 5-2. The meeting of 12-10-2024 was carried over.')" "-|-|5|2|-|carried;"
is "Cllr A (proposer) and Cllr B (seconder); Result: Carried (7 for, 2 against)" \
    "$(one 'Cllr Ann Vetch (proposer) and Cllr Tom Yarrow (seconder) asked that the report be received. Result: Carried (7 for, 2 against).')" \
    "Ann Vetch|Tom Yarrow|7|2|-|carried;"
is "a nomination named in the sentence before 'Proposed by ..., seconded by ...'" \
    "$(printf '1. Election\nCllr Ann Vetch was nominated as Chair. Proposed by Cllr Tom Yarrow, seconded by Cllr Bo Quint.\n' |
    mtokenize | msection | jq -r 'select(.type == "vote") | "\(.motion)|\(.mover)|\(.seconder)"')" \
    "nomination|Tom Yarrow|Bo Quint"
# A division between a motion and an amendment, as Scottish minutes write it.
is "A, seconded by B, moved that: the mover before the seconder set off by commas" \
    "$(one 'Councillor Ann Vetch, seconded by Councillor Tom Yarrow, moved that the report be noted.')" \
    "Ann Vetch|Tom Yarrow|-|-|-|-;"
is "On a division, 3 voted for the amendment and 2 for the motion; the amendment carried" \
    "$(one 'Councillor Ann Vetch, seconded by Councillor Tom Yarrow, moved that the plan be approved. As an amendment, Councillor Bo Quint, seconded by Councillor Cy Rudd, moved that the plan be deferred. On a division, 3 members voted for the amendment and 2 for the motion, and the amendment was declared carried.')" \
    "Ann Vetch|Tom Yarrow|2|-|-|lost;Bo Quint|Cy Rudd|3|-|-|carried;"
is "there voted for the amendment 4, and for the motion 5; the motion carried" \
    "$(one 'Councillor Ann Vetch, seconded by Councillor Tom Yarrow, moved that the plan be approved. As an amendment, Councillor Bo Quint, seconded by Councillor Cy Rudd, moved that the plan be deferred. On a division, there voted for the amendment 4, and for the motion 5, and the motion was accordingly declared carried.')" \
    "Ann Vetch|Tom Yarrow|5|-|-|carried;Bo Quint|Cy Rudd|4|-|-|lost;"
is "Proposed by A / Seconded by B and / RESOLVED - that: one vote, its resolution" \
    "$(printf '1. Business\n\nProposed by Councillor Ann Vetch\nSeconded by Councillor Tom Yarrow and\n\nRESOLVED - that the report be noted.\n' |
    mtokenize | msection | jq -r 'select(.type == "vote") | "\(.mover)|\(.seconder)|\(.resolution)"')" \
    "Ann Vetch|Tom Yarrow|6"
done_testing
