import { zahl } from './zahl.js';

/**
 * A count with its noun in singular or plural: "1 Projekt", "2 Projekte", "0 Projekte", "1.234 Akteure".
 * With `einWort` ("ein", "eine", "einen") the count 1 is written as a word: "ein Cross Cluster-Projekt",
 * "eine Sonstige Aktivität". `einWort` is used as given, so a sentence builder that knows the count's key
 * passes it marked (`kx.marke(schluessel, 'ein')`): text matching cannot tell that word from the article,
 * the mark links it to its Kennzahl in bericht.html.
 */
export function anzahl(n: number, singular: string, plural: string, einWort?: string): string {
  if (n === 1) return `${einWort ?? '1'} ${singular}`;
  return `${zahl(n)} ${plural}`;
}

/** A signed difference as in the seed: "+ 8", "− 3" (minus sign U+2212), "± 0". */
export function differenz(d: number): string {
  // No-break space: the sign never ends a line without its number.
  if (d === 0) return '±\u00a00';
  return d > 0 ? `+\u00a0${zahl(d)}` : `−\u00a0${zahl(-d)}`;
}

const ZAHLWOERTER = ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** Small counts as words, as German style prefers in running text ("vier weitere Cluster"); from 13 on digits. */
export function zahlwort(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < ZAHLWOERTER.length ? (ZAHLWOERTER[n] as string) : zahl(n);
}
