/** Median and friends for repeated measurements. */

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(werte: readonly number[]): number {
  if (werte.length === 0) throw new Error('median: keine Werte');
  const s = [...werte].sort((a, b) => a - b);
  const mitte = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mitte] as number) : ((s[mitte - 1] as number) + (s[mitte] as number)) / 2;
}

