import { describe as suite, expect, it } from 'vitest';
import type { Selector } from '../../../../utils/model';
import {
  anchor,
  anchorAll,
  buildTextMap,
  describe,
  rangeFromOffsets,
} from '../../../../utils/page/anchoring';
import { matchQuoteHypothesis } from '../../../../bench/lib/hypothesis-baseline';
import { matchQuote } from '../../../../utils/page/anchoring/match-quote';
import { readSeedHtml } from '../../helpers/corpus';
import { parseHtml, squash } from './helpers';
import { roundTrip, visibleTextRanges } from './round-trip';

const SEED = readSeedHtml();

/** Selectors for the first occurrence of `quote` on the page, made the way the content script will. */
function selectorsFor(doc: Document, quote: string, occurrence = 0): Selector[] {
  const map = buildTextMap(doc.body);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = map.text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`not on the page: ${quote}`);
  return describe(rangeFromOffsets(map, at, at + quote.length), doc.body, map);
}

function anchorIn(doc: Document, selectors: Selector[]) {
  return anchor(buildTextMap(doc.body), selectors);
}

function paragraphWith(doc: Document, text: string): HTMLElement {
  const p = [...doc.querySelectorAll('p')].find((el) =>
    squash(el.textContent ?? '').includes(text),
  );
  if (!p) throw new Error(`no paragraph with: ${text}`);
  return p;
}

const WANG =
  'We should conscientiously implement the policy and treatment of model workers and introduce more service measures to care for model workers, so that model workers can be respected and enjoy courteous treatment.';
const DUAN =
  'It said that Baoji will further shoulder its mission, build a carrier platform, strengthen publicity and guidance,';

suite('describe', () => {
  it('stores the rendered quote, 32 characters of context, its position and a DOM hint', () => {
    const doc = parseHtml(SEED);
    const [quote, position, range] = selectorsFor(doc, DUAN);
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: DUAN });
    if (quote.type !== 'TextQuoteSelector' || position.type !== 'TextPositionSelector')
      throw new Error('order');
    expect(quote.prefix).toBe('igh-quality industrial workers. ');
    expect(quote.suffix).toHaveLength(32);
    expect(position.end - position.start).toBe(DUAN.length);
    expect(range).toMatchObject({
      type: 'RangeSelector',
      startContainer: expect.stringMatching(/\/p\[\d+\]\/text\(\)\[1\]$/),
    });
  });

  it('leaves out spaces a selection takes along, and returns nothing for an empty one', () => {
    const doc = parseHtml('<p>alpha beta gamma</p>');
    const text = doc.querySelector('p')!.firstChild!;
    const range = doc.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 11);
    expect(describe(range, doc.body)[0]).toMatchObject({
      exact: 'beta',
      prefix: 'alpha ',
      suffix: ' gamma',
    });
    range.setEnd(text, 6);
    expect(describe(range, doc.body)).toEqual([]);
  });
});

suite('anchor on the seed page', () => {
  it('round-trips 20 ranges spread over the page, some across elements', () => {
    const doc = parseHtml(SEED);
    const ranges = visibleTextRanges(doc, 20);
    expect(ranges).toHaveLength(20);
    const map = buildTextMap(doc.body);
    for (const range of ranges) roundTrip(doc, range, map);
  });

  it('finds a quote after a paragraph is inserted before it', () => {
    const doc = parseHtml(SEED);
    const selectors = selectorsFor(doc, WANG);
    const first = doc.querySelector('article p')!;
    first.before(
      Object.assign(doc.createElement('p'), { textContent: 'An update was added. '.repeat(20) }),
    );
    const found = anchorIn(doc, selectors)!;
    expect(found).toMatchObject({ method: 'quote', confidence: 1 });
    expect(squash(found.range.toString())).toBe(WANG);
  });

  it('finds a quote with a word changed, over the edited sentence', () => {
    const doc = parseHtml(SEED);
    const selectors = selectorsFor(doc, WANG);
    const text = paragraphWith(doc, WANG).firstChild as Text;
    text.data = text.data.replace('introduce more', 'roll out more');
    const edited = WANG.replace('introduce more', 'roll out more');

    const near = anchorIn(doc, selectors)!;
    expect(near.method).toBe('fuzzy-near');
    expect(near.confidence).toBeGreaterThan(0.8);
    expect(near.confidence).toBeLessThan(1);
    expect(squash(near.range.toString())).toBe(edited);

    const far = anchorIn(
      doc,
      selectors.filter((s) => s.type === 'TextQuoteSelector'),
    )!;
    expect(far.method).toBe('fuzzy');
    expect(squash(far.range.toString())).toBe(edited);
  });

  it('ignores changes in whitespace and inline markup', () => {
    const doc = parseHtml(SEED);
    const selectors = selectorsFor(doc, WANG);
    const p = paragraphWith(doc, WANG);
    p.innerHTML = p.innerHTML
      .replace(/ /g, '\n    ')
      .replace('conscientiously', '<span>conscientiously</span>');
    const found = anchorIn(doc, selectors)!;
    expect(found.confidence).toBe(1);
    expect(squash(found.range.toString())).toBe(WANG);
  });

  it('orphans a quote whose sentence was deleted, rather than marking another', () => {
    const doc = parseHtml(SEED);
    const gone = 'The enterprise representative issues the employment letter to the model worker.';
    const selectors = [selectorsFor(doc, gone), selectorsFor(doc, WANG), selectorsFor(doc, DUAN)];
    const text = paragraphWith(doc, gone).firstChild as Text;
    text.data = text.data.replace(gone, '');
    paragraphWith(doc, WANG).remove();
    paragraphWith(doc, DUAN).remove();
    expect(anchorAll(doc.body, selectors)).toEqual([null, null, null]);
  });
});

suite('anchor on pages built for one case each', () => {
  const SENTENCE = 'The council will meet again next week to decide on the new budget.';
  const page = (top = '') =>
    parseHtml(
      `<body>${top}<p>Prices rose sharply in March. ${SENTENCE} Officials declined to comment.</p>` +
        `<p>Rents fell across the region. ${SENTENCE} Residents protested outside city hall.</p></body>`,
    );

  it('brings a repeated quote back to the occurrence its context names', () => {
    const selectors = selectorsFor(page(), SENTENCE, 1);
    const doc = page('<p>Breaking: a new paragraph pushes everything down the page.</p>');
    const second = doc.querySelectorAll('p')[2];
    for (const list of [selectors, selectors.filter((s) => s.type === 'TextQuoteSelector')]) {
      const found = anchorIn(doc, list)!;
      expect(squash(found.range.toString())).toBe(SENTENCE);
      expect(second.contains(found.range.startContainer)).toBe(true);
    }
  });

  it('round-trips a quote across a link and emphasis, and finds it after edits around it', () => {
    const html =
      '<p>Intro text. The <a href="/r">annual report, released on Monday,</a> says that <em>growth slowed</em> to 2 percent last year.</p>';
    const doc = parseHtml(html);
    const range = doc.createRange();
    range.setStart(doc.querySelector('a')!.firstChild!, 7);
    range.setEnd(doc.querySelector('em')!.firstChild!, 6);
    const selectors = describe(range, doc.body);
    expect(selectors[0]).toMatchObject({ exact: 'report, released on Monday, says that growth' });

    const changed = parseHtml(
      `<h2>Update</h2>${html.replace('says that', 'says\n  that').replace('Intro text.', 'New intro.')}`,
    );
    const found = anchorIn(changed, selectors)!;
    expect(found.method).toBe('quote');
    expect(squash(found.range.toString())).toBe('report, released on Monday, says that growth');
    expect(found.range.startContainer.parentElement!.localName).toBe('a');
    expect(found.range.endContainer.parentElement!.localName).toBe('em');
  });
});

suite('matchQuote', () => {
  const text =
    'Officials said the bridge would reopen in May. The mayor thanked the crews. ' +
    'Traffic on the ring road was expected to ease once the repairs on the bridge were finished. ' +
    'Shops near the river reported fewer customers during the closure.';

  it('finds a short quote with a typo, without a position, through evenly spaced pieces', () => {
    const m = matchQuote(text, 'mayor thankd the crews', {
      prefix: 'reopen in May. The ',
      suffix: '. Traffic',
    });
    expect(m?.method).toBe('fuzzy');
    expect(text.slice(m!.start, m!.end)).toBe('mayor thanked the crews');
  });

  it('refuses a similar sentence whose context disagrees, and quotes too short to fuzz', () => {
    const similar = 'Shops near the lake reported more customers during the closure.';
    expect(
      matchQuote(text, similar, { prefix: 'unrelated text', suffix: 'other text' }),
    ).toBeNull();
    // The same words with the context they really had are accepted: it is the context that decided.
    expect(matchQuote(text, similar, { prefix: 'the bridge were finished. ' })?.method).toBe(
      'fuzzy',
    );
    expect(matchQuote(text, 'the crewz', { hint: 60 })).toBeNull();
  });
});

suite('matchQuote on news edits', () => {
  const story =
    'Farmers brought cattle to the fair on Saturday. The horses were led out at dawn by the stable hands. ' +
    'Visitors crowded the arena. Later, officials said the horses in the final race had been checked by vets.';
  const at = story.indexOf('horses');
  const stored = {
    prefix: story.slice(at - 32, at),
    suffix: story.slice(at + 6, at + 38),
    hint: at,
  };

  it('orphans a short quote whose sentence is gone, though the word is in another sentence', () => {
    const revised = story.replace('The horses were led out at dawn by the stable hands. ', '');
    expect(revised).toContain('horses');
    expect(matchQuote(revised, 'horses', stored)).toBeNull();
  });

  it('keeps a short quote whose sentence stays while the one before it is rewritten, as not certain', () => {
    const revised = story.replace(
      'Farmers brought cattle to the fair on Saturday.',
      'The fair opened a day late because of rain.',
    );
    const m = matchQuote(revised, 'horses', {
      ...stored,
      hint: revised.indexOf('The horses') + 4,
    })!;
    expect(m.start).toBe(revised.indexOf('The horses') + 4);
    expect(m.score).toBeLessThan(1);
  });

  it('keeps a short quote whose sentence was merged into the one before it', () => {
    const revised = story.replace('on Saturday. The horses', 'on Saturday, and the horses');
    const m = matchQuote(revised, 'horses', stored)!;
    expect(m.start).toBe(revised.indexOf('horses'));
  });

  it('orphans a short quote whose sentence is gone, though the sentence before it repeats its words', () => {
    // A story that says a thing twice (a sentence, then a line or sentence that restates it, as a
    // pull quote does). The reader marked the word in the restatement, which the desk then cut.
    // The word is left, followed by the same words, in the sentence before; but there it sits
    // mid-sentence, where the reader's stood at the start of one. The stored prefix ends a sentence
    // 6 characters before the quote, and no sentence ends before the candidate: its prefix is not a
    // rewritten neighbour (a neighbour keeps its sentence end) but another sentence, and counts in full.
    const repeated =
      'Engineers expect the design to change before the vote in spring, which makes it easiest to judge the bridge by what will not move. ' +
      'It is easiest to judge the bridge by what will not move: its piers, its span and its cost, the council said. ' +
      'The vote is set for April.';
    const from = repeated.indexOf('easiest', repeated.indexOf('It is'));
    const ctx = {
      prefix: repeated.slice(from - 32, from),
      suffix: repeated.slice(from + 7, from + 39),
      hint: from,
    };
    const revised = repeated.replace(/It is easiest.*?said\. /, '');
    expect(revised).toContain(`easiest${ctx.suffix}`);
    expect(matchQuote(revised, 'easiest', ctx)).toBeNull();
    // Kept, with the sentence before it rewritten, the same quote is found where it was.
    const kept = repeated.replace(/^.*?not move\. /, 'The council met on Monday. ');
    expect(matchQuote(kept, 'easiest', { ...ctx, hint: kept.indexOf('It is') + 6 })?.start).toBe(
      kept.indexOf('It is') + 6,
    );
  });

  it('accepts a lightly edited quote whose neighbours were all rewritten', () => {
    const quote = 'The archeologist said one single building had survived the fire.';
    const page = `Rain fell on the valley for days. ${quote} Nobody expected the roof to hold.`;
    const from = page.indexOf(quote);
    const ctx = {
      prefix: page.slice(from - 32, from),
      suffix: page.slice(from + quote.length, from + quote.length + 32),
      hint: from,
    };
    const edited = 'The archaeologist said one building had survived the fire.';
    const revised = `An update was added at noon. ${edited} The museum will reopen next spring.`;
    const m = matchQuote(revised, quote, ctx)!;
    expect(revised.slice(m.start, m.end)).toBe(edited);
    expect(m.score).toBeGreaterThanOrEqual(0.7);
    expect(m.score).toBeLessThan(0.9);
  });
});

suite('hypothesis baseline', () => {
  it('finds exact and edited quotes, and always returns its best guess', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(matchQuoteHypothesis(text, 'four five six')).toMatchObject({
      start: 14,
      end: 27,
      score: 1,
    });
    expect(matchQuoteHypothesis(text, 'four fife six')).toMatchObject({ start: 14, end: 27 });
    expect(matchQuoteHypothesis(text, 'tree fxxr', { hint: 0 })).not.toBeNull();
  });
});
