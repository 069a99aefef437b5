# tests/lib.sh: a small TAP library for the shell tests (after mblaze's t/lib.sh).
# Source it from tests/NNNN-name.t; bin/ comes first on PATH.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
export PATH LC_ALL=C.UTF-8
tmp=$(mktemp -d "${TMPDIR:-/tmp}/minutiae-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
# A home of its own: CI may run with HOME unset, and tools such as GNU
# parallel warn about that; nothing a test runs may touch the user's home.
HOME=$tmp
export HOME
ntest=0
nfail=0

plan() { echo "1..$1"; }

# ok DESC CMD...: passes when CMD exits 0.
ok() {
	desc=$1; shift
	ntest=$((ntest + 1))
	if "$@" >/dev/null 2>&1; then
		echo "ok $ntest - $desc"
	else
		nfail=$((nfail + 1))
		echo "not ok $ntest - $desc"
	fi
}

# is DESC GOT EXPECTED: passes when the two strings are equal.
is() {
	ntest=$((ntest + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $ntest - $1"
	else
		nfail=$((nfail + 1))
		echo "not ok $ntest - $1"
		# Diagnostics on stderr, which prove shows without -v (CI logs).
		printf '# got:      %s\n' "$2" | head -20 >&2
		printf '# expected: %s\n' "$3" | head -20 >&2
	fi
}

# like DESC GOT PATTERN: passes when GOT matches the grep -E pattern.
like() {
	ntest=$((ntest + 1))
	if printf '%s\n' "$2" | grep -Eq -- "$3"; then
		echo "ok $ntest - $1"
	else
		nfail=$((nfail + 1))
		echo "not ok $ntest - $1"
		printf '# got: %s\n# not like: %s\n' "$2" "$3" | head -20 >&2
	fi
}

# skip WHY: a test that cannot run here, with why (name the tool it needs).
skip() {
	ntest=$((ntest + 1))
	echo "ok $ntest # skip $1"
}

# one_block KIND TEXT [KEY LABEL]: one block record of a document m.txt,
# as mtokenize writes it (the msection tests build their input with it).
one_block() {
	jq -nc --arg k "$1" --arg t "$2" --arg y "${3-}" --arg l "${4-}" \
	    '{type: "block", doc: "m.txt", line: 1, kind: $k,
	      label: (if $l == "" then null else $l end)} +
	     (if $y == "" then {} else {key: $y} end) + {depth: 0, text: $t}'
}

# status CMD...: prints the exit status of CMD, its output thrown away.
status() { "$@" >/dev/null 2>&1; echo $?; }

# texts_lost FOLD FILE...: how many of the minutes FILEs lose or gain text
# between mtokenize's blocks and msection's records, both folded by the jq
# filter FOLD (which takes out what msection moves on purpose).
texts_lost() {
	_fold=$1; shift
	_n=0
	for _f in "$@"; do
		mtokenize "$_f" > blk.jsonl
		_b=$(jq -rj 'select(.type == "block" and .kind != "artifact") |
		    .text + " "' blk.jsonl | jq -Rrs "$_fold")
		_r=$(msection blk.jsonl | jq -rj 'if .type == "meeting" then
		    (.title // "") elif .type == "attendee" then .raw
		    elif .type == "item" then .title elif (.type == "point" or
		    .type == "resolution" or .type == "prose") then .text
		    else empty end | . + " "' | jq -Rrs "$_fold")
		[ "$_b" = "$_r" ] || _n=$((_n + 1))
	done
	echo "$_n"
}

done_testing() {
	[ "$nfail" -eq 0 ]
}
