/**
 * Domain types of the EWM tables after reading and validation: the contract between the EWM
 * validator (`src/ewm/pruefen/`) and the EWM Kennzahlen. Field names follow the canonical column
 * names of the input contract (docs/datenformat.md), so a column and its field share one name.
 * Enumerations hold their canonical slug; references (cluster, Handlungsfeld) hold slugs.
 */
import type { BasisDaten, Handlungsfeld, Herkunftsort } from '../../model/typen.js';
import type { Datensatz } from '../../pruefen/datensatz.js';
import type { AKTEURE, AKTIVITAETEN, BETEILIGUNGEN, PROJEKTE } from '../pruefen/tabellen.js';
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

/** Where a record came from (added by the loader, not a column). */
interface Basis {
  quelle: Herkunftsort;
}

/** A record of `T` in which the row rules always fill the fields `K` (a default or a derived value for an empty cell). */
type Gefuellt<T, K extends keyof T> = Omit<T, K> & Required<Pick<T, K>>;

// Each record type is derived from its table's column declarations in ../pruefen/tabellen.ts (`Datensatz`), so a
// column is described once. Stated here is only what the row rules add: the fields they always fill.

/**
 * A project. Filled by its row rule: `beteiligte_cluster` (without the lead cluster), the Berlin-Brandenburg
 * volumes (the whole volume where empty), `foerdervolumen` (0 where empty), `leitlinien` and `schwerpunktthemen` ([]).
 */
export type Projekt = Gefuellt<
  Datensatz<typeof PROJEKTE>,
  'beteiligte_cluster' | 'projektvolumen_bb' | 'foerdervolumen' | 'foerdervolumen_bb' | 'leitlinien' | 'schwerpunktthemen'
> &
  Basis;

/** An activity. Filled by its row rule: `beteiligte_cluster`, `status` (its default), `leitlinien`, `schwerpunktthemen`. */
export type Aktivitaet = Gefuellt<Datensatz<typeof AKTIVITAETEN>, 'beteiligte_cluster' | 'status' | 'leitlinien' | 'schwerpunktthemen'> & Basis;

/** An actor, as its row gives it. */
export type Akteur = Datensatz<typeof AKTEURE> & Basis;

/** A participation of an actor in a Vorhaben. */
export type Beteiligung = Datensatz<typeof BETEILIGUNGEN> & Basis;

export interface EwmDaten extends BasisDaten {
  projekte: Projekt[];
  aktivitaeten: Aktivitaet[];
  akteure: Akteur[];
  beteiligungen: Beteiligung[];
}
