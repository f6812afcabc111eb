import type { Annotation, AnnotationType, Article, ClaimInfo, Entity } from '../../model';
import { nameUuid, nameUuidOf, UUID_PATTERN } from './name-uuid';
import { pickArticle, pickClaim, pickEntity } from './pick-fields';
import {
  GLOSS_FORMAT_VERSION,
  GLOSS_NAMESPACE,
  GLOSS_VERSION,
  W3C_ANNO_CONTEXT,
  type ExportData,
} from './types';
import { toW3cSelectors, type GlossTextPosition, type W3cSelector } from './w3c-selectors';

/*
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/), checked against the W3C's
 * own MUST assertions in tests/unit/export/w3c-conformance.test.ts.
 *
 * Other tools read the standard parts: target and selectors (see w3c-selectors.ts), TextualBody
 * bodies for the note ("commenting"), the Gloss type and tags ("tagging"), the entity name
 * ("identifying") and the claim status ("assessing"), `creator` (the reader, when they gave a name
 * in the settings) and `generator` (Gloss). Gloss reads back the standard parts that map one to one
 * and takes the rest from `gloss:` properties, so its own export round-trips without loss. Articles
 * and entities are not annotations; they ride along on the collection as `gloss:articles`/`gloss:entities`.
 */

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'identifying' | 'assessing';
  value: string;
  format: 'text/plain';
  /** Marks the body that carries the Gloss type, so importers don't mistake it for a tag. */
  'gloss:role'?: 'type';
}

export type W3cContext = [typeof W3C_ANNO_CONTEXT, { gloss: string }];
export interface W3cAgent {
  type: 'Person' | 'Software';
  name: string;
  'schema:softwareVersion'?: string;
}

export interface W3cAnnotation {
  /** Each annotation stands alone too (the MUSTs are checked per annotation), so each has the context. */
  '@context': W3cContext;
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  creator?: W3cAgent;
  generator: W3cAgent;
  body?: W3cTextualBody[];
  /** The page itself when there is nothing to select: a Specific Resource needs a selector. */
  target: string | { source: string; selector: W3cSelector[] };
  'gloss:type': AnnotationType;
  /**
   * The annotation's quote and context, written only when they differ from its TextQuoteSelector's
   * exact/prefix/suffix (the importer falls back to those): repeating them made the file ~13 % larger.
   */
  'gloss:quote'?: string;
  'gloss:prefix'?: string;
  'gloss:suffix'?: string;
  'gloss:textPosition'?: GlossTextPosition;
  'gloss:entityId': string | null;
  'gloss:claim': ClaimInfo | null;
  'gloss:color': string | null;
}

export interface W3cCollection {
  '@context': W3cContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  generator: W3cAgent;
  total: number;
  'gloss:version': typeof GLOSS_FORMAT_VERSION;
  'gloss:articles': Article[];
  'gloss:entities': Entity[];
  first: {
    id: string;
    type: 'AnnotationPage';
    partOf: string;
    startIndex: 0;
    items: W3cAnnotation[];
  };
}

export interface W3cExportOptions {
  /** The reader's name from the settings: each annotation's `creator`. */
  readerName?: string;
}

export const URN_UUID = 'urn:uuid:';
/** Ids that are not UUIDs (hand-made files may hold any short token) get a URN of Gloss's own. */
export const URN_GLOSS_ANNOTATION = 'urn:gloss:annotation:';

export const annotationIri = (id: string) =>
  UUID_PATTERN.test(id) ? URN_UUID + id : URN_GLOSS_ANNOTATION + id;

const MOTIVATION: Record<AnnotationType, string> = {
  highlight: 'highlighting',
  person: 'identifying',
  organization: 'identifying',
  claim: 'assessing',
};

export const GENERATOR: W3cAgent = {
  type: 'Software',
  name: 'Gloss',
  'schema:softwareVersion': GLOSS_VERSION,
};
// A second context defines the `gloss:` prefix; the model allows extra contexts as long as anno.jsonld is one of them.
// One frozen value shared by every annotation: 100,000 copies of it cost the export time.
const CONTEXT: W3cContext = Object.freeze([
  W3C_ANNO_CONTEXT,
  Object.freeze({ gloss: GLOSS_NAMESPACE }),
]) as unknown as W3cContext;

function textBody(
  purpose: W3cTextualBody['purpose'],
  value: string,
  role?: W3cTextualBody['gloss:role'],
): W3cTextualBody {
  const body: W3cTextualBody = { type: 'TextualBody', purpose, value, format: 'text/plain' };
  if (role) body['gloss:role'] = role;
  return body;
}

function bodiesOf(a: Annotation, entities: Map<string, Entity>): W3cTextualBody[] {
  const bodies: W3cTextualBody[] = [];
  if (a.note) bodies.push(textBody('commenting', a.note));
  bodies.push(textBody('tagging', a.type, 'type'));
  const entity = a.entityId ? entities.get(a.entityId) : undefined;
  if (entity) bodies.push(textBody('identifying', entity.name));
  for (const tag of a.tags) bodies.push(textBody('tagging', tag));
  if (a.claim) bodies.push(textBody('assessing', a.claim.status));
  return bodies;
}

/** Whether the TextQuoteSelector already says the quote and context (then no `gloss:` copies). */
function quoteSelected(a: Annotation, selector: W3cSelector[]): boolean {
  const quote = selector.find((s) => s.type === 'TextQuoteSelector');
  return (
    !!quote && quote.exact === a.quote && quote.prefix === a.prefix && quote.suffix === a.suffix
  );
}

export function toW3cAnnotation(
  a: Annotation,
  entities: Map<string, Entity>,
  creator?: W3cAgent,
): W3cAnnotation {
  const { selector, textPosition } = toW3cSelectors(a.selectors);
  // Built property by property, in the file's order, rather than with conditional spreads: at
  // 100,000 annotations the spreads made building the objects cost more than stringifying them.
  const out = {
    '@context': CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: MOTIVATION[a.type],
    created: a.createdAt,
    modified: a.updatedAt,
  } as W3cAnnotation;
  if (creator) out.creator = creator;
  out.generator = GENERATOR;
  out.body = bodiesOf(a, entities);
  out.target = selector.length ? { source: a.articleUrl, selector } : a.articleUrl;
  out['gloss:type'] = a.type;
  if (!quoteSelected(a, selector)) {
    out['gloss:quote'] = a.quote;
    out['gloss:prefix'] = a.prefix;
    out['gloss:suffix'] = a.suffix;
  }
  out['gloss:entityId'] = a.entityId;
  out['gloss:claim'] = pickClaim(a.claim);
  out['gloss:color'] = a.color;
  if (textPosition) out['gloss:textPosition'] = textPosition;
  return out;
}

/** Turns one annotation into its W3C form, with the entities and the reader's name of one export. */
export function w3cAnnotationMaker(
  entities: readonly Entity[],
  options: W3cExportOptions = {},
): (a: Annotation) => W3cAnnotation {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const readerName = options.readerName?.trim();
  const creator: W3cAgent | undefined = readerName
    ? { type: 'Person', name: readerName }
    : undefined;
  return (a) => toW3cAnnotation(a, byId, creator);
}

/** What names a collection: each annotation's id and version, in the file's order. */
export const w3cNameOf = (a: Annotation) => `${a.id} ${a.updatedAt}`;

/**
 * The collection around its items. `names` are w3cNameOf each annotation, in order; `items` may be
 * a stand-in that the caller replaces in the JSON text (utils/interchange/streamed-export.ts).
 */
export function w3cCollection<Items>(
  data: Pick<ExportData, 'articles' | 'entities'>,
  names: readonly string[],
  items: Items,
  now: Date = new Date(),
): Omit<W3cCollection, 'first'> & {
  first: Omit<W3cCollection['first'], 'items'> & { items: Items };
} {
  const generated = now.toISOString();
  // Named after what it holds and when, so the same export built twice is the same file.
  const id = URN_UUID + nameUuidOf(['gloss collection', generated, ...names]);
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Gloss export',
    generated,
    generator: GENERATOR,
    total: names.length,
    'gloss:version': GLOSS_FORMAT_VERSION,
    'gloss:articles': data.articles.map(pickArticle),
    'gloss:entities': data.entities.map(pickEntity),
    first: {
      id: URN_UUID + nameUuid('gloss page', id, '0'),
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items,
    },
  };
}

export function buildW3cExport(
  data: ExportData,
  now: Date = new Date(),
  options: W3cExportOptions = {},
): W3cCollection {
  return w3cCollection(
    data,
    data.annotations.map(w3cNameOf),
    data.annotations.map(w3cAnnotationMaker(data.entities, options)),
    now,
  );
}
