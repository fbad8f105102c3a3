/**
 * German display labels of every enumeration value (charts, tables, text): one place for all
 * of them. Keys are the canonical slugs of `src/model/typen.ts`.
 */
import type { AkteurTyp, AktivitaetFormat, AktivitaetStatus, Foerdergeber, Groessenklasse, Konsortialstruktur, Leitlinie, ProjektStatus, Schwerpunktthema, Sitz } from './model/typen.js';

/** Projekt status, as in the seed ("begonnen/laufend"). */
export const STATUS_BESCHRIFTUNG: Readonly<Record<ProjektStatus, string>> = {
  in_vorbereitung: 'in Vorbereitung',
  antrag_gestellt: 'Antrag gestellt',
  begonnen_laufend: 'begonnen/laufend',
  regulaer_beendet: 'regulär beendet',
  abgebrochen: 'abgebrochen',
  abgesagt: 'abgesagt',
};

/** Status of a Sonstige Aktivität. */
export const AKTIVITAET_STATUS_BESCHRIFTUNG: Readonly<Record<AktivitaetStatus, string>> = {
  geplant: 'geplant',
  durchgefuehrt: 'durchgeführt',
  abgesagt: 'abgesagt',
};

/** Konsortialstruktur of FuEuI projects. */
export const KONSORTIALSTRUKTUR_BESCHRIFTUNG: Readonly<Record<Konsortialstruktur, string>> = {
  einzelvorhaben_unternehmen: 'Einzelvorhaben eines Unternehmens',
  einzelvorhaben_forschung: 'Einzelvorhaben einer Forschungseinrichtung',
  verbund_unternehmen: 'Verbundprojekt unter Beteiligung mehrerer Unternehmen',
  verbund_unternehmen_forschung: 'Verbundprojekt unter Beteiligung von Unternehmen und Hochschulen/Forschungseinrichtungen',
  verbund_forschung: 'Verbundprojekt mehrerer Forschungseinrichtungen',
  sonstiger_verbund: 'sonstiges Verbundprojekt',
};

/** Fördergeber (`keine` = no public funding). */
export const FOERDERGEBER_BESCHRIFTUNG: Readonly<Record<Foerdergeber, string>> = {
  land_berlin: 'Land Berlin',
  land_brandenburg: 'Land Brandenburg',
  bund: 'Bund',
  eu: 'EU',
  sonstige: 'sonstige',
  keine: 'keine öffentliche Förderung',
};

/** Format of a Sonstige Aktivität. */
export const FORMAT_BESCHRIFTUNG: Readonly<Record<AktivitaetFormat, string>> = {
  konferenz: 'Konferenz',
  forum: 'Forum',
  workshop: 'Workshop',
  veranstaltungsreihe: 'Veranstaltungsreihe',
  messe: 'Messe',
  marketing: 'Marketing',
  fachkraefte: 'Fachkräftegewinnung, -bindung und -entwicklung',
  sonstiges: 'Sonstiges',
};

/** Akteurstyp, singular as in the rows of Tabelle 3. */
export const AKTEUR_TYP_BESCHRIFTUNG: Readonly<Record<AkteurTyp, string>> = {
  hochschule: 'Hochschule',
  forschungsinstitut: 'Forschungsinstitut',
  unternehmen: 'Unternehmen',
  verein: 'Verein',
  netzwerk: 'Netzwerk',
  landkreis_kommune: 'Landkreis/Kommune',
  oeffentliche_verwaltung: 'öffentliche Verwaltung',
  sonstige: 'sonstige',
};

/** The combined row of Tabelle 3 for `hochschule` + `forschungsinstitut`. */
export const HOCHSCHULE_FORSCHUNG_BESCHRIFTUNG = 'Hochschule/Forschungsinstitut';

/** Herkunft (Sitz of the Zähleinheit). */
export const HERKUNFT_BESCHRIFTUNG: Readonly<Record<Sitz, string>> = {
  berlin: 'Berlin',
  brandenburg: 'Brandenburg',
  extern: 'extern',
};

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
export const LEITLINIE_BESCHRIFTUNG: Readonly<Record<Leitlinie, string>> = {
  innovation_breiter_denken: 'Innovation breiter denken',
  cross_cluster_staerken: 'Cross Cluster stärken',
  innovationsprozesse_oeffnen: 'Innovationsprozesse weiter öffnen',
  nachhaltigkeit: 'Nachhaltigkeit',
  internationaler_aufstellen: 'Internationaler aufstellen',
};

/** innoBB 2025 Schwerpunkt-Thema. */
export const SCHWERPUNKTTHEMA_BESCHRIFTUNG: Readonly<Record<Schwerpunktthema, string>> = {
  digitalisierung: 'Digitalisierung',
  reallabore_testfelder: 'Reallabore und Testfelder',
  arbeit_4_0_fachkraefte: 'Arbeit 4.0 und Fachkräfte',
  startups_gruendungen: 'Startups und Gründungen',
};
