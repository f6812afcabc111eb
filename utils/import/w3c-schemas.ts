import * as v from 'valibot';
import { ANNOTATION_TYPES } from '../model';
import type { Annotation } from '../model';
import { URN_UUID } from '../export/w3c';
import * as L from './limits';
import { claimSchema, color, httpUrl, id, selectorsSchema, text, timestamp } from './record-schemas';

/*
 * Gloss's own W3C export, read back (see utils/export/w3c.ts for the mapping). The standard
 * parts that map one to one are read from the standard properties; everything else from
 * the `gloss:` ones. The derived bodies (type, entity name, claim status) are ignored: the
 * `gloss:` fields are their source, so a hand edit to one of them cannot half-apply.
 */

const bodySchema = v.pipe(
  v.object({
    type: v.string(),
    purpose: v.optional(v.string()),
    value: v.optional(text(L.MAX_TEXT_CHARS)),
    'gloss:role': v.optional(v.string()),
  }),
  v.check(
    (b) => b.purpose !== 'tagging' || (b.value ?? '').length <= L.MAX_TAG_CHARS,
    `is a tag longer than ${L.MAX_TAG_CHARS} characters`,
  ),
);
type Body = v.InferOutput<typeof bodySchema>;

const isTag = (b: Body) => b.purpose === 'tagging' && b['gloss:role'] === undefined && b.value !== undefined;

export const w3cAnnotationSchema = v.pipe(
  v.object({
    id: v.pipe(
      v.string(),
      v.startsWith(URN_UUID, `must start with "${URN_UUID}"`),
      v.transform((s) => s.slice(URN_UUID.length)),
      id,
    ),
    type: v.literal('Annotation'),
    created: timestamp,
    modified: timestamp,
    body: v.optional(v.pipe(v.array(bodySchema), v.maxLength(L.MAX_TAGS + 10, 'has too many bodies')), []),
    target: v.object({ source: httpUrl, selector: selectorsSchema }),
    'gloss:type': v.picklist(ANNOTATION_TYPES),
    'gloss:quote': text(L.MAX_TEXT_CHARS),
    'gloss:prefix': text(L.MAX_CONTEXT_CHARS),
    'gloss:suffix': text(L.MAX_CONTEXT_CHARS),
    'gloss:entityId': v.nullable(id),
    'gloss:claim': v.nullable(claimSchema),
    'gloss:color': v.nullable(color),
  }),
  v.check((w) => w.body.filter(isTag).length <= L.MAX_TAGS, `has more than ${L.MAX_TAGS} tags`),
  v.transform(
    (w): Annotation => ({
      id: w.id,
      articleUrl: w.target.source,
      type: w['gloss:type'],
      quote: w['gloss:quote'],
      prefix: w['gloss:prefix'],
      suffix: w['gloss:suffix'],
      selectors: w.target.selector,
      note: w.body
        .filter((b) => b.purpose === 'commenting')
        .map((b) => b.value ?? '')
        .join('\n\n'),
      entityId: w['gloss:entityId'],
      claim: w['gloss:claim'],
      tags: w.body.filter(isTag).map((b) => b.value!),
      color: w['gloss:color'],
      createdAt: w.created,
      updatedAt: w.modified,
    }),
  ),
);
