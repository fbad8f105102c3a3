/**
 * Domain types of the EWM export after reading and validation.
 *
 * These are the contract between the stages: the reader/validator produces a `Datenbestand`,
 * the Kennzahlen engine consumes it. Field names follow the canonical column names of the
 * input contract (docs/datenformat.md), so a column and its field share one name.
 *
 * Conventions:
 * - Dates are ISO strings `yyyy-mm-dd` (they compare correctly as strings, no time zone).
 * - Amounts are integer euro cents (`Cent`), never floating-point euros.
 * - Enumerations hold their canonical slug; references (cluster, Handlungsfeld) hold slugs.
 */

/** ISO date `yyyy-mm-dd`. */
export type IsoDatum = string;
/** Integer amount in euro cents. */
export type Cent = number;

/** Where a record came from, for messages: file name and CSV line or JSON path. */
export interface Herkunftsort {
  datei: string;
  /** CSV: physical line of the record's first line (header = 1). JSON: 0. */
  zeile: number;
  /** JSON: path such as `[12]`; CSV: undefined. */
  pfad?: string;
}

export const CLUSTER_ARTEN = ['cluster', 'teilthema'] as const;
export type ClusterArt = (typeof CLUSTER_ARTEN)[number];

export const LAENDER = ['gemeinsam', 'berlin', 'brandenburg'] as const;
export type Land = (typeof LAENDER)[number];

export interface Handlungsfeld {
  slug: string;
  name: string;
  /** First year the field exists (inclusive). */
  ab?: number;
  /** Last year the field exists (inclusive). */
  bis?: number;
}

export interface Cluster {
  slug: string;
  name: string;
  art: ClusterArt;
  land: Land;
  /** Explicit fields only; the implicit `uebergreifend` is not listed here. */
  handlungsfelder: Handlungsfeld[];
}

export const UEBERGREIFEND: Handlungsfeld = {
  slug: 'uebergreifend',
  name: 'gesamtclusterbezogen/handlungsfeldübergreifend',
};

export const PROJEKT_STATUS = [
  'in_vorbereitung',
  'antrag_gestellt',
  'begonnen_laufend',
  'regulaer_beendet',
  'abgebrochen',
  'abgesagt',
] as const;
export type ProjektStatus = (typeof PROJEKT_STATUS)[number];

export const FOERDERGEBER = ['land_berlin', 'land_brandenburg', 'bund', 'eu', 'sonstige', 'keine'] as const;
export type Foerdergeber = (typeof FOERDERGEBER)[number];

export const KONSORTIALSTRUKTUREN = [
  'einzelvorhaben_unternehmen',
  'einzelvorhaben_forschung',
  'verbund_unternehmen',
  'verbund_unternehmen_forschung',
  'verbund_forschung',
  'sonstiger_verbund',
] as const;
export type Konsortialstruktur = (typeof KONSORTIALSTRUKTUREN)[number];

export const LEITLINIEN = [
  'innovation_breiter_denken',
  'cross_cluster_staerken',
  'innovationsprozesse_oeffnen',
  'nachhaltigkeit',
  'internationaler_aufstellen',
] as const;
export type Leitlinie = (typeof LEITLINIEN)[number];

export const SCHWERPUNKTTHEMEN = [
  'digitalisierung',
  'reallabore_testfelder',
  'arbeit_4_0_fachkraefte',
  'startups_gruendungen',
] as const;
export type Schwerpunktthema = (typeof SCHWERPUNKTTHEMEN)[number];

export const AKTIVITAET_FORMATE = [
  'konferenz',
  'forum',
  'workshop',
  'veranstaltungsreihe',
  'messe',
  'marketing',
  'fachkraefte',
  'sonstiges',
] as const;
export type AktivitaetFormat = (typeof AKTIVITAET_FORMATE)[number];

export const AKTIVITAET_STATUS = ['geplant', 'durchgefuehrt', 'abgesagt'] as const;
export type AktivitaetStatus = (typeof AKTIVITAET_STATUS)[number];

export const AKTEUR_TYPEN = [
  'hochschule',
  'forschungsinstitut',
  'unternehmen',
  'verein',
  'netzwerk',
  'landkreis_kommune',
  'oeffentliche_verwaltung',
  'sonstige',
] as const;
export type AkteurTyp = (typeof AKTEUR_TYPEN)[number];

export const SITZE = ['berlin', 'brandenburg', 'extern'] as const;
export type Sitz = (typeof SITZE)[number];

export const GROESSENKLASSEN = ['1-9', '10-49', '50-249', '250+'] as const;
export type Groessenklasse = (typeof GROESSENKLASSEN)[number];

export interface Projekt {
  id: string;
  titel: string;
  cluster: string;
  /** Other managements involved; the lead cluster is already removed (with a warning). */
  beteiligte_cluster: string[];
  handlungsfeld: string;
  laufzeitbeginn: IsoDatum;
  laufzeitende?: IsoDatum;
  status: ProjektStatus;
  status_seit?: IsoDatum;
  projektvolumen: Cent;
  /** Defaults applied: = projektvolumen when missing. */
  projektvolumen_bb: Cent;
  /** Defaults applied: 0 when missing. */
  foerdervolumen: Cent;
  /** Defaults applied: = foerdervolumen when missing. */
  foerdervolumen_bb: Cent;
  foerdergeber: Foerdergeber;
  foerderprogramm?: string;
  fueui: boolean;
  konsortialstruktur?: Konsortialstruktur;
  leitlinien: Leitlinie[];
  schwerpunktthemen: Schwerpunktthema[];
  quelle: Herkunftsort;
}

export interface Aktivitaet {
  id: string;
  titel: string;
  cluster: string;
  beteiligte_cluster: string[];
  handlungsfeld: string;
  beginn: IsoDatum;
  ende?: IsoDatum;
  format: AktivitaetFormat;
  /** Defaults applied: `durchgefuehrt` when missing. */
  status: AktivitaetStatus;
  status_seit?: IsoDatum;
  teilnehmende?: number;
  standardaktivitaet: boolean;
  leitlinien: Leitlinie[];
  schwerpunktthemen: Schwerpunktthema[];
  quelle: Herkunftsort;
}

export interface Akteur {
  id: string;
  name: string;
  typ: AkteurTyp;
  sitz: Sitz;
  beschaeftigte?: number;
  groessenklasse?: Groessenklasse;
  uebergeordnet?: string;
  quelle: Herkunftsort;
}

export interface Beteiligung {
  vorhaben_id: string;
  akteur_id: string;
  quelle: Herkunftsort;
}

/** Optional report metadata from `bericht.json`. */
export interface BerichtMeta {
  herausgeber?: string[];
  redaktion?: string[];
  foerderhinweis?: string;
  /** Publication date, ISO. */
  veroeffentlichung?: IsoDatum;
}

/** Everything one input directory holds, validated. */
export interface Datenbestand {
  cluster: Cluster[];
  projekte: Projekt[];
  aktivitaeten: Aktivitaet[];
  akteure: Akteur[];
  beteiligungen: Beteiligung[];
  bericht: BerichtMeta;
}
