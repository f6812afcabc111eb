// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../../utils/page/anchoring';
import { parseImport, planMerge, type ImportResult } from '../../../../utils/interchange/import';
import { uuidFromHypothesisId } from '../../../../utils/interchange/import/hypothesis';

const read = (name: string) =>
  readFileSync(path.resolve(process.cwd(), 'tests/fixtures/hypothesis', name), 'utf8');
const response = () => JSON.parse(read('search-response.json'));
const PAGE = 'https://valleyledger.example/2025/03/river-towns-flood-wall';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('importing Hypothesis API exports', () => {
  it('reads {rows: [...]} as highlights with notes and tags, on the page under its Gloss URL', () => {
    const result = ok(parseImport(read('search-response.json')));
    expect(result.format).toBe('hypothesis');
    expect(result.data.entities).toEqual([]);
    expect(result.data.annotations).toHaveLength(2);
    const [costs, claim] = result.data.annotations;
    expect(costs).toMatchObject({
      id: '5f0c2a9e-1b7d-11f0-a3c4-4b1e9d2f6a01',
      articleUrl: PAGE, // utm_source dropped, as for a page the reader visits
      type: 'highlight',
      quote: 'roughly double the figure presented to residents in the autumn',
      prefix: ' wall at £14.2 million, ',
      note: 'Compare with the **autumn** consultation leaflet.',
      tags: ['costs', 'flood wall'],
      entityId: null,
      claim: null,
      createdAt: '2025-03-13T08:41:07.512Z',
    });
    expect(claim).toMatchObject({
      tags: ['claim'],
      createdAt: '2025-03-13T09:02:44.100Z',
      updatedAt: '2025-03-14T17:20:03.900Z',
    });
    // Hypothesis's positions count raw characters and its ranges point at elements: not Gloss's kind.
    expect(costs.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('makes one placeholder article per page that never overwrites what a visit stored', () => {
    const { data } = ok(parseImport(read('search-response.json')));
    expect(data.articles).toEqual([
      expect.objectContaining({
        url: PAGE,
        title: 'River towns weigh the cost of a second flood wall | The Valley Ledger',
        savedAt: '2025-03-13T08:41:07.512Z',
        updatedAt: '1970-01-01T00:00:00.000Z',
      }),
    ]);
    const visited = {
      articles: new Map([[PAGE, { updatedAt: '2025-03-12T10:00:00.000Z' }]]),
      annotations: new Map(),
      entities: new Map(),
    };
    expect(planMerge(visited, data).put.articles).toEqual([]);
  });

  it('counts page notes and replies it cannot show instead of importing them', () => {
    expect(ok(parseImport(read('search-response.json'))).skipped).toBe(2);
  });

  it('reads a plain list of rows too, and importing it again changes nothing (ids are stable)', () => {
    const list = ok(parseImport(JSON.stringify(response().rows)));
    const first = ok(parseImport(read('search-response.json')));
    expect(list.data).toEqual(first.data);
    const stored = {
      articles: new Map(),
      annotations: new Map(first.data.annotations.map((a) => [a.id, a])),
      entities: new Map(),
    };
    expect(planMerge(stored, list.data).put.annotations).toEqual([]);
  });

  it('anchors on the next visit: each imported quote lands on its own words in the page', () => {
    const { data } = ok(parseImport(read('search-response.json')));
    const doc = new JSDOM(read('article.html'), { virtualConsole: new VirtualConsole() }).window
      .document;
    const results = anchorAll(
      doc.body,
      data.annotations.map((a) => a.selectors),
    );
    expect(results.map((r) => r && r.range.toString().replace(/\s+/g, ' '))).toEqual(
      data.annotations.map((a) => a.quote),
    );
    expect(results.every((r) => r!.confidence === 1)).toBe(true);
  });

  it('is all-or-nothing, naming the record and field of each problem', () => {
    const file = response();
    delete file.rows[1].uri;
    file.rows[2].created = 'yesterday';
    file.rows[3].tags = 'a,b';
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'rows[1].uri',
        message: `Annotation #2 (id "${file.rows[1].id}"): "uri" is missing.`,
      },
      {
        path: 'rows[2].created',
        message: expect.stringMatching(
          /^Annotation #3 \(id "[^"]+"\): "created" must be an ISO-8601 timestamp/,
        ),
      },
      {
        path: 'rows[3].tags',
        message: expect.stringMatching(/^Annotation #4 \(id "[^"]+"\): "tags" /),
      },
    ]);
  });

  it('refuses what must not reach a link or the page: non-web URIs, duplicate ids', () => {
    const file = response();
    file.rows[0].uri = 'javascript:alert(1)';
    file.rows[1].id = file.rows[0].id;
    const bad = parseImport(JSON.stringify(file));
    expect(bad.ok === false && bad.errors.map((e) => e.path)).toEqual(['rows[0].uri']);
    const dup = response();
    dup.rows[1].id = dup.rows[0].id;
    const again = parseImport(JSON.stringify(dup));
    expect(again.ok === false && again.errors[0]).toMatchObject({
      path: 'rows[1].id',
      message: expect.stringMatching(/already used by annotation #1/),
    });
  });

  it('turns 22-character Hypothesis ids back into their UUIDs, others into stable name-based UUIDs', () => {
    expect(uuidFromHypothesisId('XwwqnhtsEfCjxEsenSpqAQ')).toBe(
      '5f0c2a9e-1b6c-11f0-a3c4-4b1e9d2a6a01',
    );
    const old = uuidFromHypothesisId('AVxv6sQ7cJR3SoWzR3Wd');
    expect(old).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromHypothesisId('AVxv6sQ7cJR3SoWzR3Wd')).toBe(old);
  });
});
