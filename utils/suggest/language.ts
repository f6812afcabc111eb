/**
 * Whether the text is English, the only language the rules and compromise's lexicon know.
 * On other languages they would still find capitalised words and numbers, so the popup would
 * fill with noise; saying "unsupported" is more honest.
 *
 * The declared `lang` is often a template default, so the text itself decides when there is
 * enough of it: a script test (Chinese, Cyrillic… pages) and the share of English function words,
 * which is about 0.3–0.45 in English news and under 0.05 in French, Spanish or Czech.
 */

const ENGLISH_STOPWORDS = new Set(
  (
    'the of and to a in is was for that on with as by at from it he she his her they their be are were ' +
    'has have had not this but an or which who will would said its been also more than after'
  ).split(' '),
);

export const MIN_STOPWORD_SHARE = 0.15;
export const MIN_LATIN_SHARE = 0.8;
/** Below this many words the stopword share is too noisy to overrule the declared language. */
const MIN_WORDS_TO_JUDGE = 40;

export type LanguageVerdict = { supported: true } | { supported: false; reason: string };

export function checkLanguage(text: string, lang?: string | null): LanguageVerdict {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { supported: false, reason: 'The article has no text to read.' };
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length / letters.length;
  if (latin < MIN_LATIN_SHARE) {
    return {
      supported: false,
      reason: `Suggestions work on English text only; this article is mostly in a non-Latin script${langNote(lang)}.`,
    };
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const declared = primaryLanguage(lang);
  if (words.length < MIN_WORDS_TO_JUDGE) {
    return declared && declared !== 'en'
      ? {
          supported: false,
          reason: `Suggestions work on English text only; this article is declared as "${lang}".`,
        }
      : { supported: true };
  }
  const share = words.filter((w) => ENGLISH_STOPWORDS.has(w)).length / words.length;
  if (share < MIN_STOPWORD_SHARE) {
    return {
      supported: false,
      reason: `Suggestions work on English text only; this article does not read as English${langNote(lang)}.`,
    };
  }
  return { supported: true };
}

function primaryLanguage(lang?: string | null): string | null {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

function langNote(lang?: string | null): string {
  return lang ? ` (declared "${lang}")` : '';
}
