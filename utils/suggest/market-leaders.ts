/**
 * "the company purchased streaming leader Twitch", "market leader Quellan": a leader of a market
 * or an industry is a company. Before a name, "leader" is a person's role ("opposition leader
 * Jane Doe") unless a market's word qualifies it.
 */
import type { Token } from './tokens';

const MARKETS = new Set(
  'market industry streaming sector category segment e-commerce retail software'.split(' '),
);

/** Whether `sentence[i]` is "leader" after a market's word: "streaming leader", "market leader". */
export function marketLeaderAt(sentence: readonly Token[], i: number): boolean {
  const prev = sentence[i - 1];
  return sentence[i]?.key === 'leader' && !!prev && !prev.capital && MARKETS.has(prev.key);
}
