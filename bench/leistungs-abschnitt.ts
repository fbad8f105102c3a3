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
    'Einzelbericht (Zeitlinie eines Laufs, `node --cpu-prof`, ruhige Maschine, ≈ 1,7–2,0 s): Laden der gebündelten CLI ≈ 0,15 s, ' +
    'Lesen und Prüfen der Daten ≈ 0,25 s; danach auf dem Hauptthread Kennzahlen, Nachweis, Texte und das Druck-HTML samt ' +
    'Silbentrennung (die Abbildungen stehen darin zunächst als leere <svg>) bis ≈ 0,85 s, gleichzeitig rendert der Worker-Thread ' +
    'die acht Abbildungen (fertig ≈ 0,8 s) und Chromium startet samt vorbereiteter erster Seite; dann in Chromium `setContent` ' +
    '≈ 0,1 s, der Satz (Zeilenenden, Seitenspalten für Seitenenden und Seitenzahlen) ≈ 0,17 s, der Druck ≈ 0,18 s (währenddessen ' +
    'entsteht bericht.html), PDF nachbearbeiten und alle Dateien schreiben ≈ 0,15 s (Chromium wird dabei schon beendet). Die Basis ' +
    '(frisches Chromium starten, dieselbe bericht.html laden, einmal drucken) braucht 1,33 s; der Abstand ist der Node-Teil vor ' +
    'dem Druck (Daten, HTML) und das Schreiben danach; 0,01 s weniger erreichten das Ziel.',
  'stapel-zeit':
    'Stapel: CPU-gebunden. Gemessen an den sechs Berichten (CPU-Zeit aus `/proc` für den Node-Prozess und den Chromium-Baum, ' +
    'in einem Lauf von 4,6 s): Node ≈ 4,5 s (Hauptthread: Kennzahlen, Nachweis, zwei HTML, Silbentrennung, Puppeteer, Schreiben; ' +
    'Worker-Thread: 48 Abbildungen; V8 im Hintergrund), Chromium ≈ 3,2 s (Start ≈ 0,4 s, je Bericht ≈ 0,45 s: setContent 0,1, ' +
    'Satz 0,17, Druck 0,18), zusammen ≈ 1,7-mal die Laufzeit; die Auslastung liegt während des Laufs bei 1,9–2,0 Kernen. Die ersten ' +
    'beiden Berichte laufen kalt nebeneinander, danach braucht jeder ≈ 1 s je Bahn. Die Einzelläufe bestehen zur Hälfte aus dem, ' +
    'was der Stapel nur einmal tut (Chromium-Start, Module, kalter JIT); der Rest ist Arbeit je Bericht, die der Stapel genauso tut ' +
    'und auf zwei Kernen nur halbieren kann. Unter 0,3 führt nur weniger Arbeit je Bericht: die Satz-Durchläufe in Chromium ' +
    '(zwei erzwungene Layouts je Bericht) und das zweite, markierte HTML für bericht.html.',
  'unveraendert-zeit':
    'Stapel unverändert: Laden der gebündelten CLI ≈ 0,15 s (das Berichtsmodul mit beiden Formaten wird beim Start geladen; ' +
    'puppeteer-core nicht mehr), ' +
    'Lesen und Prüfen der Daten (für die Liste der Managements und die Warnungen) ≈ 0,2 s, die Prüfsummen aller Eingaben und ' +
    'geschriebenen Dateien ≈ 0,05 s; es wird nichts gerendert und kein Browser gestartet. Der erste Lauf wurde in dieser Runde ' +
    'um 2,4 s schneller (6,05 → 3,69 s), der unveränderte um 0,11 s (0,50 → 0,39 s).',
  'vorschau-zeit':
    'Vorschau: 30 ms Entprellung nach dem Speichern, dann nur die Texte neu (Daten und Abbildungen aus dem Zwischenspeicher), ' +
    'HTML und Silbentrennung; danach lädt die Seite neu.',
  'skalierung-100000-zeit':
    'Skalierung (CPU-Profil bei 100k): csv-parse selbst ≈ 1,3 s wie in der Basis; dazu das Umwandeln der Zellen (Beträge, Daten, ' +
    'Aufzählungen) ≈ 0,7 s, die Zeilenregeln und ID-Verzeichnisse ≈ 1 s, Speicherbereinigung ≈ 0,7 s, die Prüfsummen der Eingaben ' +
    'für das Manifest ≈ 0,13 s und Nachweis/Kennzahlen schreiben ≈ 0,3 s.',
  'skalierung-1000000-zeit':
    'Skalierung 1 Mio.: wie bei 100k, dazu mehr Speicherbereinigung, weil alle Datensätze als Objekte im Speicher stehen.',
  'skalierung-1000000-rss':
    'Spitzen-RSS bei 1 Mio.: die eingelesenen Datensätze (ein Objekt je Zeile, 4,7 Mio. Zeilen) und ihre ID-Verzeichnisse; ' +
    'der Nachweis wird je Kennzahl als Folge geschrieben und hält nicht alle Einträge zugleich.',
};

function verfehlt(e: Ergebnisse): string[] {
  const zeilen = e.zeilen.filter((z) => z.ziel !== undefined && z.erreicht === false && PROFIL[z.id] !== undefined);
  if (zeilen.length === 0) return [];
  return ['', 'Nicht erreicht; wohin die Zeit geht:', '', ...zeilen.map((z) => `- ${PROFIL[z.id] ?? ''}`)];
}
