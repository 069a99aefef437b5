/* words.c: the table of the words the recognisers know, and the roles. */
#include <string.h>

#include "mentities.h"

struct wdef {
	const char *w;
	unsigned f;
	int n;
};

static const struct wdef wdefs[] = {
	/*
	 * Months, full weekday names and ordinals come from the library
	 * (words_init).  The weekday abbreviations are a choice of this
	 * tool: "Sat" and "Sun" are words too often to be trusted.
	 */
	{"mon", F_WDAY, 1}, {"tue", F_WDAY, 2},
	{"tues", F_WDAY, 2}, {"wed", F_WDAY, 3}, {"thu", F_WDAY, 4},
	{"thur", F_WDAY, 4}, {"thurs", F_WDAY, 4}, {"fri", F_WDAY, 5},
	{"st", F_ABBR, 0},
	{"cllr", F_HON | F_ABBR, 0}, {"cllrs", F_HON | F_HONPL | F_ABBR, 0},
	{"councillor", F_HON, 0}, {"councillors", F_HON | F_HONPL, 0},
	{"mr", F_HON | F_ABBR, 0}, {"mrs", F_HON | F_ABBR, 0},
	{"ms", F_HON | F_ABBR, 0}, {"miss", F_HON, 0}, {"mx", F_HON, 0},
	{"dr", F_HON | F_ABBR, 0}, {"prof", F_HON | F_ABBR, 0},
	{"professor", F_HON, 0}, {"lord", F_HON, 0}, {"lady", F_HON, 0},
	{"sir", F_HON, 0}, {"dame", F_HON, 0}, {"baroness", F_HON, 0},
	{"alderman", F_HON, 0}, {"rev", F_HON | F_ABBR, 0},
	{"revd", F_HON | F_ABBR, 0}, {"reverend", F_HON, 0},
	{"sgt", F_HON | F_ABBR, 0}, {"sergeant", F_HON, 0},
	{"insp", F_HON | F_ABBR, 0}, {"inspector", F_HON, 0},
	{"supt", F_HON | F_ABBR, 0}, {"superintendent", F_HON, 0},
	{"ccllr", F_HON, 0}, {"cclr", F_HON, 0},
	/* "Clr" as some parish clerks write it; Welsh "Cyng." (Cynghorydd) */
	{"clr", F_HON | F_ABBR, 0}, {"cyng", F_HON | F_ABBR, 0},
	{"cynghorydd", F_HON, 0},
	{"county", F_HONPRE, 0}, {"city", F_HONPRE, 0},
	{"borough", F_HONPRE | F_STOP, 0}, {"district", F_HONPRE | F_STOP, 0},
	{"parish", F_HONPRE | F_STOP, 0}, {"town", F_HONPRE | F_STOP, 0},
	{"cc", F_POST, 0}, {"obe", F_POST, 0}, {"mbe", F_POST, 0},
	{"cbe", F_POST, 0}, {"jp", F_POST, 0}, {"dl", F_POST, 0},
	{"qpm", F_POST, 0}, {"kc", F_POST, 0}, {"qc", F_POST, 0},
	{"mp", F_POST, 0}, {"bem", F_POST, 0},
	{"the", F_STOP | F_CONN, 0}, {"and", F_STOP | F_CONN | F_RANGE, 0},
	{"of", F_STOP | F_CONN, 0}, {"for", F_STOP | F_CONN, 0},
	{"upon", F_CONN, 0}, {"to", F_STOP | F_RANGE, 0},
	{"until", F_RANGE, 0}, {"till", F_RANGE, 0},
	{"personal", F_STOP | F_KIND, 0}, {"prejudicial", F_STOP | F_KIND, 0},
	{"pecuniary", F_STOP | F_KIND, 0}, {"disclosable", F_STOP | F_KIND, 0},
	{"non-pecuniary", F_STOP | F_KIND, 0},
	{"non-financial", F_STOP | F_KIND, 0}, {"financial", F_KIND, 0},
	{"other", F_STOP | F_KIND, 0}, {"registrable", F_KIND, 0},
	{"non-registrable", F_KIND, 0}, {"significant", F_KIND, 0},
	{"interest", F_STOP | F_INTEREST, 0},
	{"interests", F_STOP | F_INTEREST, 0},
	/* interests as initials: declare.c has what each stands for */
	{"dpi", F_INTEREST, 0}, {"dpis", F_INTEREST, 0},
	{"ori", F_INTEREST, 0}, {"oris", F_INTEREST, 0},
	{"nri", F_INTEREST, 0}, {"nris", F_INTEREST, 0},
	{"declaration", F_STOP | F_DECLN, 0},
	{"declarations", F_STOP | F_DECLN, 0}, {"declare", F_DECL, 0},
	{"declared", F_DECL, 0}, {"declares", F_DECL, 0},
	{"declaring", F_DECL, 0}, {"undertook", F_ACT, 0},
	{"offered", F_ACT, 0}, {"requested", F_ACT, 0}, {"asked", F_ACT, 0},
	{"instructed", F_ACT, 0}, {"authorised", F_ACT, 0},
	{"authorized", F_ACT, 0}, {"tasked", F_ACT, 0}, {"action", F_ACT, 0},
	{"actions", F_ACT, 0},
	/* people who may be given an action, as a group */
	{"officers", F_GROUP, 0}, {"members", F_GROUP, 0},
	{"councillors", F_GROUP, 0}, {"cllrs", F_GROUP, 0},
	{"trustees", F_GROUP, 0}, {"governors", F_GROUP, 0},
	{"staff", F_GROUP, 0}, {"volunteers", F_GROUP, 0},
	{"everyone", F_GROUP, 0}, {"group", F_GROUP, 0}, {"party", F_GROUP, 0},
	{"committee", F_GROUP, 0}, {"council", F_GROUP, 0},
	{"panel", F_GROUP, 0}, {"board", F_GROUP, 0}, {"team", F_GROUP, 0},
	{"wardens", F_GROUP, 0},
	/*
	 * Words that start no action: verbs of deciding, which make a
	 * resolution, verbs of knowing and wishing, pronouns and articles.
	 */
	{"note", F_NOACT, 0}, {"approve", F_NOACT, 0}, {"accept", F_NOACT, 0},
	{"adopt", F_NOACT, 0}, {"endorse", F_NOACT, 0},
	{"ratify", F_NOACT, 0}, {"receive", F_NOACT, 0},
	{"defer", F_NOACT, 0}, {"resolve", F_NOACT, 0}, {"agree", F_NOACT, 0},
	{"grant", F_NOACT, 0}, {"refuse", F_NOACT, 0}, {"reject", F_NOACT, 0},
	{"recommend", F_NOACT, 0}, {"appoint", F_NOACT, 0},
	{"co-opt", F_NOACT, 0}, {"exclude", F_NOACT, 0},
	{"declare", F_NOACT, 0}, {"noted", F_NOACT, 0},
	{"approved", F_NOACT, 0}, {"accepted", F_NOACT, 0},
	{"adopted", F_NOACT, 0}, {"endorsed", F_NOACT, 0},
	{"ratified", F_NOACT, 0}, {"received", F_NOACT, 0},
	{"deferred", F_NOACT, 0}, {"granted", F_NOACT, 0},
	{"refused", F_NOACT, 0}, {"rejected", F_NOACT, 0},
	{"like", F_NOACT, 0}, {"welcome", F_NOACT, 0}, {"hope", F_NOACT, 0},
	{"have", F_NOACT, 0}, {"recall", F_NOACT, 0}, {"know", F_NOACT, 0},
	{"expect", F_NOACT, 0}, {"wish", F_NOACT, 0},
	{"remember", F_NOACT, 0}, {"appreciate", F_NOACT, 0},
	{"understand", F_NOACT, 0}, {"this", F_NOACT, 0},
	{"that", F_NOACT, 0}, {"the", F_NOACT, 0}, {"a", F_NOACT, 0},
	{"an", F_NOACT, 0}, {"it", F_NOACT, 0}, {"these", F_NOACT, 0},
	{"those", F_NOACT, 0}, {"be", F_NOACT, 0}, {"him", F_NOACT, 0},
	{"her", F_NOACT, 0}, {"them", F_NOACT, 0},
	{"will", F_MODAL, 0}, {"would", F_MODAL, 0}, {"shall", F_MODAL, 0},
	{"to", F_MODAL, 0}, {"next", F_NEXT, 0},
	{"chairman", F_STOP, 0}, {"chair", F_STOP, 0}, {"vice", F_STOP, 0},
	{"deputy", F_STOP, 0}, {"item", F_STOP | F_ACRSTOP, 0},
	{"items", F_STOP, 0}, {"report", F_STOP, 0}, {"reports", F_STOP, 0},
	{"meeting", F_STOP, 0}, {"minutes", F_STOP | F_ACRSTOP, 0},
	{"minute", F_STOP, 0}, {"present", F_STOP | F_ACRSTOP, 0},
	{"apologies", F_STOP | F_ACRSTOP, 0},
	{"resolved", F_STOP | F_ACRSTOP, 0},
	{"agreed", F_STOP | F_ACRSTOP | F_ACT, 0}, {"member", F_STOP, 0},
	{"members", F_STOP, 0}, {"clerk", F_STOP, 0}, {"mayor", F_STOP, 0},
	{"substitute", F_STOP, 0}, {"chief", F_STOP, 0},
	{"executive", F_STOP, 0}, {"officer", F_STOP, 0},
	{"commissioner", F_STOP, 0}, {"head", F_STOP, 0},
	{"director", F_STOP, 0}, {"manager", F_STOP, 0}, {"ward", F_STOP, 0},
	{"council", F_STOP | F_ORGSUF, 0}, {"councils", F_ORGSUF, 0},
	{"police", F_STOP | F_ORGSUF, 0}, {"constabulary", F_ORGSUF, 0},
	{"service", F_ORGSUF, 0}, {"services", F_ORGSUF, 0},
	{"partnership", F_ORGSUF, 0}, {"partnerships", F_ORGSUF, 0},
	{"board", F_ORGSUF, 0}, {"panel", F_STOP | F_ORGSUF, 0},
	{"committee", F_STOP | F_ORGSUF, 0}, {"sub-committee", F_ORGSUF, 0},
	{"authority", F_ORGSUF, 0}, {"authorities", F_ORGSUF, 0},
	{"network", F_ORGSUF, 0}, {"office", F_ORGSUF, 0},
	{"unit", F_ORGSUF, 0}, {"trust", F_ORGSUF, 0}, {"group", F_ORGSUF, 0},
	{"agency", F_ORGSUF, 0}, {"association", F_ORGSUF, 0},
	{"forum", F_ORGSUF, 0}, {"commission", F_ORGSUF, 0},
	{"department", F_ORGSUF, 0}, {"inspectorate", F_ORGSUF, 0},
	{"ltd", F_ORGSUF, 0}, {"limited", F_ORGSUF, 0}, {"plc", F_ORGSUF, 0},
	{"society", F_ORGSUF, 0}, {"club", F_ORGSUF, 0},
	{"federation", F_ORGSUF, 0}, {"team", F_ORGSUF, 0},
	{"hall", F_VENUE, 0}, {"room", F_VENUE, 0}, {"chamber", F_VENUE, 0},
	{"centre", F_VENUE, 0}, {"center", F_VENUE, 0}, {"suite", F_VENUE, 0},
	{"house", F_VENUE, 0}, {"library", F_VENUE, 0},
	{"pavilion", F_VENUE, 0}, {"church", F_VENUE, 0},
	{"chapel", F_VENUE, 0}, {"school", F_VENUE, 0}, {"station", F_VENUE, 0},
	{"offices", F_VENUE, 0}, {"building", F_VENUE, 0},
	{"institute", F_VENUE, 0},
	{"act", F_LAW, 0}, {"regulations", F_LAW, 0}, {"order", F_LAW, 0},
	{"rules", F_LAW, 0},
	{"road", F_STREET, 0}, {"street", F_STREET, 0}, {"avenue", F_STREET, 0},
	{"lane", F_STREET, 0}, {"close", F_STREET, 0}, {"drive", F_STREET, 0},
	{"way", F_STREET, 0}, {"court", F_STREET, 0}, {"gardens", F_STREET, 0},
	{"crescent", F_STREET, 0}, {"terrace", F_STREET, 0},
	{"farm", F_STREET, 0}, {"cottages", F_STREET, 0},
	{"m", F_SCALE, 6}, {"mn", F_SCALE, 6}, {"million", F_SCALE, 6},
	{"k", F_SCALE, 3}, {"thousand", F_SCALE, 3}, {"bn", F_SCALE, 9},
	{"billion", F_SCALE, 9},
	{"had", F_AUX, 0}, {"has", F_AUX, 0}, {"have", F_AUX, 0},
	{"also", F_AUX, 0}, {"then", F_AUX, 0}, {"both", F_AUX, 0},
	{"each", F_AUX, 0}, {"all", F_AUX | F_ACRSTOP, 0},
	{"would", F_AUX, 0}, {"should", F_AUX, 0}, {"will", F_AUX, 0},
	{"be", F_AUX, 0}, {"kindly", F_AUX, 0}, {"subsequently", F_AUX, 0},
	{"duly", F_AUX, 0}, {"further", F_AUX, 0}, {"jointly", F_AUX, 0},
	{"in", F_YEARPREP, 0}, {"since", F_YEARPREP, 0},
	{"during", F_YEARPREP, 0}, {"by", F_YEARPREP, 0},
	{"from", F_YEARPREP, 0}, {"before", F_YEARPREP, 0},
	{"after", F_YEARPREP, 0},
	{"no", F_ABBR | F_ACRSTOP, 0}, {"nos", F_ABBR, 0},
	{"pdf", F_ACRSTOP, 0}, {"kb", F_ACRSTOP, 0}, {"mb", F_ACRSTOP, 0},
	{"noted", F_ACRSTOP, 0}, {"decision", F_ACRSTOP, 0},
	{"moved", F_ACRSTOP, 0}, {"not", F_ACRSTOP, 0}, {"yes", F_ACRSTOP, 0},
	{"nb", F_ACRSTOP, 0}, {"re", F_ACRSTOP, 0}, {"ok", F_ACRSTOP, 0},
	{"that", F_OWNSTOP | F_STOP, 0}, {"it", F_OWNSTOP | F_STOP, 0},
	{"at", F_OWNSTOP | F_STOP, 0}, {"following", F_OWNSTOP | F_STOP, 0},
	{"whilst", F_OWNSTOP | F_STOP, 0}, {"with", F_STOP, 0},
	{"there", F_OWNSTOP | F_STOP, 0}, {"this", F_OWNSTOP | F_STOP, 0},
	{"one", F_STOP, 0}, {"two", F_STOP, 0}, {"on", F_STOP, 0},
	{"a", F_STOP, 0}, {"an", F_STOP, 0}, {"update", F_STOP, 0},
	{"notes", F_ACRSTOP, 0}, {"approved", F_ACRSTOP, 0},
	{"zoom", F_ACRSTOP, 0}, {"doc", F_ACRSTOP, 0},
	{"carried", F_ACRSTOP, 0},
	{"agenda", F_ACRSTOP, 0}, {"none", F_ACRSTOP, 0}, {"nil", F_ACRSTOP, 0},
	{"date", F_ACRSTOP, 0}, {"time", F_ACRSTOP, 0}, {"venue", F_ACRSTOP, 0},
	{"place", F_ACRSTOP, 0}, {"urgent", F_ACRSTOP, 0},
	{"vat", F_ACRSTOP, 0}, {"agm", F_ACRSTOP, 0}, {"aob", F_ACRSTOP, 0},
	{"cctv", F_ACRSTOP, 0}, {"covid", F_ACRSTOP, 0}, {"ict", F_ACRSTOP, 0},
	{"gdpr", F_ACRSTOP, 0}, {"faq", F_ACRSTOP, 0}, {"tbd", F_ACRSTOP, 0},
	{"exempt", F_ACRSTOP, 0}, {"part", F_ACRSTOP, 0}, {"tbc", F_ACRSTOP, 0},
	{"officer", F_ROLEEND, 0}, {"officers", F_ROLEEND, 0},
	{"manager", F_ROLEEND, 0}, {"assistant", F_ROLEEND, 0},
	{"director", F_ROLEEND, 0}, {"leader", F_ROLEEND, 0},
	{"engineer", F_ROLEEND, 0}, {"planner", F_ROLEEND, 0},
	{"solicitor", F_ROLEEND, 0}, {"secretary", F_ROLEEND, 0},
	{"adviser", F_ROLEEND, 0}, {"advisor", F_ROLEEND, 0},
	{"commissioner", F_ROLEEND, 0}, {"constable", F_ROLEEND, 0},
	{"executive", F_ROLEEND, 0}, {"clerk", F_ROLEEND, 0},
	{"head", F_ROLEEND, 0},
};

#define WTABSZ 1024

static struct {
	char w[24];
	size_t len;
	unsigned f;
	int n;
} wtab[WTABSZ];

/*
 * The hash of a word of n > 0 bytes, blind to the case of ASCII letters:
 * its length and its first two and last bytes.  Every word of every text
 * is looked up, and most are in no table: hashing all their bytes cost
 * more than the probes this saves.
 */
static unsigned
whash(const char *s, size_t n)
{
	unsigned h = (unsigned)n * 0x9e3779b1u;

	h ^= ((unsigned char)s[0] | 0x20) * 0x85ebca6bu;
	h ^= ((unsigned char)s[n > 1] | 0x20) * 0x27d4eb2fu;
	h ^= ((unsigned char)s[n - 1] | 0x20) * 0xc2b2ae35u;
	return (h ^ h >> 15) & (WTABSZ - 1);
}

/* Words that begin a role, so that the role table is read only then. */
const char *const roles[] = {
	"Police and Crime Commissioner", "Deputy Police and Crime Commissioner",
	"Police, Fire and Crime Commissioner", "PCC", "Deputy PCC", "DPCC",
	"Chief Constable", "Deputy Chief Constable",
	"Assistant Chief Constable",
	"Chief Superintendent", "Chief Inspector", "Chief Executive",
	"Chief Finance Officer", "Chief Financial Officer",
	"Monitoring Officer",
	"Section 151 Officer", "Responsible Financial Officer", "RFO",
	"Clerk", "Town Clerk", "Parish Clerk", "Deputy Clerk", "Proper Officer",
	"Chairman", "Chair", "Chairwoman", "Chairperson", "Vice-Chairman",
	"Vice Chairman", "Vice-Chair", "Vice Chair", "Deputy Chairman",
	"Mayor", "Town Mayor", "Deputy Mayor", "Lord Mayor", "Treasurer",
	"Secretary", "Solicitor", "Democratic Services Officer",
	"Committee Clerk", "Head of Democratic Services",
};

const size_t nroles = sizeof roles / sizeof roles[0];
size_t role1len[sizeof roles / sizeof roles[0]];

static void
wadd(const char *w, unsigned f, int n)
{
	size_t len = strlen(w);
	unsigned h = whash(w, len);

	while (wtab[h].w[0] != '\0' && strcmp(wtab[h].w, w) != 0)
		h = (h + 1) & (WTABSZ - 1);
	memcpy(wtab[h].w, w, len + 1);
	wtab[h].len = len;
	wtab[h].f |= f;
	if (n)
		wtab[h].n = n;
}

/*
 * The months in Welsh, January to December, for bilingual minutes ("3
 * Ebrill 2023" beside "3 April 2023"): read as the English names are.
 */
static const char *const welsh_months[] = { "ionawr", "chwefror",
	"mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi",
	"hydref", "tachwedd", "rhagfyr", NULL };

void
words_init(void)
{
	char w[24];
	size_t i, k;
	const char *const *p;

	for (p = mu_month_names; *p; p++)
		wadd(*p, F_MONTH, mu_month(*p, strlen(*p), NULL));
	for (i = 0; welsh_months[i]; i++)
		wadd(welsh_months[i], F_MONTH, (int)i + 1);
	for (p = mu_month_abbrs; *p; p++)
		wadd(*p, F_MONABBR, mu_month(*p, strlen(*p), NULL));
	for (i = 0; mu_wday_names[i]; i++)	/* Monday 1 .. Sunday 7 */
		wadd(mu_wday_names[i], F_WDAY, i ? (int)i : 7);
	for (p = mu_ordinals; *p; p++)
		wadd(*p, F_ORD, 0);
	for (i = 0; i < sizeof wdefs / sizeof wdefs[0]; i++)
		wadd(wdefs[i].w, wdefs[i].f, wdefs[i].n);
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++) {
		for (k = 0; roles[i][k] && roles[i][k] != ' ' &&
		    roles[i][k] != ',' && k < sizeof w - 1; k++)
			w[k] = (char)(roles[i][k] | 0x20);
		w[k] = '\0';
		wadd(w, F_ROLE1, 0);
		role1len[i] = k;
	}
}

/*
 * Whether s[0..n) is the table's word w, ignoring the case of ASCII
 * letters.  c | 0x20 folds a capital to its letter and leaves the other
 * bytes of a table word (lower-case letters, '-', '\'') as they are; no
 * other byte of a text folds onto one of them.
 */
static int
wsame(const char *w, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] | 0x20) != (unsigned char)w[i])
			return 0;
	return 1;
}

/* Flags and number of a word, looked up in lower case. */
unsigned
wlook(const char *s, size_t n, int *num)
{
	unsigned h;

	*num = 0;
	if (n == 0 || n >= sizeof wtab[0].w)
		return 0;
	for (h = whash(s, n); wtab[h].len; h = (h + 1) & (WTABSZ - 1))
		if (wtab[h].len == n && wsame(wtab[h].w, s, n)) {
			*num = wtab[h].n;
			return wtab[h].f;
		}
	return 0;
}
