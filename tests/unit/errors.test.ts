import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../utils/errors';

const quota = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('describeError', () => {
  it('explains a full disk in words a reader can act on, however Dexie wraps it', () => {
    const expected = /storage quota exceeded\)\. Nothing was saved; export and free some space/;
    expect(describeError(quota())).toMatch(expected);
    expect(describeError(new Dexie.AbortError('Transaction aborted', quota()))).toMatch(expected);
    expect(
      describeError(new Dexie.BulkError('entities.bulkPut(): 1 of 1 operations failed', [quota()])),
    ).toMatch(expected);
  });

  it('says a record already exists for a constraint error, wrapped or not', () => {
    const constraint = Object.assign(new Error('Key already exists'), { name: 'ConstraintError' });
    expect(describeError(constraint)).toBe('That record already exists.');
    expect(
      describeError(
        new Dexie.BulkError('annotations.bulkAdd(): 1 of 2 operations failed', [constraint]),
      ),
    ).toBe('That record already exists.');
  });

  it('passes other messages through, and copes with values that are not errors', () => {
    expect(describeError(new Error('This annotation no longer exists.'))).toBe(
      'This annotation no longer exists.',
    );
    expect(describeError('plain text')).toBe('plain text');
    expect(describeError(undefined)).toBe('undefined');
  });
});
