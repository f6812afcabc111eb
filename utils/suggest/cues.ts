/**
 * Words around a name that speak for what it is: verbs and nouns of companies, of membership, of
 * sources, and words that make a person. Lists only; evidence.ts and classify.ts apply them.
 */

/** "Islamist-led" and "Seattle-based" describe, "Amazon-owned" names an owner. */
export const ORG_CUES = new Set(['owned', 'run', 'funded', 'controlled', 'affiliated', 'backed']);

/** Verbs a company is the subject of, and nouns that introduce one ("Minecraft developer Mojang"). */
export const COMPANY_VERBS = new Set(
  `said says reports announced bought buys acquired sold sells hired reported agreed declined confirmed sued owns invested
  pays paid promised plans launched shipped released failed partnered offers quoted filed issued fined approved ruled
  banned suspended employs documented urged denied raised lowered downgraded upgraded delivered posted manages`.split(
    /\s+/,
  ),
);
export const AUXILIARIES = new Set('has had have is was will would'.split(' '));
export const COMPANY_BEFORE = new Set(
  'developer maker company firm rival giant startup retailer publisher studio carrier brokerage chain conglomerate manufacturer ruling'.split(
    ' ',
  ),
);

/** Nouns for a body's people right after its name: "Tumblr spokesperson", "Islamic State militants". */
export const STAFF_NOUNS = new Set(
  `spokesman spokeswoman spokesperson spokespeople officials executives employees staffers fighters militants shareholders
  analysts researchers economists scientists activists engineers subscribers customers volunteers`.split(
    /\s+/,
  ),
);
/**
 * What only a company has, after its possessive: "Zentrigo’s chief executive", "Fluxly’s
 * shareholders". Not a spokesman or lawyers: people have those too.
 */
export const COMPANY_POSSESSIONS = new Set(
  'ceo cfo board shareholders shares stock headquarters subsidiary subsidiaries revenue revenues profits earnings customers subscribers'.split(
    ' ',
  ),
);

/**
 * What a body is said to be after a word that qualifies it: "the Interfax news agency", "the
 * Zorvix think tank", "a Quellan research group". Only these qualifiers: "the Smith family firm"
 * is a family's.
 */
export const KIND_QUALIFIERS = new Set(
  `news media wire state research tech technology advocacy consulting investment software energy oil
  gas gaming hotel law insurance drug rights polling think private public holding shipping space
  defense defence mining trade lobby lobbying`.split(/\s+/),
);

/** A pollster's poll: "a Gallup Korea poll", "the latest Quellan survey". */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Officers of a body: "the CEO of Hotelied", "president of Harvard", "a co-founder of Zorvix". */
export const OFFICERS_OF = new Set(
  'ceo cfo coo cto founder co-founder cofounder chairman chairwoman chairperson president director head owner chief executive executives'.split(
    ' ',
  ),
);

/** Offices held in a body, which the body's name may open: "Dallas Fed President Fisher". */
export const OFFICES = new Set(
  'president chairman chairwoman chair director ceo governor commissioner secretary mayor chancellor treasurer superintendent'.split(
    ' ',
  ),
);

/** A firm's experts named after it, then by name: "Quellan Partners analyst Jane Doe". */
export const EXPERTS_AFTER = new Set(['analyst', 'strategist', 'economist']);

/** A company's officers named after it: "Snapchat CEO Evan Spiegel", "Apple founder Steve Jobs". */
export const OFFICERS_AFTER = new Set(
  'ceo cfo coo cto founder co-founder cofounder chairman chairwoman'.split(' '),
);

/** Words before a name that say one belongs to it or works for it: "linked to the Islamic State". */
export const MEMBERSHIP = [
  ['linked', 'to'],
  ['affiliated', 'with'],
  ['allied', 'with'],
  ['members', 'of'],
  ['member', 'of'],
  ['employees', 'of'],
  ['shares', 'of'],
  ['spokesman', 'for'],
  ['spokeswoman', 'for'],
  ['spokesperson', 'for'],
  ['lawyer', 'for'],
  ['lawyers', 'for'],
  ['attorney', 'for'],
  ['attorneys', 'for'],
  ['investors', 'in'],
  ['works', 'for'],
  ['worked', 'for'],
  ['working', 'for'],
  ['acquired', 'by'],
  ['executives', 'from'],
  ['officials', 'from'],
  ['representatives', 'from'],
  ['employees', 'from'],
  ['owned', 'by'],
  ['bought', 'by'],
  ['partnered', 'with'],
  ['partnering', 'with'],
  ['partnership', 'with'],
  ['deal', 'with'],
  ['contract', 'with'],
  ['merger', 'with'],
  ['joined'],
  ['join'],
  ['joining'],
  // What a company buys or invests in is a company: "the deal to buy Oculus VR", "its buyout of
  // Instagram", "Yahoo's stakes in Alibaba".
  ['to', 'buy'],
  ['to', 'acquire'],
  ['acquisition', 'of'],
  ['buyout', 'of'],
  ['takeover', 'of'],
  ['stake', 'in'],
  ['stakes', 'in'],
  ['invested', 'in'],
  ['merge', 'with'],
  // Schools: "a recent graduate of Mount Holyoke", "she studied at Earlham".
  ['graduate', 'of'],
  ['graduated', 'from'],
  ['studied', 'at'],
  ['enrolled', 'at'],
  ['alumnus', 'of'],
  ['alumna', 'of'],
];

/** "Minecraft developer Mojang": what a maker noun follows is the maker's product. */
export const MAKER_NOUNS = new Set('developer maker publisher studio manufacturer'.split(' '));

/** "U.S. companies OkCupid and CREDO Mobile": every name of a list that a plural company noun opens. */
export const COMPANIES_BEFORE = new Set(
  'companies firms retailers startups rivals publishers studios carriers brokerages chains manufacturers developers makers giants lenders banks insurers'.split(
    ' ',
  ),
);

/** Plural nouns for bodies that open a list of examples: "such organisations as …". */
export const BODIES = new Set(
  'companies firms organisations organizations groups agencies authorities bodies institutions charities parties banks unions networks broadcasters publishers outlets providers operators suppliers vendors lenders insurers'.split(
    ' ',
  ),
);

/** Where a finding was printed: "a study published in Nature". */
export const PRINTED_IN = [
  ['published', 'in'],
  ['published', 'by'],
];

/** Who a source told or who reported it, written as one word: "told Reuters", "seen by Reuters". */
export const SOURCE_BEFORE = [
  ['told'],
  ['according', 'to'],
  ['seen', 'by'],
  ['reported', 'by'],
  ['interview', 'with'],
  ['email', 'to'],
  ['statement', 'to'],
  // Where it was said or printed: "answers posted on Quora", "a study published in Nature".
  ['posted', 'on'],
  ...PRINTED_IN,
];

/** Words before a name that make it a person: kin ("his father, Hori Parata") and photo credits. */
export const PERSON_BEFORE = new Set([
  'father',
  'mother',
  'son',
  'daughter',
  'wife',
  'husband',
  'brother',
  'sister',
  'credit',
  'photo',
  'by',
]);
export const PARTICLES = new Set([
  'bin',
  'ibn',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'al',
  'la',
  'le',
  'du',
]);
/** Words naming a company's business arm after its name: "Samsung Electronics", "Sony Pictures". */
export const DIVISIONS = new Set(
  `pictures electronics entertainment studios records capital motor motors airlines airways pharmaceuticals
  energy bank financial securities investments insurance semiconductor chemicals steel industries foods pharma
  brands publishing press media research labs ventures health sports news animation wireless
  communications telecommunications`.split(/\s+/),
);

/** Verbs of saying: a name right before or after one is a speaker, so a person or an organisation. */
export const SAYING = new Set(
  'said says say told added noted argued insisted stated wrote explained warned declared announced acknowledged admitted'.split(
    ' ',
  ),
);

/** Words in front of a party's or movement's name that describe it: "Egypt's Islamist Muslim Brotherhood". */
export const AFFILIATION_ADJECTIVES = new Set(
  'islamist jihadist salafist leftist rightist hardline far-right far-left ultranationalist'.split(
    ' ',
  ),
);
