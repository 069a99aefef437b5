#!/bin/sh
# The whole pipeline over examples/: the facts a reader takes from each
# example come out of mtokenize | msection | mentities.  One row a fact:
# example, what, a jq expression over the slurped records, the answer.
# Texts are compared folded (case, spacing, a leading "(a)" or "That",
# trailing punctuation), as the corpus scorer does; a venue drops a
# leading "the" ("held at the Reading Room" is "Reading Room"), as the
# corpus answer keys do.
. "$(dirname "$0")/lib.sh"
cp "$top"/examples/*.txt "$top"/examples/*.md .

prelude='
def fold: tostring | ascii_downcase | gsub("[\u2018\u2019]"; "\u0027")
	| gsub("\\s+"; " ") | sub("^ "; "") | sub("^\\(?[a-z0-9]{1,4}\\) *"; "")
	| sub("^(that|to):? +"; "") | sub("[ .;:,]+$"; "");
def recs(t): .[] | select(.type == t);
def meeting: first(recs("meeting"));
def surname: tostring | sub(" *\\(.*$"; "") | split(" ") | last;
def people(s): [recs("attendee") | select(.status == s) | .name | surname] | join(" ");
def chair: [recs("attendee") | select(.chair == true) | .name] | first;
def role(n): first(recs("attendee") | select(.name | tostring | test(n)) | .role) | fold;
def seq(n): first(recs("item") | select(.number == n) | .item_seq);
def in_item(t; n): seq(n) as $s | [recs(t) | select(.item_seq == $s)];
def res(n): [in_item("resolution"; n)[] | .text | fold];
def texts: [.[] | select(.type != "artifact") | (.text // .title // empty) | fold];
def has_text(s): texts | any(contains(s));
def money: [recs("entity") | select(.kind == "money") | .value | tostring
	| gsub("[£,]"; "") | tonumber];
def dates: [recs("entity") | select(.kind == "date") | .value];
def decl(n): first(recs("declaration") | select(.member | tostring | test(n)));
def acted(s): [recs("action") | .text | fold] | any(contains(s));
'

cat >facts <<'EOF'
N	body	meeting.body	Northshire Police and Crime Panel
N	date	meeting.date	2024-03-14
N	venue	meeting.venue | fold	shire hall, westbridge
N	start	meeting.start	14:00
N	end	meeting.end	15:40
N	item numbers	[recs("item") | .number] | join(" ")	12 13 14 15 16 17 18 19
N	title of 16	first(recs("item") | select(.number == "16") | .title) | fold	revenue budget and precept 2024/25
N	title of 18 (after the displaced number)	first(recs("item") | select(.number == "18") | .title) | fold	commissioner's update
N	chair	chair	Margaret Hollins
N	present	people("present")	Hollins Fenwick Hargreave Ramsay Strachan Oakeshott Pemberton Wrenfield
N	in attendance	people("attendance")	Ellory Vale Coldrey Brackley
N	role wrapped over two lines	role("Coldrey")	chief finance officer, office of the northshire police and crime commissioner
N	role after a comma	role("Brackley")	assistant chief constable, northshire police
N	postnominal dropped	[recs("attendee") | select(.name | tostring | test("Pemberton")) | .name] | first	Colin Pemberton
N	resolutions of 16	res("16") | join(" | ")	the proposed precept of £286.47 for a band d property for 2024/25 be supported | the pcc be asked to bring a progress report on the estates review to the panel meeting on 27 june 2024
N	resolutions of 17 (around the displaced 18.)	res("17") | join(" | ")	the report and the comments of the panel be noted | future performance reports include the number of abandoned calls to the non-emergency number
N	resolution of 18	res("18") | join(" | ")	the update be noted
N	resolutions in all	[recs("resolution")] | length	6
N	points of 17	[in_item("point"; "17")[] | .label] | join(" ")	i ii iii
N	page number taken out of a sentence	has_text("finished their training in the autumn. members welcomed this")	true
N	lost bullets kept	has_text("opening the new custody suite at westbridge")	true
N	money	money | map(select(. == 148600000 or . == 2315400 or . == 286.47 or . == 1200000 or . == 40000)) | unique | length	5
N	dates	dates | map(select(. == "2024-02-07" or . == "2024-06-27" or . == "2024-09-30")) | unique | length	3
N	declaration	decl("Hargreave") | [.kind, (.items | tostring | test("(^|[^0-9/])16([^0-9/]|$)"))] | map(tostring) | join(" ")	personal true
N	action of the PCC	acted("breakdown of the savings")	true
E	body	meeting.body	Eastmoor Parish Council
E	date	meeting.date	2023-07-11
E	venue	meeting.venue | fold	reading room, eastmoor
E	start and end	[meeting.start, meeting.end] | join(" ")	19:30 21:10
E	item numbers	[recs("item") | .number] | join(" ")	1 2 3 4 5 6 7 8
E	markdown heading title	first(recs("item") | select(.number == "5") | .title) | fold	footpaths and rights of way
E	chair	chair	Alan Pettifer
E	present (hard line breaks)	people("present")	Pettifer Ashdown Marlow Quayle Lambourne Redvers Sallis
E	apologies	people("apologies")	Kettlewell
E	role	role("Draycott")	clerk and responsible financial officer
E	points of 5	[in_item("point"; "5")[] | .label] | join(" ")	i ii iii
E	paragraph joined over the page break	[in_item("point"; "5")[] | select(.label == "ii") | .text | fold] | first | contains("closed since april. in reply to a councillor's query")	true
E	nested bullets kept	has_text("clearing of the hedge line along mill lane")	true
E	resolutions of 5	res("5") | join(" | ")	the report be noted | the clerk write to the county council asking that the repair of the fenny brook footbridge be completed by 31 october 2023
E	resolutions of 6 (That: then - (a))	res("6") | join(" | ")	the quotation of £24,380 from brightplay ltd be accepted | the grant of £10,000 from the district council be accepted with thanks
E	resolutions in all ("The Council agreed that" among them)	[recs("resolution")] | length	7
E	money	money | map(select(. == 18750 or . == 26915.5 or . == 3184.27 or . == 412.6)) | unique | length	4
E	dates of future meetings	dates | map(select(. == "2023-09-12" or . == "2023-10-10" or . == "2023-11-14")) | unique | length	3
E	declaration	decl("Quayle") | .kind	disclosable pecuniary
E	action	acted("list of planned closures")	true
W	body	meeting.body	Westvale Borough Council
W	date	meeting.date	2022-11-22
W	venue	meeting.venue | fold | startswith("council chamber, civic offices, market street, westvale")	true
W	start and end	[meeting.start, meeting.end] | join(" ")	19:00 20:35
W	items without numbers	[recs("item") | .number] | map(tostring) | join(" ")	null null null null null null null
W	titles without web chrome	[recs("item") | .title | fold] | join(" | ")	apologies for absence | declarations of interest | confirmation of minutes | mayor's announcements | leisure centre contract | council tax support scheme 2023/24 | questions from members
W	apologies run together	people("apologies")	Arkwright Castell Lowrie
W	resolutions in all	[recs("resolution") | .text | fold] | join(" | ")	the minutes of the council meeting of 20 september 2022 be confirmed and signed by the mayor | the award of a ten year contract for the management of westvale leisure centre to active borough trust be approved | the director of communities be authorised to complete the contract documents in consultation with the cabinet member for leisure | the council tax support scheme for 2023/24 be adopted without change
W	no chrome left	[texts[] | select(test("share this item|pdf icon|skip to main content|contact us|accessibility statement|additional documents"))] | length	0
W	money	money | map(select(. == 2450 or . == 385000 or . == 1750000)) | unique | length	3
W	dates	dates | map(select(. == "2022-09-20" or . == "2023-03-31" or . == "2022-12-16")) | unique | length	3
W	declaration	decl("Hussain") | .kind | fold | test("other")	true
W	action	acted("condition survey")	true
K	body	meeting.body | fold	kettleby parish council
K	date	meeting.date	2019-05-13
K	start and end	[meeting.start, meeting.end] | join(" ")	19:30 21:05
K	venue	meeting.venue | fold	village hall
K	items	[recs("item") | .number] | [length, first, last] | map(tostring) | join(" ")	16 19/40 19/55
K	title on the reference line	first(recs("item") | select(.number == "19/45") | .title) | fold	public participation
K	chair	chair | surname	Fairbrother
K	present in one line	people("present")	Fairbrother Aldous Penhallow Quiller Windle
K	apologies	people("apologies")	Greaves
K	clerk in attendance	role("Oldroyd")	clerk
K	resolution after Proposed/Seconded	res("19/49") | join(" | ")	the quote of £1,180 be accepted
K	lettered resolutions	res("19/47") | length	2
K	resolutions in all ("Members agreed that", "were agreed as a true record" among them)	[recs("resolution")] | length	12
K	money	money | map(select(. == 612.4 or . == 983.36 or . == 14305.77 or . == 356.2 or . == 250)) | unique | length	5
K	ordinal dates	dates | map(select(. == "2019-04-08" or . == "2019-06-10" or . == "2019-07-12")) | unique | length	3
K	declaration	decl("Penhallow") | [.kind, (.items | tostring | test("(^|[^0-9/])19/48([^0-9/]|$)"))] | map(tostring) | join(" ")	personal true
K	action	acted("arrange a date for the work")	true
EOF

plan "$(wc -l <facts)"
for d in northshire-pcp-2024-03.txt eastmoor-parish-2023-07.md \
	westvale-council-2022-11.txt kettleby-parish-2019-05.txt; do
	mtokenize "$d" 2>/dev/null | msection 2>/dev/null | mentities 2>/dev/null |
		jq -s . >"${d%%-*}.json" 2>/dev/null
done
tab=$(printf '\t')
while IFS=$tab read -r doc what expr want; do
	case $doc in
	N) name=northshire ;; E) name=eastmoor ;; W) name=westvale ;; K) name=kettleby ;;
	esac
	got=$(jq -r "$prelude $expr" "$name.json" 2>&1)
	is "$name: $what" "$got" "$want"
done <facts
done_testing
