#!/bin/sh
# mentities: money and percentages, written the many ways minutes write them.
. "$(dirname "$0")/lib.sh"
. "$top/tests/data/ent-lib.sh"

# text | expected values
cases='The grant of £4,297,050 was confirmed.|4297050.00
A bid of £313,967.89 was made.|313967.89
The budget is £4.3m this year.|4300000.00
The budget is £4.3 million this year.|4300000.00
Reserves of £500k were held.|500000.00
A capital plan of £1.2bn.|1200000000.00
The precept was £12.403M in total.|12403000.00
A rise of 81p a week.|0.81
Paid to the clerk £1030-92 for the quarter.|1030.92
Hall hire £25, mowing £1,180 and £0.50 postage.|25.00 1180.00 0.50
A fee of €250 and $1,000.|250.00 1000.00
A sum of 150 pence and 2,000 pounds.|1.50 2000.00
The £ 75 deposit.|75.00
Met at 6.30p.m. on 5 May.|
Application 20/01455/FUL and item 112/23 on Tel 01632 960123.|
A figure of £1.2345m.|1234500.00
Costs £2.005m.|2005000.00
A transfer of GBP 1,500.|1500.00
A scheme of 5 million pounds.|5000000.00
Ledger: £1030-92, £45-00 and £310-50 paid.|1030.92 45.00 310.50
Quotes ranged £10-15 and £3-4m.|10.00 15.00 3000000.00 4000000.00
Without a symbol 412.60 is no money outside payments.|
Tea and coffee at £8-50 per head, £1-50 a cup and £2-99 a cake.|8.50 1.50 2.99
Half plots £17-50 and hire at about £5-10 or between £20-50 a session.|17.50 5.00 10.00 20.00 50.00
A grant of £1.5k and a scheme of £2m.|1500.00 2000000.00
The contract is £12,500.00 and a reserve of £0.5 million.|12500.00 500000.00
Stamps cost 12.5p each and 2.5p extra.|0.13 0.03
A fee of £ 300, GBP 300 and €20.|300.00 300.00 20.00
The variance was (£1,200) and the balance -£1,200.|-1200.00 -1200.00
Net position: (£450.00).|-450.00
Budget – (£1,200) – £300|-1200.00 300.00
The grant (£1,200) was received in 2023 (£300).|1200.00 300.00
Quotes from £1,200 - £1,500 and £1,200–£1,500 and £10-£15.|1200.00 1500.00 1200.00 1500.00 10.00 15.00'

n=$(printf '%s\n' "$cases" | wc -l)
plan $((n + 9))
printf '%s\n' "$cases" | while IFS='|' read -r text want; do
	is "money in: $text" "$(vals money "$text")" "$want"
done > results
cat results
nfail=$(grep -c '^not ok' results)
ntest=$n

is "the currency is GBP for pounds" \
    "$(rec '£5 and 81p' | mentities | jq -r 'select(.kind=="money") | .currency' | tr '\n' ' ')" "GBP GBP "
is "EUR and USD" \
    "$(rec '€5 and $6' | mentities | jq -r 'select(.kind=="money") | .currency' | tr '\n' ' ')" "EUR USD "
is "the span is the text as written" "$(texts money 'It rose to £4.3 million.')" '£4.3 million'
is "a negative span takes its sign" "$(texts money 'A variance of (£5) and -£7.')" '(£5)|-£7'
is "percent" "$(vals percent 'Of the cohort 43% had no needs.')" 43
is "per cent and decimals" "$(vals percent 'A rise of 4.5 per cent and 12 percent.')" '4.5 12'
is "percent is not money" "$(vals money 'A rise of 4.5 per cent.')" ''
pay=$(printf '%s\n' \
    '{"type":"item","doc":"t.txt","line":5,"item":"9","item_seq":9,"title":"Payments and accounts"}' \
    "$(rec 'Clerk salary 412.60; Eastwold Hall hire 36.00, minute 4.12.')" | mentities |
    jq -r 'select(.kind=="money") | .value' | tr '\n' ' ')
is "in an item on payments, sums with two decimals" "$pay" '412.60 36.00 '
is "but not in other items" \
    "$(printf '%s\n' '{"type":"item","doc":"t.txt","line":5,"item":"9","item_seq":9,"title":"Allotments"}' \
    "$(rec 'Plot 12.50 metres.')" | mentities | grep -c '"kind":"money"')" 0
done_testing
