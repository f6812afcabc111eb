/**
 * "U.S. Central Intelligence Agency", "U.S. Centers for Disease Control and Prevention": wire copy
 * puts the country before a government's body to say whose it is; the body's own name, the one a
 * reader looks up, is without it. Only a body a head word marks as a government's (an agency, a
 * department, a chamber) of two words or more loses it: "U.S. Steel", "US Airways", "U.S. Navy" and
 * "U.S. Chamber of Commerce" keep theirs. The mention keeps the words as written.
 */
const COUNTRY = /^(?:U\.\s?S\.|US|U\.\s?K\.|UK)\s+(?=\p{Lu})/u;

const HEADS = new Set(
  `agency administration reserve department bureau commission committee subcommittee senate house
  office service centers institutes court`.split(/\s+/),
);

export function withoutCountry(name: string): string {
  const prefix = COUNTRY.exec(name);
  if (!prefix) return name;
  const rest = name.slice(prefix[0].length);
  const words = rest.split(/\s+/);
  if (words.length < 2 || !words.some((w) => HEADS.has(w.toLowerCase()))) return name;
  return rest;
}
