/**
 * How a report format declares a table of its input contract: canonical columns, German labels,
 * types, enumerations and what is required. The generic reader, converter, problem sorting and the
 * docs follow such declarations; the formats own them (EWM: `src/ewm/pruefen/tabellen.ts`).
 */

/** An enumeration: canonical slugs (the type `S` of a record's field) with German labels, and the noun phrase used in messages. */
export interface Aufzaehlung<S extends string = string> {
  /** e.g. `kein gültiger Status` */
  keinGueltiger: string;
  werte: readonly { slug: S; label: string; auch?: string[] }[];
}

export type SpaltenTyp =
  | 'text'
  | 'betrag'
  | 'ganzzahl'
  /** A number ≥ 0 with at most two decimals, held as hundredths (e.g. staff in Mannjahre). */
  | 'dezimal'
  | 'datum'
  | 'wahrheitswert'
  | 'aufzaehlung'
  | 'aufzaehlungsliste'
  | 'cluster'
  | 'clusterliste'
  | 'handlungsfeld';

export interface Spalte {
  name: string;
  label: string;
  typ: SpaltenTyp;
  /** Required in every row (conditional requirements are checked per table). */
  pflicht: boolean;
  aufzaehlung?: Aufzaehlung;
  /** Smallest allowed value for counts. */
  minimum?: number;
  /** Largest allowed value for counts and decimals (in the unit the user writes). */
  maximum?: number;
}

export interface Tabelle {
  /** File base name: `NAME.csv` or `NAME.json`. */
  name: string;
  spalten: readonly Spalte[];
}

/** Builds an enumeration from slugs and labels in the same order. */
export function aufzaehlung<S extends string>(
  keinGueltiger: string,
  slugs: readonly S[],
  labels: readonly string[],
  auch: Record<string, string[]> = {},
): Aufzaehlung<S> {
  return { keinGueltiger, werte: slugs.map((slug, i) => ({ slug, label: labels[i] ?? slug, auch: auch[slug] })) };
}
