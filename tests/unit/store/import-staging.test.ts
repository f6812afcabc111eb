import { describe, expect, it } from 'vitest';
import { chunkImport, createImportStaging } from '../../../utils/store/import-staging';
import { loadDataset } from '../interchange/export/fixtures';

describe('import staging', () => {
  it('splits an import into chunks and puts it back together, records in order', () => {
    const data = loadDataset();
    const total = data.articles.length + data.annotations.length + data.entities.length;
    const chunks = [...chunkImport(data, 2)];
    expect(chunks).toHaveLength(Math.ceil(total / 2));
    for (const c of chunks)
      expect(c.articles.length + c.annotations.length + c.entities.length).toBeLessThanOrEqual(2);
    const staging = createImportStaging();
    let received = 0;
    for (const c of chunks) received = staging.add('imp-1', c);
    expect(received).toBe(total);
    expect(staging.take('imp-1')).toEqual(data);
  });

  it('gives a staged import out once, and refuses one it never got in full', () => {
    const staging = createImportStaging();
    staging.add('imp-1', { articles: [], annotations: [], entities: [] });
    staging.take('imp-1');
    expect(() => staging.take('imp-1')).toThrow(/nothing was written/);
  });

  it('forgets an import left unfinished', () => {
    let clock = 0;
    const staging = createImportStaging(1000, () => clock);
    staging.add('abandoned', { ...loadDataset() });
    clock = 2000;
    staging.add('other', { articles: [], annotations: [], entities: [] });
    expect(() => staging.take('abandoned')).toThrow(/not received in full/);
  });
});
