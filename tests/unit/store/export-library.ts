import { annotation, article, entity } from '../helpers/db';
import type { GlossDatabase } from '../../../utils/store/db';
import { NO_SETTINGS } from '../../../utils/settings';

/* A small library the export's reading tests share (export-reads.test.ts, export-halves.test.ts). */

export const A = 'https://news.example/a';
export const B = 'https://paper.example/b';
export const NOW = new Date('2024-06-01T12:00:00.000Z');
export const SETTINGS = { ...NO_SETTINGS, readerName: 'Ada' };

/**
 * Two saved articles, `unsaved` URLs with no article (they come last, by URL), and eleven
 * annotations `id-00`…`id-10` spread over them in turn, with positions that run backwards, so pages
 * of a few end mid-article and one page short.
 */
export async function seedExportLibrary(
  db: GlossDatabase,
  unsaved: string[] = ['https://gone.example/'],
): Promise<void> {
  await db.articles.bulkAdd([article(A), article(B, { savedAt: '2024-05-01T00:00:00.000Z' })]);
  await db.entities.bulkAdd([entity('person', 'Wang Jun', 'wang jun', { id: 'wang' })]);
  const urls = [A, B, ...unsaved];
  await db.annotations.bulkAdd(
    Array.from({ length: 11 }, (_, i) =>
      annotation(urls[i % urls.length], {
        id: `id-${String(i).padStart(2, '0')}`,
        type: i % 2 ? 'person' : 'highlight',
        entityId: i % 2 ? 'wang' : null,
        selectors: [{ type: 'TextPositionSelector', start: 100 - i, end: 104 - i }],
      }),
    ),
  );
}
