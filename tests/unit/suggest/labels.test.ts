// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { normalizeEntityName } from '../../../utils/model/entity-name';
import { LABEL_HALVES } from '../../../utils/suggest/evaluate';

/**
 * The hand labels are read by the corpus test and the bench as plain JSON: a label file of the wrong
 * shape (an entity written as a string instead of [name, ...variants], a misspelt half or key) would
 * not fail there, it would quietly score as a miss or drop a page from its half. Nothing here runs
 * the extractor: these files are checked as data only.
 */
const LABELS_DIR = path.resolve(process.cwd(), 'tests/fixtures/suggest/labels');

const name = v.pipe(
  v.string(),
  v.minLength(1),
  v.check((s) => s === s.trim(), 'no spaces around a name'),
);
/** [canonical name, ...variants as written]. */
const entities = v.array(v.pipe(v.array(name), v.minLength(1)));
const LabelFile = v.strictObject({
  page: name,
  half: v.picklist(LABEL_HALVES),
  people: entities,
  organizations: entities,
  acceptable: v.optional(
    v.strictObject({ people: v.optional(entities), organizations: v.optional(entities) }),
  ),
  excluded: v.optional(v.array(name)),
  claims: v.array(name),
  acceptableClaims: v.optional(v.array(name)),
});
type LabelFile = v.InferOutput<typeof LabelFile>;

const files = fs
  .readdirSync(LABELS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

function problems(json: unknown): string[] {
  const parsed = v.safeParse(LabelFile, json);
  return parsed.success
    ? []
    : parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
}

/** Every form of every entity of one type, required and acceptable, normalised as scoring does. */
function forms(labels: LabelFile, type: 'people' | 'organizations'): string[][] {
  return [...labels[type], ...(labels.acceptable?.[type] ?? [])].map((e) =>
    e.map(normalizeEntityName),
  );
}

describe('hand labels for suggestions (tests/fixtures/suggest/labels)', () => {
  it('has label files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s has the documented shape and names its own page', (file) => {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(LABELS_DIR, file), 'utf8'));
    expect(problems(json)).toEqual([]);
    expect((json as LabelFile).page).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s never labels a name as both wanted and excluded, or twice', (file) => {
    const labels = v.parse(
      LabelFile,
      JSON.parse(fs.readFileSync(path.join(LABELS_DIR, file), 'utf8')),
    );
    const wanted = [...forms(labels, 'people'), ...forms(labels, 'organizations')].flat();
    const excluded = (labels.excluded ?? []).map(normalizeEntityName);
    expect(excluded.filter((n) => wanted.includes(n))).toEqual([]);
    // Within one type a form shared by two entities makes a match depend on the order of the labels.
    for (const type of ['people', 'organizations'] as const) {
      const owners = new Map<string, number>();
      const shared: string[] = [];
      forms(labels, type).forEach((entity, i) =>
        new Set(entity).forEach((form) => {
          if (owners.has(form) && owners.get(form) !== i) shared.push(form);
          owners.set(form, i);
        }),
      );
      expect(shared, type).toEqual([]);
    }
  });

  it('rejects the mistakes the shape exists to catch', () => {
    const good = {
      page: 'x',
      half: 'tune',
      people: [['Ada Lovelace', 'Lovelace']],
      organizations: [],
      claims: [],
    };
    expect(problems(good)).toEqual([]);
    expect(problems({ ...good, people: ['Ada Lovelace'] })).not.toEqual([]);
    expect(problems({ ...good, people: [[]] })).not.toEqual([]);
    expect(problems({ ...good, half: 'heldout' })).not.toEqual([]);
    expect(problems({ ...good, exclude: ['AP'] })).not.toEqual([]);
    expect(problems({ ...good, acceptable: { orgs: [['AP']] } })).not.toEqual([]);
    expect(problems({ ...good, excluded: [' AP'] })).not.toEqual([]);
    const { claims: _, ...noClaims } = good;
    expect(problems(noClaims)).not.toEqual([]);
  });
});
