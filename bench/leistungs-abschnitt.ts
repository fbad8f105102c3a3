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
      'gedruckt rund 50 Seiten) dabei per Druck-CSS ausgeblendet ist: die Basis druckt dieselben Seiten wie das PDF. Die Basis ' +
      'läuft mit denselben abgeschalteten Omnibox-Popups wie das Werkzeug (`--disable-features=WebUIOmniboxPopup,' +
      'WebUIOmniboxAimPopup,WebUIOmniboxFullPopup`, siehe „Ausgabe“); ohne sie ist sie auf dieser Maschine rund 0,6 s langsamer, ' +
      'und das Verhältnis schriebe dem Werkzeug eine Ersparnis gut, die jeder Chromium-Druck haben kann.',
    '- Stapel: `--alle --immer` gegen die Summe der Einzelläufe derselben Managements, auf einer Kopie von `data/`, in der die ' +
      'Jahre 2014/2015 des Clusterberichts auf 2018/2019 verschoben sind (`bench/beide-formate.ts`), damit ein Stapel beide ' +
      'Formate enthält (5 EWM-Berichte und 1 Clusterbericht); Spitzen-RSS des Stapels ' +
      'gegen den größten Einzelbericht, und ein Stapel aller Managements aus `cluster.json` (`--alle --leer`) gegen den Stapel: ' +
      'zeigt, ob der Speicher mit der Zahl der Berichte wächst (gleichzeitig im Speicher sind nur `--parallel` Berichte).',
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
    'Einzelbericht (Zeitpunkte eines Laufs ab Prozessstart, ohne Profiler, Mittel aus drei Läufen): Daten gelesen und geprüft ' +
    '(nur die Tabellen des eigenen Formats) ≈ 0,28 s, Chromium-Start ab ≈ 0,39 s, Druck-HTML (Abbildungen noch leere <svg>) ≈ 0,66–0,88 s, ' +
    'die acht Abbildungen vom Worker-Thread ≈ 1,02–1,09 s; dann in Chromium `setContent` samt Schriften ≈ 0,23 s, der Satz (Zeilenenden, ' +
    'Seitenspalten) ≈ 0,14 s, der Druck ≈ 0,17 s (währenddessen entsteht bericht.html), Schreiben ≈ 0,1 s. Chromium ist bereit, ' +
    'bevor das HTML fertig ist; von ≈ 0,3 bis ≈ 1,0 s sind beide Kerne belegt (Hauptthread, Worker mit vega, Chromium-Start). ' +
    'Chromium und den Worker schon vor dem Lesen der Daten zu starten, beendete die Abbildungen nicht früher (die Daten waren ' +
    'dafür später gelesen) und blieb im Stapel ohne Wirkung; verworfen.',
  'stapel-zeit':
    'Stapel: CPU-gebunden. Sechs Berichte, CPU-Zeit aus `/proc` (Lauf von ≈ 4,0 s): Node ≈ 4,0 s (Hauptthread ≈ 1,95 s: Kennzahlen, ' +
    'Nachweis, zwei HTML, Silbentrennung, Puppeteer, Schreiben; Worker-Thread ≈ 1,9 s, davon 48 Abbildungen 1,27 s und ' +
    'Speicherbereinigung 0,2 s; V8 im Hintergrund), Chromium ≈ 2,8 s (zwei Renderer 2,0 s, Browserprozess 0,76 s samt Start, je ' +
    'Druck ein Hilfsprozess 0,05 s), zusammen ≈ 1,7 Kerne im Mittel. Die ersten beiden Berichte laufen kalt nebeneinander ' +
    '(1,9 und 2,3 s), danach braucht jeder 0,5–0,8 s je Bahn. In dieser Runde wurden die Einzelläufe um ≈ 5 % schneller (sie ' +
    'lesen nur die Tabellen ihres Formats), der Stapel nicht (er braucht beide): das Verhältnis stieg dadurch, auf der heute ' +
    'langsameren Maschine, von 0,37 auf 0,40. Gemessen und verworfen: Chromium und Worker vor dem Lesen der Daten starten, eine ' +
    'größere junge Generation für den Worker, das Abfangen der data:-URLs der Schriften (kostet nichts Messbares). Unter 0,3 ' +
    'führt nur weniger Arbeit je Bericht in Chromium (Satz-Durchläufe, Druck) und beim Rendern der Abbildungen.',
  'unveraendert-zeit':
    'Stapel unverändert: Laden der gebündelten CLI ≈ 0,12 s, dann nur Prüfsummen: der Datenordner für `.datenstand.json`, je ' +
    'Bericht seine Eingaben und geschriebenen Dateien (16 Dateien zugleich); die Tabellen werden nicht gelesen, nichts gerendert, ' +
    'kein Browser gestartet.',
  'vorschau-zeit':
    'Vorschau: 30 ms Entprellung nach dem Speichern, dann nur die Texte neu (Daten und Abbildungen aus dem Zwischenspeicher), ' +
    'HTML und Silbentrennung; danach lädt die Seite neu.',
  'skalierung-100000-zeit':
    'Skalierung (CPU-Profil bei 100k): csv-parse selbst ≈ 1,3 s wie in der Basis; dazu das Umwandeln der Zellen (Beträge, Daten, ' +
    'Aufzählungen) ≈ 0,7 s, die Zeilenregeln und ID-Verzeichnisse ≈ 1 s, Speicherbereinigung ≈ 0,7 s, die Prüfsummen der Eingaben ' +
    'für das Manifest ≈ 0,13 s und Nachweis/Kennzahlen schreiben ≈ 0,3 s.',
  'skalierung-1000000-zeit':
    'Skalierung 1 Mio. (Aufteilung aus dem CPU-Profil bei 100k, hochgerechnet): csv-parse selbst wie in der Basis; dazu das ' +
    'Umwandeln der Zellen (Beträge, Daten, Aufzählungen) gut die Hälfte davon, die Zeilenregeln und ID-Verzeichnisse etwa ebenso ' +
    'viel, Nachweis und Kennzahlen schreiben, und mehr Speicherbereinigung als bei 100k, weil alle Datensätze als Objekte im ' +
    'Speicher stehen. Die Eingaben werden zweimal gehasht (für `.datenstand.json` vor dem Lesen und für das Manifest).',
  'skalierung-1000000-rss':
    'Spitzen-RSS bei 1 Mio.: die eingelesenen Datensätze (ein Objekt je Zeile, 4,7 Mio. Zeilen) und ihre ID-Verzeichnisse; ' +
    'der Nachweis wird je Kennzahl als Folge geschrieben und hält nicht alle Einträge zugleich.',
};

function verfehlt(e: Ergebnisse): string[] {
  const zeilen = e.zeilen.filter((z) => z.ziel !== undefined && z.erreicht === false && PROFIL[z.id] !== undefined);
  if (zeilen.length === 0) return [];
  return ['', 'Nicht erreicht; wohin die Zeit geht:', '', ...zeilen.map((z) => `- ${PROFIL[z.id] ?? ''}`)];
}
