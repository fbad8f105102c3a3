/**
 * Cases 1 and 4: one complete report (PDF, HTML, JSON, charts) of the sample data by the CLI, against
 * the floor of plain headless Chromium printing the same finished bericht.html; and the peak memory
 * of the node process and of the Chromium process tree.
 */
import { existsSync } from 'node:fs';
import { bewerte, type ErgebnisZeile } from './ergebnis-typen.js';
import { messeCli, tempPfad, type BenchKontext } from './kontext.js';
import { messeProzess, type Messung } from './messe-prozess.js';
import { median } from './statistik.js';
import { wiederhole } from './wiederhole.js';

export const EINZEL_JAHR = '2019';
export const EINZEL_CLUSTER = 'industrielle-produktion';

/** Flags of the Chromium floor (as given in issue 7). */
export function chromiumBasisArgumente(html: string, pdf: string): string[] {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`];
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
      return messeProzess(k.browser, chromiumBasisArgumente(html, tempPfad(k, 'basis.pdf')), { cwd: k.wurzel });
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
      basisText: 'chromium --print-to-pdf',
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
