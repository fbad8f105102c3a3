/** The "Leistung" section for the README (German Markdown), built from a benchmark result. */
import { dezimal, markdownTabelle } from './ergebnis-tabelle.js';
import type { Ergebnisse } from './ergebnis-typen.js';

/** The section text: machine, method, the table, and what the baselines are. */
export function leistungsAbschnitt(e: Ergebnisse): string {
  const m = e.maschine;
  const tag = e.zeitpunkt.slice(0, 10).split('-').reverse().join('.');
  return [
    '## Leistung',
    '',
    `Gemessen mit \`npm run bench\` am ${tag} auf ${m.cpu} (${m.kerne} Kerne, ${dezimal(m.speicherGb, 1)} GB RAM), ${m.system}, ` +
      `Node ${m.node}, ${m.chromium}. Jede Zahl ist der Median von ${e.wiederholungen} Wiederholungen nach einem Aufwärmlauf; ` +
      'jede Basis wurde im selben Lauf abwechselnd mit dem Fall gemessen, die Verhältnisse sind daher auf anderen Maschinen ' +
      'aussagekräftiger als die Sekunden.',
    '',
    markdownTabelle(e.zeilen),
    '',
    '- Einzelbericht: `ewm-report 2019 --cluster industrielle-produktion` auf `data/` als eigener Prozess; Basis: ' +
      '`chromium --headless --print-to-pdf` derselben fertigen `bericht.html`.',
    '- Stapel: `--alle` auf `data/` gegen die Summe der Einzelläufe derselben Managements.',
    '- Skalierung: mit `bench/generiere-export.ts` erzeugte Exporte (je Projekt ½ Aktivität, ⅕ Akteur, 3 Beteiligungen), ' +
      '`--format json --max-datei-mb 1024` (projekte.csv ist bei 1 Mio. Projekten 247 MB groß); Basis: dieselben vier CSV-Dateien ' +
      'nur mit csv-parse lesen (`bench/csv-basis.ts`). ' +
      'Wachstum je 10× Zeilen: Zeitfaktor bei zehnmal so vielen Zeilen.',
    '- Spitzen-RSS: Node über `process.resourceUsage().maxRSS`, Chromium als Summe des VmRSS aller Prozesse des Baums ' +
      '(alle 20 ms aus `/proc`; geteilte Seiten zählen mehrfach).',
    ...e.hinweise.map((h) => `- ${h}`),
    '',
  ].join('\n');
}
