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
    'Stapel: CPU-gebunden; das Verhältnis hängt an der Maschine (in einem früheren Lauf auf AMD EPYC 0,297 und in einem ' +
    'zweiten Lauf 0,32, in diesem Lauf auf Intel Xeon 0,34). CPU aus `/proc` für sechs Berichte (≈ 2,4 s): zusammen ≈ ' +
    '3,9 s auf 2 Kernen (≈ 81 %; in den ersten ≈ 0,3 s läuft nur der Hauptthread: Start, Daten lesen). Davon ' +
    'Node-Hauptthread ≈ 1,1–1,2 s, Abbildungs-Worker ≈ 0,8 s, V8 im Hintergrund ≈ 0,3–0,45 s, zwei Renderer ≈ ' +
    '0,93 s, Browserprozess ≈ 0,44 s, je Druck ein neuer PrintCompositor-Prozess (zusammen ≈ 0,15 s), Zygote und ' +
    'GPU-Prozess ≈ 0,13 s. Ein Einzelbericht braucht ≈ 1,9 s CPU in ≈ 1,3 s; sein kritischer Pfad ist der ' +
    'Chromium-Start (ab 0,25 s, bereit bei 0,89 s, Seite bei 0,98 s; der Bericht ist bei 0,65 s druckbereit), ' +
    'dann der Druck (0,46 s) und das Schreiben (0,07 s): Kennzahlen, Abbildungen und HTML verschwinden hinter dem ' +
    'Start. Im Stapel liegt genau diese Arbeit auf dem kritischen Pfad: je weiterem Bericht ≈ 0,4 s CPU (Node ≈ ' +
    '0,22 s, davon der Worker ≈ 0,16 s je EWM-Bericht mit acht Abbildungen; Renderer ≈ 0,13 s; Browser und ' +
    'Druckprozess ≈ 0,05 s), auf 2 Kernen ≈ 0,2–0,25 s. Was-wäre-wenn, abwechselnd gemessen: ohne jede ' +
    'Abbildungsarbeit (SVGs aus einem Zwischenspeicher, kein Worker) 2,45 → 1,99 s; nur `--format pdf` 2,59 → ' +
    '2,26 s (bericht.html ≈ 0,2 s, JSON und Nachweis ≈ 0,15 s). Weniger Arbeit in Chromium hilft dem Verhältnis ' +
    'kaum, weil sie die Einzelläufe ebenso verkürzt; unter 0,3 führt weniger Arbeit in Node je Bericht, vor allem ' +
    'beim Rendern der Abbildungen (kalt ≈ 16 ms je Abbildung: Vega-Lite kompilieren 37 %, vega parse 18 %, View ' +
    '12 %, Datenfluss und SVG 34 %). Zuletzt übernommen: ein Strang druckt seinen nächsten Bericht, während die ' +
    'Dateien des gedruckten geschrieben werden (2,42 → 2,35 s, Median von 12 abwechselnden Läufen). Gemessen und ' +
    'verworfen: V8-Budget 16× oder 32× statt 8× (Stapel −0,06 s, aber 100k +12 %), das Budget erst nach dem Lesen ' +
    'umschalten (ohne Wirkung), `--maglev`, `--always-sparkplug`, `--max-opt=1`, `--max-semi-space-size=32` (ohne ' +
    'Wirkung), `--parallel 3` (gleich), den Abbildungs-Worker schon beim Programmstart starten (−0,04 s, aber ' +
    '`--alle` unverändert 0,21 → 0,26 s), die Vega-Lite-Kompilierung je Diagrammgestalt wiederverwenden ' +
    '(Prototyp: 14 Gestalten für 40 Abbildungen, gleiche Vega-Laufzeitspezifikation, −0,13 s CPU ≈ −0,06 s; das ' +
    'Risiko einer stillen Abweichung nicht wert), ein zweiter Abbildungs-Worker je Strang (vega lädt zweimal: ' +
    'langsamer), fsync weglassen (−0,06 s; die atomare Ausgabe braucht ihn).',
  'unveraendert-zeit':
    'Stapel unverändert: Laden der gebündelten CLI ≈ 0,12 s, dann nur Prüfsummen: der Datenordner für `.datenstand.json`, je ' +
    'Bericht seine Eingaben und geschriebenen Dateien (16 Dateien zugleich); die Tabellen werden nicht gelesen, nichts gerendert, ' +
    'kein Browser gestartet.',
  'vorschau-zeit':
    'Vorschau: 30 ms Entprellung nach dem Speichern, dann nur die Texte neu (Daten und Abbildungen aus dem Zwischenspeicher), ' +
    'HTML und Silbentrennung; danach lädt die Seite neu.',
  'skalierung-100000-zeit':
    'Skalierung 100k: in diesem Lauf 3,07 (an früheren Tagen 2,77 und 3,05); es gilt die Aufteilung bei 1 Mio. im ' +
    'nächsten Punkt (Speicherbereinigung und Nachweis wiegen bei 100k weniger). Ein höheres V8-Budget (32× statt ' +
    '8×, für den Stapel −0,06 s) machte 100k 12 % langsamer (4,37 → 4,87 s, je 5 abwechselnde Läufe); das Budget ' +
    'bleibt bei 8× (`src/cli/v8-einstellungen.ts`).',
  'skalierung-1000000-zeit':
    'Skalierung 1 Mio. (CPU-Profil eines Laufs bei 1 Mio. auf AMD EPYC, 84 s mit Profiler): csv-parse selbst ≈ 17,6 s wie in der ' +
    'Basis; die Zeilen umwandeln und prüfen ≈ 27 s (Zellen umwandeln ≈ 9 s, das ID-Verzeichnis der Vorhaben und ' +
    'Akteure füllen ≈ 3,9 s); die Regeln über die Dateien ≈ 7,2 s, davon ≈ 4,9 s das Nachschlagen der 6 Mio. ' +
    'Verweise der Beteiligungen in den ID-Verzeichnissen (Maps mit 1,7 Mio. Schlüsseln); Speicherbereinigung ≈ 10 s ' +
    '(522 Scavenges ≈ 6 s: jeder eingelesene Datensatz überlebt und wird kopiert); den Nachweis schreiben ≈ 16 s ' +
    '(für industrielle-produktion nachweis.json 148 MB und nachweis.csv 96 MB; die Datensätze jeder Kennzahl werden ' +
    'für jede der beiden Dateien einmal aufgebaut); die Kennzahlen ≈ 2 s. Die Basis brauchte auf AMD EPYC 11,7 s, auf Intel Xeon ' +
    '16,6 s und in diesem Lauf (Intel Xeon) 12,4 s, das Werkzeug 56, 57 und 47,7 s: das Verhältnis hängt an der Maschine.',
  'skalierung-1000000-rss':
    'Spitzen-RSS bei 1 Mio.: ein Heap-Schnappschuss bei 100k nach dem Lesen zeigt 102 MB lebend (Datensatzobjekte ' +
    '57 MB, davon die Fundstellen `{datei, zeile}` 18 MB: Node läuft ohne Pointer-Kompression, ein Objekt mit zwei ' +
    'Feldern kostet 40 Byte; Zeichenketten 20 MB; Listen und Verzeichnisse 19 MB), bei 1 Mio. also ≈ 1 GB; der Heap ' +
    'wächst bis ≈ 1,8 GB, bevor V8 wieder vollständig aufräumt. Mit `--heap-growing-percent=20` blieb der Lauf bei ' +
    '1,46 GB, brauchte aber 90,8 statt 79,0 s; nicht übernommen. Der Nachweis wird je Kennzahl als Folge ' +
    'geschrieben und hält nicht alle Einträge zugleich.',
  'wachstum-100000-1000000':
    'Wachstum 100k → 1 Mio.: 11,1× gegen 8,9× für csv-parse allein (an früheren Tagen 8,7×, erreicht): mehr als ' +
    'linear wachsen die Speicherbereinigung (bei 1 Mio. ≈ 10 s; der Heap wächst bis ≈ 1,8 GB, und jede volle ' +
    'Bereinigung durchläuft alle lebenden Datensätze) und das Schreiben des Nachweises (≈ 16 s für 244 MB), siehe ' +
    '1 Mio.',
};

function verfehlt(e: Ergebnisse): string[] {
  const zeilen = e.zeilen.filter((z) => z.ziel !== undefined && z.erreicht === false && PROFIL[z.id] !== undefined);
  if (zeilen.length === 0) return [];
  return ['', 'Nicht erreicht; wohin die Zeit geht:', '', ...zeilen.map((z) => `- ${PROFIL[z.id] ?? ''}`)];
}
