/**
 * Given names of people the news names often that neither compromise's lexicon nor the
 * public-domain first-name lists (name-lists.json) hold: without them "Elon Musk", "Satya
 * Nadella" and "Barack Obama" are two unknown words, and a page that names them once, with no
 * title or saying verb beside them, offers no one. Kept by hand, from the corpus's misses (round
 * 16); only names that are no English word, so that a capital before an unknown word is the name's.
 */
const GIVEN_NAMES = new Set(['elon', 'satya', 'barack', 'ivanka', 'lachlan', 'lee']);

export const isNewsGivenName = (key: string) => GIVEN_NAMES.has(key);
