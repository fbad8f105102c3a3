/**
 * The four EWM record tables of the input contract: canonical columns, German labels, types and
 * what is required. Readers, converters, sorting and docs/datenformat.md all follow this list.
 */
import {
  AKTEUR_TYP_WERTE, AKTIVITAET_FORMAT_WERTE, AKTIVITAET_STATUS_WERTE, FOERDERGEBER_WERTE, GROESSENKLASSE_WERTE,
  KONSORTIALSTRUKTUR_WERTE, LEITLINIE_WERTE, PROJEKT_STATUS_WERTE, SCHWERPUNKTTHEMA_WERTE, SITZ_WERTE,
} from '../model/werte.js';
import { aufzaehlung, type Tabelle } from '../../pruefen/tabelle.js';

export type TabellenName = 'projekte' | 'aktivitaeten' | 'akteure' | 'beteiligungen';

/** An EWM table: a generic table declaration with one of the four names. */
export interface EwmTabelle extends Tabelle {
  name: TabellenName;
}

/** An enumeration of the export from one record of `werte.ts` (labels as the export may write them); its slugs stay typed. */
const aufz = <W extends Readonly<Record<string, string>>>(keinGueltiger: string, werte: W, auch: Record<string, string[]> = {}) =>
  aufzaehlung(keinGueltiger, Object.keys(werte) as (keyof W & string)[], Object.values(werte), auch);

export const PROJEKT_STATUS_AUFZ = aufz('kein gültiger Status', PROJEKT_STATUS_WERTE);
export const FOERDERGEBER_AUFZ = aufz('kein gültiger Fördergeber', FOERDERGEBER_WERTE);
export const KONSORTIALSTRUKTUR_AUFZ = aufz('keine gültige Konsortialstruktur', KONSORTIALSTRUKTUR_WERTE);
export const LEITLINIEN_AUFZ = aufz('keine gültige Leitlinie', LEITLINIE_WERTE);
export const SCHWERPUNKT_AUFZ = aufz('kein gültiges Schwerpunkt-Thema', SCHWERPUNKTTHEMA_WERTE);
export const FORMAT_AUFZ = aufz('kein gültiges Format', AKTIVITAET_FORMAT_WERTE);
export const AKTIVITAET_STATUS_AUFZ = aufz('kein gültiger Status', AKTIVITAET_STATUS_WERTE);
export const TYP_AUFZ = aufz('kein gültiger Typ', AKTEUR_TYP_WERTE);
export const SITZ_AUFZ = aufz('kein gültiger Sitz', SITZ_WERTE);
export const GROESSENKLASSE_AUFZ = aufz('keine gültige Größenklasse', GROESSENKLASSE_WERTE, { '250+': ['250 und mehr'] });

// Columns and tables are declared `as const` (names, types and `pflicht` literal), so the record types in
// model/typen.ts derive from them (`Datensatz`).
const id = { name: 'id', label: 'ID', typ: 'text', pflicht: true } as const;
const titel = { name: 'titel', label: 'Titel', typ: 'text', pflicht: true } as const;
const cluster = { name: 'cluster', label: 'Cluster/Teilthema', typ: 'cluster', pflicht: true } as const;
const beteiligte = { name: 'beteiligte_cluster', label: 'Beteiligte Cluster', typ: 'clusterliste', pflicht: false } as const;
const handlungsfeld = { name: 'handlungsfeld', label: 'Handlungsfeld', typ: 'handlungsfeld', pflicht: true } as const;
const statusSeit = { name: 'status_seit', label: 'Status seit', typ: 'datum', pflicht: false } as const;
const leitlinien = { name: 'leitlinien', label: 'Leitlinien', typ: 'aufzaehlungsliste', pflicht: false, aufzaehlung: LEITLINIEN_AUFZ } as const;
const schwerpunkte = {
  name: 'schwerpunktthemen', label: 'Schwerpunkt-Themen', typ: 'aufzaehlungsliste', pflicht: false, aufzaehlung: SCHWERPUNKT_AUFZ,
} as const;

export const PROJEKTE = {
  name: 'projekte',
  spalten: [
    id, titel, cluster, beteiligte, handlungsfeld,
    { name: 'laufzeitbeginn', label: 'Laufzeitbeginn', typ: 'datum', pflicht: true },
    { name: 'laufzeitende', label: 'Laufzeitende', typ: 'datum', pflicht: false },
    { name: 'status', label: 'Status', typ: 'aufzaehlung', pflicht: true, aufzaehlung: PROJEKT_STATUS_AUFZ },
    statusSeit,
    { name: 'projektvolumen', label: 'Projektvolumen', typ: 'betrag', pflicht: true },
    { name: 'projektvolumen_bb', label: 'Projektvolumen Berlin-Brandenburg', typ: 'betrag', pflicht: false },
    { name: 'foerdervolumen', label: 'Fördervolumen', typ: 'betrag', pflicht: false },
    { name: 'foerdervolumen_bb', label: 'Fördervolumen Berlin-Brandenburg', typ: 'betrag', pflicht: false },
    { name: 'foerdergeber', label: 'Fördergeber', typ: 'aufzaehlung', pflicht: true, aufzaehlung: FOERDERGEBER_AUFZ },
    { name: 'foerderprogramm', label: 'Förderprogramm', typ: 'text', pflicht: false },
    { name: 'fueui', label: 'FuEuI-Projekt', typ: 'wahrheitswert', pflicht: true },
    { name: 'konsortialstruktur', label: 'Konsortialstruktur', typ: 'aufzaehlung', pflicht: false, aufzaehlung: KONSORTIALSTRUKTUR_AUFZ },
    leitlinien, schwerpunkte,
  ],
} as const satisfies EwmTabelle;

export const AKTIVITAETEN = {
  name: 'aktivitaeten',
  spalten: [
    id, titel, cluster, beteiligte, handlungsfeld,
    { name: 'beginn', label: 'Beginn', typ: 'datum', pflicht: true },
    { name: 'ende', label: 'Ende', typ: 'datum', pflicht: false },
    { name: 'format', label: 'Format', typ: 'aufzaehlung', pflicht: true, aufzaehlung: FORMAT_AUFZ },
    { name: 'status', label: 'Status', typ: 'aufzaehlung', pflicht: false, aufzaehlung: AKTIVITAET_STATUS_AUFZ },
    statusSeit,
    { name: 'teilnehmende', label: 'Teilnehmende', typ: 'ganzzahl', pflicht: false, minimum: 0 },
    { name: 'standardaktivitaet', label: 'Standardaktivität', typ: 'wahrheitswert', pflicht: false },
    leitlinien, schwerpunkte,
  ],
} as const satisfies EwmTabelle;

export const AKTEURE = {
  name: 'akteure',
  spalten: [
    id,
    { name: 'name', label: 'Name', typ: 'text', pflicht: true },
    { name: 'typ', label: 'Typ', typ: 'aufzaehlung', pflicht: true, aufzaehlung: TYP_AUFZ },
    { name: 'sitz', label: 'Sitz', typ: 'aufzaehlung', pflicht: true, aufzaehlung: SITZ_AUFZ },
    { name: 'beschaeftigte', label: 'Beschäftigte', typ: 'ganzzahl', pflicht: false, minimum: 1 },
    { name: 'groessenklasse', label: 'Größenklasse', typ: 'aufzaehlung', pflicht: false, aufzaehlung: GROESSENKLASSE_AUFZ },
    { name: 'uebergeordnet', label: 'Übergeordnete Organisation', typ: 'text', pflicht: false },
  ],
} as const satisfies EwmTabelle;

export const BETEILIGUNGEN = {
  name: 'beteiligungen',
  spalten: [
    { name: 'vorhaben_id', label: 'Vorhaben-ID', typ: 'text', pflicht: true },
    { name: 'akteur_id', label: 'Akteur-ID', typ: 'text', pflicht: true },
  ],
} as const satisfies EwmTabelle;

/** The tables in the contract's order (also the order problems are sorted by). */
export const TABELLEN: readonly EwmTabelle[] = [PROJEKTE, AKTIVITAETEN, AKTEURE, BETEILIGUNGEN];
