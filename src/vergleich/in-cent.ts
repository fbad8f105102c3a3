/**
 * The value in whole cents, or `undefined` when it is not a finite number with at most two decimals
 * (or too large to count in cents exactly). `0.1` → 10, `69215000.07` → 6921500007, `0.005` → undefined.
 *
 * Exact because a decimal with ≤ 2 places parses to the double nearest `n/100`, and `n / 100`
 * (one correctly rounded division) yields that same double again.
 */
export function inCent(wert: number): number | undefined {
  if (!Number.isFinite(wert)) return undefined;
  const cent = Math.round(wert * 100);
  if (!Number.isSafeInteger(cent) || cent / 100 !== wert) return undefined;
  return cent === 0 ? 0 : cent;
}
