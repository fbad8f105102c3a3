/** The German definition of every clusterbericht key (docs/clusterbericht.md, the Kennzahlen table). */

const JAHR = 'Gezählt werden die Zeilen des Managements mit „jahr“ = Berichtsjahr.';
const VERANSTALTUNG = 'Gezählt werden die Veranstaltungen des Managements, deren „beginn“ im Berichtsjahr liegt.';
const EINHEIT: Record<string, string> = {
  unternehmen: 'Unternehmen des Segments', beschaeftigte: 'Beschäftigte des Segments', umsatz: 'Umsatz des Segments in Euro',
  exportanteil: 'Exportanteil des Segments in Prozent',
};
const LEISTUNG: Record<string, string> = {
  it_analyse: 'IT-Analyse', qualitaetsmanagement: 'Qualitätsmanagement', energieaudit: 'Energieaudit', beratung: 'Beratung', sonstige: 'sonstige Leistung',
};

const REGELN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^eckdaten\.mitgliedsunternehmen$/, () => 'Mitgliedsunternehmen des Clusters aus der Zeile des Berichtsjahres in eckdaten (0 ohne Zeile).'],
  [/^eckdaten\.personal_mannjahre$/, () => 'Personal des Clustermanagements in Mannjahren aus der Zeile des Berichtsjahres in eckdaten (0 ohne Zeile).'],
  [/^eckdaten\.kosten$/, () => 'Personal- und Sachkosten des Clustermanagements in Euro aus der Zeile des Berichtsjahres in eckdaten (0 ohne Zeile oder Angabe).'],
  [/^branche\.unternehmen$/, () => `Summe der Spalte „unternehmen“ über die Branchensegmente (branche). ${JAHR}`],
  [/^branche\.([^.]+)\.umsatz_je_beschaeftigten$/, (m) => `Umsatz je Beschäftigten im Segment „${m[1]}“: umsatz / beschaeftigte, kaufmännisch auf ganze Euro gerundet; 0, wenn eine der beiden Angaben fehlt.`],
  [/^branche\.([^.]+)\.(unternehmen|beschaeftigte|umsatz|exportanteil)$/, (m) => `${EINHEIT[m[2] as string]} „${m[1]}“ wie in branche angegeben (0, wenn leer). ${JAHR}`],
  [/^netzwerke\.netzwerk$/, () => `Netzwerke von Unternehmen mit Forschungseinrichtungen: Zeilen in netzwerke mit „art“ = Netzwerk. ${JAHR}`],
  [/^netzwerke\.netzwerkansatz$/, () => `Ansätze für neue Netzwerke: Zeilen in netzwerke mit „art“ = Netzwerkansatz. ${JAHR}`],
  [/^netzwerke\.(unternehmen|forschungseinrichtungen)$/, (m) => `Summe der Spalte „${m[1]}“ über die Netzwerke (nur „art“ = Netzwerk, leer = 0). ${JAHR}`],
  [/^forschungsthemen\.anzahl$/, () => `Begleitete Forschungsthemen: Zeilen in forschungsthemen. ${JAHR}`],
  [/^forschungsthemen\.volumen$/, () => `Summe der Spalte „volumen“ der Forschungsthemen in Euro (leer = 0). ${JAHR}`],
  [/^schutzrechte\.foerdervorhaben$/, () => `Bearbeitete Fördervorhaben zu Schutzrechten: Zeilen in schutzrechte. ${JAHR}`],
  [/^schutzrechte\.anmeldungen$/, () => `Davon die Fördervorhaben, die zu einer Schutzrechtsanmeldung führten („anmeldung“ = ja). ${JAHR}`],
  [/^leistungen\.([^.]+)$/, (m) => `Unternehmen mit der Leistung „${LEISTUNG[m[1] as string] ?? m[1]}“: verschiedene Werte der Spalte „unternehmen“ (ohne Leerzeichen am Rand, Groß-/Kleinschreibung gleich); ein Unternehmen zählt einmal. ${JAHR}`],
  [/^veranstaltungen\.anzahl$/, () => `${VERANSTALTUNG}`],
  [/^veranstaltungen\.durchgefuehrt$/, () => `Davon die durchgeführten: Rolle Veranstalter oder Mitveranstalter. ${VERANSTALTUNG}`],
  [/^veranstaltungen\.teilnehmende$/, () => `Summe der Teilnehmenden der durchgeführten Veranstaltungen (Rolle Veranstalter oder Mitveranstalter, leer = 0). ${VERANSTALTUNG}`],
  [/^veranstaltungen\.art\.(.+)$/, (m) => `Davon die Veranstaltungen der Art „${m[1]}“. ${VERANSTALTUNG}`],
  [/^veranstaltungen\.rolle\.(.+)$/, (m) => `Davon die Veranstaltungen mit der Rolle „${m[1]}“ des Managements. ${VERANSTALTUNG}`],
  [/^investitionen\.anzahl$/, () => `Investitionen von Unternehmen: Zeilen in investitionen. ${JAHR}`],
  [/^investitionen\.volumen$/, () => `Summe der Spalte „volumen“ der Investitionen in Euro. ${JAHR}`],
  [/^investitionen\.finanzierung\.(.+)$/, (m) => `Davon die Investitionen mit der Finanzierung „${m[1]}“. ${JAHR}`],
  [/^gruendungen\.anzahl$/, () => `Existenzgründungen: Zeilen in gruendungen. ${JAHR}`],
  [/^gruendungen\.rechtsform\.(.+)$/, (m) => `Davon die Gründungen mit der Rechtsform „${m[1]}“. ${JAHR}`],
];

/** The definition of `schluessel` in German, or undefined for a key the format does not know. */
export function clusterberichtDefinition(schluessel: string): string | undefined {
  for (const [muster, text] of REGELN) {
    const m = muster.exec(schluessel);
    if (m) return text(m);
  }
  return undefined;
}
