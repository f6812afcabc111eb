/**
 * Page furniture that survives in the article text without markup to tell it apart: photo credits
 * ("Credit Ashraf Shazly/Agence France-Presse — Getty Images", "(Ellen M. Banner / The Seattle Times)",
 * "(Reuters)"), staff lines ("Editor in charge: Li Fang", "Heba Habib contributed to this report")
 * and tag lines in capitals ("JANE DOE IS THE POLITICAL EDITOR"). Names in them are the page's
 * staff and suppliers, not the article's subjects.
 */
import { normalizeEntityName } from '../model/entity-name';
import { ORG_HEADS } from './lexicon';
import type { Token } from './tokens';
import type { Mention } from './types';

export type Range = Pick<Mention, 'start' | 'end'>;

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const NAMES = String.raw`${NAME}(?:\s+(?:${NAME}|and|&|de|van|von|of|the))*`;
/** A section's name: up to four capitalised words, no stop inside ("The Linemakers"). */
const LABEL = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
const PATTERNS = [
  // "Credit Ashraf Shazly/Agence France-Presse — Getty Images", "Photo: Jane Doe for The Times".
  new RegExp(
    String.raw`(?:\b(?:Credits?(?!\s+(?:Suisse|Agricole|Karma|Union))|Photo(?:graph)?s?)\b\s*[:：\-–—]?|\b(?:Image|Illustration|Source|Editor in charge|Editor|Reporter|Writer|Photographer)\s*[:：\-–—])\s*${NAMES}(?:\s*(?:\/|—|–|-|,|for|via)\s*${NAMES})*`,
    'gu',
  ),
  // "Jane Doe/AOL The console…": a name, a slash, a supplier, glued to the next sentence. A list
  // ("Sun Microsystems/Oracle Corporation, Google") goes on with punctuation instead.
  // The supplier's name is matched whole (a lookahead and a back-reference make the group atomic),
  // so "Sun Microsystems/Oracle Corporation, Google" cannot pass as "…/Oracle" before "Corporation".
  new RegExp(
    String.raw`${NAME}(?:\s+${NAME}){1,3}\/(?=(${NAMES}))\1(?:\s*[—–-]\s*${NAMES})?(?=\s+["“]?\p{Lu}|$)`,
    'gu',
  ),
  // "(Ellen M. Banner / The Seattle Times)", "(Reuters)", "(AP Photo)".
  new RegExp(
    String.raw`\((?:[^()]{2,60}\/[^()]{2,60}|(?:Reuters|AP|AFP|EPA|Getty Images|Associated Press|Bloomberg)(?:\s+Photo)?)\)`,
    'gu',
  ),
  // "(FRANCE 24 with AFP, REUTERS)": a broadcaster's closing credit for the wires it drew on.
  new RegExp(
    String.raw`\((?:${NAME}|\d+)(?:\s+(?:${NAME}|\d+)){0,3}\s+with\s+${NAMES}(?:\s*,\s*${NAMES})*\)`,
    'gu',
  ),
  // "THURSDAY, June 6 (HealthDay News) -- An expert panel…", "GAZA (Wire Service) — ": a dateline's
  // credit names the wire or the service that supplied the story, in brackets before a dash; or
  // before the dateline's place in capitals ("(CBS News) FORT BRAGG, N.C. -- On Thursday…").
  new RegExp(String.raw`\(${NAMES}\)(?=\s*(?:[^\p{Ll}\n()]{2,40}?\s)?(?:--|—|–)\s)`, 'gu'),
  // "Heba Habib contributed to this report.", "Reporting by Jane Doe; editing by John Roe".
  new RegExp(
    String.raw`(?:${NAMES}\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|article|story)|\b(?:Additional\s+)?(?:[Rr]eporting|[Ee]diting|[Ww]riting)\s+by\s+${NAMES}(?:[;,]\s*(?:and\s+)?(?:editing|writing|reporting)?\s*(?:by\s+)?${NAMES})*)`,
    'gu',
  ),
  // "Reporting was contributed by Jane Doe, John Roe and Li Wei.", "Additional reporting was
  // contributed by …", "Research was contributed by …": the same line in the passive. Only the
  // newsroom's work is named so ("The money was contributed by Jane Doe" reports).
  new RegExp(
    String.raw`\b(?:(?:Additional|Further)\s+)?(?:[Rr]eporting|[Rr]esearch|[Ee]diting|[Ww]riting)(?:\s+and\s+(?:reporting|research|editing|writing))?\s+(?:was|were)\s+contributed\s+by\s+${NAMES}(?:\s*[;,]\s*(?:and\s+)?${NAMES})*`,
    'gu',
  ),
  // "Powered by SmartAsset.com", "Sponsored by …": a widget's supplier; "© Provided by Jane Doe
  // Inc": an image's.
  new RegExp(
    String.raw`(?:©\s*(?:\d{4}\s+)?)?\b(?:Powered|Sponsored|Presented|Provided|Brought to you)(?:\s+(?:content|post|story))?\s+by\s+${NAMES}|©\s*(?:\d{4}\s+)?${NAMES}`,
    'gu',
  ),
  // "This article was reprinted on Wired.com.", "This story originally appeared in The Atlantic":
  // a republication note names the other outlet, not a subject of the story.
  new RegExp(
    String.raw`\b(?:This|The)\s+(?:article|story|piece|post|essay|interview)\s+(?:was\s+|is\s+|has\s+been\s+|first\s+|originally\s+){0,3}(?:reprinted|republished|published|appeared|adapted|excerpted|syndicated)\s+(?:\w+\s+){0,3}?(?:on|in|by|from|with)\s+${NAMES}`,
    'gu',
  ),
  // "Copyright: Acme News Today", "Not to be reproduced without permission of Acme News Today":
  // the publisher's notice names the publisher.
  new RegExp(
    String.raw`(?:\bCopyright\s*(?:©\s*)?(?:\d{4}\s*)?:?|\breproduced\s+without\s+(?:the\s+)?(?:written\s+)?permission\s+of)\s+${NAMES}`,
    'gu',
  ),
  // "* Comcast’s NBCUniversal is a minority investor in Vox Media, which owns this site.",
  // "Disclosure: …": the page's note on who owns it, which names its owners, not the story's subjects.
  new RegExp(
    String.raw`[^.!?\n*]{0,200}?\b(?:which|that|who)\s+(?:also\s+)?owns\s+this\s+(?:site|website|publication|newspaper|magazine|blog|station)\b|\bDisclosure\s*:[^\n]{0,300}?[.!?](?=\s|$)`,
    'gu',
  ),
  // "Want More Hepatitis News? Click Here…": a page's call to its topic page names a section.
  new RegExp(String.raw`\bWant\s+[Mm]ore\s+${NAMES}\s*\?`, 'gu'),
  // "Fantasy Source: Top 25 NFL players | The Linemakers: Early odds…": a row of links, each
  // opened by its section's name and a colon, which prose never divides with bars.
  new RegExp(String.raw`${LABEL}:(?=\s[^|:.!?]{3,60}\s\|)|\|\s*${LABEL}:`, 'gu'),
  // "Follow ONE Esports on Facebook and Twitter for more news.", "Follow us on Instagram": the site's
  // call to follow it names the site and its networks. "Some of the links on ONE Esports are
  // affiliate links": the site's note on its links.
  new RegExp(
    String.raw`\bFollow\s+(?:us|${NAMES})\s+on\s+${NAMES}(?:\s*(?:,|and|or|&)\s*${NAMES})*|\p{Lu}[^.!?\n]{0,200}\baffiliate\s+links?\b[^.!?\n]{0,200}`,
    'gu',
  ),
  // Three or more words in capitals: bylines and tag lines, not prose.
  /\b\p{Lu}{2,}(?:['’]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:['’]\p{Lu}+)?){2,}\b/gu,
];

/** The ranges of furniture in `text`; a credit never runs past the block it starts in (`breaks`). */
export function furnitureRanges(text: string, breaks: readonly number[] = []): Range[] {
  const out: Range[] = [];
  for (const re of PATTERNS)
    for (const m of text.matchAll(re)) {
      const edge = breaks.find((b) => b > m.index) ?? text.length;
      out.push({ start: m.index, end: Math.min(m.index + m[0].length, edge) });
    }
  return out;
}

/**
 * The tokens outside the ranges. The first token after a removed stretch starts afresh (its gap
 * becomes a colon), so a caption's credit and the sentence after it never join into one name.
 */
export function withoutRanges(tokens: Token[], ranges: readonly Range[]): Token[] {
  if (ranges.length === 0) return tokens;
  const out: Token[] = [];
  let cut = false;
  for (const t of tokens) {
    if (ranges.some((r) => t.start < r.end && t.end > r.start)) cut = true;
    else {
      out.push(cut ? { ...t, gap: ': ' } : t);
      cut = false;
    }
  }
  return out;
}

/**
 * Acronyms the text itself defines as something other than an organisation: "Named Binary Tag
 * (NBT)", "dinitrophenol, known as DNP". An expansion with an organisation's head word
 * ("Marine Stewardship Council (MSC)") does not count.
 */
export function plainAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:known as|called|short for)\s+(\p{Lu}{2,6})\b/gu))
    out.add(m[1]);
  // The expansion is looked for just before each "(ABC)", not by a pattern tried at every word.
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const before = text
      .slice(Math.max(0, m.index - 80), m.index)
      .trim()
      .split(/\s+/);
    if (!expandsToOrganisation(before, m[1])) out.add(m[1]);
  }
  return out;
}

function expandsToOrganisation(words: string[], acronym: string): boolean {
  const tail = words.slice(-acronym.length);
  // Only a real expansion speaks for the acronym: its words' initials spell it.
  if (tail.map((w) => w[0]?.toUpperCase()).join('') !== acronym) return true;
  return tail.some((w) => ORG_HEADS.has(w.toLowerCase()));
}

/**
 * The article's own reporters, from its byline ("By Jane Doe and John Roe"): never suggested. A
 * date the page glued to it ("by Lucas Nolan22 Dec 2016") is cut off at its first digit.
 */
export function namesInByline(byline?: string | null): Set<string> {
  const names = new Set<string>();
  // A dash or a bar sets the outlet off: "By JANE DOE - AP Technology Writer | AP".
  for (const part of (byline ?? '').split(/,|\band\b|\bwith\b|\(|\)|\/|\d|\s[-–—]\s|\|/i)) {
    const name = withoutJob(part.replace(/^\s*by\s+/i, '').trim());
    if (/^(\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(name))
      names.add(normalizeEntityName(name));
  }
  return names;
}

/** The last word of a job a byline may give after the name: "Senior Washington Correspondent". */
const JOB =
  /^(?:correspondent|writer|reporter|editor|columnist|contributor|producer|photographer|critic)s?$/i;

/**
 * "Jane Doe Senior Washington Correspondent" → "Jane Doe": a byline glued to the reporter's job
 * keeps the name's first two words (three with a middle initial, "Jane Q. Doe").
 */
function withoutJob(part: string): string {
  const words = part.split(/\s+/);
  if (words.length < 3 || !JOB.test(words.at(-1) ?? '')) return part;
  return words.slice(0, /^\p{Lu}\.$/u.test(words[1]) ? 3 : 2).join(' ');
}

/** How far from the end an author's note may start: it closes the article, after the last paragraph. */
const NOTE_WINDOW = 1200;
const NOTE_VERBS = /^\s+(?:is\s+an?\s|is\s+the\s|covers\s|writes\s|reports\s|has\s+been\s)/;

/**
 * "Steven Mufson covers the White House. Since joining The Post, he has…", "Lucas Nolan is a reporter
 * for Breitbart Tech…": a note about the article's own reporter, from its first sentence to the end
 * of the text. Only near the end, and only for a name of the byline.
 */
export function authorNotes(text: string, bylineNames: Set<string>): Range[] {
  if (bylineNames.size === 0) return [];
  const from = Math.max(0, text.length - NOTE_WINDOW);
  const tail = text.slice(from);
  for (const m of tail.matchAll(new RegExp(String.raw`(?:^|[.!?”"]\s+)(${NAMES})`, 'gu'))) {
    const name = m[1];
    const start = from + m.index + m[0].length - name.length;
    if (
      bylineNames.has(normalizeEntityName(name)) &&
      NOTE_VERBS.test(text.slice(start + name.length))
    )
      return [{ start, end: text.length }];
  }
  return [];
}
