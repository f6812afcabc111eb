/**
 * Romanised Chinese names ("Wang Jun", "Duan Xiaolong"): compromise's lexicon knows a few
 * surnames (Chen, Li) but no given names, so news from China lost most of its officials.
 * A name here is a common surname followed by a given name of one or two pinyin syllables, or a
 * hyphenated given name before the family name (see HYPHENATED_GIVEN).
 */

const SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han
  feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan
  fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao
  wan qian dai mo kong xiang chang kang wen niu zhan ou yi qi lai bao ji ge hong xing an ling lan nie xi ni zhuang
  shu lou miao geng kou gan hua lian qu rao shang zhai che bi`.split(/\s+/),
);

/** Pinyin syllables without tones: initial + final, checked by pattern rather than a 400-entry list. */
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)$/;

/** Splits a given name into at most two pinyin syllables, or returns false. */
function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || w.length > 12) return false;
  if (SYLLABLE.test(w)) return true;
  for (let i = 1; i < w.length; i++) {
    if (SYLLABLE.test(w.slice(0, i)) && SYLLABLE.test(w.slice(i))) return true;
  }
  return false;
}

/**
 * "Sui-Lee Wee", "Mei-Ling Tan": a given name of two short syllables joined by a hyphen, written
 * before the family name as English-language papers do. Companies joined so ("Coca-Cola") are
 * known organisations, caught before this.
 */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,3}-\p{Lu}\p{Ll}{1,3}$/u;

/** "Wang Jun", "Sui-Lee Wee" → true; "Hong Kong" is caught earlier as a place. */
export function isChineseName(words: string[]): boolean {
  if (words.length === 2 && HYPHENATED_GIVEN.test(words[0]) && /^\p{Lu}\p{Ll}+$/u.test(words[1]))
    return true;
  return (
    words.length === 2 &&
    SURNAMES.has(words[0].toLowerCase()) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]) &&
    isGivenName(words[1])
  );
}

/**
 * "Vice Premier Liu He": a given name that is also a small English word ("He", "An") after a
 * Chinese surname in the same run of capitals is the name's, no pronoun: a pronoun is capitalised
 * only to open a sentence, and "Liu. He" would have ended one.
 */
export const givenNameAfterSurname = (ts: { text: string; gap: string }[], i: number) =>
  i > 0 && /^\s+$/.test(ts[i].gap) && isChineseName([ts[i - 1].text, ts[i].text]);
