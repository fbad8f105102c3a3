/**
 * Domain types of the EWM tables after reading and validation: the contract between the EWM
 * validator (`src/ewm/pruefen/`) and the EWM Kennzahlen. Field names follow the canonical column
 * names of the input contract (docs/datenformat.md), so a column and its field share one name.
 * Enumerations hold their canonical slug; references (cluster, Handlungsfeld) hold slugs.
 */
import type { BasisDaten, Cent, Handlungsfeld, Herkunftsort, IsoDatum } from '../../model/typen.js';
import {
  AKTEUR_TYP_WERTE, AKTIVITAET_FORMAT_WERTE, AKTIVITAET_STATUS_WERTE, FOERDERGEBER_WERTE, GROESSENKLASSE_WERTE,
  KONSORTIALSTRUKTUR_WERTE, LEITLINIE_WERTE, PROJEKT_STATUS_WERTE, SCHWERPUNKTTHEMA_WERTE, SITZ_WERTE, slugsVon,
} from './werte.js';

/** The implicit Handlungsfeld every EWM management has. */
export const UEBERGREIFEND: Handlungsfeld = {
  slug: 'uebergreifend',
  name: 'gesamtclusterbezogen/handlungsfeldübergreifend',
};

/** The enumerations' slugs (in the contract's order) and types, from the records in `werte.ts`. */
export type ProjektStatus = keyof typeof PROJEKT_STATUS_WERTE;
export const PROJEKT_STATUS = slugsVon(PROJEKT_STATUS_WERTE);
export type Foerdergeber = keyof typeof FOERDERGEBER_WERTE;
export const FOERDERGEBER = slugsVon(FOERDERGEBER_WERTE);
export type Konsortialstruktur = keyof typeof KONSORTIALSTRUKTUR_WERTE;
export const KONSORTIALSTRUKTUREN = slugsVon(KONSORTIALSTRUKTUR_WERTE);
export type Leitlinie = keyof typeof LEITLINIE_WERTE;
export const LEITLINIEN = slugsVon(LEITLINIE_WERTE);
export type Schwerpunktthema = keyof typeof SCHWERPUNKTTHEMA_WERTE;
export const SCHWERPUNKTTHEMEN = slugsVon(SCHWERPUNKTTHEMA_WERTE);
export type AktivitaetFormat = keyof typeof AKTIVITAET_FORMAT_WERTE;
export const AKTIVITAET_FORMATE = slugsVon(AKTIVITAET_FORMAT_WERTE);
export type AktivitaetStatus = keyof typeof AKTIVITAET_STATUS_WERTE;
export const AKTIVITAET_STATUS = slugsVon(AKTIVITAET_STATUS_WERTE);
export type AkteurTyp = keyof typeof AKTEUR_TYP_WERTE;
export const AKTEUR_TYPEN = slugsVon(AKTEUR_TYP_WERTE);
export type Sitz = keyof typeof SITZ_WERTE;
export const SITZE = slugsVon(SITZ_WERTE);
export type Groessenklasse = keyof typeof GROESSENKLASSE_WERTE;
export const GROESSENKLASSEN = slugsVon(GROESSENKLASSE_WERTE);

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
