import type { ExportData } from '../export/types';
import { type ErrorList, joinPath } from './errors';

/*
 * Checks across records, on data that already passed the per-record schemas: ids must be
 * unique within the file, and every reference must land on a record in the same file
 * (Gloss's exports always carry the articles and entities their annotations point at,
 * so a dangling one means the file was cut or edited).
 */

/** Where the fields live in the file being read, so errors point at the file's own paths. */
export interface FileLayout {
  articles: string;
  annotations: string;
  entities: string;
  articleUrl: string[];
  entityId: string[];
  claimantId: string[];
}

export const GLOSS_LAYOUT: FileLayout = {
  articles: 'articles',
  annotations: 'annotations',
  entities: 'entities',
  articleUrl: ['articleUrl'],
  entityId: ['entityId'],
  claimantId: ['claim', 'claimantId'],
};

export const W3C_LAYOUT: FileLayout = {
  articles: 'gloss:articles',
  annotations: 'first.items',
  entities: 'gloss:entities',
  articleUrl: ['target', 'source'],
  entityId: ['gloss:entityId'],
  claimantId: ['gloss:claim', 'claimantId'],
};

function checkUnique<T>(
  records: T[],
  keyOf: (r: T) => string,
  errors: ErrorList,
  path: string,
  field: string,
  noun: string,
): Set<string> {
  const firstAt = new Map<string, number>();
  records.forEach((record, i) => {
    const key = keyOf(record);
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else
      errors.add(
        joinPath(path, i, field),
        `${noun} #${i + 1}: ${field} "${key}" is already used by ${noun.toLowerCase()} #${first + 1}.`,
      );
  });
  return new Set(firstAt.keys());
}

export function checkReferences(data: ExportData, layout: FileLayout, errors: ErrorList): void {
  const urls = checkUnique(data.articles, (a) => a.url, errors, layout.articles, 'url', 'Article');
  const entityIds = checkUnique(
    data.entities,
    (e) => e.id,
    errors,
    layout.entities,
    'id',
    'Entity',
  );
  checkUnique(data.annotations, (a) => a.id, errors, layout.annotations, 'id', 'Annotation');

  data.annotations.forEach((a, i) => {
    const at = (field: string[]) => joinPath(layout.annotations, i, ...field);
    const label = `Annotation #${i + 1} (id "${a.id}")`;
    if (!urls.has(a.articleUrl)) {
      errors.add(
        at(layout.articleUrl),
        `${label}: its article ${a.articleUrl} is not in the file.`,
      );
    }
    if (a.entityId !== null && !entityIds.has(a.entityId)) {
      errors.add(at(layout.entityId), `${label}: its entity "${a.entityId}" is not in the file.`);
    }
    const claimant = a.claim?.claimantId ?? null;
    if (claimant !== null && !entityIds.has(claimant)) {
      errors.add(
        at(layout.claimantId),
        `${label}: its claimant entity "${claimant}" is not in the file.`,
      );
    }
  });
}
