import type { AnchorState, AnnotationType, ClaimStatus } from './model';

/** The words the UI uses; the toolbar's accessible names are these exactly. */
export const TYPE_LABELS: Record<AnnotationType, string> = {
  highlight: 'Highlight',
  person: 'Person',
  organization: 'Organization',
  claim: 'Claim',
};

export const TYPE_PLURALS: Record<AnnotationType, string> = {
  highlight: 'Highlights',
  person: 'People',
  organization: 'Organizations',
  claim: 'Claims',
};

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
};

export const ANCHOR_LABELS: Record<AnchorState, string> = {
  anchored: 'Anchored',
  approximate: 'Approximate',
  orphaned: 'Orphaned',
};

/** Keyboard shortcuts handled by the content script: Alt+Shift+<key>. */
export const SHORTCUT_KEYS: Record<string, AnnotationType> = {
  H: 'highlight',
  P: 'person',
  O: 'organization',
  C: 'claim',
};
