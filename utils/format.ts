/** A date as the reader's locale writes it, or the raw text when it is not a date we can read. */
export function formatDate(value: string | null | undefined, locale?: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

/**
 * A number as en-US writes it, commas between thousands ("100,000"), without Intl: a realm's first
 * toLocaleString loads ICU's number formats, 30–95 ms on a page's main thread in Chromium, and the
 * model's schemas spelled their limits this way as the content script loaded on every page.
 */
export function withThousands(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
