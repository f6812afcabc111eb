// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotation, freshDb } from '../helpers/db';
import { buildExportFile } from '../../../utils/interchange/export-files';
import { STREAMED_FORMATS } from '../../../utils/interchange/streamed-export';
import { exportInOneRead, readExportData } from '../../../utils/store/export-reads';
import { A, NOW, seedExportLibrary, SETTINGS } from './export-library';
import type { GlossDatabase } from '../../../utils/store/db';

const seed = (db: GlossDatabase) => seedExportLibrary(db);

describe('exportInOneRead', () => {
  it('reads the library a page at a time and writes the file the whole read gives', async () => {
    const db = freshDb();
    await seed(db);
    const whole = await readExportData(db);
    for (const format of STREAMED_FORMATS)
      for (const pageSize of [3, 11, 500])
        expect(await exportInOneRead(db, format, NOW, SETTINGS, pageSize)).toEqual(
          buildExportFile(format, whole, null, NOW, SETTINGS),
        );
  });

  it('reads its pages in one transaction: a write made between two pages is not half in the file', async () => {
    const db = freshDb();
    await seed(db);
    const before = buildExportFile('csv', await readExportData(db), null, NOW, SETTINGS);
    let writing: Promise<unknown> | undefined;
    // Once the first page of annotations is read, another document writes (outside the export).
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'write after the first page',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            query: async (request) => {
              const result = await table.query(request);
              if (name === 'annotations' && !writing)
                writing = Dexie.ignoreTransaction(() =>
                  db.annotations.bulkPut([
                    annotation(A, { id: 'id-00', note: 'changed meanwhile' }),
                    annotation(A, { id: 'id-99' }),
                  ]),
                );
              return result;
            },
          };
        },
      }),
    });
    await db.open();
    expect(await exportInOneRead(db, 'csv', NOW, SETTINGS, 2)).toEqual(before);
    await writing;
    expect((await exportInOneRead(db, 'csv', NOW, SETTINGS, 2)).text).toContain(
      'changed meanwhile',
    );
  });

  it('writes an empty library', async () => {
    const db = freshDb();
    expect(await exportInOneRead(db, 'w3c', NOW, SETTINGS)).toEqual(
      buildExportFile('w3c', { articles: [], annotations: [], entities: [] }, null, NOW, SETTINGS),
    );
  });
});
