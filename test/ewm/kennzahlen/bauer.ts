/** Tiny builder for hand-made `EwmDaten` fixtures of the Kennzahlen tests. */
import type { Cluster } from '../../../src/model/typen.js';
import type { Akteur, Aktivitaet, Beteiligung, EwmDaten, Projekt } from '../../../src/ewm/model/typen.js';

const quelle = { datei: 'test', zeile: 0 };

/** A small registry: X = industrielle-produktion (Leichtbau from 2020) and three others. */
export function registry(): Cluster[] {
  return [
    {
      slug: 'industrielle-produktion', name: 'Industrielle Produktion', art: 'teilthema', land: 'berlin',
      berichtsformat: 'ewm',
      handlungsfelder: [
        { slug: 'industrie-4-0', name: 'Industrie 4.0' },
        { slug: 'additive-fertigung', name: 'Additive Fertigung' },
        { slug: 'leichtbau', name: 'Leichtbau', ab: 2020 },
      ],
    },
    { slug: 'energietechnik', name: 'Energietechnik', art: 'cluster', land: 'gemeinsam', berichtsformat: 'ewm', handlungsfelder: [] },
    { slug: 'optik-photonik', name: 'Optik und Photonik', art: 'cluster', land: 'gemeinsam', berichtsformat: 'ewm', handlungsfelder: [] },
    { slug: 'smart-cities', name: 'Smart Cities', art: 'teilthema', land: 'berlin', berichtsformat: 'ewm', handlungsfelder: [] },
  ];
}

/** A valid project of X begun 2019-03-01, status begonnen_laufend, with the given overrides. */
export function projekt(id: string, o: Partial<Projekt> = {}): Projekt {
  return {
    id, titel: `Projekt ${id}`, cluster: 'industrielle-produktion', beteiligte_cluster: [], handlungsfeld: 'industrie-4-0',
    laufzeitbeginn: '2019-03-01', status: 'begonnen_laufend', projektvolumen: 100_000_00, projektvolumen_bb: 100_000_00,
    foerdervolumen: 0, foerdervolumen_bb: 0, foerdergeber: 'keine', fueui: false, leitlinien: [], schwerpunktthemen: [],
    quelle, ...o,
  };
}

/** A valid activity of X begun 2019-05-01, format workshop, durchgeführt. */
export function aktivitaet(id: string, o: Partial<Aktivitaet> = {}): Aktivitaet {
  return {
    id, titel: `Aktivität ${id}`, cluster: 'industrielle-produktion', beteiligte_cluster: [], handlungsfeld: 'industrie-4-0',
    beginn: '2019-05-01', format: 'workshop', status: 'durchgefuehrt', standardaktivitaet: false, leitlinien: [],
    schwerpunktthemen: [], quelle, ...o,
  };
}

/** A Berlin company with 100 employees unless overridden. */
export function akteur(id: string, o: Partial<Akteur> = {}): Akteur {
  return { id, name: `Akteur ${id}`, typ: 'unternehmen', sitz: 'berlin', beschaeftigte: 100, quelle, ...o };
}

/** A participation of actor `akteurId` in Vorhaben `vorhabenId`. */
export function beteiligung(vorhabenId: string, akteurId: string): Beteiligung {
  return { vorhaben_id: vorhabenId, akteur_id: akteurId, quelle };
}

/** A EwmDaten with the test registry and the given records. */
export function bestand(o: Partial<EwmDaten> = {}): EwmDaten {
  return { cluster: registry(), projekte: [], aktivitaeten: [], akteure: [], beteiligungen: [], bericht: {}, ...o };
}
