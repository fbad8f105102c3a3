/**
 * Domain types of the EWM tables after reading and validation: the contract between the EWM
 * validator (`src/ewm/pruefen/`) and the EWM Kennzahlen. Field names follow the canonical column
 * names of the input contract (docs/datenformat.md), so a column and its field share one name.
 * Enumerations hold their canonical slug; references (cluster, Handlungsfeld) hold slugs.
 */
import type { BasisDaten, Cent, Handlungsfeld, Herkunftsort, IsoDatum } from '../../model/typen.js';

/** The implicit Handlungsfeld every EWM management has. */
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

/** The validated EWM tables of one input folder, with the registry and report metadata. */
export interface EwmDaten extends BasisDaten {
  projekte: Projekt[];
  aktivitaeten: Aktivitaet[];
  akteure: Akteur[];
  beteiligungen: Beteiligung[];
}
