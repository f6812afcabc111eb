/**
 * Armed and political movements the news names bare, which compromise's lexicon lacks ("the war
 * against the Taliban", "Hamas said", "the PLO"). Nothing in such a name says what it is (no head
 * word, no suffix, no verb a person lacks), so only knowing the name can; the lexicon tags these
 * Organization (lexicon.ts). A short list of the movements that make world news, as the wire
 * agencies are, not of bodies in general.
 */
export const MOVEMENTS = new Set(
  `taliban hamas hezbollah hizbollah al-qaeda al-qaida daesh isil houthis fatah plo pkk farc
  al-shabab boko-haram`.split(/\s+/),
);
