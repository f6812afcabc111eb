/**
 * Claim candidates: sentences a fact-checker would look at first. Check-worthiness follows the
 * ClaimBuster observation (Hassan et al., KDD 2017, https://doi.org/10.1145/3097983.3098131) that
 * numbers, comparisons and attributed statements are what checkers pick; a date or a year alone
 * is not a statistic, and questions and fragments are not claims.
 */
import { splitSentences } from './sentences';
import type { ClaimReason, ClaimSuggestion } from './types';

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Dates, times, years and list numbering: numbers that state no quantity. */
const NOT_QUANTITY = new RegExp(
  `\\b${MONTHS}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\b|\\b\\d{1,2}\\s+${MONTHS}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|` +
    `(?<![$£€\\d.,])\\b(?:1[89]|20)\\d{2}s?\\b(?![.,]?\\d|\\s*(?:%|percent|people|million|billion))|\\b9/11\\b|^\\s*\\d{1,2}\\.\\s`,
  'giu',
);
const QUANTITY =
  /[$£€¥]\s?\d|\d[\d,.]*\s?(?:%|percent|per cent|million|billion|trillion|thousand|pounds?|kilograms?|tons?|tonnes?|miles?|km|kilometres?|members|people|years?)\b|\b\d[\d,.]*\b|\b(?:hundreds|thousands|millions|billions|tens of thousands|dozens|half|double|doubled|tripled|twice|one in \w+)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/gi;
/** "more … than", "lower than": an explicit comparison is checkable on its own. */
const EXPLICIT_COMPARISON =
  /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|\w+er)\b[^.;]{0,40}?\bthan\b/i;
const COMPARISON =
  /\b(?:ranked|ranking|bottom|top)\b|\b(?:most|least|largest|biggest|smallest|highest|lowest|worst|best|first|poorest|richest|deadliest|only)\b|\b(?:increase[sd]?|decrease[sd]?|rose|risen|fell|fallen|doubled|halved|surpass(?:ed)?|compared)\b|\w+est\b(?=\s+(?:\w+\s+)?(?:in|of|since|ever)\b)/i;
const ATTRIBUTION =
  /\b(?:said|says|say|told|pointed out|according to|reported|claimed|claims|stated|announced|noted|argued|insisted|admitted|estimated|estimates|warned|found|showed|concluded|declared)\b/i;
const PREDICTION =
  /\b(?:will|would|expects?|expected to|plans? to|forecasts?|predicts?|projected|is likely|are likely|going to|by 20\d\d)\b/i;

const WEIGHTS: Record<ClaimReason, number> = {
  quantity: 2,
  comparison: 1,
  attribution: 0.75,
  prediction: 0.5,
};
/** A sentence needs a number or a comparison, or to be both attributed and predictive, to be listed. */
const MIN_SCORE = 1.5;
export const MAX_CLAIMS = 20;

export function findClaims(text: string): ClaimSuggestion[] {
  const claims: ClaimSuggestion[] = [];
  for (const s of splitSentences(text)) {
    const words = s.text.split(/\s+/).length;
    if (words < 6 || /\?["”’]?$/.test(s.text)) continue;
    const found = s.text.replace(NOT_QUANTITY, ' ').match(QUANTITY) ?? [];
    const numbers = found.length;
    // "18 … enterprises", "$13.7 billion" are statistics; "three spirits", "two people" are weaker.
    const statistic = found.some((q) => /\d|million|billion|trillion|thousands|percent/i.test(q));
    const reasons: ClaimReason[] = [];
    if (numbers > 0) reasons.push('quantity');
    const explicit = EXPLICIT_COMPARISON.test(s.text);
    if (explicit || COMPARISON.test(s.text)) reasons.push('comparison');
    if (ATTRIBUTION.test(s.text)) reasons.push('attribution');
    if (PREDICTION.test(s.text)) reasons.push('prediction');
    let score =
      reasons.reduce((sum, r) => sum + WEIGHTS[r], 0) +
      0.25 * Math.min(4, Math.max(0, numbers - 1)) -
      (numbers && !statistic ? 1 : 0) +
      (explicit ? 0.5 : 0);
    // Very long "sentences" are usually run-together captions or lists that Readability joined.
    if (words > 70) score -= 1;
    if (score >= MIN_SCORE)
      claims.push({
        type: 'claim',
        sentence: s.text,
        start: s.start,
        end: s.end,
        score: round(score),
        reasons,
      });
  }
  return claims.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_CLAIMS);
}

const round = (n: number) => Math.round(n * 100) / 100;
