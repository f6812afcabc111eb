import Dexie, { type Table } from 'dexie';
import type { Annotation, Article, ArticleSnapshot, Entity } from '../model';
import { aliasRows, type AliasRow } from './alias-index';
import {
  talliesOf,
  type ArticleTally,
  type Counted,
  type EntityTally,
  type TagTally,
} from './tallies';
import { ARTICLE_TALLIES, ENTITY_TALLIES, TAG_TALLIES, tallyMiddleware } from './tally-middleware';

export const DB_NAME = 'gloss';
export const DB_VERSION = 6;

/**
 * The one Gloss database. It is opened only in the extension's own origin (background and
 * extension pages): a content script that opened IndexedDB would write into the *website's*
 * storage, where the site can read and erase it.
 *
 * Schema versions are only ever added, never edited: each new version gets its own
 * `version(n).stores(...).upgrade(...)` below and an upgrade test over a real v(n-1) database.
 */
export class GlossDatabase extends Dexie {
  articles!: Table<Article, string>;
  annotations!: Table<Annotation, string>;
  entities!: Table<Entity, string>;
  snapshots!: Table<ArticleSnapshot, string>;
  aliases!: Table<AliasRow, [string, string, string]>;
  articleTallies!: Table<ArticleTally, string>;
  entityTallies!: Table<EntityTally, string>;
  tagTallies!: Table<TagTally, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // Index only what where()/orderBy() use.
      articles: 'url, canonicalUrl, savedAt',
      annotations: 'id, articleUrl, type, entityId, createdAt, *tags',
      entities: 'id, &[type+normalizedName], type',
    });
    // v2: articles remember the suggestions the reader dismissed. No index changes; every v1
    // article gets an empty list so code can rely on the field.
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<Article, string>('articles')
          .toCollection()
          .modify((article) => {
            if (!Array.isArray(article.dismissedSuggestions)) article.dismissedSuggestions = [];
          }),
      );
    // v3: indexes follow the queries. Counts per article and type come from [articleUrl+type]'s
    // keys; the library's claims queue walks [type+createdAt]; a merge finds the claims a person
    // made by claim.claimantId. Gone: annotations' `type` (a prefix of [type+createdAt] answers
    // it) and `*tags` (nothing queries tags yet). Rows are unchanged, so there is no upgrade step.
    this.version(3).stores({
      annotations:
        'id, articleUrl, [articleUrl+type], entityId, [type+createdAt], createdAt, claim.claimantId',
    });
    // v4: a text snapshot per annotated article (ArticleSnapshot), keyed by the article's URL, so a
    // later visit can show what the site changed; and entities' aliases by normalized name
    // (utils/store/alias-index.ts), filled here from the entities already stored.
    this.version(4)
      .stores({
        snapshots: 'articleUrl',
        aliases: '[type+key+entityId], [type+key], entityId',
      })
      .upgrade(async (tx) => {
        const entities = await tx.table<Entity, string>('entities').toArray();
        await tx.table<AliasRow>('aliases').bulkPut(entities.flatMap(aliasRows));
      });
    // v5: the library filters by tag, lists the tags in use and renames one across the library, so
    // `*tags` (multi-entry) is back; most annotations have no tags and add no index entries.
    // `claim.status` (only claims have one): the library counts unverified claims from its keys
    // instead of reading every claim (0.8 s at 100,000 annotations, re-run after every claim edit).
    this.version(5).stores({
      annotations:
        'id, articleUrl, [articleUrl+type], entityId, [type+createdAt], createdAt, claim.claimantId, claim.status, *tags',
    });
    // v6: the counts the library opens on (an article's annotations by type, an entity's mentions
    // per article, the annotations per tag) are kept in three small tables (utils/store/tallies.ts)
    // that the middleware below writes with every change to the annotations; the upgrade counts the
    // annotations already stored, once, keeping only the fields counted.
    this.version(6)
      .stores({ [ARTICLE_TALLIES]: 'url', [ENTITY_TALLIES]: 'entityId', [TAG_TALLIES]: 'tag' })
      .upgrade(async (tx) => {
        const counted: Counted[] = [];
        await tx
          .table<Annotation, string>('annotations')
          .each(({ articleUrl, type, entityId, tags }) =>
            counted.push({ articleUrl, type, entityId, tags }),
          );
        const { articles, entities, tags } = talliesOf(counted);
        await tx.table<ArticleTally, string>(ARTICLE_TALLIES).bulkPut(articles);
        await tx.table<EntityTally, string>(ENTITY_TALLIES).bulkPut(entities);
        await tx.table<TagTally, string>(TAG_TALLIES).bulkPut(tags);
      });
    this.use(tallyMiddleware);
  }
}

export function openDatabase(name = DB_NAME): GlossDatabase {
  return new GlossDatabase(name);
}
