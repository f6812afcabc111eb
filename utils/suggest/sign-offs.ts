/**
 * Sentences that sign an article off instead of reporting it, and blocks that caption a photo.
 * Wire stories close with contributor lines ("Associated Press writer Vladimir Roe in Moscow
 * contributed to this report", "Jane Doe contributed reporting"); text taken from a page without its
 * markup keeps invitations ("Follow Jane Doe on Twitter", "Like us on Facebook", "Contact John Roe at
 * jroe@example.com", "Email the reporter") and captions as paragraphs of their own. The names in
 * them are the publisher's staff and channels, not the story's subjects.
 */
import type { Range } from './furniture';
import { blocksOf, type Sentence } from './sentences';

export const NETWORKS = String.raw`(?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Bluesky|Mastodon|Snapchat|Google\+|X)`;

/** The last word of an outlet's or a newsroom's name: "Associated Press", "Staff Writer". */
const OUTLET = String.raw`(?:Press|News|Times|Post|Journal|Today|Tribune|Herald|Reuters|Wire|Service|Staff|Writer|Correspondent|Bureau|Newswire)`;

/** A person's name as a staff line writes it: "Jane Doe", "Li Wei", "Beomsu Jo". */
const STAFF = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;

const SIGN_OFFS = [
  // "… contributed to this report", "… contributed reporting from Seoul".
  /\bcontributed\s+(?:additional\s+)?reporting\b|\bcontributed\s+additional\s+research\b/iu,
  /\bcontributed\s+(?:to|for)\s+(?:this|the)\s+(?:report|article|story|coverage)\b/iu,
  // "Abigail Roe and Beomsu Jo contributed." — names only: "Red Hat, Google and others contributed."
  // reports what they did.
  new RegExp(String.raw`^${STAFF}(?:(?:,\s+|,?\s+and\s+)${STAFF})*\s+contributed\s*[.!]?$`, 'u'),
  // "Follow Jane Doe on Twitter", "Like us on Facebook", "Find her on Instagram @jdoe", also asked
  // politely or with the outlet's channel ("Please follow Money Talk on Twitter and Facebook", "Get
  // Acme News On Twitter, Facebook…"): an imperative that opens the sentence.
  new RegExp(
    String.raw`^(?:Please\s+(?:follow|like|find|join|connect with|get|friend)|Follow|Like|Find|Join|Connect with|Get|Friend)\s+(?:\S+\s+){0,4}?[Oo]n\s+${NETWORKS}\b`,
    'u',
  ),
  // A reporter's box lists the invitations: "…; follow him on Twitter; friend him on Facebook".
  new RegExp(
    String.raw`\b(?:follow|friend|like|find)\s+(?:him|her|them|us|me)\s+on\s+${NETWORKS}\b`,
    'iu',
  ),
  /^(?:Follow|Like)\s+us\b/iu,
  // "You can follow BBC Monitoring on Twitter and Facebook": the same invitation, put politely.
  new RegExp(
    String.raw`^You\s+can\s+(?:also\s+)?(?:follow|like|find|join)\s+(?:\S+\s+){0,4}?on\s+${NETWORKS}\b`,
    'u',
  ),
  // "Comments compiled by Jane Doe and BBC Monitoring.", "Written by Jane Doe": who made the story.
  new RegExp(
    String.raw`^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:[Cc]ompiled|[Ww]ritten|[Ee]dited|[Pp]roduced|[Tt]ranslated)\s+by\s+${STAFF}`,
    'u',
  ),
  // A call to the reader that names a handle or a hashtag on a network: "Connect with … by liking
  // the … Facebook page, following @jdoe on Twitter", "Take a picture … and post it to Instagram
  // with the hashtag #wave". The outlet's own name in it is its channel, not a subject. The verb
  // takes an object, as an order does ("Post offices in …" reports).
  new RegExp(
    String.raw`^(?:Please\s+)?(?:Connect|Take|Post|Share|Tag|Send|Upload|Tweet|Follow|Like|Join|Submit)\s+(?:with|us|it|them|him|her|me|a|an|the|this|your|our)\b(?=.*\b(?:on|to|via)\s+${NETWORKS}\b)(?=.*(?:\s@\w{2,}|#\w{2,}))`,
    'u',
  ),
  // A share box: "Share this article on Twitter", "Share on Facebook".
  new RegExp(String.raw`^Share\b[^.]{0,40}?\b(?:on|via|to)\s+${NETWORKS}\b`, 'u'),
  // "Contact John Roe at …", "Email the reporter", "Write to the editor", "Reach her at …".
  /^(?:Contact|Reach|E-?mail|Write\s+to|Message)\s+(?:him|her|them|us|me|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:at|via|on|by)\s+\S/u,
  /^(?:Contact|E-?mail|Write\s+to|Message)\s+(?:the|this|our)\s+(?:reporter|author|writer|editor|newsroom|desk)s?\b/iu,
  /\bcan\s+be\s+(?:reached|contacted|e-?mailed|followed)\s+(?:at|via|on|by)\b/iu,
  // "Sign up for Command Line, a weekly newsletter from Jane Doe", "Subscribe to our newsletter".
  /\b(?:sign\s+up|subscribe)\b[^.]{0,80}\bnewsletter\b/iu,
  // "Keep up with the CityLab Daily newsletter.", "Get our Morning Brief newsletter": a promo that
  // ends on the word, so that a sentence reporting on a newsletter is not taken for one.
  /^(?:Keep\s+up|Stay\s+(?:up\s+to\s+date|informed|updated)|Get|Receive|Join)\b[^.]{0,60}\bnewsletters?\s*[.!]?$/iu,
  // The wire's notice and links out: "Copyright 2016 The Associated Press. All rights reserved.",
  // "Read more: …", "Click here to …".
  /^Copyright\s+(?:©\s*)?\d{4}\b/u,
  /\bAll rights reserved\b|\bmay not be (?:published|reproduced|redistributed)\b/iu,
  /^(?:Read more|Related|See also|Also read|More from|Click here)\b/iu,
  // A byline left in the text: "By Jane Doe and John Roe", "By JANE DOE, Associated Press".
  new RegExp(
    String.raw`^By\s+${STAFF}(?:(?:,\s+|,?\s+and\s+)${STAFF})*(?:,\s+[\p{L} ]{2,40})?$`,
    'u',
  ),
  // A byline without its "By": "Jane Doe and John Roe, USA TODAY", "Jane Doe, Associated Press".
  // Names only, then the outlet, in capitals or by a word outlets are named with; not "Jane Doe,
  // Ph.D." nor "Jane Doe, Chief Executive", which sign a quote or a letter.
  new RegExp(
    String.raw`^${STAFF}(?:(?:,\s+|,?\s+and\s+)${STAFF})*,\s+(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}|(?:The\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}${OUTLET})\s*$`,
    'u',
  ),
  // The reporters who helped, listed with their outlets: "Contributing: Jane Doe, USA TODAY".
  /^(?:Contributing|Contributors?|Contributed\s+by|Additional\s+reporting)\s*:/iu,
  // "Stella Roe reported from Seoul, and Jane Doe from Hong Kong": where the reporters were.
  new RegExp(String.raw`^${STAFF}(?:(?:,\s+|,?\s+and\s+)${STAFF})*\s+reported\s+from\b`, 'u'),
  // A wire writes the family name alone, and the note says nothing else: "Daraghmeh reported from
  // Ramallah, West Bank." ("Police reported from the scene that…" reports).
  /^\p{Lu}[\p{L}'’-]+\s+reported\s+from\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*)*\.?$/u,
  // A print edition's note names the site's own publication: "This story appears in the January
  // 2017 issue of Acme Geographic magazine.", "A version of this article appears in print on March
  // 3, 2017, on Page A1 of the New York edition with the headline: …".
  /^(?:This|A\s+version\s+of\s+this)\s+(?:article|story|review|essay|column|piece|feature|interview|obituary)\s+(?:appears|appeared|will\s+appear|ran)\s+(?:in\s+print\b|(?:in|on)\s+(?:the\s+)?(?:[\p{L}\d,.'’-]+\s+){0,5}?(?:issue|edition)\b)/u,
  // Links to other stories: "Video: President Jane Doe to visit…", "Photos: …".
  /^(?:Video|Watch|Photos|Gallery|Slideshow|Audio|Podcast)\s*:/u,
];

/** An address in a short sentence is a contact line: "jroe@example.com", "@jdoe on Twitter". */
const ADDRESS = /\S@\S+\.\p{L}{2,}|(?:^|\s)@\w{2,}/u;
const SHORT = 25;

export function signOffRanges(sentences: readonly Sentence[]): Range[] {
  return sentences
    .filter(
      (s) =>
        // A wire's separator opens its notes: "___ Daraghmeh reported from Ramallah."
        SIGN_OFFS.some((re) => re.test(s.text.replace(/^[_\s]{3,}/u, ''))) ||
        (ADDRESS.test(s.text) && s.text.split(/\s+/).length <= SHORT),
    )
    .map(({ start, end }) => ({ start, end }));
}

/**
 * A photo's credit: "(AP Photo/Jane Doe)", "(Jane Doe/Reuters)", "Photo: …", "Photograph by …",
 * "… Getty Images", "Credit: …" (also glued, "…in Queens.CreditJane Doe/The Times"; not a name's
 * "Credit", "OnPoint Community Credit Union", "Credit Suisse"), or a wire's
 * name closing the block ("… in 1989. (AP)"). Not a dateline's "(Reuters)" or "(AP)", which open a
 * story.
 */
const CREDIT =
  /\((?:[^()]{2,60}\/[^()]{2,60}|(?:AP|AFP|EPA|Reuters)\s+Photo[^()]*)\)|\bPhoto(?:graph)?s?(?:\s+illustration)?\s*(?:by\b|:)|\bGetty\s+Images\b|\bShutterstock\b|\bCredit(?!\s+(?:Union|Suisse|Agricole|Karma|Card|Bureau|Rating)s?\b)(?::?\s+|(?=\p{Lu}\p{Ll}))\p{Lu}|\((?:AP|AFP|EPA|Reuters|Getty|Getty Images|Bloomberg)\)\s*$/u;
/** A caption is short; a paragraph this long with a credit in it is prose that mentions one. */
const MAX_CAPTION_WORDS = 60;
/** A caption without a credit is known by its missing stop alone, so it must be shorter still. */
const STOPLESS_CAPTION_WORDS = 45;

/**
 * Blocks (ExtractedArticle.breaks) that carry a photo credit and are short: captions that reached
 * the text as paragraphs, where only the credit itself would otherwise be left out. Also a
 * citation entry, which is the page's furniture as much.
 */
export function captionBlocks(text: string, breaks: readonly number[]): Range[] {
  const blocks = blocksOf(text, breaks);
  // One block is the whole text: nothing says where a caption would end.
  if (blocks.length === 1) return [];
  return blocks.filter(({ start, end }) => {
    const block = text.slice(start, end).trim();
    const words = block.split(/\s+/).length;
    // A caption that opens by saying where in the photos people are may describe several.
    return (
      (CREDIT.test(block) && words <= MAX_CAPTION_WORDS) ||
      // "Buck Cullen with his daughter … jawbones. Cullen is an integral member of …": a short caption
      // of two sentences, the last left without its stop, as prose never is (a paragraph whose
      // reference mark was dropped is longer).
      (words >= 10 &&
        words <= STOPLESS_CAPTION_WORDS &&
        /[.!?]\s+\p{Lu}/u.test(block) &&
        !/[.!?"”’)\]:…]$/u.test(block)) ||
      CITATION.test(block) ||
      ((WHERE_IN_PHOTO.test(block) || WIRE_PHOTO.test(block)) && words <= 2 * MAX_CAPTION_WORDS)
    );
  });
}

/**
 * "Doe, Jane. "Title." Acme News. Acme Media, 7 Jun. 2013. Web.": the entry a "cite this
 * article" box offers, in MLA's form (a date, then the medium), names the publisher.
 */
const CITATION = /\b\d{4}\.\s+Web\.$/u;

/**
 * A caption says where in the photos people are: "Clockwise from top: …", "From left, …",
 * "Pictured: …", "Above: …" ("Above, the sky…" is prose: those take a colon only), or it is
 * labelled one ("Image caption, …").
 */
const WHERE_IN_PHOTO =
  /^(?:(?:Image|Photo|Picture|Video)\s+caption\s*[:,]|(?:Clockwise\s+from\s+(?:top|left|right|bottom)(?:\s+left|\s+right)?|From\s+(?:left|right|top)|L\s*to\s*R|Left\s+to\s+right|Pictured(?:\s+\w+){0,2})\s*[:,]|(?:Above|Below|Top|Bottom|Inset|Main\s+(?:image|picture|photo))\s*:)/iu;

/**
 * The wires' caption formula, which opens by pointing at the picture and saying where it came from:
 * "In this Jan. 9, 2013 file photo, …", "This citizen journalism image provided by …", "This
 * undated handout photo released by …", "In this image made from video …" — after the credit that
 * may stand first ("AP This …"). Prose that talks about a photo ("This photo went viral") says
 * neither where it came from nor pauses at a comma.
 */
const WIRE_PHOTO =
  /^(?:(?:AP|AFP|EPA|Reuters|Getty\s+Images)\s+)?(?:In\s+)?this\s+(?:[\p{L}\d.'’-]+,?\s+){0,6}?(?:photo(?:graph)?|image|picture|frame\s+grab|video\s+grab)(?:\s+made\s+from\s+video)?(?:\s*,|\s+(?:provided|released|taken|made|obtained|distributed|posted|supplied|shot)\b)/iu;

/**
 * How far from the end a closing note may stand: about the reporter (here), or about who made the
 * story (credits.ts). It closes the article.
 */
export const CLOSING_NOTE_CHARS = 1500;
/** "Jane Doe is a Metro reporter covering…", "Jane Doe covers the White House", "… has covered economics since 2012". */
const NOTE = new RegExp(
  String.raw`^${STAFF}\s+(?:is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|producer|photographer|critic|blogger)\b|covers\s|has\s+(?:covered|reported|written)\s)`,
  'u',
);

/**
 * Blocks near the end that introduce a reporter: the author's note a page without its byline
 * markup leaves in the text (utils/suggest/furniture.ts reads the same notes when the byline names
 * the reporter).
 */
export function reporterNotes(text: string, breaks: readonly number[]): Range[] {
  return blocksOf(text, breaks).filter(
    ({ start, end }) =>
      end >= text.length - CLOSING_NOTE_CHARS && NOTE.test(text.slice(start, end).trim()),
  );
}
