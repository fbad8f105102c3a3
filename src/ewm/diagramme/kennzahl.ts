/** Reading values from the flat Kennzahlen map. */

/** The value of `schluessel`; a missing or non-finite key is a programming error between stages. */
export function kennzahl(k: Readonly<Record<string, number>>, schluessel: string): number {
  const wert = k[schluessel];
  if (wert === undefined || !Number.isFinite(wert)) {
    throw new Error(`Kennzahl fehlt oder ist keine Zahl: ${schluessel}`);
  }
  return wert;
}

/** The years `von`..`bis` inclusive, ascending. */
export function jahre(von: number, bis: number): number[] {
  const ergebnis: number[] = [];
  for (let j = von; j <= bis; j++) ergebnis.push(j);
  return ergebnis;
}
