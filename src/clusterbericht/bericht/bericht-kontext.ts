import type { Kennzahlen } from '../../bericht/berichtsformat.js';
import type { Markierer } from '../../nachweis/marke.js';
import type { ClusterberichtTabellen } from '../typen.js';

/** What every sentence builder of the clusterbericht gets: the year's rows and Kennzahlen. */
export interface BerichtKontext {
  daten: ClusterberichtTabellen;
  cluster: string;
  /** Display name, e.g. "Sondermaschinen- und Anlagenbau". */
  name: string;
  /** Land name for running text, e.g. "Sachsen-Anhalt". */
  land: string;
  jahr: number;
  k: Kennzahlen;
  /**
   * `text` marked as the value of a key (HTML number links), unchanged when not marking: for what the text
   * matching of `markiereClusterSaetze` cannot tell apart, the "ein"/"eine" of a count of 1 (`c.marke(s, 'ein')`).
   */
  marke: Markierer;
}

/** The Kennzahl `schluessel` (every contract key exists; segment keys exist for the year's segments). */
export function kz(kontext: BerichtKontext, schluessel: string): number {
  const wert = kontext.k[schluessel];
  if (wert === undefined) throw new Error(`Kennzahl fehlt: ${schluessel}`);
  return wert;
}

/** Rows of the cluster and year. */
export function zeilenImJahr<T extends { cluster: string; jahr: number }>(kontext: BerichtKontext, zeilen: readonly T[]): T[] {
  return zeilen.filter((z) => z.cluster === kontext.cluster && z.jahr === kontext.jahr);
}
