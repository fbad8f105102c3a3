/**
 * `npm run bench`: measures the CLI against baselines taken in the same run and prints a German table.
 *
 * Stages: 1. options (`--schnell`: 3 repetitions, 10k and 100k only; `--wiederholungen N`,
 * `--groessen 10000,100000`, `--nur einzel,stapel,unveraendert,vorschau,skalierung`)  2. machine  3. the cases, each as child
 * processes, warm-up then N rounds, median  4. table, bench/ergebnisse.json, and after a full run
 * bench/LEISTUNG.md (the README section).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findeBrowser } from '../src/browser/finde-browser.js';
import { ergebnisTabelle } from './ergebnis-tabelle.js';
import type { ErgebnisZeile, Ergebnisse } from './ergebnis-typen.js';
import { fallEinzelbericht } from './fall-einzelbericht.js';
import { fallSkalierung } from './fall-skalierung.js';
import { fallStapel } from './fall-stapel.js';
import { fallUnveraendert } from './fall-unveraendert.js';
import { fallVorschau } from './fall-vorschau.js';
import type { BenchKontext } from './kontext.js';
import { leistungsAbschnitt } from './leistungs-abschnitt.js';
import { beschreibeMaschine } from './maschine.js';

const FAELLE = ['einzel', 'stapel', 'unveraendert', 'vorschau', 'skalierung'] as const;

async function main(): Promise<void> {
  // 1. options
  const { values } = parseArgs({
    options: {
      schnell: { type: 'boolean', default: false },
      wiederholungen: { type: 'string' },
      groessen: { type: 'string' },
      nur: { type: 'string' },
    },
  });
  const schnell = values.schnell === true;
  const wiederholungen = values.wiederholungen !== undefined ? Number(values.wiederholungen) : schnell ? 3 : 5;
  const groessen = (values.groessen ?? (schnell ? '10000,100000' : '10000,100000,1000000')).split(',').map(Number);
  const nur = new Set((values.nur ?? FAELLE.join(',')).split(',').map((s) => s.trim()));
  if (!Number.isInteger(wiederholungen) || wiederholungen < 1 || groessen.some((n) => !Number.isInteger(n) || n < 10)) {
    throw new Error('Ungültige Option: --wiederholungen braucht eine ganze Zahl ≥ 1, --groessen ganze Zahlen ≥ 10.');
  }
  const unbekannt = [...nur].filter((f) => !(FAELLE as readonly string[]).includes(f));
  if (unbekannt.length > 0) throw new Error(`Unbekannter Fall in --nur: ${unbekannt.join(', ')}. Erlaubt: ${FAELLE.join(', ')}.`);

  // 2. machine
  const hier = path.dirname(fileURLToPath(import.meta.url));
  const wurzel = path.resolve(hier, '../..');
  const browser = findeBrowser(undefined);
  const maschine = beschreibeMaschine(browser);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'ewm-bench-'));
  const k: BenchKontext = {
    wurzel,
    cli: path.join(wurzel, 'dist/bundle/main.js'),
    preload: path.join(hier, 'melde-rss.js'),
    browser,
    temp,
    wiederholungen,
    melde: (t) => process.stderr.write(`${t}\n`),
  };
  k.melde(`ewm-report bench (${schnell ? 'schnell' : 'voll'}, ${wiederholungen} Wiederholungen) auf ${maschine.cpu}, ${maschine.kerne} Kerne, ` +
    `${maschine.speicherGb} GB, Node ${maschine.node}, ${maschine.chromium}`);

  // 3. the cases; a failing case is reported in its row and the others still run
  const zeilen: ErgebnisZeile[] = [];
  const hinweise: string[] = [];
  const fall = async (name: string, titel: string, lauf: () => Promise<ErgebnisZeile[]>): Promise<void> => {
    if (!nur.has(name)) return;
    try {
      zeilen.push(...(await lauf()));
    } catch (e) {
      const text = (e as Error).message;
      k.melde(`FEHLER in ${titel}: ${text}`);
      zeilen.push({ id: name, fall: titel, einheit: 's', fehler: text });
      hinweise.push(`${titel} fehlgeschlagen: ${text.split('\n')[0]}`);
    }
  };
  try {
    await fall('einzel', 'Einzelbericht', () => fallEinzelbericht(k));
    await fall('stapel', 'Stapel --alle', () => fallStapel(k));
    await fall('unveraendert', 'Stapel --alle unverändert', () => fallUnveraendert(k));
    await fall('vorschau', 'Vorschau', () => fallVorschau(k));
    await fall('skalierung', 'Skalierung', () => fallSkalierung(k, groessen));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }

  // 4. output
  const ergebnisse: Ergebnisse = { zeitpunkt: new Date().toISOString(), modus: schnell ? 'schnell' : 'voll', wiederholungen, maschine, zeilen, hinweise };
  process.stdout.write(`\n${ergebnisTabelle(zeilen)}\n`);
  writeFileSync(path.join(wurzel, 'bench/ergebnisse.json'), `${JSON.stringify(ergebnisse, null, 2)}\n`);
  k.melde('\nGeschrieben: bench/ergebnisse.json');
  if (!schnell && nur.size === FAELLE.length && values.groessen === undefined && values.wiederholungen === undefined) {
    writeFileSync(path.join(wurzel, 'bench/LEISTUNG.md'), leistungsAbschnitt(ergebnisse));
    k.melde('Geschrieben: bench/LEISTUNG.md (Abschnitt "Leistung" für die README)');
  }
}

try {
  await main();
} catch (e) {
  process.stderr.write(`Fehler: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
