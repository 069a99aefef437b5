#!/bin/sh
# mentities: sums written without "£" or with their pence astray, as parish
# ledgers and payments tables write them; and the figures beside them that
# are no money.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"

pay='{"type":"item","doc":"t.txt","line":5,"item":"9","item_seq":9,"title":"Accounts for payment"}'
other='{"type":"item","doc":"t.txt","line":5,"item":"9","item_seq":9,"title":"Allotments"}'

# money ITEM TEXT...: the money values mentities finds in the texts (one
# record each) after the item record ITEM.
money() {
	_i=$1; shift
	{ meeting 2024-03-14; echo "$_i"; for _t in "$@"; do rec "$_t"; done; } |
	    mentities | jq -r 'select(.kind=="money") | .value' | tr '\n' ' ' | sed 's/ $//'
}

# text | expected values, in an item on payments
cases='Paid: Eastwold Hall – £592. 46 : Hedgers Ltd £204. 87 - approved.|592.46 204.87
A fee of £500. 25 members came.|500.00
Clerk salary 1839-20, PAYE 412-05 for 2019-20.|1839.20 412.05
Mowing 36-50; Hall hire 18-00.|36.50 18.00
Hours 10-12 hours a week; paid 13-03; the 2023-24 budget.|
Holly Mowers 487.50 97.5 585.00 grass cutting.|487.50 97.50 585.00
Stamps 2.40 0 2.40 and cheque 100231 2.40.|2.40 0.00 2.40 2.40'

n=$(printf '%s\n' "$cases" | wc -l)
plan $((n + 10))
printf '%s\n' "$cases" | while IFS='|' read -r text want; do
	is "money in: $text" "$(money "$pay" "$text")" "$want"
done > results
cat results
nfail=$(grep -c '^not ok' results)
ntest=$n

is "a ledger's pounds and pence need a payments item" \
    "$(money "$other" 'Plots 1839-20 and 36-50.')" ''
is "a table under a head that names sums" \
    "$(money "$other" '| Payee | Net | VAT | Gross |' '| Hedgers Ltd | 100.00 | 20.00 | 120.00 |' \
    '| Eastwold Hall | 2.40 | 0 | 2.40 |')" '100.00 20.00 120.00 2.40 0.00 2.40'
is "a table with spaced dashes and an Amount head" \
    "$(money "$other" 'Payee – Amount (£)' 'Eastwold Hall – 36.00' 'Clerk salary – 412.60')" '36.00 412.60'
is "a row payee and amount needs no head" \
    "$(money "$other" 'Hall hire – 36.00')" '36.00'
is "a table under other heads has no sums" \
    "$(money "$other" '| Ref | Title |' '| 4.12 | Hedges |' '| 4.13 | Verges 2.50 |')" ''
is "the table ends with the first text that is no row" \
    "$(money "$other" '| Payee | Amount |' '| Eastwold Hall | 36.00 |' 'See paragraph 4.12 and 3.25 metres.')" '36.00'
is "a figure between words in a row is no middle of sums" \
    "$(money "$pay" 'Cheque 100231 2.40 and minute 4 of 2.40')" '2.40'
is "items on bills, receipts, reconciliations and the precept are on payments" \
    "$(for t in 'Bills for payment' 'Receipts' 'Bank reconciliation' 'Precept for 2025/26'; do
        money "{\"type\":\"item\",\"doc\":\"t.txt\",\"line\":5,\"item\":\"9\",\"item_seq\":9,\"title\":\"$t\"}" 'Hall 36.00'; echo; done | tr '\n' ' ')" \
    '36.00 36.00 36.00 36.00 '
is "a row whose label says time, version or reference has no sum" \
    "$(money "$other" 'Meeting closed – 21.15' 'Start time – 19.00' 'Version – 2.10' 'Page – 4.12')" ''
is "a minus after the pound sign, as spreadsheets write it" \
    "$(money "$other" 'Balance £-120.00 and £–5; nil £- and £ - 5.')" '-120.00 -5.00'
done_testing
