import { describe, expect, it } from 'vitest';
import { suggest } from '../../../utils/suggest';
import { isLessSure, splitBySureness } from '../../../utils/suggest/sureness';

// An invented story: one company named with its suffix, one only acting as a company.
const STORY =
  'Northwind Holdings Inc. said on Tuesday that it would buy Quarrelby for 300 million dollars. ' +
  'Quarrelby shares rose 12 percent after the announcement. Analysts at Northwind Holdings said ' +
  'the deal made sense. Mayor Helen Ortiz welcomed it. Quarrelby employs 2,000 people in the city.';

describe('sureness', () => {
  it('tells a company placed by its suffix from one that only acts as a company', () => {
    const result = suggest({ text: STORY, lang: 'en' });
    if (!result.supported) throw new Error('English is supported');
    const { sure, lessSure } = splitBySureness(result.organizations);
    expect(sure.map((o) => o.name)).toEqual(['Northwind Holdings Inc.']);
    expect(lessSure.map((o) => o.name)).toEqual(['Quarrelby']);
    expect(result.people.filter(isLessSure)).toEqual([]);
  });

  it('keeps the order of the list within each part', () => {
    const items = [
      { name: 'a', score: 0.9 },
      { name: 'b', score: 0.55 },
      { name: 'c', score: 0.6 },
      { name: 'd', score: 0.59 },
    ];
    const { sure, lessSure } = splitBySureness(items);
    expect(sure.map((s) => s.name)).toEqual(['a', 'c']);
    expect(lessSure.map((s) => s.name)).toEqual(['b', 'd']);
  });
});
