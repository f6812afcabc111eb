import { ANNOTATION_TYPES } from '@/utils/model';
import { typeColor } from '@/utils/model/type-colors';

/**
 * Styles of the in-page UI, inside its shadow root (the page's CSS cannot reach in; WXT's reset
 * `:host { all: initial !important }` keeps the page's `* { all: unset !important }` off the host).
 * Colours adapt to the system theme so the card reads on light and dark pages alike.
 */
export const UI_CSS = `
:host { --bg: #fff; --fg: #1b1b1b; --muted: #5b5b5b; --border: #c9c9c9; --accent: #1e6edc; }
@media (prefers-color-scheme: dark) {
  :host { --bg: #202124; --fg: #ececec; --muted: #b0b0b0; --border: #555; --accent: #7db3ff; }
}
.gloss-overlay { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.gloss-layer {
  position: fixed; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible;
  inset: auto; z-index: 2147483647; font: 14px/1.4 system-ui, sans-serif; color: var(--fg);
}
.gloss-toolbar, .gloss-error {
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25);
}
.gloss-toolbar { display: flex; gap: 4px; padding: 4px; }
button { font: inherit; color: inherit; }
.gloss-btn {
  background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 4px 8px; cursor: pointer;
}
.gloss-btn:hover, .gloss-btn:focus-visible { border-color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
${ANNOTATION_TYPES.map((t) => `.gloss-btn-${t} { box-shadow: inset 0 -3px 0 ${typeColor(t)}; }`).join('\n')}
.gloss-chooser { flex-direction: column; align-items: stretch; max-width: 360px; }
.gloss-chooser .gloss-btn { text-align: start; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.gloss-error { padding: 6px 10px; margin: 0 0 4px; border-color: #d33; max-width: 360px; }
`;
