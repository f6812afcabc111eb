// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExportFile } from '../../../utils/interchange/export-files';
import { streamedExport, STREAMED_FORMATS } from '../../../utils/interchange/streamed-export';
import { PRETTY_EXPORT_LIMIT } from '../../../utils/interchange/export/gloss-json';
import type { ExportData } from '../../../utils/interchange/export';
import type { Annotation, Selector } from '../../../utils/model';
import { NO_SETTINGS } from '../../../utils/settings';
import { annotation, article, entity } from '../helpers/db';
import { EXPORTED_AT } from './export/fixtures';

const URLS = ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'];
const UNSAVED = ['https://z.example/gone', 'https://m.example/gone'];
// Saved, with nothing annotated: Markdown still lists it.
const UNANNOTATED = 'https://d.example/4';
const SETTINGS = { ...NO_SETTINGS, readerName: 'Ada Reader' };

/** A deterministic stream of numbers in [0, 1): the same library on every run. */
function numbers(seed: number) {
  return () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/**
 * `n` annotations spread over three saved articles (a fourth has none) and two unsaved ones, with equal positions,
 * equal times, unplaced quotes, entities, claims and notes that need escaping: sorted by id, as the
 * database hands them over.
 */
function library(n: number): ExportData {
  const random = numbers(n);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const annotations: Annotation[] = Array.from({ length: n }, (_, i) => {
    const start = random() < 0.1 ? null : Math.floor(random() * 40) * 10;
    const selectors: Selector[] = [
      { type: 'TextQuoteSelector', exact: `q${i}`, prefix: '', suffix: '' },
    ];
    if (start !== null) selectors.push({ type: 'TextPositionSelector', start, end: start + 4 });
    const type = pick(['highlight', 'person', 'organization', 'claim'] as const);
    return annotation(pick([...URLS, ...URLS, ...UNSAVED]), {
      id: `${Math.floor(random() * 1e9).toString(36)}-${i}`,
      type,
      quote: `q${i}`,
      note: pick(['', 'a "quoted" note,\nwith a comma', '=SUM(A1)', 'ünïcode ✓']),
      entityId: type === 'person' ? pick(['e1', 'e2', null]) : null,
      claim:
        type === 'claim'
          ? {
              status: pick(['unverified', 'false'] as const),
              evidenceUrl: '',
              note: '',
              claimantId: 'e1',
            }
          : null,
      selectors,
      createdAt: `2024-05-18T09:0${Math.floor(random() * 3)}:00.000Z`,
    });
  });
  return {
    articles: [...URLS, UNANNOTATED].map((url, i) =>
      article(url, { title: `Article ${i}`, savedAt: `2024-05-1${8 - i}T09:00:00.000Z` }),
    ),
    annotations: annotations.sort((a, b) => (a.id < b.id ? -1 : 1)),
    entities: [
      entity('person', 'Wang Jun', 'wang jun', { id: 'e2' }),
      entity('person', 'Li Wei', 'li wei', { id: 'e1' }),
    ],
  };
}

/** The streamed file, fed in pages of varying size. */
function streamed(
  format: (typeof STREAMED_FORMATS)[number],
  data: ExportData,
  pageSizes: number[],
) {
  const file = streamedExport(format, data, EXPORTED_AT, SETTINGS);
  for (let from = 0, k = 0; from < data.annotations.length; k++) {
    const size = pageSizes[k % pageSizes.length];
    file.add(data.annotations.slice(from, from + size));
    from += size;
  }
  return file.finish();
}

describe('streamedExport', () => {
  for (const n of [0, 40, PRETTY_EXPORT_LIMIT + 300])
    it(`writes the same file as buildExportFile, byte for byte (${n} annotations)`, () => {
      const data = library(n);
      for (const format of STREAMED_FORMATS) {
        const expected = buildExportFile(format, data, null, EXPORTED_AT, SETTINGS);
        expect(streamed(format, data, [1000, 7, 2500])).toEqual(expected);
        expect(streamed(format, data, [n || 1])).toEqual(expected);
      }
    });

  it('writes a large library compact, with every annotation in export order', () => {
    const data = library(PRETTY_EXPORT_LIMIT + 300);
    const text = streamed('w3c', data, [999]).text;
    expect(text.split('\n')).toHaveLength(2);
    const items = JSON.parse(text).first.items as { id: string }[];
    expect(items).toHaveLength(data.annotations.length);
    expect(items[0].id).not.toBe(`urn:gloss:annotation:${data.annotations[0].id}`);
  });
});
