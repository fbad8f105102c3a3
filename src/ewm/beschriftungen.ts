/**
 * German display labels of every enumeration value (charts, tables, text). The labels are those of
 * `model/werte.ts` (one source with the export's labels); only where the report words a value
 * differently (capitalised "Sonstiges", Größenklassen as noun phrases) is the wording given here.
 */
import type { AktivitaetFormat, Groessenklasse } from './model/typen.js';
import {
  AKTEUR_TYP_WERTE, AKTIVITAET_FORMAT_WERTE, AKTIVITAET_STATUS_WERTE, FOERDERGEBER_WERTE, KONSORTIALSTRUKTUR_WERTE,
  LEITLINIE_WERTE, PROJEKT_STATUS_WERTE, SCHWERPUNKTTHEMA_WERTE, SITZ_WERTE,
} from './model/werte.js';

/** Projekt status, as in the seed ("begonnen/laufend"). */
export const STATUS_BESCHRIFTUNG = PROJEKT_STATUS_WERTE;

/** Status of a Sonstige Aktivität. */
export const AKTIVITAET_STATUS_BESCHRIFTUNG = AKTIVITAET_STATUS_WERTE;

/** Konsortialstruktur of FuEuI projects. */
export const KONSORTIALSTRUKTUR_BESCHRIFTUNG = KONSORTIALSTRUKTUR_WERTE;

/** Fördergeber (`keine` = no public funding). */
export const FOERDERGEBER_BESCHRIFTUNG = FOERDERGEBER_WERTE;

/** Format of a Sonstige Aktivität; the report capitalises "Sonstiges". */
export const FORMAT_BESCHRIFTUNG: Readonly<Record<AktivitaetFormat, string>> = { ...AKTIVITAET_FORMAT_WERTE, sonstiges: 'Sonstiges' };

/** Akteurstyp, singular as in the rows of Tabelle 3. */
export const AKTEUR_TYP_BESCHRIFTUNG = AKTEUR_TYP_WERTE;

/** The combined row of Tabelle 3 for `hochschule` + `forschungsinstitut`. */
export const HOCHSCHULE_FORSCHUNG_BESCHRIFTUNG = 'Hochschule/Forschungsinstitut';

/** Herkunft (Sitz of the Zähleinheit). */
export const HERKUNFT_BESCHRIFTUNG = SITZ_WERTE;

/** Größenklasse of a company, as a noun phrase ("1 bis 9 Beschäftigte"). */
export const GROESSENKLASSE_BESCHRIFTUNG: Readonly<Record<Groessenklasse, string>> = {
  '1-9': '1 bis 9 Beschäftigte',
  '10-49': '10 bis 49 Beschäftigte',
  '50-249': '50 bis 249 Beschäftigte',
  '250+': '250 und mehr Beschäftigte',
};

/** Größenklasse as the "davon" row of Tabelle 3 ("davon mit 1 bis 9 Beschäftigten"). */
export const GROESSENKLASSE_DAVON_BESCHRIFTUNG: Readonly<Record<Groessenklasse, string>> = {
  '1-9': 'davon mit 1 bis 9 Beschäftigten',
  '10-49': 'davon mit 10 bis 49 Beschäftigten',
  '50-249': 'davon mit 50 bis 249 Beschäftigten',
  '250+': 'davon mit 250 und mehr Beschäftigten',
};

/** innoBB 2025 Leitlinie. */
export const LEITLINIE_BESCHRIFTUNG = LEITLINIE_WERTE;

/** innoBB 2025 Schwerpunkt-Thema. */
export const SCHWERPUNKTTHEMA_BESCHRIFTUNG = SCHWERPUNKTTHEMA_WERTE;
