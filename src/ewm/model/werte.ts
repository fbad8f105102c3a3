/**
 * Every EWM enumeration once: canonical slug → German label, in the contract's order. The slug lists
 * and types (`typen.ts`), the table declarations (`pruefen/tabellen.ts`, labels accepted in the
 * export) and the report's labels (`beschriftungen.ts`) are all derived from these records.
 */

export const PROJEKT_STATUS_WERTE = {
  in_vorbereitung: 'in Vorbereitung',
  antrag_gestellt: 'Antrag gestellt',
  begonnen_laufend: 'begonnen/laufend',
  regulaer_beendet: 'regulär beendet',
  abgebrochen: 'abgebrochen',
  abgesagt: 'abgesagt',
} as const;

/** `keine` = no public funding. */
export const FOERDERGEBER_WERTE = {
  land_berlin: 'Land Berlin',
  land_brandenburg: 'Land Brandenburg',
  bund: 'Bund',
  eu: 'EU',
  sonstige: 'sonstige',
  keine: 'keine öffentliche Förderung',
} as const;

export const KONSORTIALSTRUKTUR_WERTE = {
  einzelvorhaben_unternehmen: 'Einzelvorhaben eines Unternehmens',
  einzelvorhaben_forschung: 'Einzelvorhaben einer Forschungseinrichtung',
  verbund_unternehmen: 'Verbundprojekt unter Beteiligung mehrerer Unternehmen',
  verbund_unternehmen_forschung: 'Verbundprojekt unter Beteiligung von Unternehmen und Hochschulen/Forschungseinrichtungen',
  verbund_forschung: 'Verbundprojekt mehrerer Forschungseinrichtungen',
  sonstiger_verbund: 'sonstiges Verbundprojekt',
} as const;

/** innoBB 2025 Leitlinien. */
export const LEITLINIE_WERTE = {
  innovation_breiter_denken: 'Innovation breiter denken',
  cross_cluster_staerken: 'Cross Cluster stärken',
  innovationsprozesse_oeffnen: 'Innovationsprozesse weiter öffnen',
  nachhaltigkeit: 'Nachhaltigkeit',
  internationaler_aufstellen: 'Internationaler aufstellen',
} as const;

/** innoBB 2025 Schwerpunkt-Themen. */
export const SCHWERPUNKTTHEMA_WERTE = {
  digitalisierung: 'Digitalisierung',
  reallabore_testfelder: 'Reallabore und Testfelder',
  arbeit_4_0_fachkraefte: 'Arbeit 4.0 und Fachkräfte',
  startups_gruendungen: 'Startups und Gründungen',
} as const;

/** Format of a Sonstige Aktivität (the export writes `sonstiges` in lower case; the report capitalises it). */
export const AKTIVITAET_FORMAT_WERTE = {
  konferenz: 'Konferenz',
  forum: 'Forum',
  workshop: 'Workshop',
  veranstaltungsreihe: 'Veranstaltungsreihe',
  messe: 'Messe',
  marketing: 'Marketing',
  fachkraefte: 'Fachkräftegewinnung, -bindung und -entwicklung',
  sonstiges: 'sonstiges',
} as const;

export const AKTIVITAET_STATUS_WERTE = { geplant: 'geplant', durchgefuehrt: 'durchgeführt', abgesagt: 'abgesagt' } as const;

/** Akteurstyp, singular as in the rows of Tabelle 3. */
export const AKTEUR_TYP_WERTE = {
  hochschule: 'Hochschule',
  forschungsinstitut: 'Forschungsinstitut',
  unternehmen: 'Unternehmen',
  verein: 'Verein',
  netzwerk: 'Netzwerk',
  landkreis_kommune: 'Landkreis/Kommune',
  oeffentliche_verwaltung: 'öffentliche Verwaltung',
  sonstige: 'sonstige',
} as const;

/** Sitz (in the report: Herkunft of the Zähleinheit). */
export const SITZ_WERTE = { berlin: 'Berlin', brandenburg: 'Brandenburg', extern: 'extern' } as const;

/** Größenklasse of a company as written in the export (the report's noun phrases are in `beschriftungen.ts`). */
export const GROESSENKLASSE_WERTE = { '1-9': '1-9', '10-49': '10-49', '50-249': '50-249', '250+': '250+' } as const;

/** The slugs of an enumeration record, in its order. */
export function slugsVon<T extends Record<string, string>>(werte: T): readonly (keyof T & string)[] {
  return Object.keys(werte) as (keyof T & string)[];
}
