// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changedNumbers, numbersIn } from '../../../utils/page/changed-numbers';

describe('numbersIn', () => {
  it('reads numbers with their separators and decimals, not a full stop after them', () => {
    expect(numbersIn('built 18 firms, 350,000 workers, 3.5 per cent in 2024.')).toEqual([
      '18',
      '350,000',
      '3.5',
      '2024',
    ]);
    expect(numbersIn('no numbers here')).toEqual([]);
  });
});

describe('changedNumbers', () => {
  it('says which numbers went and which came', () => {
    expect(changedNumbers('built 18 national', 'built 16 national-level')).toEqual({
      before: ['18'],
      after: ['16'],
    });
    expect(changedNumbers('1,000 jobs', '1,200 jobs')).toEqual({
      before: ['1,000'],
      after: ['1,200'],
    });
    expect(changedNumbers('11 firms and 18 plants', '')).toEqual({
      before: ['11', '18'],
      after: [],
    });
  });

  it('is null when the numbers are the same, even reordered or with the words around them changed', () => {
    expect(changedNumbers('18 firms, 125 studios', '125 studios and 18 firms')).toBeNull();
    expect(changedNumbers('built 18 national', 'created 18 national-level')).toBeNull();
  });

  it('counts repeats: a number written twice that is now written once changed', () => {
    expect(changedNumbers('18 and 18', '18 alone')).toEqual({ before: ['18'], after: [] });
  });
});
