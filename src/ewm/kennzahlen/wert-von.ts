/** The one derivation of a Kennzahl from its records. */
import type { Beleg } from './beleg.js';
import { centZuEuro } from './cent-zu-euro.js';

/** Counts are the number of records; sums add each record's amount (cents → euros). */
export function wertVon(beleg: Beleg): number {
  if (beleg.art !== 'summe') return beleg.datensaetze.length;
  let summe = 0;
  for (const v of beleg.datensaetze) summe += beleg.betrag(v);
  return beleg.einheit === 'cent' ? centZuEuro(summe) : summe;
}
