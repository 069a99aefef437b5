#!/bin/sh
# msection: decisions stated in sentences rather than after a RESOLVED
# label, from invented minutes through mtokenize: "It was agreed that",
# "The Committee decided to", "Members resolved to", "Agreed to ...",
# passives ("were agreed as a true record"), proposals with their outcome
# ("proposed by A, seconded by B that X - unanimously agreed"), a vote
# after its motion ("Resolved, proposed A, seconded B."), and what is no
# decision (one person agreeing to act, a proposal with no outcome).
. "$(dirname "$0")/lib.sh"
plan 51

# dec BODY...: the resolutions ("item|text;") of item 4 whose paragraphs
# are the arguments, one paragraph each.
dec() {
	{ printf 'Minutes of the meeting of Wetherfold Parish Council held on 2 May 2024\n\n'
	  printf '4. Village green\n\n'
	  for p in "$@"; do printf '%s\n\n' "$p"; done; } > m.txt
	mtokenize m.txt | msection |
	    jq -r 'select(.type == "resolution") | "\(.item // "-")|\(.text)"' |
	    tr '\n' ';'
}
# prose BODY...: the prose of the same minutes, to see what stays text.
prose() {
	dec "$@" > /dev/null
	mtokenize m.txt | msection | jq -r 'select(.type == "prose") | .text' |
	    tr '\n' ';'
}

# Who decides: the meeting, by name or as "it".
is "It was agreed that, in lower case" \
    "$(dec 'After some discussion it was agreed that the bench be repainted. The Clerk will order paint.')" \
    "4|the bench be repainted;"
is "the rest of the paragraph stays prose" \
    "$(prose 'After some discussion it was agreed that the bench be repainted. The Clerk will order paint.')" \
    "After some discussion it was agreed;The Clerk will order paint.;"
is "The Committee decided to" \
    "$(dec 'The Committee decided to defer the matter to June.')" "4|to defer the matter to June;"
is "Members resolved to" \
    "$(dec 'Members resolved to write to the landowner.')" "4|to write to the landowner;"
is "the House agreed to, the Council agreed, that" \
    "$(dec 'The House agreed to take the item first.' 'The Council agreed, that the item be urgent.')" \
    "4|to take the item first;4|the item be urgent;"
is "It was decided to, It was agreed with no that" \
    "$(dec 'It was decided to end the grazing licence.' 'Quotes were read and it was agreed further work will wait until spring.')" \
    "4|to end the grazing licence;4|further work will wait until spring;"
is "two decisions in one paragraph, one after 'and'" \
    "$(dec 'The councillors read the policy and agreed that no changes were needed and it was agreed that it be marked as reviewed. The Clerk will file it.')" \
    "4|no changes were needed;4|it be marked as reviewed;"
is "a sentence that starts with the verb: Agreed to, Decided" \
    "$(dec 'Matters arising were discussed. Agreed to write to the bus company.' 'Signpost. Decided it was beyond repair.')" \
    "4|to write to the bus company;4|it was beyond repair;"
is "Unanimously AGREED to, and AGREED to, in capitals after any subject" \
    "$(dec 'Unanimously AGREED to support the application' 'No objections and AGREED to leave it to the planning officer')" \
    "4|to support the application;4|to leave it to the planning officer;"
is "the decision ends at a new clause with its own subject" \
    "$(dec 'P.Council agreed to repay Mr. Orme £25, and he offered to run the stall.')" \
    "4|to repay Mr. Orme £25;"
is "a decision's sentence cut by a page break goes on in the next paragraph" \
    "$(dec 'It was agreed that the survey results would be sent to members' 'with the figures for each ward.')" \
    "4|the survey results would be sent to members with the figures for each ward;"

# Passives: the whole sentence is the decision.
is "were agreed as a true record, was agreed and signed" \
    "$(dec 'The minutes of the meeting held on 4 April 2024 were agreed as a correct record, subject to one spelling change.' 'The annual return was agreed and signed by the Chair.')" \
    "4|The minutes of the meeting held on 4 April 2024 were agreed as a correct record, subject to one spelling change;4|The annual return was agreed and signed by the Chair;"
is "a pronoun alone or an earlier decision is no passive decision" \
    "$(dec 'These were unanimously agreed.' 'The Clerk reported on the budget, which was agreed in January.')" ""

# Proposals with their outcome.
is "proposed by A and seconded by B that X - unanimously agreed" \
    "$(dec 'It was proposed by J. Penrose and seconded by K. Tull that £1200. 00 be the precept for 2025/26 - unanimously agreed.')" \
    "4|£1200. 00 be the precept for 2025/26;"
is "Proposal (A), seconded (B) that X. Agreed unanimously." \
    "$(dec 'Minutes of March - Proposal (RT), seconded (GH) that the minutes be signed as a true record. Agreed unanimously.')" \
    "4|the minutes be signed as a true record;"
is "A proposed X be done seconded by B - Agreed" \
    "$(dec 'Cllr Ashby proposed the accounts be paid seconded by Cllr Tarn - Agreed')" \
    "4|the accounts be paid;"
is "A proposed and B seconded X and the meeting agreed: the sentence, its label left out" \
    "$(dec 'Proposal: Mr Hale proposed and Mrs Dunn seconded payment of the invoice and the meeting unanimously agreed. The Clerk will pay it.')" \
    "4|Mr Hale proposed and Mrs Dunn seconded payment of the invoice and the meeting unanimously agreed;"
is "a motion proposed by Cllr. A, seconded by Cllr. B and agreed" \
    "$(dec 'Motion to close the meeting to the public was proposed by Cllr. Venn, seconded by Cllr. Ruske and agreed unanimously. Motion carried.')" \
    "4|Motion to close the meeting to the public was proposed by Cllr. Venn, seconded by Cllr. Ruske and agreed unanimously;"
is "It was proposed by A and seconded by B and resolved to" \
    "$(dec 'It was proposed by Councillor Hext and seconded by Councillor Pym and resolved to exclude the press.')" \
    "4|to exclude the press;"
is "a proposal with no outcome is no decision" \
    "$(dec 'It was proposed by J. Penrose and seconded by K. Tull that the minutes be signed.' 'Cllr Ashby proposed approval of the payments seconded by Cllr Tarn')" ""

# A vote after the motion it decides.
is "Resolved, proposed A, seconded B. Unanimously agreed. after its motion" \
    "$(dec 'To approve the grass cutting contract.' 'Resolved, proposed Cllr Lark, seconded Cllr Moss. Unanimously agreed.' 'To note the bank reconciliation.' 'Proposed Cllr Lark seconded Cllr Moss. Agreed by a majority.')" \
    "4|To approve the grass cutting contract;4|To note the bank reconciliation;"
is "a vote after a decision already stated adds none" \
    "$(dec 'It was agreed to raise the hire charge to £12. Proposed Cllr Lark seconded Cllr Moss. Unanimously agreed.' 'Proposed Cllr Moss seconded Cllr Lark. Unanimously agreed.')" \
    "4|to raise the hire charge to £12;"

# Not decisions.
is "what one person agreed to do is an action; noted is no decision" \
    "$(dec 'Cllr Ward agreed to contact the school.' 'The Chair agreed that the item be taken later.' 'The report was noted.' 'The PCC agreed to provide the figures.')" ""
is "a motion MOVED with no outcome is no decision" \
    "$(dec 'MOVED that the press be excluded.')" ""

# Labels run into the text, and the heading that runs on.
is "a web Decision: field run into a paragraph, RESOLVED/- That" \
    "$(dec 'Bus Station Update To note the update. Additional documents: Decision: RESOLVED/- That the update be received and noted. |' 'Urgent Business Additional documents: Decision: That it be noted:')" \
    "4|the update be received and noted;4|it be noted;"
is "Decision: that reports only what happened is no decision" \
    "$(dec 'Declarations Additional documents:' 'Decision: There were no declarations received. |' 'Decision: None.')" ""
is "a note of the vote between RESOLVED and the decision is prose" \
    "$(dec 'Resolved (6:6 and on the Chair'"'"'s casting vote) – that the application be refused.')" \
    "4|the application be refused;"
is "and the note stays in the text" \
    "$(prose 'Resolved (6:6 and on the Chair'"'"'s casting vote) – that the application be refused.')" \
    "(6:6 and on the Chair's casting vote) –;"
is "table bars never stay in a resolution" \
    "$(dec 'RESOLVED: That the hall hire fees be frozen. |')" "4|the hall hire fees be frozen;"
{ printf 'Minutes of the meeting of Wetherfold Parish Council held on 2 May 2024\n\n'
  printf '6. Precept: It was proposed by L. Orr and seconded by T. Vane that £2100 be the precept for 2025/26 - unanimously agreed.\n\n'
  printf '7. Grants: The request was read. It was agreed that £50 be given to the scouts.\n'; } > h.txt
is "a decision in the rest of a heading that runs on" \
    "$(mtokenize h.txt | msection | jq -r 'select(.type == "resolution") | "\(.item)|\(.text)"' | tr '\n' ';')" \
    "6|£2100 be the precept for 2025/26;7|£50 be given to the scouts;"

# A formal decision whose label was lost; agreement stated of everyone.
is "That X be Y standing alone is the item's decision" \
    "$(dec 'The Clerk presented the play area report.' 'That the report be noted and the swings be repaired.')" \
    "4|the report be noted and the swings be repaired;"
is "but not a motion quoted after a colon, nor That was ..." \
    "$(dec 'Cllr Hurst moved the following motion:' 'That the Council be carbon neutral by 2030.' 'That was the view of the residents, who would be told.')" ""
is "everyone was in agreement, all were in agreement" \
    "$(dec 'The Chair asked if the Council wished to hold a fun day - everyone was in agreement. The Clerk will book the field.')" \
    "4|The Chair asked if the Council wished to hold a fun day - everyone was in agreement;"

# Labels of decisions with their parts.
is "Decision: then a. b. parts, and a. b. inside one paragraph" \
    "$(dec 'Decision:' 'a. That the report be noted.' 'b. That the Clerk obtain two quotes.' 'Decision: a. That £50 be given to the scouts. b. That the Clerk tell them.')" \
    "4|the report be noted;4|the Clerk obtain two quotes;4|£50 be given to the scouts;4|the Clerk tell them;"
is "Scottish DECIDED: with its text, and DECIDED:- then its parts" \
    "$(dec 'DECIDED: that the Council object to the closure.' 'DECIDED:-' '(1) to note the survey;' '(2) to ask for a repair.')" \
    "4|the Council object to the closure;4|to note the survey;4|to ask for a repair;"
is "a. b. with a capital is a name, not parts" \
    "$(dec 'RESOLVED: That A. Brook and B. Hale be appointed.')" "4|A. Brook and B. Hale be appointed;"

# Who decides, then its parts or its object.
is "The Panel AGREED: (a) ...; (b) ... in one paragraph" \
    "$(dec 'The Panel AGREED: (a) that the plan be noted; (b) that the Clerk write to the owner.')" \
    "4|the plan be noted;4|the Clerk write to the owner;"
is "the Committee agreed: / resolved as follows: then the parts below" \
    "$(dec 'After discussion the Committee agreed:' '(a) to note the report;' '(b) to ask for a survey.' 'The Board resolved as follows:' '1. To approve the budget.' '2. To set the fees.')" \
    "4|to note the report;4|to ask for a survey;4|To approve the budget;4|To set the fees;"
is "agreed with an object: the whole sentence; with a clause and no that: the clause" \
    "$(dec 'The Committee agreed the minutes as a correct record.' 'Members agreed the hall should close at ten. The Chair thanked them.')" \
    "4|The Committee agreed the minutes as a correct record;4|the hall should close at ten;"
is "and what stays prose around them" \
    "$(prose 'After discussion the Committee agreed:' '(a) to note the report;' 'Members agreed the hall should close at ten. The Chair thanked them.')" \
    "After discussion the Committee agreed:;Members agreed;The Chair thanked them.;"

# News of another body's decision; who agreed before the clause.
is "a decision reported by someone is no decision of the meeting" \
    "$(dec 'The Clerk reported that the County Council agreed to fund the crossing.' 'The Chair explained that it was agreed last year that the gate be locked.')" ""
is "It was agreed by all present that, It was noted and agreed that" \
    "$(dec 'It was agreed by all present that the fence be mended.' 'It was noted and agreed that the bins be moved.')" \
    "4|the fence be mended;4|the bins be moved;"

# An outcome on its own after the proposal it decides.
is "Carried. / Seconded B. Motion carried. after a proposal: its motion" \
    "$(dec 'Cllr Dene proposed that the hall fee be £15 an hour.' 'Carried.' 'The Clerk read a letter. Cllr Rowe proposed a new bench for the green.' 'Seconded by Cllr Dene. Motion carried unanimously.')" \
    "4|the hall fee be £15 an hour;4|Cllr Rowe proposed a new bench for the green;"
is "and the rest stays prose" \
    "$(prose 'The Clerk read a letter. Cllr Rowe proposed a new bench for the green.' 'Seconded by Cllr Dene. Motion carried unanimously.')" \
    "The Clerk read a letter.;Seconded by Cllr Dene. Motion carried unanimously.;"
is "an outcome with no proposal before it decides nothing" \
    "$(dec 'The Clerk read a letter about the bench.' 'Carried.')" ""

# A bare label ("Decision", "RESOLVED:") over a sentence or a lead-in.
is "Decision over 'The Committee agreed to X': X, as in any sentence" \
    "$(dec 'Decision' 'The Committee agreed to defer the matter to June.')" \
    "4|to defer the matter to June;"
is "Decision over 'The Committee agreed:' then lettered parts: one each" \
    "$(dec 'Decision' 'The Committee agreed:' '(a) to note the report; and' '(b) to ask for a survey.')" \
    "4|to note the report;4|to ask for a survey;"
is "and the lead-in stays prose" \
    "$(prose 'Decision' 'The Committee agreed:' '(a) to note the report; and' '(b) to ask for a survey.')" \
    "The Committee agreed:;"
is "RESOLVED: That, alone on its line, then lettered parts" \
    "$(dec 'RESOLVED: That' '(a) the policy be recommended to Council; and' '(b) authority be delegated to the Clerk.')" \
    "4|the policy be recommended to Council;4|authority be delegated to the Clerk;"
is "Decision: The Committee agreed to X, on one line: X" \
    "$(dec 'Decision: The Committee agreed to defer the matter to June.')" \
    "4|to defer the matter to June;"
is "Decision: That X, on one line: as written" \
    "$(dec 'Decision: That the matter be deferred to June.')" \
    "4|the matter be deferred to June;"
