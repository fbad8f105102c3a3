import type { Kennzahlen } from '../../bericht/berichtsformat.js';
import type { Cluster, Handlungsfeld } from '../../model/typen.js';
import { UEBERGREIFEND } from '../model/typen.js';
import { marke, type Markierer, ohneMarke } from '../../nachweis/marke.js';

/** What every sentence builder needs: the Kennzahlen, the year, the management and the registry. */
export interface SatzKontext {
  /** A Kennzahl; a key the engine did not write counts as 0. */
  k(schluessel: string): number;
  /**
   * `text` marked as the value of `schluessel` (HTML number links); unchanged when not marking. The text
   * matching of `markiereSaetze` finds digits and number words; a builder marks what it cannot tell apart
   * itself, such as the "ein"/"eine" of a count of 1 (`anzahl(n, 'Projekt', 'Projekte', kx.marke(s, 'ein'))`).
   */
  marke: Markierer;
  /** Whether numbers are marked (the HTML file, or the PDF with --nachweis). */
  markieren: boolean;
  jahr: number;
  cluster: Cluster;
  registry: Cluster[];
}

/** Builds the sentence context from the report input. */
export function satzKontext(kennzahlen: Kennzahlen, jahr: number, cluster: Cluster, registry: Cluster[], markieren = false): SatzKontext {
  return { k: (s) => kennzahlen[s] ?? 0, marke: markieren ? marke : ohneMarke, markieren, jahr, cluster, registry };
}

/** The Handlungsfelder of the management valid in `jahr`, plus the implicit `uebergreifend`. */
export function handlungsfelderIm(cluster: Cluster, jahr: number): Handlungsfeld[] {
  const gueltig = cluster.handlungsfelder.filter((h) => (h.ab ?? -Infinity) <= jahr && jahr <= (h.bis ?? Infinity));
  return [...gueltig, UEBERGREIFEND];
}

/** The other managements of the registry, alphabetical by German name. */
export function andereCluster(kontext: SatzKontext): Cluster[] {
  return kontext.registry
    .filter((c) => c.slug !== kontext.cluster.slug)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/** The entries with the largest positive count (several on a tie), or none when all are 0. */
export function spitze<T>(eintraege: readonly T[], wert: (e: T) => number): { sieger: T[]; n: number } {
  const n = Math.max(0, ...eintraege.map(wert));
  return { sieger: n > 0 ? eintraege.filter((e) => wert(e) === n) : [], n };
}

/** "gestiegen", "gesunken" or "gleich geblieben" for a signed difference. */
export function richtungWort(d: number): string {
  return d > 0 ? 'gestiegen' : d < 0 ? 'gesunken' : 'gleich geblieben';
}

/** "(vgl. Abbildung 1)" as the seed references figures and tables. */
export function vgl(was: 'Abbildung' | 'Tabelle', nummer: number): string {
  return `vgl. ${was} ${nummer}`;
}
