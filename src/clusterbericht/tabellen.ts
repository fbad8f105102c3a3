/**
 * The nine tables of the `clusterbericht` format: canonical columns, German labels, types, what is
 * required. Reading, conversion, the row rules and docs/clusterbericht.md follow this list.
 */
import type { Aufzaehlung, Tabelle } from '../pruefen/tabelle.js';
import {
  FINANZIERUNGEN, LEISTUNG_ARTEN, NETZWERK_ARTEN, NETZWERK_STATUS, RECHTSFORMEN, VERANSTALTUNG_ARTEN, VERANSTALTUNG_ROLLEN,
  type ClusterberichtTabelle,
} from './typen.js';

/** A table of the format: a generic declaration (src/pruefen/tabelle.ts) named by one of the nine tables. */
export interface ClusterTabellenDefinition extends Tabelle {
  name: ClusterberichtTabelle;
}

/** Builds an enumeration from slugs and labels in the same order. */
function aufz<S extends string>(keinGueltiger: string, slugs: readonly S[], labels: string[], auch: Record<string, string[]> = {}): Aufzaehlung<S> {
  return { keinGueltiger, werte: slugs.map((slug, i) => ({ slug, label: labels[i] ?? slug, auch: auch[slug] })) };
}

export const NETZWERK_ART_AUFZ = aufz('keine gültige Art', NETZWERK_ARTEN, ['Netzwerk', 'Netzwerkansatz']);
export const NETZWERK_STATUS_AUFZ = aufz('kein gültiger Status', NETZWERK_STATUS, ['laufend', 'abgeschlossen']);
export const LEISTUNG_ART_AUFZ = aufz('keine gültige Leistung', LEISTUNG_ARTEN, [
  'IT-Analyse', 'Qualitätsmanagement', 'Energieaudit', 'Beratung', 'sonstige',
]);
export const VERANSTALTUNG_ART_AUFZ = aufz('keine gültige Art', VERANSTALTUNG_ARTEN, [
  'Tagung', 'Workshop', 'Arbeitskreis', 'Messe', 'Dialog', 'Schulung', 'sonstige',
]);
export const ROLLE_AUFZ = aufz('keine gültige Rolle', VERANSTALTUNG_ROLLEN, ['Veranstalter', 'Mitveranstalter', 'Unterstützer', 'Aussteller']);
export const FINANZIERUNG_AUFZ = aufz('keine gültige Finanzierung', FINANZIERUNGEN, ['GRW-Zuschuss', 'Bankfinanzierung', 'Eigenmittel', 'sonstige']);
export const RECHTSFORM_AUFZ = aufz('keine gültige Rechtsform', RECHTSFORMEN, ['GmbH', 'UG', 'AG', 'GbR', 'Einzelunternehmen', 'sonstige'], {
  ug: ['UG (haftungsbeschränkt)'],
});

// Column builders keep the name, type and `pflicht` literal, so the record types (typen.ts) derive from them.
const cluster = { name: 'cluster', label: 'Cluster', typ: 'cluster', pflicht: true } as const;
const jahr = { name: 'jahr', label: 'Jahr', typ: 'ganzzahl', pflicht: true, minimum: 1990, maximum: 2100 } as const;
const text = <N extends string, P extends boolean>(name: N, label: string, pflicht: P) => ({ name, label, typ: 'text', pflicht }) as const;
const anzahl = <N extends string, P extends boolean = false>(name: N, label: string, pflicht = false as P) =>
  ({ name, label, typ: 'ganzzahl', pflicht, minimum: 0 }) as const;
const betrag = <N extends string, P extends boolean = false>(name: N, label: string, pflicht = false as P) => ({ name, label, typ: 'betrag', pflicht }) as const;
const ja = <N extends string>(name: N, label: string) => ({ name, label, typ: 'wahrheitswert', pflicht: false }) as const;
const aufzaehlung = <N extends string, W extends string, P extends boolean = true>(name: N, label: string, a: Aufzaehlung<W>, pflicht = true as P) =>
  ({ name, label, typ: 'aufzaehlung', pflicht, aufzaehlung: a }) as const;

export const ECKDATEN = {
  name: 'eckdaten',
  spalten: [
    cluster, jahr, anzahl('mitgliedsunternehmen', 'Mitgliedsunternehmen', true),
    { name: 'personal_mannjahre', label: 'Personal (Mannjahre)', typ: 'dezimal', pflicht: true },
    betrag('kosten', 'Kosten'), text('finanzierung', 'Finanzierung', false),
  ],
} as const;

export const BRANCHE = {
  name: 'branche',
  spalten: [
    cluster, jahr, text('segment', 'Segment', true), text('bezeichnung', 'Bezeichnung', true),
    { name: 'bezugsjahr', label: 'Bezugsjahr', typ: 'ganzzahl', pflicht: true, minimum: 1990, maximum: 2100 },
    anzahl('unternehmen', 'Unternehmen'), anzahl('beschaeftigte', 'Beschäftigte'), betrag('umsatz', 'Umsatz'),
    { name: 'exportanteil', label: 'Exportanteil (%)', typ: 'dezimal', pflicht: false, maximum: 100 },
    text('quelle', 'Quelle', true),
  ],
} as const;

export const NETZWERKE = {
  name: 'netzwerke',
  spalten: [
    cluster, jahr, text('name', 'Name', true), aufzaehlung('art', 'Art', NETZWERK_ART_AUFZ),
    anzahl('unternehmen', 'Unternehmen'), anzahl('forschungseinrichtungen', 'Forschungseinrichtungen'),
    { name: 'seit', label: 'Seit', typ: 'datum', pflicht: false },
    aufzaehlung('status', 'Status', NETZWERK_STATUS_AUFZ, false), text('beschreibung', 'Beschreibung', false),
  ],
} as const;

export const FORSCHUNGSTHEMEN = {
  name: 'forschungsthemen',
  spalten: [cluster, jahr, text('titel', 'Titel', true), betrag('volumen', 'Volumen')],
} as const;

export const SCHUTZRECHTE = {
  name: 'schutzrechte',
  spalten: [
    cluster, jahr, text('unternehmen', 'Unternehmen', true), text('gegenstand', 'Gegenstand', false),
    ja('anmeldung', 'Schutzrechtsanmeldung'), ja('beispiel', 'Beispiel im Bericht'), text('ergebnis', 'Ergebnis', false),
  ],
} as const;

export const LEISTUNGEN = {
  name: 'leistungen',
  spalten: [cluster, jahr, aufzaehlung('art', 'Leistung', LEISTUNG_ART_AUFZ), text('unternehmen', 'Unternehmen', true)],
} as const;

export const VERANSTALTUNGEN = {
  name: 'veranstaltungen',
  spalten: [
    cluster, text('titel', 'Titel', true),
    { name: 'beginn', label: 'Beginn', typ: 'datum', pflicht: true }, { name: 'ende', label: 'Ende', typ: 'datum', pflicht: false },
    aufzaehlung('art', 'Art', VERANSTALTUNG_ART_AUFZ), aufzaehlung('rolle', 'Rolle', ROLLE_AUFZ),
    anzahl('teilnehmende', 'Teilnehmende'), text('ort', 'Ort', false), ja('hervorheben', 'Hervorheben'),
  ],
} as const;

export const INVESTITIONEN = {
  name: 'investitionen',
  spalten: [
    cluster, jahr, text('unternehmen', 'Unternehmen', true), text('ort', 'Ort', true), betrag('volumen', 'Volumen', true),
    aufzaehlung('finanzierung', 'Finanzierung', FINANZIERUNG_AUFZ),
  ],
} as const;

export const GRUENDUNGEN = {
  name: 'gruendungen',
  spalten: [
    cluster, jahr, text('ort', 'Gründungsort', true), text('geschaeftszweck', 'Geschäftszweck', true),
    aufzaehlung('rechtsform', 'Rechtsform', RECHTSFORM_AUFZ),
  ],
} as const;

/** The tables in contract order (files, messages and docs follow it). */
export const CLUSTERBERICHT_TABELLEN: readonly ClusterTabellenDefinition[] = [
  ECKDATEN, BRANCHE, NETZWERKE, FORSCHUNGSTHEMEN, SCHUTZRECHTE, LEISTUNGEN, VERANSTALTUNGEN, INVESTITIONEN, GRUENDUNGEN,
];
