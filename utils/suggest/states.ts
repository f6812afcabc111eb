/**
 * Countries, former states and territories that the news names and compromise's lexicon lacks
 * ("Britain announced…", "the collapse of the Soviet Union", "settlements in the West Bank"). The
 * lexicon tags them Country (lexicon.ts), so a verb after one or a head word in it ("Union",
 * "Bank") no longer makes it a body. The world's states are a closed set, unlike bodies' names;
 * only the ones compromise misses are here.
 */
export const UNLISTED_STATES = new Set([
  'britain',
  'great britain',
  'soviet union',
  'west bank',
  'gaza strip',
  'east germany',
  'west germany',
  'yugoslavia',
  'czechoslovakia',
  'northern ireland',
]);
