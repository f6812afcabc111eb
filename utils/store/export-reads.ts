import type { GlossDatabase } from './db';
import type { Annotation, Article } from '../model';
import type { ExportData } from '../interchange/export';
import { buildExportFile, type ExportFile, type ExportFormat } from '../interchange/export-files';
import { loadSettings, NO_SETTINGS, type Settings } from '../settings';
import { isStreamed, streamedExport, type StreamedFormat } from '../interchange/streamed-export';
import { claimRange } from './library-queries';

/*
 * The export's reads: what a file holds, read from the database in one transaction. Building the
 * file from those records is pure (utils/interchange/export-files.ts).
 */

/** Every article and entity, with the annotations `annotations` reads, in one transaction. */
function readWithAllRecords(
  db: GlossDatabase,
  annotations: () => Promise<Annotation[]>,
): Promise<ExportData> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const [articles, read, entities] = await Promise.all([
      db.articles.toArray(),
      annotations(),
      db.entities.toArray(),
    ]);
    return { articles, annotations: read, entities };
  });
}

/** Reads what an export covers: every record, or one article with its annotations and their entities. */
export async function readExportData(db: GlossDatabase, articleUrl?: string): Promise<ExportData> {
  if (!articleUrl) return readWithAllRecords(db, () => db.annotations.toArray());
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const article = await db.articles.get(articleUrl);
    const annotations = await db.annotations.where('articleUrl').equals(articleUrl).toArray();
    const ids = new Set<string>();
    for (const a of annotations) {
      if (a.entityId) ids.add(a.entityId);
      if (a.claim?.claimantId) ids.add(a.claim.claimantId);
    }
    const entities = (await db.entities.bulkGet([...ids])).filter((e) => e !== undefined);
    return { articles: article ? [article] : [], annotations, entities };
  });
}

/**
 * What one format's file is built from. ClaimReview publishes claims only (and counts the
 * unverified ones it leaves out), so for the whole library it reads the claims by their index,
 * with the articles and entities they may name, not every annotation: at 100,000 annotations a
 * quarter of the records.
 */
export async function readFormatData(
  db: GlossDatabase,
  format: ExportFormat,
  articleUrl?: string,
): Promise<ExportData> {
  if (format !== 'claimreview' || articleUrl) return readExportData(db, articleUrl);
  return readWithAllRecords(db, () => claimRange(db).toArray());
}

/** Annotations read a page at a time: the writing of one page overlaps the reading of the next. */
export const EXPORT_PAGE_SIZE = 5_000;

/**
 * A whole-library export written while it is read (utils/interchange/streamed-export.ts), in one
 * transaction: the next page is asked for before the one just read is written, so the database
 * reads while the page writes.
 */
export function exportLibraryStreamed(
  db: GlossDatabase,
  format: StreamedFormat,
  now: Date,
  settings: Settings,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<ExportFile> {
  return db.transaction('r', db.articles, db.annotations, db.entities, async () => {
    const pageAfter = (id?: string) =>
      (id === undefined ? db.annotations.orderBy('id') : db.annotations.where('id').above(id))
        .limit(pageSize)
        .toArray();
    const [articles, entities, first] = await Promise.all([
      db.articles.toArray(),
      db.entities.toArray(),
      pageAfter(),
    ]);
    const file = streamedExport(format, { articles, entities }, now, settings);
    for (let page = first; ;) {
      const next = page.length === pageSize ? pageAfter(page[page.length - 1].id) : null;
      file.add(page);
      if (!next) break;
      page = await next;
    }
    return file.finish();
  });
}

/** Reads the records and the settings, then builds the file: what an export button needs. */
export async function exportFile(
  db: GlossDatabase,
  format: ExportFormat,
  scope: Article | null,
  now = new Date(),
): Promise<ExportFile> {
  // Names are a nicety: an export must not fail because the settings cannot be read.
  const settings = await loadSettings().catch(() => NO_SETTINGS);
  if (!scope && isStreamed(format)) return exportLibraryStreamed(db, format, now, settings);
  return buildExportFile(
    format,
    await readFormatData(db, format, scope?.url),
    scope,
    now,
    settings,
  );
}
