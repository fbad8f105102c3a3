// Partial runs: --format json after a full run, the one-line note when files go, --immer, --zusammenfassung.
import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { starteCli, type Lauf } from '../hilfen/werkzeuge.js';

let basis: string;
let daten: string;
let ausgabe: string;
let erster: Lauf;
const ordner = (): string => path.join(ausgabe, '2019', 'industrielle-produktion');
const lauf = (...extra: string[]): Promise<Lauf> =>
  starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', daten, '--ausgabe', ausgabe, ...extra]);
const mtime = async (datei: string): Promise<number> => (await stat(path.join(ordner(), datei))).mtimeMs;

beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
  ausgabe = path.join(basis, 'out');
  erster = await lauf();
}, 120_000);
afterAll(() => rm(basis, { recursive: true, force: true }));

describe('partial runs', () => {
  it('a full run writes the manifest beside the report', () => {
    expect(erster.code).toBe(0);
    expect(existsSync(path.join(ordner(), 'manifest.json'))).toBe(true);
  });

  it('the same command again says the report is current and touches nothing', async () => {
    const vorher = await mtime('bericht.pdf');
    const zweiter = await lauf();
    expect(zweiter.code).toBe(0);
    expect(zweiter.stderr).toMatch(/^Bericht aktuell: .*industrielle-produktion \(17 Seiten\): Eingaben unverändert, nichts geschrieben \(--immer erstellt ihn neu\)\.$/m);
    expect(await mtime('bericht.pdf')).toBe(vorher);
  }, 60_000);

  it('--format json on unchanged input leaves bericht.pdf and bericht.html as they are', async () => {
    const vorher = [await mtime('bericht.pdf'), await mtime('bericht.html')];
    const json = await lauf('--format', 'json');
    expect(json.code).toBe(0);
    expect([await mtime('bericht.pdf'), await mtime('bericht.html')]).toEqual(vorher);
  }, 60_000);

  it('--format json on changed input removes the PDF, the HTML and the charts and says so in one line', async () => {
    await appendFile(path.join(daten, 'texte/2019/industrielle-produktion/fazit.md'), '\nEin weiterer Satz.\n');
    const json = await lauf('--format', 'json', '--zusammenfassung', path.join(basis, 'z.json'));
    expect(json.code).toBe(0);
    const zeilen = json.stderr.split('\n').filter((z) => z.includes('entfernt'));
    expect(zeilen).toEqual(['Hinweis: Eingaben geändert, nicht mehr passende Dateien eines früheren Laufs entfernt: abbildungen/, bericht.html, bericht.pdf.']);
    for (const datei of ['bericht.pdf', 'bericht.html', 'abbildungen']) expect(existsSync(path.join(ordner(), datei)), datei).toBe(false);
    const zusammenfassung = JSON.parse(await readFile(path.join(basis, 'z.json'), 'utf8')) as { berichte: { aktuell: boolean; entfernt: string[] }[] };
    expect(zusammenfassung.berichte[0]?.aktuell).toBe(false);
    expect(zusammenfassung.berichte[0]?.entfernt).toContain('bericht.pdf');
  }, 60_000);

  it('--immer renders a current report again', async () => {
    const vorher = await mtime('kennzahlen.json');
    const immer = await lauf('--format', 'json', '--immer');
    expect(immer.stderr).toMatch(/^Bericht geschrieben: /m);
    expect(await mtime('kennzahlen.json')).not.toBe(vorher);
  }, 60_000);
});

describe('--alle --zusammenfassung', () => {
  it('writes status, pages, warnings, seconds and whether each report was current', async () => {
    const datei = path.join(basis, 'ci', 'zusammenfassung.json');
    const argumente = ['2019', '--alle', '--format', 'json', '--daten', daten, '--ausgabe', path.join(basis, 'alle'), '--zusammenfassung', datei];
    expect((await starteCli(argumente)).code).toBe(0);
    const zweiter = await starteCli(argumente);
    expect(zweiter.stderr.split('\n').filter((z) => z.startsWith('= '))).toHaveLength(5);
    expect(zweiter.stderr).toContain('5 von 5 Berichten aktuell (Eingaben unverändert, nichts geschrieben).');
    const z = JSON.parse(await readFile(datei, 'utf8')) as Record<string, unknown> & { berichte: Record<string, unknown>[] };
    expect(z).toMatchObject({ schema: 'ewm-report/zusammenfassung@1', berichtsjahr: 2019, neu_erstellt: 0, aktuell: 5, fehlgeschlagen: 0 });
    expect(z.berichte).toHaveLength(5);
    expect(z.berichte[0]).toMatchObject({ cluster: 'energietechnik', status: 'ok', aktuell: true, seiten: null, warnungen: 1 });
    expect(typeof z.berichte[0]?.sekunden).toBe('number');
  }, 60_000);

  it('an unwritable summary path is a German error with exit code 2', async () => {
    // the parent "folder" is a file
    const datei = path.join(basis, 'z.json', 'hier.json');
    const kaputt = await starteCli(['2019', '--cluster', 'smart-cities', '--format', 'json', '--daten', daten, '--ausgabe', path.join(basis, 'x'), '--zusammenfassung', datei]);
    expect(kaputt.code).toBe(2);
    expect(kaputt.stderr).toContain(`Fehler: Die Zusammenfassung "${datei}" kann nicht geschrieben werden (`);
    expect(kaputt.stderr).toMatch(/\(E[A-Z]+\)\. Bitte einen beschreibbaren Pfad angeben\.$/m);
  }, 60_000);
});
