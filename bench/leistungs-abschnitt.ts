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
    '- Einzelbericht: `ewm-report 2019 --cluster industrielle-produktion --immer` auf `data/` als eigener Prozess; Basis: ' +
      '`chromium --headless --print-to-pdf` derselben fertigen `bericht.html`, deren Nachweis-Anhang (im PDF nicht enthalten, ' +
      'gedruckt rund 50 Seiten) dabei per Druck-CSS ausgeblendet ist: die Basis druckt dieselben Seiten wie das PDF.',
    '- Stapel: `--alle --immer` gegen die Summe der Einzelläufe derselben Managements, auf einer Kopie von `data/`, in der die ' +
      'Jahre 2014/2015 des Clusterberichts auf 2018/2019 verschoben sind (`bench/beide-formate.ts`), damit ein Stapel beide ' +
      'Formate enthält (5 EWM-Berichte und 1 Clusterbericht); Spitzen-RSS des Stapels ' +
      'gegen den größten Einzelbericht und gegen einen Stapel aller 13 Managements (`--alle --leer`): der Speicher wächst nicht mit ' +
      'der Zahl der Berichte, weil `--parallel` Berichte gleichzeitig im Speicher sind.',
    '- Stapel unverändert: `--alle` ein zweites Mal ohne Änderung gegen den ersten Lauf in einen leeren Ordner; jede Runde prüft, ' +
      'dass jeder Bericht „aktuell“ meldet und keine Datei (Inode, Zeitstempel) sich geändert hat.',
    '- Vorschau: `ewm-report vorschau` auf einer Kopie von `data/`; gemessen vom Ende des Speicherns von `fazit.md` (ein Satz mehr) ' +
      'bis die offene Seite über ihren Ereignisstrom die neue Fassung erhalten hat und deren HTML den Satz enthält.',
    '- Skalierung: mit `bench/generiere-export.ts` erzeugte Exporte (je Projekt ½ Aktivität, ⅕ Akteur, 3 Beteiligungen), ' +
      '`--format json --max-datei-mb 1024` (projekte.csv ist bei 1 Mio. Projekten 247 MB groß); Basis: dieselben vier CSV-Dateien ' +
      'nur mit csv-parse lesen (`bench/csv-basis.ts`). ' +
      'Wachstum je 10× Zeilen: Zeitfaktor bei zehnmal so vielen Zeilen.',
    '- Spitzen-RSS: Node über `process.resourceUsage().maxRSS` (mit dem Worker-Thread der Abbildungen), Chromium als Summe ' +
      'des VmRSS aller Prozesse des Baums (alle 20 ms aus `/proc`; geteilte Seiten zählen mehrfach).',
    '- `npm run bench -- --schnell` (3 Wiederholungen, 10k und 100k) für einen kurzen Lauf; ' +
      '`--nur einzel,stapel,unveraendert,vorschau,skalierung` wählt Fälle.',
    ...e.hinweise.map((h) => `- ${h}`),
    ...verfehlt(e),
    '',
  ].join('\n');
}

/** Where the time goes (CPU profile, `node --cpu-prof`), for each target a run missed. */
const PROFIL: Record<string, string> = {
  'einzel-zeit':
    'Einzelbericht: Chromium druckt zweimal (erster Druck für die Seitenzahlen des Inhaltsverzeichnisses, zweiter Druck mit ' +
    'ihnen; das Ergebnis muss byteidentisch bleiben, daher kein Zusammensetzen von Seiten), jeweils `setContent` mit dem ganzen ' +
    'HTML samt eingebetteter Schrift über die Pipe. Node lädt die gebündelte CLI, liest und prüft die Daten, kompiliert die ' +
    'Handlebars-Vorlagen und baut die Trennmuster auf; die acht Abbildungen rendert ein Worker-Thread parallel dazu, Chromium ' +
    'startet ebenfalls parallel.',
  'stapel-zeit':
    'Stapel: je Bericht zwei Druckdurchläufe in Chromium und auf dem Hauptthread HTML, Silbentrennung und Puppeteer; der ' +
    'Worker-Thread rendert die Abbildungen aller Berichte nacheinander. Auf zwei Kernen teilen sich Node, Worker und Chromium die CPU.',
  'unveraendert-zeit':
    'Stapel unverändert: Start der gebündelten CLI, Lesen und Prüfen der Daten (für die Liste der Managements und die Warnungen) ' +
    'und die Prüfsummen aller Eingaben und geschriebenen Dateien; es wird nichts gerendert und kein Browser gestartet.',
  'vorschau-zeit':
    'Vorschau: 30 ms Entprellung nach dem Speichern, dann nur die Texte neu (Daten und Abbildungen aus dem Zwischenspeicher), ' +
    'HTML und Silbentrennung; danach lädt die Seite neu.',
};

function verfehlt(e: Ergebnisse): string[] {
  const zeilen = e.zeilen.filter((z) => z.ziel !== undefined && z.erreicht === false && PROFIL[z.id] !== undefined);
  if (zeilen.length === 0) return [];
  return ['', 'Nicht erreicht; wohin die Zeit geht:', '', ...zeilen.map((z) => `- ${PROFIL[z.id] ?? ''}`)];
}
