/**
 * The analyst text slots inside the computed chapters of the EWM report: one optional Markdown file
 * per slot in `texte/<jahr>/<cluster>/`. Text before the first `## ` heading opens the section;
 * `## <Zwischenüberschrift>` places its text after the computed paragraph of that subheading.
 */

import type { AbschnittSlot, Zwischenueberschrift } from '../../texte/teile-abschnitt.js';

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
const genau = (schluessel: string, titel: string): Zwischenueberschrift => ({ schluessel, titel, passt: (t) => norm(t) === norm(titel) });

export const ABSCHNITT_SLOTS = {
  methodik: { datei: '2-methodik.md', zwischenueberschriften: [] },
  projekte: {
    datei: '3-1-projekte.md',
    zwischenueberschriften: [
      { schluessel: 'neu', titel: 'Neu initiierte Projekte im …', passt: (t: string) => /^neu initiierte projekte( im .*)?$/.test(norm(t)) },
      genau('volumen', 'Projekt- und Fördervolumina der neu initiierten Projekte'),
      genau('fueui', 'Anzahl, Konsortialstruktur und Fördergeber neu initiierter FuEuI-Projekte'),
      genau('handlungsfelder', 'Neu initiierte Projekte nach Handlungsfeldern'),
      genau('crossCluster', 'Cross Cluster-Projekte'),
    ],
  },
  aktivitaeten: {
    datei: '3-2-aktivitaeten.md',
    zwischenueberschriften: [
      genau('neu', 'Neu initiierte Sonstige Aktivitäten'),
      genau('crossCluster', 'Cross Cluster-Sonstige Aktivitäten'),
      genau('handlungsfelder', 'Handlungsfelder der Sonstigen Aktivitäten'),
    ],
  },
  akteure: {
    datei: '3-3-akteure.md',
    zwischenueberschriften: [
      genau('herkunft', 'Herkunft der an den neu initiierten Projekten und Sonstigen Aktivitäten beteiligten Akteure'),
      genau('typen', 'Beteiligte Akteurstypen an den neu initiierten Projekten und Sonstigen Aktivitäten'),
    ],
  },
  innobb: { datei: '3-4-innobb.md', zwischenueberschriften: [] },
} as const satisfies Record<string, AbschnittSlot>;

export type AbschnittName = keyof typeof ABSCHNITT_SLOTS;
