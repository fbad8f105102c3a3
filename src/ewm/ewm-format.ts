import path from 'node:path';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import { managementName } from '../format/management.js';
import type { AnalystTexte } from './texte/analyst-texte.js';
import { ladeTexte } from './texte/lade-texte.js';
import { baueEwmHtml } from './bericht/baue-html.js';
import { vorlagenOrdner } from '../bericht/vorlagen-ordner.js';
import { gemeinsamOrdner } from '../vorlagen/gemeinsam-ordner.js';
import { ladeVorlagen } from './bericht/lade-vorlagen.js';
import { ewmAbbildungen } from './diagramme/abbildungen.js';
import { berechneBelege, berechneKennzahlen, definition, nachweisAusBelegen, serialisiereKennzahlen } from './kennzahlen/index.js';
import { UEBERGREIFEND, type EwmDaten } from './model/typen.js';
import { managementsMitVorhaben } from './managements-mit-vorhaben.js';
import { ewmTabellen } from './pruefen/ewm-tabellen.js';

const SCHEMA = 'ewm-report/kennzahlen@1';

/** The EWM annual report format of the Berlin-Brandenburg cluster and Teilthema managements (2019 layout). */
export const ewmFormat: Berichtsformat<AnalystTexte, EwmDaten> = {
  id: 'ewm',
  tabellen: ewmTabellen,
  kennzahlenSchema: SCHEMA,
  berichtet: managementsMitVorhaben,
  inhalt: {
    mit: 'mit Vorhaben im Berichtsjahr und seinen Vergleichsjahren',
    ohne: (jahr) => `im Berichtsjahr ${jahr} und in seinen Vergleichsjahren kein einziges Vorhaben`,
  },
  berechneKennzahlen,
  berechneNachweis: (daten, cluster, jahr) => nachweisAusBelegen(berechneBelege(daten, cluster, jahr), jahr, cluster, daten.akteure),
  definition,
  serialisiereKennzahlen: (jahr, cluster, kennzahlen) =>
    serialisiereKennzahlen({ schema: SCHEMA, berichtsjahr: jahr, cluster, kennzahlen }),
  abbildungen: ewmAbbildungen,
  ladeTexte,
  baueHtml: baueEwmHtml,
  metadaten: (cluster, jahr) => ({
    titel: `Jahresbericht ${jahr} zum Ergebnis- und Wirkungsmonitoring – ${managementName(cluster)}`,
    thema: `Ergebnisse und Wirkungen der Aktivitäten des ${cluster.art === 'teilthema' ? 'Teilthemenmanagements' : 'Clustermanagements'} ${cluster.name} im Berichtsjahr ${jahr}`,
    schluesselwoerter: ['Ergebnis- und Wirkungsmonitoring', cluster.name, String(jahr)],
  }),
  handlungsfelder: (cluster) => [...cluster.handlungsfelder, UEBERGREIFEND],
  vorbereiten: () => void ladeVorlagen(),
  // The tables, cluster.json and bericht.json lie directly in the data folder (shared by every report);
  // the texts are the management's own; the templates are shared.
  eingaben: ({ datenVerzeichnis, jahr, cluster }) => [
    { name: 'daten', pfad: datenVerzeichnis, art: 'ordner-flach' },
    { name: `daten/texte/${jahr}/${cluster}`, pfad: path.join(datenVerzeichnis, 'texte', String(jahr), cluster), art: 'ordner' },
    { name: 'vorlagen/ewm', pfad: vorlagenOrdner('ewm'), art: 'ordner' },
    { name: 'vorlagen/gemeinsam', pfad: gemeinsamOrdner(vorlagenOrdner('ewm')), art: 'ordner' },
  ],
};
