import type { Berichtsformat } from '../bericht/berichtsformat.js';
import { managementName } from '../format/management.js';
import type { AnalystTexte } from '../texte/analyst-texte.js';
import { ladeTexte } from '../texte/lade-texte.js';
import { baueEwmHtml } from './bericht/baue-html.js';
import { ewmAbbildungen } from './diagramme/abbildungen.js';
import { berechneKennzahlen, serialisiereKennzahlen } from './kennzahlen/index.js';

/** The EWM annual report format of the Berlin-Brandenburg cluster and Teilthema managements (2019 layout). */
export const ewmFormat: Berichtsformat<AnalystTexte> = {
  id: 'ewm',
  berechneKennzahlen,
  serialisiereKennzahlen: (jahr, cluster, kennzahlen) =>
    serialisiereKennzahlen({ schema: 'ewm-report/kennzahlen@1', berichtsjahr: jahr, cluster, kennzahlen }),
  abbildungen: ewmAbbildungen,
  ladeTexte,
  baueHtml: baueEwmHtml,
  titel: (cluster, jahr) => ({
    titel: `Jahresbericht ${jahr} zum Ergebnis- und Wirkungsmonitoring – ${managementName(cluster)}`,
    thema: `Ergebnisse und Wirkungen der Aktivitäten des ${cluster.art === 'teilthema' ? 'Teilthemenmanagements' : 'Clustermanagements'} ${cluster.name} im Berichtsjahr ${jahr}`,
  }),
};
