/**
 * Adjectives of faiths and their branches: "Shiite fighters", "Sunni villages", "Coptic
 * Christians". Like a nationality ("Palestinian activists"), such a word names a community of
 * people, not a body, so the lexicon tags it Demonym (lexicon.ts); compromise's lexicon knows
 * few of them. The faiths of the world are a closed set of words, unlike the names of bodies.
 */
export const FAITH_ADJECTIVES = new Set(
  `shiite shi'ite shia sunni alawite druze ismaili salafi wahhabi yazidi muslim jewish hasidic hindu sikh
  buddhist jain catholic protestant orthodox evangelical anglican episcopal lutheran methodist baptist
  presbyterian pentecostal mormon maronite coptic`.split(/\s+/),
);
