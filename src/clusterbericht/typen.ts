/**
 * Records of the `clusterbericht` format (the cluster management's annual report, Sachsen-Anhalt seed)
 * after reading and validation. Field names are the canonical column names of
 * docs/clusterbericht.md. Amounts are integer cents, decimals (Mannjahre, percent) integer hundredths,
 * dates ISO `yyyy-mm-dd`, enumerations their slug.
 */
import type { BasisDaten, Cent, Herkunftsort, IsoDatum } from '../model/typen.js';

/** A decimal with two places as an integer count of hundredths (2,0 Mannjahre → 200). */
export type Hundertstel = number;

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

/** Fields every record has: its management and where it came from. */
interface Basis {
  cluster: string;
  /** Where the row came from (for messages); not a column. */
  herkunft?: Herkunftsort;
}

/** A record that belongs to one report year. */
interface JahresBasis extends Basis {
  jahr: number;
}

export interface Eckdaten extends JahresBasis {
  mitgliedsunternehmen: number;
  personal_mannjahre: Hundertstel;
  kosten?: Cent;
  finanzierung?: string;
}

export interface Branchensegment extends JahresBasis {
  segment: string;
  bezeichnung: string;
  bezugsjahr: number;
  unternehmen?: number;
  beschaeftigte?: number;
  umsatz?: Cent;
  exportanteil?: Hundertstel;
  quelle: string;
}

export interface Netzwerk extends JahresBasis {
  name: string;
  art: NetzwerkArt;
  unternehmen?: number;
  forschungseinrichtungen?: number;
  seit?: IsoDatum;
  status: NetzwerkStatus;
  beschreibung?: string;
}

export interface Forschungsthema extends JahresBasis {
  titel: string;
  volumen?: Cent;
}

export interface Schutzrecht extends JahresBasis {
  unternehmen: string;
  gegenstand?: string;
  anmeldung: boolean;
  beispiel: boolean;
  ergebnis?: string;
}

export interface Leistung extends JahresBasis {
  art: LeistungArt;
  unternehmen: string;
}

export interface Veranstaltung extends Basis {
  titel: string;
  beginn: IsoDatum;
  ende?: IsoDatum;
  art: VeranstaltungArt;
  rolle: VeranstaltungRolle;
  teilnehmende?: number;
  ort?: string;
  hervorheben: boolean;
}

export interface Investition extends JahresBasis {
  unternehmen: string;
  ort: string;
  volumen: Cent;
  finanzierung: Finanzierung;
}

export interface Gruendung extends JahresBasis {
  ort: string;
  geschaeftszweck: string;
  rechtsform: Rechtsform;
}

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
