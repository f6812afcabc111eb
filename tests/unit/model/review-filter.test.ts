// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotation } from '../helpers/db';
import {
  NO_FILTER,
  countByType,
  filterAnnotations,
  tagsOf,
} from '../../../utils/model/review-filter';

const URL = 'https://news.example/story';
const wang = annotation(URL, {
  id: 'wang',
  type: 'person',
  quote: 'Wang Jun',
  entityId: 'e-wang',
  tags: ['officials'],
});
const union = annotation(URL, {
  id: 'union',
  type: 'organization',
  quote: 'the federation',
  entityId: 'e-sftu',
});
const claim = annotation(URL, {
  id: 'claim',
  type: 'claim',
  quote: 'built 18 national demonstration bases',
  note: 'Ask the ministry',
  claim: { status: 'disputed', evidenceUrl: '', note: 'MIIT list names 11', claimantId: 'e-wang' },
  tags: ['numbers', 'officials'],
});
const plain = annotation(URL, { id: 'plain', type: 'highlight', quote: 'launching ceremony' });
const all = [wang, union, claim, plain];
const names = new Map([
  ['e-wang', 'Wang Jun'],
  ['e-sftu', 'Shaanxi Federation of Trade Unions'],
]);
const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterAnnotations(all, names, { ...NO_FILTER, ...filter }).map((a) => a.id);

describe('filterAnnotations', () => {
  it('keeps everything, in order, without a filter', () => {
    expect(ids({})).toEqual(['wang', 'union', 'claim', 'plain']);
  });

  it('filters by type, claim status and tag, together', () => {
    expect(ids({ type: 'person' })).toEqual(['wang']);
    expect(ids({ status: 'disputed' })).toEqual(['claim']);
    expect(ids({ status: 'supported' })).toEqual([]);
    expect(ids({ tag: 'officials' })).toEqual(['wang', 'claim']);
    expect(ids({ tag: 'officials', type: 'claim' })).toEqual(['claim']);
  });

  it('searches quotes, notes, names, verdict notes and tags, every word, in any case', () => {
    expect(ids({ query: 'shaanxi' })).toEqual(['union']);
    expect(ids({ query: 'MIIT' })).toEqual(['claim']);
    expect(ids({ query: 'ask  the MINISTRY' })).toEqual(['claim']);
    expect(ids({ query: 'numbers' })).toEqual(['claim']);
    expect(ids({ query: 'ceremony wang' })).toEqual([]);
    expect(ids({ query: '   ' })).toEqual(['wang', 'union', 'claim', 'plain']);
  });
});

describe('counts and tags', () => {
  it('counts by type and lists each tag once, sorted', () => {
    expect(countByType(all)).toEqual({ highlight: 1, person: 1, organization: 1, claim: 1 });
    expect(countByType([])).toEqual({ highlight: 0, person: 0, organization: 0, claim: 0 });
    expect(tagsOf(all)).toEqual(['numbers', 'officials']);
  });
});
