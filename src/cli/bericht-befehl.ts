import os from 'node:os';
import { Command, Option } from 'commander';
import type { BerichtsBrowser } from '../browser/berichts-browser.js';
import { erzeugeAlle } from '../bericht/erzeuge-alle.js';
import { werkzeugHash } from '../manifest/werkzeug-hash.js';
import { berichtsZeile, entferntText } from '../bericht/erzeuge-alle.js';
import { holeDatenQuelle, type DatenQuelle } from '../bericht/daten-quelle.js';
import { schreibeDatenStand } from '../manifest/schreibe-daten-stand.js';
import { dateisystemGrund } from '../dateisystem/dateisystem-grund.js';
import { anzeigePfad, erzeugeBericht } from '../bericht/erzeuge-bericht.js';
import type { Ausgabeformat } from '../bericht/ausgabeformat.js';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import { schreibeAtomar } from '../ausgabe/schreibe-atomar.js';
import type { Effekte } from '../effekte.js';
import { CliFehler, EXIT, formatiereProblem, type Problem } from '../fehler.js';
import type { Cluster } from '../model/typen.js';
import { findeFormat } from '../formate.js';
import { strengText } from '../pruefen/lade-daten.js';
import { problemeFuerFormat } from '../pruefen/probleme-fuer-format.js';
import { loeseClusterAuf } from './loese-cluster-auf.js';
import { sucheCluster } from './suche-cluster.js';
import { schreibeZusammenfassung } from './schreibe-zusammenfassung.js';
import { VERSION } from './version.js';
import {
  leseOptionen,
  mitLeseOptionen,
  parseDatum,
  parseFormate,
  parseGanzzahl,
  parseJahrOderBefehl,
  type GemeinsameOptionen,
} from './optionen.js';

interface BerichtOptionen extends GemeinsameOptionen {
  cluster?: string;
  alle: boolean;
  leer: boolean;
  ausgabe: string;
  format: Set<Ausgabeformat>;
  datum?: string;
  browser?: string;
  timeout: number;
  parallel: number;
  berichtsformat?: string;
  nachweis: boolean;
  immer: boolean;
  zusammenfassung?: string;
}

/** The main command: `ewm-report <jahr> --cluster <slug>` (or `--alle`). */
export function berichtBefehl(effekte: Effekte, setzeExitCode: (code: number) => void, formate: readonly Berichtsformat[]): Command {
  const befehl = new Command();
  return mitLeseOptionen(befehl)
    .description('erstellt den Jahresbericht zum Ergebnis- und Wirkungsmonitoring (PDF, HTML, Kennzahlen)')
    .argument('[jahr]', 'Berichtsjahr, z. B. 2019', (wert: string) => parseJahrOderBefehl(wert, befehl.commands.map((c) => c.name())))
    .option('--cluster <slug>', 'Cluster- oder Teilthemenmanagement, Slug oder Name (siehe "ewm-report cluster")')
    .option('--alle', `alle Managements, deren Bericht nicht leer wäre (${formate.map((f) => `${f.id}: ${f.inhalt.mit}`).join('; ')})`, false)
    .option('--leer', 'auch für ein Management, dessen Bericht im Berichtsjahr leer wäre, einen (leeren) Bericht erstellen', false)
    .option('--ausgabe <ordner>', 'Zielordner; der Bericht landet in <ordner>/<jahr>/<cluster>/', 'out')
    .addOption(
      new Option('--format <liste>', 'Ausgabeformate, mit Komma getrennt: pdf, html, json')
        .argParser(parseFormate)
        .default(parseFormate('pdf,html,json'), 'pdf,html,json'),
    )
    .option('--datum <datum>', 'Veröffentlichungsdatum (sonst aus bericht.json)', parseDatum)
    .option('--berichtsformat <id>', `Berichtsformat für alle Managements statt der Angabe in cluster.json (${formate.map((f) => f.id).join(', ')})`)
    .option('--nachweis', 'auch das PDF erhält die Verweise der Zahlen und den Anhang „Nachweis der Kennzahlen“ (für Prüfende)', false)
    .option('--browser <pfad>', 'Pfad zu Chromium/Chrome (sonst PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, …)')
    .option('--timeout <sekunden>', 'Zeitlimit je Druckvorgang in Sekunden', parseGanzzahl('--timeout'), 60)
    .addOption(
      new Option('--parallel <anzahl>', 'mit --alle: so viele Berichte gleichzeitig')
        .argParser(parseGanzzahl('--parallel'))
        .default(os.availableParallelism(), 'Anzahl der Prozessorkerne'),
    )
    .option('--immer', 'auch aktuelle Berichte neu erstellen (sonst werden Berichte mit unveränderten Eingaben übersprungen)', false)
    .option('--zusammenfassung <datei>', 'schreibt eine maschinenlesbare Zusammenfassung (JSON) je Bericht, z. B. für CI')
    .addHelpText(
      'after',
      [
        '',
        'Beispiele:',
        '  ewm-report 2019 --cluster industrielle-produktion',
        '  ewm-report 2019 --cluster industrielle-produktion --format json',
        '  ewm-report 2019 --alle --ausgabe berichte',
        '  ewm-report 2019 --alle --zusammenfassung out/zusammenfassung.json',
        '  ewm-report pruefen --daten data',
        '  ewm-report vergleich out-2018/2018/industrielle-produktion out/2019/industrielle-produktion',
        '',
        'Exitcodes: 0 Erfolg, 1 interner Fehler, 2 ungültige Eingabe oder Option, 3 fehlende Umgebung (z. B. kein Browser).',
      ].join('\n'),
    )
    .action(async (jahr: number | undefined, optionen: BerichtOptionen, befehl: Command) => {
      if (jahr === undefined) {
        befehl.outputHelp();
        throw new CliFehler('Bitte ein Berichtsjahr angeben, z. B. "ewm-report 2019 --cluster industrielle-produktion".');
      }
      if (!optionen.alle && optionen.cluster === undefined) {
        throw new CliFehler('Bitte --cluster <slug> oder --alle angeben ("ewm-report cluster" listet die Slugs).');
      }
      if (optionen.alle && optionen.cluster !== undefined) {
        throw new CliFehler('--cluster und --alle schließen sich aus.');
      }

      if (optionen.berichtsformat !== undefined) findeFormat(optionen.berichtsformat, formate);

      // 1. one browser for everything, only when a PDF is wanted; launched once the data is valid
      let browser: BerichtsBrowser | undefined;
      if (optionen.format.has('pdf')) {
        const { BerichtsBrowser } = await import('../browser/berichts-browser.js');
        browser = new BerichtsBrowser({ browserPfad: optionen.browser, timeoutMs: optionen.timeout * 1000 });
      }
      const browserQuelle = (): BerichtsBrowser => {
        if (!browser) throw new Error('Für dieses Format wird kein Browser gebraucht.');
        return browser;
      };
      // The tool's own hash (for the manifests) is read while the data is.
      const eigenerHash = werkzeugHash().then((sha256) => ({ version: VERSION, sha256 }));
      eigenerHash.catch(() => undefined);
      try {
        // 2. read and validate (or take the check of an earlier run with the same data, tool and options)
        // A single report reads the tables of its own format only.
        const nurFormatVon = (liste: readonly Cluster[]): string | undefined =>
          optionen.cluster === undefined ? undefined : sucheCluster(liste, optionen.cluster)?.berichtsformat;
        const quelle = await holeDatenQuelle({
          datenVerzeichnis: optionen.daten,
          ausgabe: optionen.ausgabe,
          jahr,
          formate,
          ladeOptionen: { ...leseOptionen(optionen), berichtsformat: optionen.berichtsformat, nurFormatVon },
          werkzeug: eigenerHash,
          immer: optionen.immer,
        });
        const warnungen = quelle.probleme.filter((p) => p.schwere !== 'fehler');
        const strengeIn = (liste: readonly Problem[]): number => (optionen.streng ? liste.filter((p) => p.schwere === 'warnung').length : 0);
        if (!('lade' in quelle)) {
          const strenge = strengeIn(warnungen);
          throw new CliFehler(`Die Daten in "${optionen.daten}" sind ungültig${strenge > 0 ? `; ${strengText(strenge)}` : ''}; es wurde nichts geschrieben.`, {
            exitCode: EXIT.eingabe,
            probleme: quelle.probleme,
          });
        }
        const cluster = optionen.cluster !== undefined ? loeseClusterAuf(quelle.cluster, optionen.cluster) : undefined;
        const formatVon = (c: { berichtsformat: string }): Berichtsformat => findeFormat(c.berichtsformat, formate);
        const eintrag = quelle.cluster.find((c) => c.slug === cluster);
        const format = formatVon(eintrag ?? { berichtsformat: formate[0]?.id ?? '' });
        // --streng: the warnings that concern this run (a single report: those of its format's tables and the shared files)
        const datenWarnungen = optionen.alle ? warnungen : problemeFuerFormat(warnungen, format, formate);
        const strenge = strengeIn(datenWarnungen);
        if (strenge > 0) throw new CliFehler(`${strengText(strenge)}; es wurde nichts geschrieben.`, { exitCode: EXIT.eingabe, probleme: datenWarnungen });

        // 3. the report(s)
        const auftrag = {
          daten: quelle,
          datenVerzeichnis: optionen.daten,
          jahr,
          ausgabe: optionen.ausgabe,
          formate: optionen.format,
          streng: optionen.streng,
          datum: optionen.datum,
          nachweisImPdf: optionen.nachweis,
          werkzeug: await eigenerHash,
          optionen: { encoding: optionen.encoding, trennzeichen: optionen.trennzeichen },
          immer: optionen.immer,
        };
        // Chromium is ended once the last PDF is printed, while the files are written, not after.
        const umgebung = { browser: browserQuelle, schreibe: schreibeAtomar, effekte, gedruckt: () => void browser?.dispose().catch(() => undefined) };
        if (optionen.alle) {
          meldeWarnungen(warnungen, optionen, effekte);
          // --ruhig: no progress lines and no table; only the failed reports are printed
          const batchEffekte: Effekte = optionen.ruhig ? { ...effekte, istTerminal: false, fehlerausgabe: () => undefined } : effekte;
          const datenWarnungen = (format: Berichtsformat): Problem[] => problemeFuerFormat(warnungen, format, formate);
          const ergebnis = await erzeugeAlle({ ...auftrag, parallel: optionen.parallel, datenWarnungen, leer: optionen.leer }, formatVon, { ...umgebung, effekte: batchEffekte });
          if (optionen.ruhig) {
            for (const z of ergebnis.zeilen) if (z.fehler !== undefined) effekte.fehlerausgabe(`Fehler: ${z.cluster}: ${z.fehler}`);
          }
          if (ergebnis.zeilen.length > ergebnis.fehlgeschlagen) await behalteDatenStand(quelle.stand, optionen, effekte);
          if (optionen.zusammenfassung !== undefined) await schreibeZusammenfassung(optionen.zusammenfassung, jahr, ergebnis.zeilen);
          setzeExitCode(ergebnis.fehlgeschlagen > 0 ? (ergebnis.exitCode ?? EXIT.intern) : EXIT.ok);
          return;
        }
        const slug = cluster ?? '';
        // only the warnings of the tables this report reads (and of the shared files)
        meldeWarnungen(datenWarnungen, optionen, effekte);
        if (!optionen.leer && eintrag !== undefined && !quelle.berichtet(format).includes(slug)) {
          throw new CliFehler(
            `Für ${eintrag.name} gibt es ${format.inhalt.ohne(jahr)}; es wurde kein Bericht erstellt. Mit --leer entsteht trotzdem ein (leerer) Bericht.`,
          );
        }
        const start = performance.now();
        const ergebnis = await erzeugeBericht({ ...auftrag, cluster: slug }, format, umgebung);
        meldeWarnungen(ergebnis.warnungen, optionen, effekte);
        await behalteDatenStand(quelle.stand, optionen, effekte);
        if (optionen.zusammenfassung !== undefined) {
          const zeile = berichtsZeile(slug, ergebnis, [...datenWarnungen, ...ergebnis.warnungen].filter((p) => p.schwere === 'warnung').length, start);
          await schreibeZusammenfassung(optionen.zusammenfassung, jahr, [zeile]);
        }
        if (!optionen.ruhig) {
          const ort = anzeigePfad(ergebnis.ordner);
          const seiten = ergebnis.seiten !== undefined ? ` (${ergebnis.seiten} Seiten)` : '';
          if (ergebnis.entfernt.length > 0) effekte.fehlerausgabe(`Hinweis: ${entferntText(ergebnis.entfernt)}.`);
          effekte.fehlerausgabe(
            ergebnis.aktuell
              ? `Bericht aktuell: ${ort}${seiten}: Eingaben unverändert, nichts geschrieben (--immer erstellt ihn neu).`
              : `Bericht geschrieben: ${ort}${seiten}: ${ergebnis.dateien.length} Dateien.`,
          );
        }
      } finally {
        await browser?.dispose();
      }
    });
}

/**
 * Keeps the record of the data check for the next run (unchanged text: nothing written). It only saves the next
 * run the reading and validating, so a failure to write it is a hint, not an error.
 */
async function behalteDatenStand(stand: DatenQuelle['stand'], optionen: GemeinsameOptionen, effekte: Effekte): Promise<void> {
  if (stand === undefined) return;
  try {
    await schreibeDatenStand(stand.datei, stand.text);
  } catch (fehler) {
    if (!optionen.ruhig) {
      effekte.fehlerausgabe(`Hinweis: "${stand.datei}" kann nicht geschrieben werden: ${dateisystemGrund(fehler, 'schreiben')}. Der nächste Lauf liest und prüft die Daten erneut.`);
    }
  }
}

function meldeWarnungen(warnungen: Problem[], optionen: GemeinsameOptionen, effekte: Effekte): void {
  if (optionen.ruhig) return;
  for (const w of warnungen) effekte.fehlerausgabe(`${w.schwere === 'hinweis' ? 'Hinweis' : 'Warnung'}: ${formatiereProblem(w)}`);
}
