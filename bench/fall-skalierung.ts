/**
 * Case 3: generated exports of growing size, `--format json` (no browser) against the floor of
 * parsing the same four CSV files with csv-parse alone; time, peak RSS, and growth per 10× rows.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bewerte, type ErgebnisZeile } from './ergebnis-typen.js';
import { EINZEL_CLUSTER, EINZEL_JAHR } from './fall-einzelbericht.js';
import { holeExport } from './hole-export.js';
import { messeCli, tempPfad, type BenchKontext } from './kontext.js';
import { messeProzess, type Messung } from './messe-prozess.js';
import { median } from './statistik.js';
import { wiederhole } from './wiederhole.js';

/** Peak RSS allowed for the largest set (1.5 GB). */
export const MAX_RSS_MB = 1536;

/** `10000` → `10k`, `1000000` → `1M`. */
export function kurz(n: number): string {
  return n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);
}

interface Punkt {
  n: number;
  cli: number;
  basis: number;
}

/** Measures every size in `groessen` (ascending) and returns rows for time, RSS and growth. */
export async function fallSkalierung(k: BenchKontext, groessen: readonly number[]): Promise<ErgebnisZeile[]> {
  const zeilen: ErgebnisZeile[] = [];
  const punkte: Punkt[] = [];
  const basisSkript = path.join(path.dirname(k.preload), 'csv-basis.js');
  for (const n of groessen) {
    const start = Date.now();
    const exp = await holeExport(path.join(k.wurzel, 'bench/daten'), n, path.join(k.wurzel, 'data/cluster.json'));
    const z = exp.zeilen;
    k.melde(
      `Skalierung ${kurz(n)}: ${z.projekte} Projekte, ${z.aktivitaeten} Aktivitäten, ${z.akteure} Akteure, ${z.beteiligungen} Beteiligungen` +
        (exp.neu ? ` (erzeugt in ${((Date.now() - start) / 1000).toFixed(1)} s)` : ' (aus dem Cache)'),
    );
    const ausgabe = tempPfad(k, `skalierung-${n}`);
    const cliArgs = [EINZEL_JAHR, '--cluster', EINZEL_CLUSTER, '--format', 'json', '--daten', exp.verzeichnis, '--ausgabe', ausgabe, '--ruhig', '--immer', '--max-datei-mb', '1024'];
    const m = await wiederhole(k.wiederholungen, {
      cli: () => messeCli(k, cliArgs),
      'csv-parse': () => messeProzess(process.execPath, [basisSkript, exp.verzeichnis], { cwd: k.wurzel, rssPreload: k.preload }),
    }, k.melde);
    const cli = m.cli as Messung[];
    const basis = m['csv-parse'] as Messung[];
    pruefeLauf(path.join(ausgabe, EINZEL_JAHR, EINZEL_CLUSTER, 'kennzahlen.json'), basis[0], z.projekte + 1);
    const zeit = (x: Messung[]): number[] => x.map((y) => y.sekunden);
    const rss = (x: Messung[]): number[] => x.map((y) => y.nodeMb ?? y.baumMb);
    const punkt = { n, cli: median(zeit(cli)), basis: median(zeit(basis)) };
    punkte.push(punkt);
    zeilen.push(
      bewerte({
        id: `skalierung-${n}-zeit`,
        fall: `Skalierung ${kurz(n)} Projekte: --format json`,
        einheit: 's',
        median: punkt.cli,
        basis: punkt.basis,
        basisText: 'csv-parse allein',
        ziel: { max: 3, auf: 'verhaeltnis', text: '≤ 3 × Basis' },
        werte: zeit(cli),
        basisWerte: zeit(basis),
      }),
      bewerte({
        id: `skalierung-${n}-rss`,
        fall: `Skalierung ${kurz(n)} Projekte: Spitzen-RSS`,
        einheit: 'MB',
        median: median(rss(cli)),
        basis: median(rss(basis)),
        basisText: 'csv-parse allein',
        ziel: n >= 1_000_000 ? { max: MAX_RSS_MB, auf: 'wert', text: '≤ 1536 MB' } : undefined,
        werte: rss(cli),
        basisWerte: rss(basis),
      }),
    );
  }
  for (let i = 1; i < punkte.length; i++) {
    const a = punkte[i - 1] as Punkt;
    const b = punkte[i] as Punkt;
    const faktor = b.n / a.n;
    // Growth normalised to one decade of rows: (t_b / t_a) ^ (1 / log10(n_b / n_a)).
    const jeZehn = (x: number, y: number): number => (y / x) ** (1 / Math.log10(faktor));
    zeilen.push(
      bewerte({
        id: `wachstum-${a.n}-${b.n}`,
        fall: `Wachstum je 10× Zeilen (${kurz(a.n)} → ${kurz(b.n)})`,
        einheit: '×',
        median: jeZehn(a.cli, b.cli),
        basis: jeZehn(a.basis, b.basis),
        basisText: 'csv-parse allein',
        ziel: { max: 11, auf: 'wert', text: '≤ 11×' },
      }),
    );
  }
  return zeilen;
}

/** Sanity checks after the runs: the CLI wrote kennzahlen.json and csv-parse saw every project row. */
function pruefeLauf(kennzahlen: string, basis: Messung | undefined, projektSaetze: number): void {
  if (!existsSync(kennzahlen)) throw new Error(`${kennzahlen} fehlt nach dem Lauf`);
  const gezaehlt = basis ? (JSON.parse(basis.stdout) as { projekte: number }).projekte : -1;
  if (gezaehlt !== projektSaetze) throw new Error(`csv-parse zählte ${gezaehlt} Sätze in projekte.csv, erwartet ${projektSaetze}`);
}
