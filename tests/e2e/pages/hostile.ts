/**
 * Pages made to fight Gloss, for tests/e2e/hostile.e2e.ts. Each holds the same short article so the
 * tests can select, tag, reload and check the painted text the same way on all of them.
 */

export const ARTICLE_SENTENCES = [
  'The city council approved the new transit budget on Tuesday after a long debate.',
  'Council member Maria Alvarez said the plan would add forty buses by the end of next year.',
  'Critics argued that the projected ridership figures were far too optimistic for a city of this size.',
  'The budget now goes to the mayor, who has ten days to sign or veto it.',
];

export const QUOTE = 'the projected ridership figures were far too optimistic';

const article = (extraHead = '', extraBody = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves transit budget</title>${extraHead}</head>
<body><article><h1>Council approves transit budget</h1>
${ARTICLE_SENTENCES.map((s) => `<p>${s}</p>`).join('\n')}
</article>${extraBody}</body></html>`;

/** Replaces the builtins a careless extension would lean on, in the page's own world. */
export const prototypesPage = () =>
  article(
    `<script>
  Array.prototype.map = function () { throw new Error('hostile map'); };
  Array.prototype.filter = function () { return []; };
  Array.prototype.forEach = function () {};
  Array.prototype.push = function () { return 0; };
  Array.from = function () { return []; };
  JSON.parse = function () { return { hacked: true }; };
  JSON.stringify = function () { return '"hacked"'; };
  Element.prototype.querySelector = function () { return null; };
  Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
  Element.prototype.append = function () {};
  Node.prototype.appendChild = function (n) { return n; };
  EventTarget.prototype.addEventListener = function () {};
  Range.prototype.toString = function () { return 'hacked'; };
  window.getSelection = function () { return null; };
</script>`,
  );

/** Unsets every style with !important, and lays a full-page layer on top at the highest z-index. */
export const unsetPage = () =>
  article(
    `<style>* { all: unset !important; } .veil { display: block !important; position: fixed !important; inset: 0 !important;
      z-index: 2147483647 !important; background: rgba(0,0,0,0.02) !important; pointer-events: none !important; }</style>`,
    '<div class="veil"></div>',
  );

/** No inline script or style at all. */
export const strictCspPage = () => article('<link rel="stylesheet" href="/hostile/csp.css">');
export const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

/** Removes every node it did not create itself, whenever the DOM changes, until told to stop. */
export const removerPage = () =>
  article(
    `<script>
  (() => {
    const mine = new WeakSet();
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (...args) { const el = create.apply(this, args); mine.add(el); return el; };
    for (const el of document.querySelectorAll('*')) mine.add(el);
    window.__removed = 0;
    const sweep = (records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType === 1 && !mine.has(n) && n.parentNode) { n.parentNode.removeChild(n); window.__removed++; }
      }
    };
    const observer = new MutationObserver(sweep);
    document.addEventListener('DOMContentLoaded', () => {
      for (const el of document.querySelectorAll('*')) mine.add(el);
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
    window.__stopRemover = () => observer.disconnect();
  })();
</script>`,
  );

/** Floods the page with messages shaped like Gloss's own, hoping one gets through. */
export const postMessagePage = () =>
  article(
    `<script>
  const forged = [
    { type: 'annotation:create', payload: { draft: { id: 'forged-1', articleUrl: location.href, type: 'claim', quote: 'forged', prefix: '', suffix: '', selectors: [], note: 'forged', tags: [], color: null } } },
    { type: 'content:tag-selection', payload: { type: 'claim' } },
    { type: 'content:state', payload: { extract: true } },
    { type: 'data:changed', payload: {} },
    { type: 'page:load', payload: { url: 'https://other.example/secret', canonicalUrl: null } },
  ];
  let sent = 0;
  const flood = setInterval(() => {
    for (const m of forged) { window.postMessage(m, '*'); window.postMessage(JSON.stringify(m), '*'); }
    if (++sent > 40) clearInterval(flood);
  }, 25);
</script>`,
  );

export const iframeOuterPage = (innerUrl: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed host</title></head>
<body><h1>Embedded story</h1><iframe src="${innerUrl}" style="width: 900px; height: 500px; border: 1px solid #999"></iframe></body></html>`;

export const iframeInnerPage = () => article();

/** About 5 MB of text: the quote sits near the end. */
export const longPage = () => {
  const filler =
    'Residents packed the hall to hear the debate about routes, fares and the schedule for the new depot. ';
  const paragraphs: string[] = [];
  for (let i = 0; i < 5000; i++) paragraphs.push(`<p>Paragraph ${i}. ${filler.repeat(10)}</p>`);
  return article(
    '',
    `<section>${paragraphs.join('\n')}</section><p>Final note: ${QUOTE} according to the auditor.</p>`,
  );
};

export const XSS_NAME = '<img src=x onerror="window.__pwned=1">';
export const XSS_NOTE = '<script>window.__pwned=2</script> [click me](javascript:window.__pwned=3)';
export const XSS_EVIDENCE = 'javascript:window.__pwned=4';

/** An article whose own text looks like markup: a reader may well tag it, and it must stay text everywhere. */
export const markupTextPage = () =>
  article(
    '',
    `<p>The handle ${XSS_NAME.replace(/</g, '&lt;').replace(/>/g, '&gt;')} posted the screenshot first.</p>`,
  );
