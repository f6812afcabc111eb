import type { GlossDatabase } from './db';
import type { Annotation, Selector } from '../model';
import { replaceStored } from './replace';

/**
 * "Attach here": an annotation moves to the text the reader chose on the changed page. Only where
 * it is changes — quote, context and selectors; its id, note, entity, claim and tags stay, so links
 * to it (claimants, exports, the library) still hold.
 */
export async function reattachAnnotation(
  db: GlossDatabase,
  id: string,
  selectors: Selector[],
  now = new Date(),
): Promise<Annotation> {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || !quote.exact.trim()) throw new Error('Select the text to attach it to first.');
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('This annotation no longer exists.');
    const next: Annotation = {
      ...current,
      quote: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      selectors,
      updatedAt: now.toISOString(),
    };
    await replaceStored(db.annotations, id, next);
    return next;
  });
}
