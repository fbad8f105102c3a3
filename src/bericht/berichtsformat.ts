import type { Problem } from '../fehler.js';
import type { Cluster, Datenbestand } from '../model/typen.js';

/** Flat figures of one report: key → count or euro amount. */
export type Kennzahlen = Record<string, number>;

/** A chart as built by a report format, before rendering. */
export interface AbbildungEntwurf {
  nummer: number;
  titel: string;
  /** Vega-Lite top-level spec. */
  spec: object;
  textalternative: string;
}

/** A chart after rendering to SVG. */
export interface GerenderteAbbildung extends AbbildungEntwurf {
  svg: string;
}

/** Everything a format needs to build its HTML. */
export interface HtmlEingabe<Texte> {
  daten: Datenbestand;
  cluster: Cluster;
  jahr: number;
  kennzahlen: Kennzahlen;
  abbildungen: GerenderteAbbildung[];
  texte: Texte;
  /** ISO publication date, or undefined when none is known. */
  datum: string | undefined;
  css: { schrift: string; seite: string };
}

/**
 * A report format: the Kennzahlen, charts, texts and templates of one kind of report.
 * The pipeline (`erzeugeBericht`) knows only this interface; the EWM format is one implementation,
 * a second format (e.g. the Sachsen-Anhalt cluster report) sits beside it in its own folder.
 */
export interface Berichtsformat<Texte> {
  id: string;
  berechneKennzahlen(daten: Datenbestand, cluster: string, jahr: number): Kennzahlen;
  /** kennzahlen.json content (deterministic, sorted keys). */
  serialisiereKennzahlen(jahr: number, cluster: string, kennzahlen: Kennzahlen): string;
  abbildungen(kennzahlen: Kennzahlen, kontext: { jahr: number; cluster: Cluster }): AbbildungEntwurf[];
  ladeTexte(datenVerzeichnis: string, jahr: number, cluster: string): Promise<{ texte: Texte; probleme: Problem[] }>;
  /** The whole report as one HTML document; `seiten` maps heading text → PDF page (empty on the first pass). */
  baueHtml(eingabe: HtmlEingabe<Texte>, seiten: Map<string, number>): string;
  /** Title, subject and keywords for the PDF metadata. */
  titel(cluster: Cluster, jahr: number): { titel: string; thema: string };
}
