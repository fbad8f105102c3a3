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
      'zeigt, ob der Speicher mit der Zahl der Berichte wächst (gleichzeitig im Speicher sind höchstens drei Berichte je Strang, `--parallel` Stränge).',
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
    'Stapel: CPU-gebunden auf 2 Kernen, und die VM schwankt zwischen Runden so stark wie der Abstand zum Ziel (ein ' +
    'Lauf vom 02.12.2026: Stapel 3,15–4,05 s, Verhältnis je Runde 0,22–0,37). CPU je Thread aus `/proc` (sechs ' +
    'Berichte, Lauf von ≈ 3,0 s): Node-Hauptthread ≈ 1,2 s, Abbildungs-Worker ≈ 0,9 s, V8 im Hintergrund ≈ 0,6 s, ' +
    'zwei Renderer ≈ 1,0 s, Browserprozess ≈ 0,4 s samt Start; im Mittel ≈ 1,56 Kerne, leer bleibt vor allem die ' +
    'erste knappe Sekunde (Start, Daten lesen). Je weiterem Bericht (14 gegen 6 Berichte): Renderer ≈ 0,16 s, ' +
    'Worker ≈ 0,07 s, Hauptthread ≈ 0,06 s, Browserprozess ≈ 0,04 s. Im Renderer je Bericht: `setContent` ≈ 45 ms, ' +
    'der Satz ≈ 80 ms (Seitenfüllung 7, Zeilenenden 40: zwei Messrunden über alle ≈ 2 850 weichen Trennstellen zu ' +
    'je ≈ 14 ms, Seitenspalten 33), der Druck ≈ 105–125 ms (ohne Tags und Gliederung 97 ms). Gemessen und ' +
    'verworfen: ein zweiter Abbildungs-Worker je Strang (4,37 → 4,73 s: vega lädt zweimal), die weiteren Stränge ' +
    'erst beginnen, wenn der erste Bericht druckbereit ist (−0,045 s im Mittel von 40 Runden, im Rauschen), ' +
    'Druckmedium und Fensterbreite der Seite vorab setzen (im Rauschen). Unter 0,3 mit Abstand führt nur weniger ' +
    'Arbeit je Bericht in Chromium (Satz, Druck) und beim Rendern der Abbildungen.',
  'unveraendert-zeit':
    'Stapel unverändert: Laden der gebündelten CLI ≈ 0,12 s, dann nur Prüfsummen: der Datenordner für `.datenstand.json`, je ' +
    'Bericht seine Eingaben und geschriebenen Dateien (16 Dateien zugleich); die Tabellen werden nicht gelesen, nichts gerendert, ' +
    'kein Browser gestartet.',
  'vorschau-zeit':
    'Vorschau: 30 ms Entprellung nach dem Speichern, dann nur die Texte neu (Daten und Abbildungen aus dem Zwischenspeicher), ' +
    'HTML und Silbentrennung; danach lädt die Seite neu.',
  'skalierung-100000-zeit':
    'Skalierung 100k: nicht eigens profiliert; die Aufteilung bei 1 Mio. steht im nächsten Punkt. Das Verhältnis lag ' +
    'an früheren Tagen bei 2,77 (die Basis schwankt mit der VM stärker als das Werkzeug, siehe 1 Mio.); abwechselnde ' +
    'Läufe mit und ohne die V8-Einstellungen des Werkzeugs (`src/cli/v8-einstellungen.ts`) unterschieden sich heute ' +
    'nicht (je 6 Läufe, Median 5,15 gegen 4,9 s, paarweise im Mittel +0,03 s).',
  'skalierung-1000000-zeit':
    'Skalierung 1 Mio. (CPU-Profil eines Laufs bei 1 Mio., 84 s mit Profiler): csv-parse selbst ≈ 17,6 s wie in der ' +
    'Basis; die Zeilen umwandeln und prüfen ≈ 27 s (Zellen umwandeln ≈ 9 s, das ID-Verzeichnis der Vorhaben und ' +
    'Akteure füllen ≈ 3,9 s); die Regeln über die Dateien ≈ 7,2 s, davon ≈ 4,9 s das Nachschlagen der 6 Mio. ' +
    'Verweise der Beteiligungen in den ID-Verzeichnissen (Maps mit 1,7 Mio. Schlüsseln); Speicherbereinigung ≈ 10 s ' +
    '(522 Scavenges ≈ 6 s: jeder eingelesene Datensatz überlebt und wird kopiert); den Nachweis schreiben ≈ 16 s ' +
    '(für industrielle-produktion nachweis.json 148 MB und nachweis.csv 96 MB; die Datensätze jeder Kennzahl werden ' +
    'für jede der beiden Dateien einmal aufgebaut); die Kennzahlen ≈ 2 s. Auf dieser Maschine (AMD EPYC) braucht die ' +
    'Basis 11,7 s, auf der Intel-Maschine zwei Tage zuvor 16,6 s, das Werkzeug 56 gegen 57 s: das Verhältnis hängt ' +
    'an der Maschine.',
  'skalierung-1000000-rss':
    'Spitzen-RSS bei 1 Mio.: ein Heap-Schnappschuss bei 100k nach dem Lesen zeigt 102 MB lebend (Datensatzobjekte ' +
    '57 MB, davon die Fundstellen `{datei, zeile}` 18 MB: Node läuft ohne Pointer-Kompression, ein Objekt mit zwei ' +
    'Feldern kostet 40 Byte; Zeichenketten 20 MB; Listen und Verzeichnisse 19 MB), bei 1 Mio. also ≈ 1 GB; der Heap ' +
    'wächst bis ≈ 1,8 GB, bevor V8 wieder vollständig aufräumt. Mit `--heap-growing-percent=20` blieb der Lauf bei ' +
    '1,46 GB, brauchte aber 90,8 statt 79,0 s; nicht übernommen. Der Nachweis wird je Kennzahl als Folge ' +
    'geschrieben und hält nicht alle Einträge zugleich.',
};

function verfehlt(e: Ergebnisse): string[] {
  const zeilen = e.zeilen.filter((z) => z.ziel !== undefined && z.erreicht === false && PROFIL[z.id] !== undefined);
  if (zeilen.length === 0) return [];
  return ['', 'Nicht erreicht; wohin die Zeit geht:', '', ...zeilen.map((z) => `- ${PROFIL[z.id] ?? ''}`)];
}
