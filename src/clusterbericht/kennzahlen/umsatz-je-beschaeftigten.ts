import type { Cent } from '../../model/typen.js';

/**
 * Revenue per employee in whole euros, rounded half up, exact in integers:
 * round(cent / (100 · beschaeftigte)) = floor((2 · cent + 100 · b) / (200 · b)). 0 when either is missing or 0.
 */
export function umsatzJeBeschaeftigten(umsatz: Cent | undefined, beschaeftigte: number | undefined): number {
  if (umsatz === undefined || beschaeftigte === undefined || beschaeftigte === 0) return 0;
  return Math.floor((2 * umsatz + 100 * beschaeftigte) / (200 * beschaeftigte));
}
