// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  diffArticle,
  joinParagraphs,
  MAX_WORD_EDITS,
  type ArticleDiff,
  type Segment,
} from '../../../utils/page/article-diff';
import { seedParagraphs } from './seed-paragraphs';

const changed = (diff: ArticleDiff): Segment[] =>
  diff.blocks.flatMap((b) => (b.kind === 'changed' ? b.segments : []));
const edits = (diff: ArticleDiff) =>
  changed(diff)
    .filter((s) => s.kind !== 'same')
    .map((s) => `${s.kind === 'added' ? '+' : '-'}${s.text}`);

/** Every segment's offsets point at its own text in the old and the new text. */
function expectTrueOffsets(before: string[], after: string[], diff: ArticleDiff) {
  const oldText = joinParagraphs(before);
  const newText = joinParagraphs(after);
  for (const s of changed(diff)) {
    if (s.kind !== 'added') expect(oldText.slice(s.oldAt, s.oldAt + s.text.length)).toBe(s.text);
    if (s.kind !== 'removed') expect(newText.slice(s.newAt, s.newAt + s.text.length)).toBe(s.text);
  }
  for (const b of diff.blocks) {
    if (b.kind !== 'unchanged') continue;
    expect(oldText.slice(b.oldAt, b.oldAt + b.length)).toBe(
      newText.slice(b.newAt, b.newAt + b.length),
    );
  }
}

describe('diffArticle', () => {
  it('finds nothing to show in the same paragraphs', () => {
    const diff = diffArticle(['One.', 'Two.'], ['One.', 'Two.']);
    expect(diff.blocks).toEqual([
      { kind: 'unchanged', paragraphs: 2, oldAt: 0, newAt: 0, length: 9 },
    ]);
    expect([diff.removedWords, diff.addedWords]).toEqual([0, 0]);
  });

  it('diffs a changed paragraph word by word, and only counts the unchanged ones', () => {
    const before = ['Intro.', 'Baoji has built 18 national firms.', 'Outro.'];
    const after = ['Intro.', 'Baoji has built 16 national-level firms.', 'Outro.'];
    const diff = diffArticle(before, after);
    expect(diff.blocks.map((b) => b.kind)).toEqual(['unchanged', 'changed', 'unchanged']);
    expect(edits(diff)).toEqual(['-18', '+16', '+-level']);
    expect(changed(diff)[0]).toEqual({
      kind: 'same',
      text: 'Baoji has built ',
      oldAt: 7,
      newAt: 7,
    });
    expect([diff.removedWords, diff.addedWords]).toEqual([1, 2]);
    expectTrueOffsets(before, after, diff);
  });

  it('shows a removed sentence and a removed paragraph as removed', () => {
    const before = ['A one. A two.', 'Gone paragraph here.', 'C.'];
    const after = ['A one.', 'C.'];
    const diff = diffArticle(before, after);
    expect(edits(diff)).toEqual(['- A two.\nGone paragraph here.']);
    expect(diff.removedWords).toBe(5);
    expectTrueOffsets(before, after, diff);
  });

  it('shows an added paragraph where it was inserted', () => {
    const before = ['A.', 'C.'];
    const after = ['A.', 'B is new.', 'C.'];
    const diff = diffArticle(before, after);
    expect(diff.blocks[1]).toEqual({
      kind: 'changed',
      segments: [{ kind: 'added', text: 'B is new.', oldAt: 3, newAt: 3 }],
    });
    expectTrueOffsets(before, after, diff);
  });

  it('reads a rewrite as the old words struck, then the new ones, not as interleaved pieces', () => {
    const diff = diffArticle(
      ['He said the old words today.'],
      ['He said quite other things today.'],
    );
    expect(edits(diff)).toEqual(['-the old words', '+quite other things']);
  });

  it('keeps true offsets over many edits of a real article', () => {
    const before = seedParagraphs();
    const after = [...before];
    const baoji = after.findIndex((p) => p.includes('built 18 national'));
    after[baoji] = after[baoji].replace('18 national', '16 national-level');
    after[baoji - 2] = `${after[baoji - 2]} A sentence added at the end.`;
    after.splice(baoji + 2, 1);
    after.unshift('An editor’s note on top.');
    const diff = diffArticle(before, after);
    expect(diff.blocks.filter((b) => b.kind === 'changed')).toHaveLength(4);
    expectTrueOffsets(before, after, diff);
  });

  it('shows a paragraph rewritten beyond MAX_WORD_EDITS as replaced whole', () => {
    const words = (prefix: string) =>
      Array.from({ length: MAX_WORD_EDITS + 10 }, (_, i) => `${prefix}${i}`).join(' ');
    const diff = diffArticle(['Same.', words('old')], ['Same.', words('new')]);
    expect(changed(diff).map((s) => s.kind)).toEqual(['removed', 'added']);
    expect(diff.removedWords).toBe(MAX_WORD_EDITS + 10);
  });
});
