/**
 * German integer formatting: thousands separated by a dot ("1.234"), minus sign as "-".
 * Non-integers are rounded half away from zero first.
 */
export function zahl(n: number): string {
  pruefeEndlich(n);
  const gerundet = rundeKaufmaennisch(n, 0);
  const betrag = Math.abs(gerundet);
  const text = gruppiere(String(betrag));
  return gerundet < 0 ? `-${text}` : text;
}

/** Inserts a dot every three digits from the right ("1234567" → "1.234.567"). */
export function gruppiere(ziffern: string): string {
  return ziffern.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Rounds half away from zero to `stellen` decimals (kaufmännisch), robust against binary
 * float artefacts such as 1.005 (stored as 1.00499…) by first trimming to 12 significant digits.
 */
export function rundeKaufmaennisch(n: number, stellen: number): number {
  const faktor = 10 ** stellen;
  const skaliert = Number((Math.abs(n) * faktor).toPrecision(12));
  const gerundet = Math.floor(skaliert + 0.5) / faktor;
  return n < 0 && gerundet !== 0 ? -gerundet : gerundet;
}

/** Throws on NaN and infinities: a formatter must never print "NaN". */
export function pruefeEndlich(n: number): void {
  if (!Number.isFinite(n)) throw new RangeError(`Keine endliche Zahl: ${n}`);
}
