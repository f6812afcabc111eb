import { CLAIM_STATUSES, type ClaimStatus } from './vocabulary';

/**
 * How each claim status is underlined on the page, and in the legend that explains it
 * (components/StatusLegend.tsx): the one source for both. Line styles differ as well as colours,
 * so the statuses stay apart for readers who do not tell red from green. Each is the style of a
 * 4 px box laid under the line of text (entrypoints/content/status-layer.ts).
 */
const STYLES: Record<ClaimStatus, string> = {
  unverified: 'border-bottom:2px dotted #8a8a8a',
  supported: 'border-bottom:2px solid #1a9e4b',
  disputed: 'border-bottom:2px dashed #e08a00',
  false: 'border-bottom:4px double #d62828',
  // A zigzag drawn with two gradients: borders have no wavy style.
  misleading:
    'background:linear-gradient(135deg,transparent 40%,#8e44ad 40% 60%,transparent 60%) 0 0/6px 4px repeat-x,linear-gradient(45deg,transparent 40%,#8e44ad 40% 60%,transparent 60%) 3px 0/6px 4px repeat-x',
};

/** What each underline tells the reader, in the legend's words. */
export const STATUS_MEANINGS: Record<ClaimStatus, string> = {
  unverified: 'not checked yet',
  supported: 'the evidence supports it',
  disputed: 'sources disagree',
  false: 'the evidence contradicts it',
  misleading: 'true in part, but misleads',
};

export const underlineStyle = (status: ClaimStatus): string =>
  `box-sizing:border-box;height:4px;${STYLES[status]}`;

/** A class per status, for the page's closed status layer: `.s-<status>{…}` rules. */
export const underlineRules = (): string =>
  CLAIM_STATUSES.map((s) => `.s-${s}{${STYLES[s]}}`).join('');
