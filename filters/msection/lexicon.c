/*
 * lexicon.c: msection's words of attendance in one place.  Each table
 * names the forms of minutes it serves; a new form is a line here and a
 * test.  Look words up with inlist() (people.c) or the helpers that read
 * each table (att_lead, head_status, post_lead in attend.c).
 */
#include <stddef.h>

#include "msection.h"

/*
 * Honorifics and titles before a name: "Cllr", "Cllrs." (a plural shared
 * by the names after it), "County", Welsh "Cyng.", Scottish "Bailie".
 */
const char *honorifics[] = { "cllr", "cllr.", "cllrs", "cllrs.",
	"councillor", "councillors", "cclr", "county", "mr", "mr.", "mrs",
	"mrs.", "ms", "ms.", "miss", "dr", "dr.", "lord", "lady", "sir", "dame",
	"alderman", "prof", "prof.", "professor", "rev", "revd", "sgt",
	"insp", "pc", "pcso", "provost", "bailie", "depute", "cyng", "cyng.",
	"cynghorydd",
	/* "Clr", "Clrs", "CClrs" (county), "Messrs Pike, Rowe and Sand" */
	"clr", "clr.", "clrs", "clrs.", "cclr.", "cclrs", "cclrs.", "messrs",
	"messrs.", "mx", "rev.", "revd.", "reverend", "canon", NULL };
/* Letters after a name: "Mrs D Taylor CC", "Mr I Ould OBE". */
const char *postnominals[] = { "cc", "obe", "mbe", "cbe", "jp",
	"dl", "qpm", "kc", "qc", "mp", "bem", NULL };
/* Capitalised words that name a post or a body rather than a person. */
const char *rolewords[] = { "officer", "officers", "manager",
	"director", "executive", "commissioner", "clerk", "chief", "head",
	"leader", "planner", "assistant", "engineer", "solicitor", "secretary",
	"service", "services", "council", "police", "team", "office",
	"representative", "inspector", "constable", "chairman", "chair",
	"mayor", "deputy", "adviser", "advisor", "treasurer", "lead",
	"coordinator", "co-ordinator", "consultant", "analyst", "accountant",
	"lawyer", "committee", "support", "senior", "principal",
	"archaeologist", "administrator", "administrative", "legal",
	"finance", "panel", "authority", "borough", "district", "parish",
	"community", "democratic", "governance", "strategy", "performance",
	"policy", "research", "project", "partnership", "trust",
	"constabulary", "member", "members", "vice-chairman", "chairwoman",
	"ward", "public", "press", "observer", "elector", "electors",
	"minute", "minutes", "agenda", "item", "report", "meeting",
	"the", "this", "these", "there", "it", "of", "and", "for", "to", "on",
	"in", "at", "with", "by", "none", "nil", "no", "association",
	"residents", "society", "group", "forum", "network", "company", "ltd",
	"limited", "plc", "church", "school", "club", "union", "federation",
	"agency", "department", "directorate", "unit", "centre", "health",
	"environmental", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", NULL };
/* Words that name a post: a note with one is a role, not a reason. */
const char *postwords[] = { "clerk", "officer", "secretary", "treasurer",
	"manager", "director", "executive", "solicitor", "adviser", "advisor",
	"accountant", "administrator", "assistant", "engineer", "planner",
	"coordinator", "co-ordinator", "consultant", "rfo", "chairman",
	"chair", "chairwoman", "chairperson", "vice-chairman", "vice-chair",
	"mayor", "commissioner", "inspector", "constable", "sergeant",
	"pcso", "leader", "head", "deputy", "councillor", "representative",
	"warden", "provost", "convener", "convenor", "lieutenant", "chief",
	"monitoring", "democratic", "legal", "finance", "governance",
	"substitute", NULL };
/* Words of a reason for absence: "(holiday)", "- work commitments". */
const char *reasonwords[] = { "holiday", "holidays", "illness",
	"ill", "unwell", "sick", "sickness", "work", "business", "personal",
	"family", "medical", "health", "bereavement", "leave", "away",
	"commitment", "commitments", "engagement", "childcare", "caring",
	"hospital", "isolating", "vacation", "abroad", "appointment", NULL };
/* Lower-case words inside a name: "Ann de Vere", "Piet van Dam", Welsh
 * "Rhys ap Gwyn", "Ann ab Owen". */
const char *particles[] = { "de", "van", "von", "der", "la", "le",
	"du", "da", "di", "del", "st",
	"ab", "ap", "ver", "den", "ten", "ter", "dos", "das", NULL };

/*
 * A paragraph led by a few words of attendance and a colon: "Apologies
 * received: Cllr A", "Absent without apology: Cllr B", "Present Members:
 * Cllr C".  Entries are stems ("apolog", "substitute" match longer words)
 * or whole words, read in order: the first that leads the text wins.
 */
const struct lexstatus attlead[] = {
	{ "apolog", S_APOL, 1 }, { "absent with apolog", S_APOL, 1 },
	{ "absent", S_ABSENT, 0 }, { "non-attendance", S_ABSENT, 0 },
	{ "not present", S_ABSENT, 0 }, { "also present", S_ATTEND, 0 },
	{ "also in attendance", S_ATTEND, 0 }, { "in attendance", S_ATTEND, 0 },
	{ "also attending", S_ATTEND, 0 }, { "attending", S_ATTEND, 0 },
	{ "officers in attendance", S_ATTEND, 0 },
	{ "officers present", S_ATTEND, 0 },
	{ "council employees present", S_ATTEND, 0 },
	{ "visitors", S_ATTEND, 0 },	/* never apologies */
	{ "also:", S_ATTEND, 0 },	/* "... (Clerk). Also: Cllr X" */
	{ "present", S_PRESENT, 0 }, { "members present", S_PRESENT, 0 },
	{ "councillors present", S_PRESENT, 0 },
	{ "committee members", S_PRESENT, 0 },
	{ "those attending", S_PRESENT, 0 },	/* members and clerk */
	{ "those present", S_PRESENT, 0 },
	{ "participating", S_PRESENT, 0 },	/* a meeting held online */
	{ "sederunt", S_PRESENT, 0 },	/* Scottish: "those sitting" */
	{ "substitute", S_SUBST, 1 }, { NULL, 0, 0 } };

/* The head of a table's column, or a row's Attendance cell, whole:
 * "Apologies", "Absent", "Officers", "Present". */
const struct lexstatus colheads[] = {
	{ "apologies", S_APOL, 0 }, { "apologies for absence", S_APOL, 0 },
	{ "apologies received", S_APOL, 0 }, { "absent", S_ABSENT, 0 },
	{ "present", S_PRESENT, 0 }, { "members present", S_PRESENT, 0 },
	{ "councillors present", S_PRESENT, 0 },
	{ "in attendance", S_ATTEND, 0 },
	{ "officers", S_ATTEND, 0 }, { "officers present", S_ATTEND, 0 },
	{ "also present", S_ATTEND, 0 }, { "substitutes", S_SUBST, 0 },
	{ "non-attendance", S_ABSENT, 0 }, { "visitors", S_ATTEND, 0 },
	{ NULL, 0, 0 } };

/* The last word of a post before a colon in the header: "Parish Clerk:
 * Mrs D Sumner", "Finance Officer: ...". */
const char *leadposts[] = { "clerk", "officer", "secretary",
	"treasurer", "manager", "director", "executive", "solicitor",
	"adviser", "advisor", "accountant", "administrator", "assistant",
	"engineer", "planner", "coordinator", "co-ordinator",
	"consultant", "rfo", NULL };

/* The post of one who chairs, as a mark after a name: "(Chairman)",
 * "(in the Chair)", Scottish "(Convener)", Welsh "(Cadeirydd)". */
const char *chairwords[] = { "chair", "chairman", "chairwoman",
	"chairperson", "convener", "convenor", "cadeirydd", NULL };

/* The same, and the words that say one chaired: "(Chair)", "Presided". */
const char *chairmarks[] = { "chair", "chairman", "chairwoman",
	"chairperson", "convener", "convenor", "cadeirydd", "presided",
	"presiding", NULL };

/* Posts of officers, not members: one listed among those present with
 * one ("Mrs Y (Clerk)", "Mr Z – Finance Officer") attends. */
const char *officerposts[] = { "clerk", "officer", "rfo", "director",
	"executive", "manager", "solicitor", "administrator", "translator",
	"interpreter", "accountant", "engineer", "planner", "minute-taker",
	"minutes", NULL };

/* Numbers that count people in a list: "four members of the public". */
const char *numberwords[] = { "one", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "eleven", "twelve", "no",
	NULL };

/* Titles that stand as an honorific right before a name ("Mayor J Ash",
 * "Deputy Mayor B Cole", "Metro Mayor C Dale"), a post elsewhere. */
const char *nametitles[] = { "mayor", "deputy", "metro", "lord",
	"canon", NULL };

/* A council's tier before "Councillor": "Borough Councillor C Lamb",
 * "County Cllr D Moss" at a parish meeting, a member of another council
 * who attends. */
const char *tiers[] = { "county", "borough", "district", "city",
	"unitary", NULL };

/* Words of rolewords that are also surnames, read as one after an
 * honorific: "Mrs Church", "Messrs Press and Lead". */
const char *rolesurnames[] = { "ward", "church", "press", "lead",
	"constable", "union", NULL };
