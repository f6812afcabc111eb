// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addToDelta,
  emptyDelta,
  nextArticleTally,
  nextEntityTally,
  nextTagTally,
  talliesOf,
  withoutZeros,
} from '../../../utils/store/tallies';
import { noCounts } from '../../../utils/model';

const STORY = 'https://news.example/story';
const OTHER = 'https://news.example/other';

describe('tally deltas', () => {
  it('an edit that keeps article, type and entity changes nothing', () => {
    const record = { articleUrl: STORY, type: 'person' as const, entityId: 'e1', tags: ['budget'] };
    const delta = addToDelta(addToDelta(emptyDelta(), [record], -1), [{ ...record }], 1);
    expect(withoutZeros(delta)).toEqual(emptyDelta());
  });

  it('a retyped, moved annotation takes one from where it was and gives one where it is', () => {
    const before = { articleUrl: STORY, type: 'person' as const, entityId: 'e1', tags: ['budget'] };
    const after = { articleUrl: OTHER, type: 'claim' as const, entityId: null, tags: ['spending'] };
    const delta = withoutZeros(addToDelta(addToDelta(emptyDelta(), [before], -1), [after], 1));
    expect(delta.articles.get(STORY)).toEqual({ ...noCounts(), person: -1 });
    expect(delta.articles.get(OTHER)).toEqual({ ...noCounts(), claim: 1 });
    expect(delta.entities).toEqual(new Map([['e1', new Map([[STORY, -1]])]]));
    expect(delta.tags).toEqual(
      new Map([
        ['budget', -1],
        ['spending', 1],
      ]),
    );
  });

  it('skips records that were not there (a put of a new id replaces nothing)', () => {
    expect(addToDelta(emptyDelta(), [undefined], -1)).toEqual(emptyDelta());
  });
});

describe('next tally rows', () => {
  it('adds a delta to a stored row, and deletes the row once it counts nothing', () => {
    const stored = { url: STORY, counts: { ...noCounts(), highlight: 2 } };
    expect(nextArticleTally(STORY, stored, { ...noCounts(), highlight: -1, claim: 1 })).toEqual({
      url: STORY,
      counts: { ...noCounts(), highlight: 1, claim: 1 },
    });
    expect(nextArticleTally(STORY, stored, { ...noCounts(), highlight: -2 })).toBeNull();
    expect(nextEntityTally('e1', undefined, new Map([[STORY, 2]]))).toEqual({
      entityId: 'e1',
      mentions: 2,
      articles: { [STORY]: 2 },
    });
    const inTwo = { entityId: 'e1', mentions: 3, articles: { [STORY]: 1, [OTHER]: 2 } };
    expect(nextEntityTally('e1', inTwo, new Map([[STORY, -1]]))).toEqual({
      entityId: 'e1',
      mentions: 2,
      articles: { [OTHER]: 2 },
    });
    expect(
      nextEntityTally(
        'e1',
        inTwo,
        new Map([
          [STORY, -1],
          [OTHER, -2],
        ]),
      ),
    ).toBeNull();
    expect(nextTagTally('budget', { tag: 'budget', count: 2 }, -1)).toEqual({
      tag: 'budget',
      count: 1,
    });
    expect(nextTagTally('budget', { tag: 'budget', count: 1 }, -1)).toBeNull();
  });
});

describe('talliesOf', () => {
  it('counts a set of annotations by article and type, and by entity', () => {
    expect(
      talliesOf([
        { articleUrl: STORY, type: 'highlight', entityId: null, tags: ['budget', 'MIIT'] },
        { articleUrl: STORY, type: 'person', entityId: 'e1', tags: [] },
        { articleUrl: OTHER, type: 'person', entityId: 'e1', tags: ['budget'] },
      ]),
    ).toEqual({
      articles: [
        { url: STORY, counts: { ...noCounts(), highlight: 1, person: 1 } },
        { url: OTHER, counts: { ...noCounts(), person: 1 } },
      ],
      entities: [{ entityId: 'e1', mentions: 2, articles: { [STORY]: 1, [OTHER]: 1 } }],
      tags: [
        { tag: 'budget', count: 2 },
        { tag: 'MIIT', count: 1 },
      ],
    });
  });
});
