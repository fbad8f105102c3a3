/** A Nachweis materialised as the plain content of `nachweis.json` (for small reports and tests). */
import type { KennzahlNachweis, Nachweis, NachweisDatei } from './typen.js';

/** Every key with its records, and every record's Merkmale, as plain objects. */
export function nachweisAlsDatei(n: Nachweis): NachweisDatei {
  const kennzahlen: Record<string, KennzahlNachweis> = {};
  for (const s of n.schluessel) kennzahlen[s] = n.kennzahl(s) as KennzahlNachweis;
  return { schema: n.schema, berichtsjahr: n.berichtsjahr, cluster: n.cluster, kennzahlen, merkmale: Object.fromEntries(n.merkmale()) };
}
