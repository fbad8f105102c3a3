/** Test helper: clusterbericht records with defaults, for engine tests. */
import type {
  Branchensegment, ClusterberichtTabellen, Eckdaten, Gruendung, Investition, Leistung, Netzwerk, Schutzrecht, Veranstaltung,
} from '../../../src/clusterbericht/typen.js';

export const C = 'smab';

export function leer(): ClusterberichtTabellen {
  return { eckdaten: [], branche: [], netzwerke: [], forschungsthemen: [], schutzrechte: [], leistungen: [], veranstaltungen: [], investitionen: [], gruendungen: [] };
}
export const eckdaten = (o: Partial<Eckdaten> = {}): Eckdaten => ({ cluster: C, jahr: 2015, mitgliedsunternehmen: 10, personal_mannjahre: 150, ...o });
export const segment = (o: Partial<Branchensegment> = {}): Branchensegment => ({
  cluster: C, jahr: 2015, segment: 'a', bezeichnung: 'A', bezugsjahr: 2014, quelle: 'Statistik', ...o,
});
export const netzwerk = (o: Partial<Netzwerk> = {}): Netzwerk => ({ cluster: C, jahr: 2015, name: 'N', art: 'netzwerk', status: 'laufend', ...o });
export const schutzrecht = (o: Partial<Schutzrecht> = {}): Schutzrecht => ({ cluster: C, jahr: 2015, unternehmen: 'U', anmeldung: false, beispiel: false, ...o });
export const leistung = (o: Partial<Leistung> = {}): Leistung => ({ cluster: C, jahr: 2015, art: 'it_analyse', unternehmen: 'U', ...o });
export const veranstaltung = (o: Partial<Veranstaltung> = {}): Veranstaltung => ({
  cluster: C, titel: 'V', beginn: '2015-03-01', art: 'workshop', rolle: 'veranstalter', hervorheben: false, ...o,
});
export const investition = (o: Partial<Investition> = {}): Investition => ({
  cluster: C, jahr: 2015, unternehmen: 'Betrieb', ort: 'Ort', volumen: 100_00, finanzierung: 'eigenmittel', ...o,
});
export const gruendung = (o: Partial<Gruendung> = {}): Gruendung => ({ cluster: C, jahr: 2015, ort: 'Ort', geschaeftszweck: 'Z', rechtsform: 'gmbh', ...o });
