import type { GlossDatabase } from './db';
import type {
  Annotation,
  AnnotationDraft,
  AnnotationPatch,
  AnnotationType,
  Article,
  ArticleInput,
  Entity,
  EntityType,
} from '../model';
import { normalizeEntityName } from '../model/entity-name';
import { replaceStored } from './replace';
import { annotationFromDraft, cleanTags, defaultClaim } from '../model/new-annotation';
import { bareArticle } from '../model/placeholder-article';
import { findByAlias, putEntity } from './alias-index';

/**
 * The repository: every read and write Gloss makes, as functions over a GlossDatabase.
 * Writes that touch several tables run in one transaction so a failure leaves nothing half-done.
 * `now` is a default parameter so tests can pin time without mocks.
 */

const isEntityType = (t: AnnotationType): t is EntityType => t === 'person' || t === 'organization';

/** Upserts an article, keeping when it was first saved. */
export async function saveArticle(
  db: GlossDatabase,
  input: ArticleInput,
  now = new Date(),
): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(input.url);
    const record: Article = {
      ...input,
      dismissedSuggestions: existing?.dismissedSuggestions ?? [],
      savedAt: existing?.savedAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    };
    // An article saved again (another annotation, "Save article"): only what changed is news.
    if (existing) await replaceStored(db.articles, input.url, record);
    else await db.articles.put(record);
    return record;
  });
}

/** The stored article for a page, found by its own URL or by its canonical alias. */
export async function findArticle(db: GlossDatabase, urls: string[]): Promise<Article | undefined> {
  const wanted = urls.filter(Boolean);
  if (wanted.length === 0) return undefined;
  // bulkGet keeps the caller's order (the page's own URL first); anyOf().first() would go by key order.
  return (
    (await db.articles.bulkGet(wanted)).find((a) => a !== undefined) ??
    (await db.articles.where('canonicalUrl').anyOf(wanted).first())
  );
}

/** Annotations of a page: stored under its URL, or under an article that shares its canonical URL. */
export async function annotationsForUrls(db: GlossDatabase, urls: string[]): Promise<Annotation[]> {
  const wanted = new Set(urls.filter(Boolean));
  if (wanted.size === 0) return [];
  const aliased = await db.articles
    .where('canonicalUrl')
    .anyOf([...wanted])
    .primaryKeys();
  for (const url of aliased) wanted.add(url);
  return db.annotations
    .where('articleUrl')
    .anyOf([...wanted])
    .toArray();
}

/** Finds the entity a name refers to, creating it on first mention. */
export async function ensureEntity(
  db: GlossDatabase,
  type: EntityType,
  name: string,
  now = new Date(),
): Promise<Entity> {
  const normalizedName = normalizeEntityName(name);
  const existing =
    (await db.entities.where('[type+normalizedName]').equals([type, normalizedName]).first()) ??
    // After a rename or merge the old names live on as aliases.
    (await findByAlias(db, type, normalizedName));
  if (existing) {
    if (existing.name !== name.trim() && !existing.aliases.includes(name.trim())) {
      existing.aliases = [...existing.aliases, name.trim()];
      existing.updatedAt = now.toISOString();
      await putEntity(db, existing);
    }
    return existing;
  }
  const entity: Entity = {
    id: crypto.randomUUID(),
    type,
    name: name.trim(),
    normalizedName,
    aliases: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await db.entities.add(entity);
  return entity;
}

/**
 * Stores an annotation made on a page, with its article (the first annotation is what saves an
 * article: Gloss keeps no record of pages the reader did not mark) and its entity link.
 */
export async function createAnnotation(
  db: GlossDatabase,
  draft: AnnotationDraft,
  options: { entityName?: string; article?: ArticleInput } = {},
  now = new Date(),
): Promise<{ annotation: Annotation; entity: Entity | null }> {
  return db.transaction('rw', db.articles, db.annotations, db.entities, db.aliases, async () => {
    if (options.article) {
      if (!(await db.articles.get(options.article.url)))
        await saveArticle(db, options.article, now);
    } else if (!(await db.articles.get(draft.articleUrl))) {
      await saveArticle(db, bareArticle(draft.articleUrl), now);
    }
    const entity = isEntityType(draft.type)
      ? await ensureEntity(db, draft.type, options.entityName || draft.quote, now)
      : null;
    const annotation = annotationFromDraft(draft, entity?.id ?? null, now);
    await db.annotations.add(annotation);
    return { annotation, entity };
  });
}

export async function updateAnnotation(
  db: GlossDatabase,
  id: string,
  patch: AnnotationPatch,
  now = new Date(),
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, db.entities, db.aliases, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('This annotation no longer exists.');
    const next: Annotation = { ...current, updatedAt: now.toISOString() };
    if (patch.note !== undefined) next.note = patch.note;
    if (patch.tags !== undefined) next.tags = cleanTags(patch.tags);
    if (patch.color !== undefined) next.color = patch.color;
    if (patch.type !== undefined) next.type = patch.type;
    if (isEntityType(next.type)) {
      const typeChanged = next.type !== current.type;
      if (patch.entityName !== undefined || typeChanged || !next.entityId) {
        const previousName = current.entityId
          ? (await db.entities.get(current.entityId))?.name
          : undefined;
        const name = patch.entityName?.trim() || previousName || current.quote;
        next.entityId = (await ensureEntity(db, next.type, name, now)).id;
      }
    } else {
      next.entityId = null;
    }
    if (next.type === 'claim')
      next.claim = { ...(current.claim ?? defaultClaim()), ...patch.claim };
    else next.claim = null;
    await replaceStored(db.annotations, id, next);
    return next;
  });
}

export async function deleteAnnotation(
  db: GlossDatabase,
  id: string,
): Promise<Annotation | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (current) await db.annotations.delete(id);
    return current;
  });
}

/** Puts a deleted annotation back exactly as it was (undo). */
export async function restoreAnnotation(
  db: GlossDatabase,
  annotation: Annotation,
): Promise<Annotation> {
  await db.annotations.put(annotation);
  return annotation;
}

/** Remembers (or forgets) that the reader dismissed a suggestion on an article, saving the article if needed. */
export async function setSuggestionDismissed(
  db: GlossDatabase,
  input: ArticleInput,
  key: string,
  dismissed: boolean,
  now = new Date(),
): Promise<Article> {
  return db.transaction('rw', db.articles, async () => {
    const article = (await db.articles.get(input.url)) ?? (await saveArticle(db, input, now));
    const keys = new Set(article.dismissedSuggestions);
    if (dismissed) keys.add(key);
    else keys.delete(key);
    const next: Article = {
      ...article,
      dismissedSuggestions: [...keys],
      updatedAt: now.toISOString(),
    };
    await replaceStored(db.articles, next.url, next);
    return next;
  });
}

/** The people and organizations a list of annotations names, as entities or as claimants. */
export async function referencedEntities(
  db: GlossDatabase,
  annotations: Annotation[],
): Promise<Entity[]> {
  const ids = [
    ...new Set(
      annotations
        .flatMap((a) => [a.entityId, a.claim?.claimantId])
        .filter((id): id is string => !!id),
    ),
  ];
  return (await db.entities.bulkGet(ids)).filter((e): e is Entity => e !== undefined);
}
