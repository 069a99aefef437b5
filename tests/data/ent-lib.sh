# ent-lib.sh: helpers for the mentities tests (sourced after lib.sh).
data=$top/tests/data

# rec TEXT [TYPE]: one record carrying TEXT (a prose record by default).
rec() {
	jq -cn --arg t "$1" --arg ty "${2:-prose}" \
	    '{type:$ty,doc:"t.txt",line:7,item:"4",item_seq:4,kind:"para",label:null,text:$t}'
}

# meeting DATE: the meeting record of document t.txt.
meeting() {
	jq -cn --arg d "$1" '{type:"meeting",doc:"t.txt",line:1,body:"Eastwold Parish Council",date:$d,title:null}'
}

# attendee NAME
attendee() {
	jq -cn --arg n "$1" '{type:"attendee",doc:"t.txt",line:3,name:$n,status:"present",chair:false}'
}

# vals KIND TEXT [DATE]: the values of the entities of KIND found in TEXT,
# space-separated, with the meeting of DATE (default 2024-03-14) first.
vals() {
	{ meeting "${3:-2024-03-14}"; rec "$2"; } | mentities |
	    jq -r --arg k "$1" 'select(.type=="entity" and .kind==$k) | .value' |
	    tr '\n' ' ' | sed 's/ $//'
}

# texts KIND TEXT: the spans found, separated by "|".
texts() {
	{ meeting 2024-03-14; rec "$2"; } | mentities |
	    jq -r --arg k "$1" 'select(.type=="entity" and .kind==$k) | .text' |
	    tr '\n' '|' | sed 's/|$//'
}

# recs TYPE: the records of TYPE that mentities writes for stdin, as
# compact JSON without doc, line, item and item_seq.
recs() {
	mentities | jq -c --arg t "$1" 'select(.type==$t) | del(.type,.doc,.line,.item,.item_seq)'
}
