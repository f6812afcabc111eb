/**
 * The letters an acronym may spell of a body's name: its initials, and the forms news writes a
 * body's name in besides the one its acronym was made from. mergeAcronyms (merge.ts) joins an
 * acronym to the body whose name it spells.
 */
import { hasTag } from './lexicon';

/** A country written before a body's name, as news abbreviates it. */
const COUNTRY_ABBREVIATION = /^(?:U\.S\.|U\.K\.|US|UK)$/;

/** What of a group (merge.ts) the spellings read: its initials and how it is first written. */
interface Named {
  initials: string;
  items: { mention: { text: string } }[];
}

export function spelledBy(g: Named): string[] {
  const text = g.items[0].mention.text;
  const forms = [g.initials, withoutCountry(g, text)].filter((i): i is string => !!i);
  return [...forms, ...forms.flatMap((i) => beforeLastAnd(text, i)), ...headFirst(text)];
}

/**
 * "FDA" is the "U.S. Food and Drug Administration", "CDC" the "Chinese Center for Disease Control
 * and Prevention": the country or the nationality written before a national body's name is no
 * letter of its acronym ("USDA", which has it, matches the initials themselves).
 */
function withoutCountry(g: Named, text: string): string | undefined {
  const words = text.split(/\s+/);
  const country = COUNTRY_ABBREVIATION.test(words[0]) || hasTag(words[0].toLowerCase(), 'Demonym');
  return words.length > 2 && country ? g.initials.slice(1) : undefined;
}

/**
 * "CDC" is the "Centers for Disease Control and Prevention": a body's name grows by a last "and …"
 * that its acronym, older than the name, does not spell.
 */
function beforeLastAnd(text: string, initials: string): string[] {
  return /\s(?:and|&)\s+\p{Lu}[\p{L}-]*$/u.test(text) ? [initials.slice(0, -1)] : [];
}

/** Heads a department's name may close instead of opening ("Justice Department"). */
const HEADS_LAST = /^(?:Department|Ministry|Office|Bureau)$/;

/**
 * "DOJ" is the "Justice Department": the acronym spells the name with its head first ("Department
 * of Justice"), with or without the "of" ("DHS", "Homeland Security Department").
 */
function headFirst(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => !COUNTRY_ABBREVIATION.test(w));
  const head = words.at(-1) ?? '';
  if (words.length < 2 || words.length > 4 || !HEADS_LAST.test(head)) return [];
  const rest = words.slice(0, -1).map((w) => w[0]);
  return [`${head[0]}O${rest.join('')}`, `${head[0]}${rest.join('')}`];
}
