/**
 * The records behind every figure of a report (`nachweis.json`, schema `ewm-report/nachweis@1`).
 * Format-free: a report format fills it, the pipeline writes it, `erklaere` and `vergleich` read it.
 */

export const NACHWEIS_SCHEMA = 'ewm-report/nachweis@1';

/** Where a record is: file name and physical line (header = 1); JSON input: line 0 and a path such as `[12]`. */
export interface Fundstelle {
  datei: string;
  zeile: number;
  pfad?: string;
}

/** A participation through which a counting unit counts (e.g. an actor in a Vorhaben). */
export interface NachweisBezug extends Fundstelle {
  /** The participating record (the actor, which may be a part of the counting unit). */
  akteur: string;
  /** The record it takes part in (the Vorhaben). */
  vorhaben: string;
}

/** One record behind a figure. */
export interface NachweisDatensatz extends Fundstelle {
  /** The record's id; `datei:zeile` where a table has none. */
  id: string;
  titel: string;
  /** Sums: this record's amount (euros, or units such as participants). */
  betrag?: number;
  /** Counting units: the participations through which it counts. */
  ueber?: NachweisBezug[];
}

/** A record a rule left out of the figure, and why (German). */
export interface NachweisAusschluss extends Fundstelle {
  id: string;
  titel: string;
  grund: string;
}

/** One figure and its records; `wert` is derived from `datensaetze` (count, or sum of `betrag`). */
export interface KennzahlNachweis {
  wert: number;
  /** `euro` for amounts (wert and betrag in euros); absent for counts and sums of units. */
  einheit?: 'euro';
  datensaetze: NachweisDatensatz[];
  ausgeschlossen?: NachweisAusschluss[];
}

/** A figure with its records as a sequence (see `Nachweis.kennzahlStrom`). */
export interface KennzahlStrom extends Omit<KennzahlNachweis, 'datensaetze'> {
  datensaetze: Iterable<NachweisDatensatz>;
}

/** The fields of a record that decide where it counts, with German labels and display values. */
export type Merkmale = Record<string, string>;

/** Content of `nachweis.json` as read back (`vergleich`, tests). */
export interface NachweisDatei {
  schema: typeof NACHWEIS_SCHEMA;
  berichtsjahr: number;
  cluster: string;
  /** Key → figure and records, keys in code-unit order when written. */
  kennzahlen: Record<string, KennzahlNachweis>;
  /** `datei#id` → Merkmale, for every record named above (lets `vergleich` say what changed). */
  merkmale: Record<string, Merkmale>;
}

/**
 * The Nachweis as a report format returns it: the records behind every figure, built key by key on
 * demand, so writing it for a report of a million-row export never holds all entries at once.
 */
export interface Nachweis {
  schema: typeof NACHWEIS_SCHEMA;
  berichtsjahr: number;
  cluster: string;
  /** Every key, in the format's order. */
  schluessel: readonly string[];
  /** The figure of a key, derived from its records; undefined for an unknown key. */
  wert(schluessel: string): number | undefined;
  /** The figure and its records; undefined for an unknown key. */
  kennzahl(schluessel: string): KennzahlNachweis | undefined;
  /**
   * The same with the records as a sequence built while it is read (for writing the files: a key's
   * records never exist all at once, so they die young instead of filling the old generation).
   */
  kennzahlStrom(schluessel: string): KennzahlStrom | undefined;
  /** `datei#id` → Merkmale of every record named by any key, in code-unit order of `datei#id`. */
  merkmale(): Iterable<[string, Merkmale]>;
}

/** The key of a record in `merkmale`. */
export function merkmalSchluessel(datei: string, id: string): string {
  return `${datei}#${id}`;
}
