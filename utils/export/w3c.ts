import type { Annotation, AnnotationType, Article, ClaimInfo, Entity, Selector } from '../model';
import { pickArticle, pickClaim, pickEntity, pickSelector } from './pick-fields';
import { GLOSS_FORMAT_VERSION, GLOSS_NAMESPACE, W3C_ANNO_CONTEXT, type ExportData } from './types';

/*
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/).
 *
 * Other tools read the standard parts: target, selectors, and TextualBody bodies for the
 * note ("commenting"), the Gloss type and tags ("tagging"), the entity name ("identifying")
 * and the claim status ("assessing"). Gloss reads back the standard parts that map one to
 * one (id, created, modified, source, selectors, note, tags) and takes the rest from
 * `gloss:` properties, so its own export round-trips without loss. Articles and entities
 * are not annotations; they ride along on the collection as `gloss:articles`/`gloss:entities`.
 */

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'identifying' | 'assessing';
  value: string;
  format: 'text/plain';
  /** Marks the body that carries the Gloss type, so importers don't mistake it for a tag. */
  'gloss:role'?: 'type';
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  body?: W3cTextualBody[];
  target: { source: string; selector: Selector[] };
  'gloss:type': AnnotationType;
  'gloss:quote': string;
  'gloss:prefix': string;
  'gloss:suffix': string;
  'gloss:entityId': string | null;
  'gloss:claim': ClaimInfo | null;
  'gloss:color': string | null;
}

export interface W3cCollection {
  '@context': [typeof W3C_ANNO_CONTEXT, { gloss: string }];
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  'gloss:version': typeof GLOSS_FORMAT_VERSION;
  'gloss:articles': Article[];
  'gloss:entities': Entity[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

export const URN_UUID = 'urn:uuid:';

const MOTIVATION: Record<AnnotationType, string> = {
  highlight: 'highlighting',
  person: 'identifying',
  organization: 'identifying',
  claim: 'assessing',
};

function textBody(purpose: W3cTextualBody['purpose'], value: string): W3cTextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function bodiesOf(a: Annotation, entities: Map<string, Entity>): W3cTextualBody[] {
  const bodies: W3cTextualBody[] = [];
  if (a.note) bodies.push(textBody('commenting', a.note));
  bodies.push({ ...textBody('tagging', a.type), 'gloss:role': 'type' });
  const entity = a.entityId ? entities.get(a.entityId) : undefined;
  if (entity) bodies.push(textBody('identifying', entity.name));
  for (const tag of a.tags) bodies.push(textBody('tagging', tag));
  if (a.claim) bodies.push(textBody('assessing', a.claim.status));
  return bodies;
}

export function toW3cAnnotation(a: Annotation, entities: Map<string, Entity>): W3cAnnotation {
  return {
    id: URN_UUID + a.id,
    type: 'Annotation',
    motivation: MOTIVATION[a.type],
    created: a.createdAt,
    modified: a.updatedAt,
    body: bodiesOf(a, entities),
    target: { source: a.articleUrl, selector: a.selectors.map(pickSelector) },
    'gloss:type': a.type,
    'gloss:quote': a.quote,
    'gloss:prefix': a.prefix,
    'gloss:suffix': a.suffix,
    'gloss:entityId': a.entityId,
    'gloss:claim': pickClaim(a.claim),
    'gloss:color': a.color,
  };
}

export function buildW3cExport(data: ExportData, now: Date = new Date()): W3cCollection {
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  return {
    // A second context defines the `gloss:` prefix; the model allows extra contexts
    // as long as anno.jsonld is one of them.
    '@context': [W3C_ANNO_CONTEXT, { gloss: GLOSS_NAMESPACE }],
    type: 'AnnotationCollection',
    label: 'Gloss export',
    generated: now.toISOString(),
    total: data.annotations.length,
    'gloss:version': GLOSS_FORMAT_VERSION,
    'gloss:articles': data.articles.map(pickArticle),
    'gloss:entities': data.entities.map(pickEntity),
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: data.annotations.map((a) => toW3cAnnotation(a, entities)),
    },
  };
}
