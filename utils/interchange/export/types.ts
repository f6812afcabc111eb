import type { Annotation, Article, Entity } from '../../model';
import { version } from '../../../package.json';

/** Everything an export holds, and everything an import yields. */
export interface ExportData {
  articles: Article[];
  annotations: Annotation[];
  entities: Entity[];
}

export { GLOSS_FORMAT, GLOSS_FORMAT_VERSION } from '../../model/schemas';

/** JSON-LD namespace for the Gloss fields the W3C model has no slot for. */
export const GLOSS_NAMESPACE = 'https://gloss.invalid/ns/v1#';
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Gloss's own version (package.json, the manifest's source): the W3C export's `generator`. */
export const GLOSS_VERSION: string = version;
