import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { MAX_NAME_CHARS } from './model/limits';

/*
 * The reader's few preferences, set once on the library page: who wrote the annotations (W3C
 * `creator`) and who publishes the fact-checks (ClaimReview `author`), read by the exports; and
 * whether Gloss keeps a text snapshot of each annotated article (utils/store/snapshots.ts), read
 * by the background. Kept in browser.storage.local rather than the database: they are not records
 * to export, merge or delete with the library.
 */

const name = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(MAX_NAME_CHARS, `must be at most ${MAX_NAME_CHARS} characters`),
);

export const settingsSchema = v.object({
  readerName: v.optional(name, ''),
  reviewerName: v.optional(name, ''),
  reviewerOrganization: v.optional(name, ''),
  /** On unless the reader turns it off: what changed since they annotated is the point for a fact-checker. */
  keepSnapshots: v.optional(v.boolean(), true),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export const NO_SETTINGS: Settings = {
  readerName: '',
  reviewerName: '',
  reviewerOrganization: '',
  keepSnapshots: true,
};

export const SETTINGS_KEY = 'settings';

/** The stored settings; anything missing or malformed (an older or hand-edited value) reads as empty. */
export async function loadSettings(storage = browser.storage.local): Promise<Settings> {
  const stored = (await storage.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = v.safeParse(settingsSchema, stored ?? {});
  return parsed.success ? parsed.output : { ...NO_SETTINGS };
}

/** Validates and stores; throws a readable error for a value the form should not have let through. */
export async function saveSettings(
  input: unknown,
  storage = browser.storage.local,
): Promise<Settings> {
  const parsed = v.safeParse(settingsSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'settings';
    throw new Error(`The setting "${field}" ${issue.message}.`);
  }
  await storage.set({ [SETTINGS_KEY]: parsed.output });
  return parsed.output;
}

/**
 * Changes some settings and keeps the rest as stored: the library's forms each own a few fields,
 * and one form saving must not put back another's older values.
 */
export async function updateSettings(
  patch: Partial<Settings>,
  storage = browser.storage.local,
): Promise<Settings> {
  return saveSettings({ ...(await loadSettings(storage)), ...patch }, storage);
}
