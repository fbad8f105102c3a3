// `ewm-report vorlage`: empty workbooks with header, drop-downs and explanation that the reader accepts.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatiereProblem } from '../../src/fehler.js';
import { ladeEwmDaten as ladeDaten } from '../../src/ewm/lade-ewm-daten.js';
import { WURZEL } from '../hilfen/pfade.js';
import { starteCli } from '../hilfen/werkzeuge.js';

const basis = mkdtempSync(path.join(tmpdir(), 'ewm-vorlage-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));

describe('ewm-report vorlage', () => {
  it('writes one workbook per table that pruefen accepts, fills in as the reader expects, and never overwrites', async () => {
    const ordner = path.join(basis, 'export');
    const lauf = await starteCli(['vorlage', ordner]);
    expect(lauf.code).toBe(0);
    expect(lauf.stderr).toMatch(/^Vorlagen geschrieben: .*projekte\.xlsx, .*aktivitaeten\.xlsx, .*akteure\.xlsx, .*beteiligungen\.xlsx/);

    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.readFile(path.join(ordner, 'projekte.xlsx'));
    expect(mappe.worksheets.map((b) => b.name)).toEqual(['projekte', 'Erläuterung', 'Listen']);
    const blatt = mappe.getWorksheet('projekte') as ExcelJS.Worksheet;
    expect((blatt.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['ID', 'Titel', 'Cluster/Teilthema']);
    const status = blatt.getCell('H2').dataValidation;
    expect(status.type).toBe('list');
    expect(status.formulae).toEqual(['Listen!$A$1:$A$6']);
    const listen = mappe.getWorksheet('Listen') as ExcelJS.Worksheet;
    expect(listen.getColumn(1).values.slice(1)).toEqual(['in Vorbereitung', 'Antrag gestellt', 'begonnen/laufend', 'regulär beendet', 'abgebrochen', 'abgesagt']);
    const erlaeuterung = mappe.getWorksheet('Erläuterung') as ExcelJS.Worksheet;
    expect(erlaeuterung.getRow(9).values).toContain('Status');

    copyFileSync(path.join(WURZEL, 'data/cluster.json'), path.join(ordner, 'cluster.json'));
    expect((await ladeDaten(ordner)).probleme).toEqual([]);
    blatt.addRow(['P-1', 'Test', 'Industrielle Produktion', null, 'Industrie 4.0', new Date(Date.UTC(2019, 4, 2)), null, 'begonnen/laufend', null,
      250_000, null, null, null, 'Bund', null, 'x', 'sonstiges Verbundprojekt']);
    await mappe.xlsx.writeFile(path.join(ordner, 'projekte.xlsx'));
    const gelesen = await ladeDaten(ordner);
    expect(gelesen.probleme.map(formatiereProblem)).toEqual([]);
    expect(gelesen.daten?.projekte.map((p) => [p.id, p.laufzeitbeginn, p.projektvolumen, p.fueui])).toEqual([['P-1', '2019-05-02', 25_000_000, true]]);

    const vorher = statSync(path.join(ordner, 'akteure.xlsx')).mtimeMs;
    const zweiter = await starteCli(['vorlage', ordner]);
    expect(zweiter.code).toBe(2);
    expect(zweiter.stderr.trim()).toMatch(/^Fehler: ".*projekte\.xlsx" gibt es schon; es wurde nichts geschrieben/);
    expect(statSync(path.join(ordner, 'akteure.xlsx')).mtimeMs).toBe(vorher);
  });

  it('is byte-identical on every run', async () => {
    await starteCli(['vorlage', path.join(basis, 'a')]);
    await starteCli(['vorlage', path.join(basis, 'b')]);
    for (const t of ['projekte', 'aktivitaeten', 'akteure', 'beteiligungen']) {
      expect(readFileSync(path.join(basis, 'a', `${t}.xlsx`)).equals(readFileSync(path.join(basis, 'b', `${t}.xlsx`))), t).toBe(true);
    }
  });
});
