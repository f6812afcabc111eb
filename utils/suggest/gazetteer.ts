/**
 * Gazetteers from maintained lists (see scripts/write-name-lists.mjs, which writes
 * name-lists.json): company names and first names that compromise's lexicon lacks. Lone
 * capitalised words are where the rules most need them: "Tumblr" and "Zeiss" carry no suffix and
 * no title, so without a list only the sentence around them can tell.
 */
import lists from './name-lists.json';
import { isNewsGivenName } from './given-names';

const set = (words: string) => new Set(words.split(' ').map((w) => w.toLowerCase()));

const COMPANIES = set(lists.companies);
const COMPANY_WORDS = set(lists.companiesAlsoWords);
const COMPANY_ACRONYMS = set(lists.companyAcronyms);
const FIRST_NAMES = set(lists.firstNames);
const FIRST_NAMES_ALSO_WORDS = set(lists.firstNamesAlsoWords);

/** "Tumblr", "Novell": a company's name and no ordinary word. */
export const isCompanyName = (key: string) => COMPANIES.has(key);
/** "Apple", "Shell": a company's name that is also an ordinary word, so it needs context. */
export const isCompanyWord = (key: string) => COMPANY_WORDS.has(key);
/** "AECOM", "IBM"-like acronyms the company list holds. */
export const isCompanyAcronym = (key: string) => COMPANY_ACRONYMS.has(key);
export const isListedFirstName = (key: string) => FIRST_NAMES.has(key) || isNewsGivenName(key);
/** "Bill", "Ray", "Rose": a first name that is also an ordinary word, so it needs a family name after it. */
export const isFirstNameAlsoWord = (key: string) => FIRST_NAMES_ALSO_WORDS.has(key);
