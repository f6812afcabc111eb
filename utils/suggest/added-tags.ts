/**
 * Tags for words compromise's lexicon lacks, which lexicon.ts adds to its own: faiths' adjectives
 * name communities as nationalities do (faiths.ts), states are countries (states.ts), movements
 * are bodies (movements.ts).
 */
import { FAITH_ADJECTIVES } from './faiths';
import { MOVEMENTS } from './movements';
import { UNLISTED_STATES } from './states';

export function addedTag(key: string): string | undefined {
  if (FAITH_ADJECTIVES.has(key)) return 'Demonym';
  if (UNLISTED_STATES.has(key)) return 'Country';
  return MOVEMENTS.has(key) ? 'Organization' : undefined;
}
