// `ewm-report vorschau` with a clusterbericht management: it serves the clusterbericht HTML, follows a changed
// clusterbericht table and text, shows a problem of its tables in the page, and counts only its own warnings.
import type { ChildProcess } from 'node:child_process';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { starteVorschauProzess } from '../hilfen/vorschau-prozess.js';

let basis: string;
let daten: string;
let prozess: ChildProcess;
let url: string;
let stderr: () => string;

beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
  ({ prozess, url, stderr } = await starteVorschauProzess(['2015', '--cluster', 'sondermaschinen-anlagenbau', '--daten', daten]));
}, 60_000);

afterAll(async () => {
  if (prozess.exitCode === null) prozess.kill('SIGKILL');
  await rm(basis, { recursive: true, force: true });
});

/** The served page without markup (numbers are links to their Nachweis), soft hyphens and no-break spaces. */
const seite = async (): Promise<string> => (await (await fetch(url)).text()).replace(/\u00ad/g, '').replace(/\u00a0/g, ' ').replace(/<(?!ul class="probleme")[^>]*>/g, '');
const warteAuf = async (passt: (html: string) => boolean): Promise<string> => {
  const start = Date.now();
  for (;;) {
    const html = await seite();
    if (passt(html)) return html;
    if (Date.now() - start > 20_000) throw new Error('Die Vorschau hat die Änderung nicht übernommen');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('ewm-report vorschau with a clusterbericht', () => {
  it('serves the clusterbericht and follows its tables and texts; a table problem is shown in the page', async () => {
    const html = await seite();
    expect(html).toContain('Jahresbericht 2015');
    expect(html).toContain('Existenzgründungen');
    expect(html).toContain('126 Mitgliedsunternehmen');

    // 1. a changed clusterbericht table: the figure in the sentence follows
    const eckdaten = path.join(daten, 'clusterbericht/eckdaten.csv');
    const original = await readFile(eckdaten, 'utf8');
    await writeFile(eckdaten, original.replace(';2015;126;', ';2015;4711;'));
    await warteAuf((h) => h.includes('4.711 Mitgliedsunternehmen'));

    // 2. an analyst's text with a Kennzahl
    await appendFile(path.join(daten, 'texte/2015/sondermaschinen-anlagenbau/ausblick.md'), '\n\nNachtrag: {{kennzahl "eckdaten.mitgliedsunternehmen"}} Zebras.\n');
    await warteAuf((h) => h.includes('Nachtrag: 4.711 Zebras'));

    // 3. an invalid cell: the page lists it with file, line and column
    await writeFile(eckdaten, original.replace(';2015;126;2;', ';2015;126;zwei;'));
    const fehler = await warteAuf((h) => h.includes('<ul class="probleme">'));
    expect(fehler).toContain('clusterbericht/eckdaten.csv:3: Spalte &quot;personal_mannjahre&quot;');

    // 4. fixed again: the report is back
    await writeFile(eckdaten, original);
    await warteAuf((h) => h.includes('126 Mitgliedsunternehmen') && h.includes('Zebras'));
  }, 90_000);

  it('counts only the warnings of the tables it reads (not those of the EWM tables)', () => {
    expect(stderr()).not.toContain('beteiligungen.csv');
    expect(stderr()).toContain('Vorschau neu aufgebaut.');
  });
});
