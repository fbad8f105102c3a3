// `ewm-report <jahr> --alle`: every management with Vorhaben, one failure isolated, a summary table.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { starteCli, type Lauf } from '../hilfen/werkzeuge.js';

const ERWARTET = ['clean-technologies', 'energietechnik', 'industrielle-produktion', 'optik-photonik', 'smart-cities'];

let basis: string;
let ausgabe: string;
let lauf: Lauf;

beforeAll(async () => {
  const kopie = await kopiereBeispieldaten();
  basis = kopie.basis;
  ausgabe = path.join(basis, 'out');
  // The injected failure: a Fazit of Smart Cities whose front matter is never closed.
  await writeFile(path.join(kopie.daten, 'texte/2019/smart-cities/fazit.md'), '---\ntitel: Fazit\n\nDer Text beginnt, aber das Front Matter endet nie.\n');
  lauf = await starteCli(['2019', '--alle', '--daten', kopie.daten, '--ausgabe', ausgabe, '--parallel', '2']);
}, 240_000);

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('ewm-report 2019 --alle', () => {
  it('writes every other report completely', () => {
    for (const cluster of ERWARTET.filter((c) => c !== 'smart-cities')) {
      for (const datei of ['bericht.pdf', 'bericht.html', 'kennzahlen.json', 'abbildungen/abbildung-8.svg']) {
        expect(existsSync(path.join(ausgabe, '2019', cluster, datei)), `${cluster}/${datei}`).toBe(true);
      }
    }
  });

  it('fails only the broken report, with a non-zero exit code and the reason in the summary', () => {
    expect(existsSync(path.join(ausgabe, '2019', 'smart-cities'))).toBe(false);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toMatch(/^smart-cities\s+–\s+0\s+[\d,]+\s+FEHLER: texte\/2019\/smart-cities\/fazit\.md:1: .*Front Matter/m);
    expect(lauf.stderr).toContain('4 von 5 Berichten erstellt, 1 fehlgeschlagen: smart-cities.');
  });

  it('prints one plain line per finished report in CI and a summary table with pages and the warning count of pruefen', () => {
    // the sample data has 1 warning (a repeated Beteiligung), as `ewm-report pruefen` reports; the texts have none
    for (const cluster of ERWARTET.filter((c) => c !== 'smart-cities')) {
      expect(lauf.stderr).toMatch(new RegExp(`^✓ ${cluster}: fertig \\(\\d+ Seiten, 1 Warnung, [\\d,]+ s\\)$`, 'm'));
      expect(lauf.stderr).toMatch(new RegExp(`^${cluster}\\s+\\d+\\s+1\\s+[\\d,]+\\s+ok$`, 'm'));
    }
    expect(lauf.stderr).toMatch(/^✗ smart-cities: fehlgeschlagen/m);
    expect(lauf.stderr).toMatch(/^Cluster\s+Seiten\s+Warnungen\s+Sekunden\s+Ergebnis$/m);
  });

  it('gives each management its own figures and sentences', async () => {
    const html = (await readFile(path.join(ausgabe, '2019', 'energietechnik', 'bericht.html'), 'utf8')).replace(/\u00ad/g, '');
    expect(html).toContain('Cluster Energietechnik');
    expect(html).toContain('Das Handlungsfeld wird seit 2019 geführt.');
    const kennzahlen = JSON.parse(await readFile(path.join(ausgabe, '2019', 'optik-photonik', 'kennzahlen.json'), 'utf8')) as {
      kennzahlen: Record<string, number>;
    };
    expect(kennzahlen.kennzahlen['projekte.neu.2019']).toBe(18);
  });
});
