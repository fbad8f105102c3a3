/**
 * Records of the `clusterbericht` format (the cluster management's annual report, Sachsen-Anhalt seed)
 * after reading and validation. Field names are the canonical column names of
 * docs/clusterbericht.md. Amounts are integer cents, decimals (Mannjahre, percent) integer hundredths,
 * dates ISO `yyyy-mm-dd`, enumerations their slug.
 */
import type { BasisDaten, Herkunftsort } from '../model/typen.js';
import type { Datensatz } from '../pruefen/datensatz.js';
import type { BRANCHE, ECKDATEN, FORSCHUNGSTHEMEN, GRUENDUNGEN, INVESTITIONEN, LEISTUNGEN, NETZWERKE, SCHUTZRECHTE, VERANSTALTUNGEN } from './tabellen.js';

export const NETZWERK_ARTEN = ['netzwerk', 'netzwerkansatz'] as const;
export const NETZWERK_STATUS = ['laufend', 'abgeschlossen'] as const;
export const LEISTUNG_ARTEN = ['it_analyse', 'qualitaetsmanagement', 'energieaudit', 'beratung', 'sonstige'] as const;
export const VERANSTALTUNG_ARTEN = ['tagung', 'workshop', 'arbeitskreis', 'messe', 'dialog', 'schulung', 'sonstige'] as const;
export const VERANSTALTUNG_ROLLEN = ['veranstalter', 'mitveranstalter', 'unterstuetzer', 'aussteller'] as const;
export const FINANZIERUNGEN = ['grw_zuschuss', 'bankfinanzierung', 'eigenmittel', 'sonstige'] as const;
export const RECHTSFORMEN = ['gmbh', 'ug', 'ag', 'gbr', 'einzelunternehmen', 'sonstige'] as const;

export type NetzwerkArt = (typeof NETZWERK_ARTEN)[number];
export type NetzwerkStatus = (typeof NETZWERK_STATUS)[number];
export type LeistungArt = (typeof LEISTUNG_ARTEN)[number];
export type VeranstaltungArt = (typeof VERANSTALTUNG_ARTEN)[number];
export type VeranstaltungRolle = (typeof VERANSTALTUNG_ROLLEN)[number];
export type Finanzierung = (typeof FINANZIERUNGEN)[number];
export type Rechtsform = (typeof RECHTSFORMEN)[number];

/** Where a record came from (for messages); not a column. */
interface Basis {
  herkunft?: Herkunftsort;
}

/*
 * Each record type is derived from its table's column declarations in tabellen.ts (`Datensatz`): the field
 * names are the canonical column names, required columns and booleans are always present, the others optional.
 * Amounts are integer cents, decimals (Mannjahre, percent) integer hundredths (2,0 Mannjahre → 200), dates ISO.
 * Only a default the row rules apply (pruefe-clusterbericht-zeile.ts) is stated here: a network's `status`.
 */
export type Eckdaten = Datensatz<typeof ECKDATEN> & Basis;
export type Branchensegment = Datensatz<typeof BRANCHE> & Basis;
export type Netzwerk = Omit<Datensatz<typeof NETZWERKE>, 'status'> & Basis & { status: NetzwerkStatus };
export type Forschungsthema = Datensatz<typeof FORSCHUNGSTHEMEN> & Basis;
export type Schutzrecht = Datensatz<typeof SCHUTZRECHTE> & Basis;
export type Leistung = Datensatz<typeof LEISTUNGEN> & Basis;
export type Veranstaltung = Datensatz<typeof VERANSTALTUNGEN> & Basis;
export type Investition = Datensatz<typeof INVESTITIONEN> & Basis;
export type Gruendung = Datensatz<typeof GRUENDUNGEN> & Basis;

/** All nine tables of one data folder (several managements and years). */
export interface ClusterberichtTabellen {
  eckdaten: Eckdaten[];
  branche: Branchensegment[];
  netzwerke: Netzwerk[];
  forschungsthemen: Forschungsthema[];
  schutzrechte: Schutzrecht[];
  leistungen: Leistung[];
  veranstaltungen: Veranstaltung[];
  investitionen: Investition[];
  gruendungen: Gruendung[];
}

export type ClusterberichtTabelle = keyof ClusterberichtTabellen;

/** The validated data of the format: its tables plus the registry and bericht.json. */
export interface ClusterberichtDaten extends ClusterberichtTabellen, BasisDaten {}
