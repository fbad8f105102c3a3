/**
 * A report format: everything that makes one kind of annual report, in one module of its own.
 * The generic layers (reading, validation core, pipeline, browser, PDF, output, `--alle`, `vergleich`,
 * `vorschau`) know only this interface; the formats are listed in `src/formate.ts`.
 *
 * A format lives in `src/<id>/` with its templates in `templates/<id>/`, and implements:
 * - `tabellen`: its tables (`src/pruefen/tabelle.ts` declarations: columns, labels, enumerations)
 *   with the folder they live in, and a collector that checks each row and the rules across tables;
 * - `berichtet`: which managements of the registry get a report of a year (`--alle`): only those whose
 *   report of that year would not be empty (a single report of another one is refused unless `--leer`),
 *   and `inhalt`, the German wording of that rule for the help and the messages;
 * - `berechneKennzahlen` (pure) and `serialisiereKennzahlen` under `kennzahlenSchema`;
 * - `abbildungen`: the chart specs (Vega-Lite) from the Kennzahlen;
 * - `ladeTexte`: the analysts' Markdown of a report (which files, which slots; the generic loader of one
 *   text is `src/texte/lade-markdown-text.ts`);
 * - `baueHtml`: the whole report from its template pack;
 * - `metadaten`: PDF title, subject, keywords and (optionally) the author.
 * `cluster.json` names each management's format (`"berichtsformat"`, default: the first listed).
 */
import type { Problem } from '../fehler.js';
import type { Cluster, Handlungsfeld } from '../model/typen.js';
import type { Nachweis } from '../nachweis/typen.js';
import type { DatenFormat } from '../pruefen/format-tabellen.js';
import type { EingabeQuelle } from '../manifest/manifest.js';

/** Flat figures of one report: key → count or euro amount. */
export type Kennzahlen = Record<string, number>;

/** A chart as built by a report format, before rendering. */
export interface AbbildungEntwurf {
  nummer: number;
  titel: string;
  /** Vega-Lite top-level spec. */
  spec: object;
  textalternative: string;
  /** The keys the chart was built from, with their values (its data labels link to them in the HTML). */
  gelesen?: ReadonlyMap<string, number>;
}

/** A chart after rendering to SVG. */
export interface GerenderteAbbildung extends AbbildungEntwurf {
  svg: string;
}

/** Everything a format needs to build its HTML. */
export interface HtmlEingabe<Texte, Daten> {
  daten: Daten;
  cluster: Cluster;
  jahr: number;
  kennzahlen: Kennzahlen;
  /** The records behind every figure (for the appendix and the number marks), when the format has them. */
  nachweis: Nachweis | undefined;
  /** Mark every computed number with its keys (`marke`, src/nachweis/marke.ts); the pipeline links them. */
  markieren?: boolean;
  abbildungen: GerenderteAbbildung[];
  texte: Texte;
  /** ISO publication date, or undefined when none is known. */
  datum: string | undefined;
  css: { schrift: string; seite: string };
}

/** Title, subject and keywords of the PDF. */
export interface FormatMetadaten {
  titel: string;
  thema: string;
  schluesselwoerter: string[];
  /** Author of the PDF; default: the first Herausgeber line of bericht.json. */
  autor?: string;
}

export interface Berichtsformat<Texte = unknown, Daten = unknown> extends DatenFormat<Daten> {
  /** Short id as used in cluster.json and `--berichtsformat`, e.g. `ewm`. */
  id: string;
  /** `schema` of kennzahlen.json, e.g. `ewm-report/kennzahlen@1`; `vergleich` accepts every registered one. */
  kennzahlenSchema: string;
  /** Slugs of the managements using this format whose report of `jahr` is not empty (`--alle`), in registry order. */
  berichtet(daten: Daten, jahr: number): string[];
  /** German wording of what `berichtet` asks, for help texts and messages (the generic layers name no format's records). */
  inhalt: {
    /** What a management needs for a report, after "alle Managements", e.g. "mit Vorhaben im Berichtsjahr und seinen Vergleichsjahren". */
    mit: string;
    /** Why a management gets no report of `jahr`, after "es gibt", e.g. "im Berichtsjahr 2019 und in seinen Vergleichsjahren kein einziges Vorhaben". */
    ohne(jahr: number): string;
  };
  berechneKennzahlen(daten: Daten, cluster: string, jahr: number): Kennzahlen;
  /**
   * Every figure with the records behind it (`nachweis.json`, `erklaere`, the HTML number links); the
   * figures (`wert`) are derived from the records and equal `berechneKennzahlen`. Rows of a table
   * without ids carry `id` = `datei:zeile`. A format without it writes no nachweis.json.
   */
  berechneNachweis?(daten: Daten, cluster: string, jahr: number): Nachweis;
  /** The German definition of a key (what counts, Stichtag, exclusions), or undefined for an unknown key. */
  definition?(schluessel: string): string | undefined;
  /** kennzahlen.json content (deterministic, sorted keys). */
  serialisiereKennzahlen(jahr: number, cluster: string, kennzahlen: Kennzahlen): string;
  abbildungen(kennzahlen: Kennzahlen, kontext: { jahr: number; cluster: Cluster }): AbbildungEntwurf[];
  /** The analysts' texts of one report; `kennzahlen` lets them cite figures (`{{kennzahl "…"}}`). */
  ladeTexte(datenVerzeichnis: string, jahr: number, cluster: string, kennzahlen: Kennzahlen): Promise<{ texte: Texte; probleme: Problem[] }>;
  /** The whole report as one HTML document; `seiten` maps heading text → PDF page (empty on the first pass). */
  baueHtml(eingabe: HtmlEingabe<Texte, Daten>, seiten: Map<string, number>): string;
  metadaten(cluster: Cluster, jahr: number): FormatMetadaten;
  /** The Handlungsfelder a management reports on, as `ewm-report cluster` lists them (default: those of cluster.json). */
  handlungsfelder?(cluster: Cluster): Handlungsfeld[];
  /**
   * Everything one report of this format reads (data tables, texts, templates), hashed into the report's
   * manifest: a report whose inputs did not change is not rendered again. Without it the whole data folder counts.
   */
  eingaben?(kontext: { datenVerzeichnis: string; jahr: number; cluster: string }): EingabeQuelle[];
  /** Optional one-time preparation (e.g. compiling templates), called while the charts render. */
  vorbereiten?(): void;
}
