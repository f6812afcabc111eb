// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleChanges, type ArticleChanges } from '../../../utils/page/article-changes';
import type { Annotation } from '../../../utils/model';
import { annotation } from '../helpers/db';
import { SEED_URL, seedParagraphs } from './seed-paragraphs';

const TAKEN = '2024-05-18T09:00:00.000Z';
const REMOVED_SENTENCE =
  'It said that Baoji will further shoulder its mission, build a carrier platform, strengthen publicity and guidance, lead and drive the broad masses of workers to actively participate in the practice of new quality productivity development, and make Baoji contributions to writing a new chapter of Chinese style modernization in Shaanxi with new achievements of high-quality development.';

/** The edit of the seed: "built 18 national" became "built 16 national-level", a sentence went. */
function editedSeed(before: string[]): string[] {
  return before.map((p, i) => {
    if (p.includes('built 18 national'))
      return p.replace('18 national', '16 national-level').replace(` ${REMOVED_SENTENCE}`, '');
    if (i === 0) return p.replace('2024-05-17', '2024-05-18');
    if (p.startsWith('Wang Jun pointed out')) return p.replace('should combine', 'must combine');
    return p;
  });
}

/** An annotation on `quote` (its first occurrence followed by `then`) in `paragraphs`, with its real 32-character context. */
function on(
  paragraphs: string[],
  quote: string,
  extra: Partial<Annotation>,
  then = '',
): Annotation {
  const text = paragraphs.join(' ');
  const at = text.indexOf(quote + then);
  if (at < 0) throw new Error(`not in the text: ${quote}`);
  return annotation(SEED_URL, {
    quote,
    prefix: text.slice(Math.max(0, at - 32), at),
    suffix: text.slice(at + quote.length, at + quote.length + 32),
    ...extra,
  });
}

const claimed = (changes: ArticleChanges, id: string) =>
  changes.blocks.flatMap((b) =>
    b.kind === 'changed'
      ? b.segments.filter((s) => s.annotations.includes(id)).map((s) => `${s.kind}:${s.text}`)
      : [],
  );

describe('articleChanges on the edited seed article', () => {
  const before = seedParagraphs();
  const after = editedSeed(before);
  const claim = on(before, 'Baoji has built 18 national intelligent manufacturing enterprises', {
    id: 'claim-18',
    type: 'claim',
    note: 'MIIT list names 11 Baoji firms, not 18',
  });
  const gone = on(before, 'It said that Baoji will further shoulder its mission', {
    id: 'gone',
  });
  // The second "Duan Xiaolong" of the article: its context tells it from the first.
  const person = on(before, 'Duan Xiaolong', { id: 'duan', type: 'person' }, ' said in his speech');
  const unchangedClaim = on(before, 'more than 350000 high-quality industrial workers', {
    id: 'workers',
    type: 'claim',
  });
  const dated = on(before, 'Worker Daily Client 2024-05-17', { id: 'dated' });
  const reworded = on(before, 'trade unions at all levels should combine the support', {
    id: 'reworded',
    type: 'claim',
  });
  const all = [gone, reworded, person, dated, unchangedClaim, claim];
  const changes = articleChanges(
    { articleUrl: SEED_URL, takenAt: TAKEN, paragraphs: before },
    after,
    all,
  )!;

  it('lists the changed numbers inside a claim first, then other numbers, claims, the rest', () => {
    expect(changes.annotations.map((c) => c.annotationId)).toEqual([
      'claim-18',
      'dated',
      'reworded',
      'gone',
    ]);
    expect(changes.annotations[0]).toEqual({
      annotationId: 'claim-18',
      type: 'claim',
      then: 'Baoji has built 18 national intelligent manufacturing enterprises',
      now: 'Baoji has built 16 national-level intelligent manufacturing enterprises',
      numbers: { before: ['18'], after: ['16'] },
    });
    expect(changes.annotations[1].numbers).toEqual({ before: ['17'], after: ['18'] });
    expect(changes.annotations[2].numbers).toBeNull();
    expect(changes.annotations[3]).toMatchObject({ now: '', numbers: null });
  });

  it('leaves unchanged passages out of the list, even in a changed paragraph', () => {
    const listed = changes.annotations.map((c) => c.annotationId);
    expect(listed).not.toContain('duan');
    expect(listed).not.toContain('workers');
  });

  it('marks annotated passages in the diff: what was removed, what replaced it, what stayed', () => {
    expect(claimed(changes, 'claim-18')).toEqual([
      'same:Baoji has built ',
      'removed:18',
      'added:16',
      'same: national',
      'added:-level',
      'same: intelligent manufacturing enterprises',
    ]);
    expect(claimed(changes, 'gone')).toEqual([
      'removed:It said that Baoji will further shoulder its mission',
    ]);
    expect(claimed(changes, 'duan')).toEqual(['same:Duan Xiaolong']);
  });

  it('keeps the snapshot date and counts the words', () => {
    expect(changes.takenAt).toBe(TAKEN);
    expect(changes.articleUrl).toBe(SEED_URL);
    expect(changes.removedWords).toBe(REMOVED_SENTENCE.split(' ').length + 3);
    expect(changes.addedWords).toBe(4);
  });

  it('marks a passage annotated after the edit where it stands now', () => {
    const later = on(after, '16 national-level', { id: 'later' });
    const withLater = articleChanges(
      { articleUrl: SEED_URL, takenAt: TAKEN, paragraphs: before },
      after,
      [later],
    )!;
    expect(claimed(withLater, 'later')).toEqual(['added:16', 'same: national', 'added:-level']);
    // Not in the snapshot: it cannot have changed since.
    expect(withLater.annotations).toEqual([]);
  });
});

describe('articleChanges', () => {
  const snapshot = { articleUrl: SEED_URL, takenAt: TAKEN, paragraphs: ['One 1.', 'Two 2.'] };

  it('is null when the text is the same', () => {
    expect(articleChanges(snapshot, ['One 1.', 'Two 2.'], [])).toBeNull();
  });

  it('flags a number in a claim whose sentence was taken out', () => {
    const claim = annotation(SEED_URL, {
      id: 'c',
      type: 'claim',
      quote: 'Two 2.',
      prefix: 'One 1. ',
      suffix: '',
    });
    const changes = articleChanges(snapshot, ['One 1.'], [claim])!;
    expect(changes.annotations).toEqual([
      {
        annotationId: 'c',
        type: 'claim',
        then: 'Two 2.',
        now: '',
        numbers: { before: ['2'], after: [] },
      },
    ]);
  });
});
