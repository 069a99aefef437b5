/* money.c: sums of money and percentages. */
#include <string.h>

#include "mentities.h"

/*
 * A number as written at i: digits, thousands in groups of three after
 * commas, a decimal part.  Returns the token after it; the digits go to
 * *mant with *fd of them after the point.  0 when there is none or it is
 * too long to hold.
 */
static int
number_at(int i, long long *mant, int *fd)
{
	long long m;
	int k, j;

	if (!isnum(i) || tk[i].num > 15)
		return 0;
	m = 0;
	*fd = 0;
	for (j = (int)tk[i].s; j < (int)tk[i].e; j++)
		m = m * 10 + (txt[j] - '0');
	k = i + 1;
	while (isp(k, ',') && adj(k) && isnum(k + 1) && adj(k + 1) &&
	    tk[k + 1].num == 3 && m < 100000000000LL) {
		m = m * 1000 + tk[k + 1].v;
		k += 2;
	}
	if (isp(k, '.') && adj(k) && isnum(k + 1) && adj(k + 1) &&
	    tk[k + 1].num <= 6) {
		for (j = (int)tk[k + 1].s; j < (int)tk[k + 1].e; j++)
			m = m * 10 + (txt[j] - '0');
		*fd = tk[k + 1].num;
		k += 2;
	}
	*mant = m;
	return k;
}

/* mant / 10^fd * 10^scale in pence, rounded half up. */
static long long
to_cents(long long mant, int fd, int scale)
{
	int sh = scale + 2 - fd;

	while (sh > 0 && mant < 100000000000000000LL) {
		mant *= 10;
		sh--;
	}
	if (sh > 0)
		return -1;
	while (sh < -1) {
		mant /= 10;
		sh++;
	}
	if (sh == -1)
		mant = (mant + 5) / 10;
	return mant;
}

static int
money_sym(int i, const char **cur)
{
	if (tk[i].t == TW && tk[i].up && wlen(i) == 3 && isnum(i + 1) &&
	    (isw(i, "gbp") || isw(i, "eur") || isw(i, "usd"))) {
		*cur = isw(i, "gbp") ? "GBP" : isw(i, "eur") ? "EUR" : "USD";
		return 1;
	}
	if (isp(i, P_POUND))
		*cur = "GBP";
	else if (isp(i, P_EURO))
		*cur = "EUR";
	else if (isp(i, '$'))
		*cur = "USD";
	else
		return 0;
	return 1;
}

/*
 * A scale word after a sum at k ("m", "million", "bn"): 10^n, or 0.  A
 * short one spaced off the sum ("£4.3 m") only in lower case and as a
 * word of its own, not an initial ("£50 M Hale") nor "m2".
 */
static int
scale_at(int k)
{
	if (k >= nt || tk[k].t != TW || !(tk[k].f & F_SCALE))
		return 0;
	if (adj(k) || wlen(k) > 2 || (!tk[k].cap && !tk[k].up &&
	    (k + 1 >= nt || !adj(k + 1) || tk[k + 1].t == TP)))
		return tk[k].num;
	return 0;
}

/*
 * "£10 000", "£1 250 000.00": thousands parted by spaces.  The figure at
 * i has one to three digits, each group after it three, and no other
 * figure follows the last ("£150 200 35", a row of sums, stays three).
 * Returns the token after the sum (with *mant and *fd), or k.
 */
static int
space_groups(int i, int k, long long *mant, int *fd)
{
	long long m = *mant, m2;
	int j = k, e, f2 = 0, d;

	if (*fd || k != i + 1 || tk[i].num > 3)
		return k;
	while (f2 == 0 && isnum(j) && !adj(j) && tk[j].num == 3 &&
	    m < 1000000000LL && (e = number_at(j, &m2, &f2)) > j) {
		if (e > j + 1 && f2 == 0)
			return k;	/* "£10 000,000": no form of ours */
		for (m *= 1000, d = 0; d < f2; d++)
			m *= 10;
		m += m2;	/* the group, and its pence on the last */
		j = e;
	}
	if (j == k || (isnum(j) && !adj(j)))
		return k;
	*mant = m;
	*fd = f2;
	return j;
}

static void
money_new(int ts, int te, const char *cur, long long mant, int fd, int scale)
{
	struct ent *e = ent_new(K_MONEY, ts, te);

	e->cur = cur;
	if ((e->cents = to_cents(mant, fd, scale)) < 0)
		nents--;
}

/* Words before a sum in brackets that make it a loss: "a variance of (£5)". */
static int
loss_word(int k)
{
	static const char *const w[] = { "variance", "variances", "balance",
	    "deficit", "net", "outturn", "movement", "loss", "difference",
	    "overspend", "shortfall" };
	size_t i;

	if (tk[k].t != TW)
		return 0;
	for (i = 0; i < sizeof w / sizeof w[0]; i++)
		if (isw_n(k, w[i], strlen(w[i])))
			return 1;
	return 0;
}

/*
 * A sum [i, k) written as negative: "-£1,200" (a minus with a space or
 * nothing before it, not the dash of "£10-£15"), or "(£1,200)" where
 * accounts write a loss that way: as a figure on its own (a table cell, a
 * column of figures) or after a word such as "variance".  Moves the span
 * over the sign and returns the token after it; 0 when not negative.
 */
static int
negative(int *i, int k)
{
	int j, s = *i - 1;

	if (!adj(*i))
		return 0;
	if ((isp(s, '-') || (tk[s].t == TP && tk[s].e - tk[s].s == 3 &&
	    memcmp(txt + tk[s].s, "\xe2\x88\x92", 3) == 0)) &&
	    (s == 0 || tk[s].sp || isp(s - 1, '('))) {
		*i = s;
		return k;
	}
	if (!isp(s, '(') || !isp(k, ')') || !adj(k))
		return 0;
	if (s == 0 || isp(s - 1, '|') || isp(s - 1, ':') || isdash(s - 1) ||
	    (nents > 0 && ents[nents - 1].kind == K_MONEY &&
	    ents[nents - 1].te == s))
		j = 1;
	else
		for (j = 0; !j && s > 0 && s-- > *i - 6; )
			j = loss_word(s);
	if (!j)
		return 0;
	*i -= 1;
	return k + 1;
}

/* A sum, negative when written so. */
static void
sum_new(int ts, int te, const char *cur, long long mant, int fd, int scale)
{
	int n = negative(&ts, te);

	money_new(ts, n ? n : te, cur, mant, fd, scale);
	if (n && nents > 0 && ents[nents - 1].kind == K_MONEY)
		ents[nents - 1].cents = -ents[nents - 1].cents;
}

/* A word just before the sum at i that says a range or an estimate follows. */
static int
range_before(int i)
{
	static const char *const w[] = { "between", "from", "range", "ranged",
	    "ranging", "around", "about", "approximately", "roughly", "circa" };
	size_t j;
	int k;

	for (k = i - 1; k >= 0 && k >= i - 3; k--)
		for (j = 0; j < sizeof w / sizeof w[0]; j++)
			if (isw_n(k, w[j], strlen(w[j])))
				return 1;
	return 0;
}

/*
 * "£592. 46": pence parted from the point by a space, as a typed ledger
 * may; only where a mark or the end follows, not "£500. 25 members".
 * Returns the token after the pence (with *mant and *fd as two decimals),
 * or k.
 */
static int
split_pence(int k, long long *mant, int *fd)
{
	int n = k + 2;

	if (*fd || !isp(k, '.') || !adj(k) || !isnum(k + 1) || adj(k + 1) ||
	    tk[k + 1].num != 2)
		return k;
	if (n < nt && (tk[n].t != TP || isp(n, '%') || (adj(n + 1) &&
	    isnum(n + 1))))
		return k;
	*mant = *mant * 100 + tk[k + 1].v;
	*fd = 2;
	return n;
}

/*
 * "£4,297,050", "£4.3m", "£1.2 billion", "£500k"; "£1030-92", "£8-50" and
 * "£17-50" are a parish ledger's pounds and pence: two digits after the
 * dash with no second "£" are pence, unless a word before says a range
 * ("ranged £10-15", "about £5-10") or a scale follows ("£3-4m").
 */
int
rec_money_sym(int i)
{
	const char *cur;
	long long mant, m2;
	int k, k2, fd, fd2, scale, n;

	if (!money_sym(i, &cur))
		return 0;
	if ((isp(i + 1, '-') || isp(i + 1, P_DASH)) && adj(i + 1) &&
	    adj(i + 2) && (k = number_at(i + 2, &mant, &fd))) {
		money_new(i, k, cur, mant, fd, 0);	/* "£-120.00" */
		if (nents > 0 && ents[nents - 1].ts == i)
			ents[nents - 1].cents = -ents[nents - 1].cents;
		return k;
	}
	if (!(k = number_at(i + 1, &mant, &fd)))
		return 0;
	k = space_groups(i + 1, k, &mant, &fd);
	k = split_pence(k, &mant, &fd);
	if ((scale = scale_at(k)) > 0) {
		sum_new(i, k + 1, cur, mant, fd, scale);
		return k + 1;
	}
	if (!isdash(k) || !adj(k) || !isnum(k + 1) || !adj(k + 1) ||
	    !(k2 = number_at(k + 1, &m2, &fd2))) {
		n = nents;
		sum_new(i, k, cur, mant, fd, 0);
		return nents > n ? ents[n].te : k;
	}
	if (fd == 0 && fd2 == 0 && tk[k + 1].num == 2 && !scale_at(k2) &&
	    (mant >= 100 || m2 <= mant || !range_before(i))) {
		money_new(i, k2, cur, mant * 100 + m2, 2, 0);
		return k2;
	}
	scale = scale_at(k2);
	money_new(i, k, cur, mant, fd, scale);
	money_new(k + 1, scale ? k2 + 1 : k2, cur, m2, fd2, scale);
	return scale ? k2 + 1 : k2;
}

/* "81p", "150 pence", "1,000 pounds". */
int
rec_money_num(int i)
{
	long long mant;
	struct ent *e;
	int k, fd, scale;

	if (isp(i - 1, '.') || isp(i - 1, ':') || isp(i - 1, ',') ||
	    isp(i - 1, P_POUND))
		if (adj(i))
			return 0;
	if (tk[i].num <= 3 && isw(i + 1, "p") && adj(i + 1) &&
	    !(isp(i + 2, '.') && isw(i + 3, "m")) && !isp(i + 2, '\'')) {
		e = ent_new(K_MONEY, i, i + 2);
		e->cur = "GBP";
		e->cents = tk[i].v;
		return i + 2;
	}
	if (!(k = number_at(i, &mant, &fd)))
		return 0;
	if (fd > 0 && isw(k, "p") && adj(k) && !(isp(k + 1, '.') &&
	    isw(k + 2, "m"))) {
		money_new(i, k + 1, "GBP", mant, fd, -2);	/* "12.5p" */
		return k + 1;
	}
	if ((scale = scale_at(k)) > 0 && isw(k + 1, "pounds"))
		k++;			/* "5 million pounds" */
	if (isw(k, "pounds") || isw(k, "pence")) {
		money_new(i, k + 1, "GBP", mant, fd,
		    isw(k, "pence") ? -2 : scale);
		return k + 1;
	}
	return 0;
}

/*
 * Column heads that say the figures under them are sums: a payments
 * table "Payee | Cheque | Net | VAT | Gross", "Item | Amount (£)"; a
 * head "£" alone is read by moneyhead() too.
 */
static const char *const moneyheads[] = { "amount", "amounts", "net",
    "vat", "gross", "cost", "costs", "total", "payment", "payments", "sum" };

static int
moneyhead(int k)
{
	size_t j;

	if (isp(k, P_POUND))
		return 1;
	for (j = 0; j < sizeof moneyheads / sizeof moneyheads[0]; j++)
		if (isw_n(k, moneyheads[j], strlen(moneyheads[j])))
			return 1;
	return 0;
}

/*
 * Words in the first cell of a row "label – 21.15" that say its figure is
 * a time, a version or a reference, not a sum.
 */
static const char *const notsum[] = { "time", "times", "start", "started",
    "starts", "close", "closed", "closes", "closing", "opened", "began",
    "commenced", "ended", "finish", "finished", "version", "page", "ref",
    "reference", "item", "minute", "section", "paragraph" };

/* The first cell of the row, [0, e), has a word of notsum. */
static int
notsum_cell(int e)
{
	size_t j;
	int k;

	for (k = 0; k < e; k++)
		for (j = 0; j < sizeof notsum / sizeof notsum[0]; j++)
			if (isw_n(k, notsum[j], strlen(notsum[j])))
				return 1;
	return 0;
}

/*
 * Whether the text in hand reads sums without "£": in an item on payments,
 * in the rows of a table (cells parted by "|" or a spaced dash) under a
 * head that names a sum, and in a row "payee | 36.00" whose last cell is
 * a figure with pence (not "Meeting closed – 21.15").  Notes a table's head in D.paytable; text that is
 * no table row ends the table.
 */
int
money_bare_here(void)
{
	long long mant;
	int k, cells = 0, head = 0, nums = 0, last = 0, first = 0, fd;

	if (nseps == 0) {
		D.paytable = 0;
		return D.payctx;
	}
	for (k = 0; k < nt; k++) {
		if (cellsep(k)) {
			if (cells++ == 0)
				first = k;
			last = k + 1;
		} else if (isnum(k))
			nums++;
		else if ((k == 0 || cellsep(k - 1)) && moneyhead(k))
			head = 1;
	}
	if (cells == 0) {
		D.paytable = 0;
		return D.payctx;
	}
	if (nums == 0)			/* a table's head */
		D.paytable = head;
	if (D.payctx || D.paytable)
		return 1;
	return last > 0 && tk[0].t == TW && !notsum_cell(first) &&
	    (k = number_at(last, &mant, &fd)) &&
	    fd == 2 && (k == nt || (isp(k, '|') && k + 1 == nt));
}

/*
 * "1839-20" in a ledger: pounds and pence after a dash.  Not a financial
 * year "2019-20", nor a day and month "13-03", nor a range "10-12 hours"
 * (rising, and a word in lower case after it).  Returns the token after
 * it, or 0.
 */
static int
ledger_pence(int i, int k, long long *mant)
{
	int n = k + 2;
	long p;

	if (!isdash(k) || !adj(k) || !isnum(k + 1) || !adj(k + 1) ||
	    tk[k + 1].num != 2)
		return 0;
	p = tk[k + 1].v;
	if ((isyear(i) && p == (tk[i].v + 1) % 100) ||
	    (tk[i].num <= 2 && tk[i].v <= 31 && p >= 1 && p <= 12))
		return 0;
	if (n < nt && ((lowword(n) && p > tk[i].v) || (adj(n) && (isdash(n) || isp(n, '/') ||
	    isp(n, '.') || isp(n, '%')) && (isnum(n + 1) || isp(n, '%')))))
		return 0;
	*mant = *mant * 100 + p;
	return n;
}

/*
 * Where money_bare_here() says so a sum is often written without "£":
 * "Clerk's salary 412.60", "Clerk salary 1839-20".  There, a number with
 * two decimals is money, and so is a figure in a row of sums ("2.40 0
 * 2.40", "487.50 97.5 585.00": net, VAT and gross).
 */
int
rec_money_bare(int i)
{
	long long mant, m2;
	struct ent *e;
	int k, k2, fd, fd2;

	if ((adj(i) && tk[i - 1].t == TP) || (tk[i - 1].t == TW &&
	    tk[i - 1].f & (F_STOP | F_LAW)) || isw(i - 1, "section") ||
	    isw(i - 1, "paragraph") || isw(i - 1, "page"))
		return 0;
	if (!(k = number_at(i, &mant, &fd)))
		return 0;
	if (fd == 0 && (k2 = ledger_pence(i, k, &mant))) {
		k = k2;
		fd = 2;
	} else if (fd < 2 && nents > 0 && ents[nents - 1].kind == K_MONEY &&
	    isnum(ents[nents - 1].ts) && (ents[nents - 1].te == i ||
	    (ents[nents - 1].te == i - 1 && cellsep(i - 1))) && !adj(k) &&
	    (k2 = number_at(cellsep(k) ? k + 1 : k, &m2, &fd2)) && fd2 == 2) {
		for (; fd < 2; fd++)	/* the middle of a row of sums */
			mant *= 10;
	}
	if (fd != 2 || (k < nt && adj(k) && !isp(k, ',') && !isp(k, ';') &&
	    !isp(k, '.')))
		return 0;
	e = ent_new(K_MONEY, i, k);
	e->cur = "GBP";
	e->cents = mant;
	return k;
}

/* "43%", "4.5 per cent": the value is the number without its commas. */
int
rec_percent(int i)
{
	long long mant;
	struct ent *e;
	int k, nk, fd;
	size_t j;

	if (!(nk = number_at(i, &mant, &fd)))
		return 0;
	k = nk;
	if (isp(k, '%') || isw(k, "percent"))
		k++;
	else if (isw(k, "per") && isw(k + 1, "cent"))
		k += 2;
	else
		return 0;
	e = ent_new(K_PERCENT, i, k);
	e->v = vals.len;
	for (j = tk[i].s; j < tk[nk - 1].e; j++)
		if (txt[j] != ',')
			mu_buf_addc(&vals, txt[j]);
	e->vn = vals.len - e->v;
	return k;
}
