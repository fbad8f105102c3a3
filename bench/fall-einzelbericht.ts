/**
 * Cases 1 and 4: one complete report (PDF, HTML, JSON, charts) of the sample data by the CLI, against
 * the floor of plain headless Chromium printing the same finished bericht.html; and the peak memory
 * of the node process and of the Chromium process tree.
 *
 * bericht.html carries the Nachweis appendix (about 50 printed pages) that bericht.pdf leaves out, so the
 * floor prints it with the appendix hidden in print: the same document, as many pages as bericht.pdf.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { ABGESCHALTETE_FUNKTIONEN } from '../src/browser/chromium-flags.js';
import { bewerte, type ErgebnisZeile } from './ergebnis-typen.js';
import { messeCli, tempPfad, type BenchKontext } from './kontext.js';
import { messeProzess, type Messung } from './messe-prozess.js';
import { median } from './statistik.js';
import { wiederhole } from './wiederhole.js';

export const EINZEL_JAHR = '2019';
export const EINZEL_CLUSTER = 'industrielle-produktion';

/** The class of the Nachweis appendix in bericht.html (src/nachweis/nachweis-anhang.ts). */
const ANHANG = 'nachweis-anhang';

/** bericht.html as the PDF prints it: the appendix hidden in print. */
export async function basisHtml(html: string, ziel: string): Promise<string> {
  const text = await readFile(html, 'utf8');
  if (!text.includes(`class="${ANHANG}"`)) throw new Error(`${html} hat keinen Nachweis-Anhang (.${ANHANG}) mehr: die Basis des Benchmarks anpassen`);
  await writeFile(ziel, text.replace('</head>', `<style>@media print{.${ANHANG}{display:none}}</style></head>`));
  return ziel;
}

/**
 * Flags of the Chromium floor: those of the issue, plus the browser-window features the tool switches off
 * (ABGESCHALTETE_FUNKTIONEN): without them the floor's Chromium spends 0.6 s more on its omnibox popups, and
 * the ratio would credit the tool with a saving any Chromium print can have.
 */
export function chromiumBasisArgumente(html: string, pdf: string): string[] {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-pdf-header-footer',
    `--disable-features=${ABGESCHALTETE_FUNKTIONEN.join(',')}`, `--print-to-pdf=${pdf}`, `file://${html}`,
  ];
}

/** Measures the single report and its floor; returns the rows for time and memory. */
export async function fallEinzelbericht(k: BenchKontext): Promise<ErgebnisZeile[]> {
  const ausgabe = tempPfad(k, 'einzel');
  const html = tempPfad(k, 'einzel', EINZEL_JAHR, EINZEL_CLUSTER, 'bericht.html');
  const cliArgs = [EINZEL_JAHR, '--cluster', EINZEL_CLUSTER, '--daten', 'data', '--ausgabe', ausgabe, '--ruhig', '--immer'];
  k.melde(`Einzelbericht: ${EINZEL_CLUSTER} ${EINZEL_JAHR} gegen "chromium --print-to-pdf" derselben bericht.html`);
  const schritte = {
    cli: () => messeCli(k, cliArgs),
    chromium: async (): Promise<Messung> => {
      if (!existsSync(html)) throw new Error(`${html} fehlt: der CLI-Lauf hat keine bericht.html geschrieben`);
      const basis = await basisHtml(html, tempPfad(k, 'basis.html'));
      return messeProzess(k.browser, chromiumBasisArgumente(basis, tempPfad(k, 'basis.pdf')), { cwd: k.wurzel });
    },
  };
  const m = await wiederhole(k.wiederholungen, schritte, k.melde);
  const cli = m.cli as Messung[];
  const basis = m.chromium as Messung[];
  const zeit = (x: Messung[]): number[] => x.map((y) => y.sekunden);
  return [
    bewerte({
      id: 'einzel-zeit',
      fall: 'Einzelbericht (PDF, HTML, JSON, Abbildungen)',
      einheit: 's',
      median: median(zeit(cli)),
      basis: median(zeit(basis)),
      basisText: 'chromium --print-to-pdf, ohne Anhang',
      ziel: { max: 1.3, auf: 'verhaeltnis', text: '≤ 1,3 × Basis' },
      werte: zeit(cli),
      basisWerte: zeit(basis),
    }),
    bewerte({
      id: 'einzel-rss-node',
      fall: 'Einzelbericht: Spitzen-RSS Node-Prozess',
      einheit: 'MB',
      median: median(cli.map((y) => y.nodeMb ?? 0)),
      werte: cli.map((y) => y.nodeMb ?? 0),
    }),
    bewerte({
      id: 'einzel-rss-chromium',
      fall: 'Einzelbericht: Spitzen-RSS Chromium-Prozessbaum',
      einheit: 'MB',
      median: median(cli.map((y) => y.kinderMb)),
      basis: median(basis.map((y) => y.baumMb)),
      basisText: 'chromium --print-to-pdf',
      werte: cli.map((y) => y.kinderMb),
      basisWerte: basis.map((y) => y.baumMb),
    }),
    bewerte({
      id: 'einzel-rss-gesamt',
      fall: 'Einzelbericht: Spitzen-RSS gesamt (Node + Chromium)',
      einheit: 'MB',
      median: median(cli.map((y) => y.baumMb)),
      werte: cli.map((y) => y.baumMb),
    }),
  ];
}
