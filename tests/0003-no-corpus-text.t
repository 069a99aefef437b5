#!/bin/sh
# The project's text is its own: no name of a real person, council or
# place from the scoring corpus (../shared/corpus, when it is beside the
# checkout) may appear in the tree, comments and fixtures included.
. "$(dirname "$0")/lib.sh"
corpus=$top/../shared/corpus
if [ ! -d "$corpus" ]; then
	echo "1..0 # SKIP no corpus beside the checkout"
	exit 0
fi
plan 2

# People: the full names in the answer keys (two words or more).
jq -r '[.chair, .present[]?, .apologies[]?, (.in_attendance[]?.name),
    (.declarations[]?.member)] | .[] | select(. != null)' "$corpus"/*.gold.json |
    awk 'NF >= 2 && length($NF) >= 4' | sort -u > people
# Councils and places: the distinctive words of bodies and councils. A
# word of a body's name is generic, and the tree may use it, when it is a
# word of the kinds of body (Council, Borough, Trust, Transport ...) or when the
# corpus also writes it in lower case as an ordinary word ("annual",
# "trust", "transport"); a name such as "Westbridge" is neither.
cat "$corpus"/*.txt | tr -c 'a-z\n' '\n' | awk 'length($0) >= 4' |
    sort -u > common
{ jq -r '.meeting.body // empty' "$corpus"/*.gold.json
  cat "$corpus"/*.meta.json 2>/dev/null | jq -r '.council // empty, .committee // empty'
} | tr -c 'A-Za-z\n' '\n' | awk 'length($0) >= 4 && /^[A-Z][a-z]/' |
    grep -v -x -E 'Police|Crime|Panel|Council|County|City|Borough|District|Town|Parish|Community|Committee|Meeting|Full|Licensing|Planning|Applications|South|North|East|West|Cabinet|Board|Authority|Fire|Rescue|Scrutiny|Overview|Executive|Audit|Standards|Health|Wellbeing|Budget|Development|Annual|Trust|Foundation|Transport|Combined|Region|National|Park|Joint|Corporate|Extraordinary|Metropolitan|Southern|Northern|Eastern|Western|Central|Greater' |
    sort -u | awk 'NR == FNR { common[$0] = 1; next } !(tolower($0) in common)' \
    common - > places

files=$(cd "$top" && git ls-files -co --exclude-standard | grep -v -E '^tests/0003-|^(bin|demo)/')
hits=$(cd "$top" && printf '%s\n' $files | xargs grep -n -F -w -f "$tmp/people" 2>/dev/null | head -5)
is "no person of the corpus in the tree" "$hits" ""
hits=$(cd "$top" && printf '%s\n' $files | xargs grep -n -F -w -f "$tmp/places" 2>/dev/null | head -5)
is "no council or place of the corpus in the tree" "$hits" ""
done_testing
