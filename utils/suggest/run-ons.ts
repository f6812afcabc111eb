/**
 * A person's family name run on into a body's name across a small word or a possessive:
 * "flirtation with Romney for the State Department", "Trump on Fox News Sunday", "rumors of Ailes
 * and Fox News women", "Trump's Securities and Exchange Commission".
 * The run reads as one organisation ("Romney for the State Department"), but its first word is
 * the family name of a person the article names in full: it is two names.
 */
import { normalizeEntityName } from '../model/entity-name';
import { familyNamesOf } from './agreement';
import type { Found } from './groups';
import { ORG_HEADS } from './lexicon';
import { COMPANY_SUFFIXES } from './name-words';

/**
 * The family name, the small word ("for the", "on", "and") or its possessive ("Trump's Securities
 * and Exchange Commission"), then the body's name.
 */
const RUN_ON = /^(\p{Lu}[\p{Ll}'’-]+?)(['’]s\s+|\s+(?:for(?:\s+the)?|on|and)\s+)(\p{Lu}.*)$/u;

/**
 * The body's name has a head word of its own ("State Department", "Fox News"), and no company's
 * suffix: "Simon and Luke LLC" is one firm named for its partners.
 */
function bodyNamed(key: string): boolean {
  const words = key.split(' ').map((w) => w.replace(/\.$/, ''));
  return words.some((w) => ORG_HEADS.has(w)) && !COMPANY_SUFFIXES.has(words[words.length - 1]);
}

/** Replaces each such run in `found` with the person's mention and the body's. */
export function splitPersonRunOns(found: Found[]): Found[] {
  const familyNames = familyNamesOf(found);
  return found.flatMap((f) => {
    const m = f.kind === 'organization' ? RUN_ON.exec(f.mention.text) : null;
    if (!m || !familyNames.has(m[1].toLowerCase())) return [f];
    const [, family, small, body] = m;
    const bodyKey = normalizeEntityName(body);
    if (!bodyNamed(bodyKey)) return [f];
    const start = f.mention.start;
    const bodyStart = start + family.length + small.length;
    const person: Found = {
      ...f,
      kind: 'person',
      mention: { text: family, start, end: start + family.length },
      key: normalizeEntityName(family),
      words: [family.toLowerCase()],
      companyLike: false,
      listed: false,
      personal: true,
    };
    const organization: Found = {
      ...f,
      mention: { text: body, start: bodyStart, end: f.mention.end },
      key: bodyKey,
      words: bodyKey.split(' ').filter((w) => w !== 'the'),
    };
    return [person, organization];
  });
}
