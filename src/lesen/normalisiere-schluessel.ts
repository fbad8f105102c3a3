/**
 * Normalisation rule for enumeration values, references and column names: case-insensitive,
 * ignoring spaces, `-`, `_` and `/`; umlauts and ß also match their transcriptions (ä = ae).
 */

const TRANSKRIPTION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Normalises a key so that `Begonnen / laufend`, `begonnen_laufend` and `begonnen-laufend` are equal. */
export function normalisiereSchluessel(wert: string): string {
  return wert
    .toLowerCase()
    .replace(/[\s\-_/]+/g, '')
    .replace(/[äöüß]/g, (z) => TRANSKRIPTION[z] ?? z);
}
