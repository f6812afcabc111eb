// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotation, article, entity, freshDb } from '../helpers/db';
import { buildExportFile } from '../../../utils/interchange/export-files';
import { STREAMED_FORMATS } from '../../../utils/interchange/streamed-export';
import { exportInOneRead, readExportData } from '../../../utils/store/export-reads';
import { NO_SETTINGS } from '../../../utils/settings';
import type { GlossDatabase } from '../../../utils/store/db';

const A = 'https://news.example/a';
const B = 'https://paper.example/b';
const NOW = new Date('2024-06-01T12:00:00.000Z');
const SETTINGS = { ...NO_SETTINGS, readerName: 'Ada' };

/** Two articles, an unsaved one, eleven annotations: pages of 3 end mid-article and one page short. */
async function seed(db: GlossDatabase) {
  await db.articles.bulkAdd([article(A), article(B, { savedAt: '2024-05-01T00:00:00.000Z' })]);
  await db.entities.bulkAdd([entity('person', 'Wang Jun', 'wang jun', { id: 'wang' })]);
  await db.annotations.bulkAdd(
    Array.from({ length: 11 }, (_, i) =>
      annotation([A, B, 'https://gone.example/'][i % 3], {
        id: `id-${String(i).padStart(2, '0')}`,
        type: i % 2 ? 'person' : 'highlight',
        entityId: i % 2 ? 'wang' : null,
        selectors: [{ type: 'TextPositionSelector', start: 100 - i, end: 104 - i }],
      }),
    ),
  );
}

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
