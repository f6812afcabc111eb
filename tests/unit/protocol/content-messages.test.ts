// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentMessages, type ContentMessageType } from '../../../utils/protocol/content-messages';
import { parseEnvelope } from '../../../utils/protocol/envelope';
import { loadDataset } from '../interchange/export/fixtures';

const dataset = loadDataset();

const CONTENT_PAYLOADS: Record<ContentMessageType, unknown> = {
  'content:state': { extract: true },
  'content:tag-selection': { type: 'organization' },
  'content:scroll-to': { id: dataset.annotations[1].id },
  'content:refresh': {},
  'content:article-text': {},
  'content:tag-quote': {
    type: 'person',
    quote: { type: 'TextQuoteSelector', exact: 'Wang Jun', prefix: 'said ', suffix: ', Secretary' },
    entityName: 'Wang Jun',
  },
  'content:superseded': { instance: 'b6f0c1de-0000-4000-8000-000000000001' },
  'content:selection-selectors': {},
};

describe('contentMessages: what a content script accepts', () => {
  it('covers every message type with a realistic payload', () => {
    expect(Object.keys(CONTENT_PAYLOADS).sort()).toEqual(Object.keys(contentMessages).sort());
  });

  it.each(Object.entries(CONTENT_PAYLOADS))('accepts %s', (type, payload) => {
    expect(parseEnvelope(contentMessages, { type, payload })).toEqual({ ok: true, type, payload });
  });
});
