/**
 * Products named like companies: a model number ("Xbox One X", "PS4") or a maker noun after the
 * name ("Minecraft developer Mojang" makes "Minecraft" a product). classify.ts leaves them out;
 * entities.ts keeps the words so that a product's name recurring is no evidence of a company.
 */
import { MAKER_NOUNS } from './cues';
import { nextToken } from './lists';
import type { Piece } from './pieces';
import { spacedFromPrevious, type Token } from './tokens';

/**
 * Model numbers make a product: a word of letters then digits ("PS4", "HTML5") or a last word of
 * one capital ("Xbox One X", "iPhone X"), which no person's or organisation's name ends with.
 * "1010data" and "3M" start with their digits and stay names.
 */
export function isProductShaped(ts: Token[]): boolean {
  return (
    ts.some((t) => /^\p{L}+\d+\p{L}*$/u.test(t.text)) ||
    (ts.length > 1 && /^\p{Lu}\.?$/u.test(ts[ts.length - 1].text))
  );
}

/**
 * Words the text uses as a product's: a name with a model number ("Xbox One X", "PlayStation 4") or one that a
 * maker noun follows ("Minecraft developer Mojang"). The company list also holds brands.
 */
export function productWords(piece: Piece): string[] {
  if (isProductShaped(piece.tokens)) return piece.tokens.map((t) => t.key);
  const after = nextToken(piece);
  // "PlayStation 4 Pro", "Windows 10": a model number after the name.
  if (after && /^\d+$/.test(after.text) && spacedFromPrevious(after))
    return piece.tokens.map((t) => t.key);
  return after && !after.capital && MAKER_NOUNS.has(after.key) ? [piece.tokens[0].key] : [];
}

/** A last word that makes the name a device or service sold: "Bloomberg Terminal". */
const PRODUCT_LAST = new Set(['terminal']);
/** Lower-case things after a name that make it their make: "a Swiss Army knife". */
const THINGS_AFTER = new Set(['knife', 'knives']);

/**
 * "the Bloomberg Terminal", "a Swiss Army knife": a name whose last word is a product's, or that
 * a thing sold follows, names the product (the knife's maker is no army; the terminal is no
 * company, Bloomberg is).
 */
export function namesProduct(piece: Piece): boolean {
  const ts = piece.tokens;
  if (ts.length > 1 && PRODUCT_LAST.has(ts[ts.length - 1].key)) return true;
  const after = nextToken(piece);
  return !!after && !after.capital && spacedFromPrevious(after) && THINGS_AFTER.has(after.key);
}
