/** Excel workbooks (.xlsx) as a table file: cell types, formulas, labels, rows, sheet choice, errors. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatiereProblem } from '../../src/fehler.js';
import { ladeEwmDaten as ladeDaten } from '../../src/ewm/lade-ewm-daten.js';
import { excelZeilen, schreibeXlsx, type Zelle } from '../hilfen/xlsx.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'gueltig', 'minimal');
const tmp = mkdtempSync(join(tmpdir(), 'ewm-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The minimal fixture with projekte.csv replaced by a workbook. */
async function mitProjekteXlsx(name: string, blaetter: Record<string, Zelle[][]>): Promise<string> {
  const ordner = join(tmp, name);
  cpSync(MINIMAL, ordner, { recursive: true });
  rmSync(join(ordner, 'projekte.csv'));
  await schreibeXlsx(join(ordner, 'projekte.xlsx'), blaetter);
  return ordner;
}

const KOPF_LABELS = ['ID', 'Titel', 'Cluster/Teilthema', 'Beteiligte Cluster', 'Handlungsfeld', 'Laufzeitbeginn', 'Laufzeitende', 'Status',
  'Status seit', 'Projektvolumen', 'Projektvolumen Berlin-Brandenburg', 'Fördervolumen', 'Fördervolumen Berlin-Brandenburg', 'Fördergeber',
  'Förderprogramm', 'FuEuI-Projekt', 'Konsortialstruktur', 'Leitlinien', 'Schwerpunkt-Themen'];
const d = (j: number, m: number, t: number): Date => new Date(Date.UTC(j, m - 1, t));

describe('projekte.xlsx', () => {
  it('reads date, number, text-number, text-date, formula and boolean cells like the CSV, ignoring empty rows at the end', async () => {
    const ordner = await mitProjekteXlsx('typen', {
      Projekte: [
        KOPF_LABELS,
        ['P-001', 'AMable – Additive Fertigung für KMU', 'Industrielle Produktion', null, 'Additive Fertigung', d(2019, 3, 1), null, 'begonnen/laufend', null,
          1_200_000, { formula: 'J2-200000', result: 1_000_000 }, '800.000', '600.000,00', 'EU', 'AMable', true, 'verbund_unternehmen_forschung',
          'nachhaltigkeit|cross_cluster_staerken', 'Digitalisierung'],
        ['P-002', 'Digitale Fabrik', 'industrielle-produktion', 'energietechnik', 'industrie-4-0', '15.06.2018', '2019-12-31', 'regulär beendet', null,
          250_000.5, null, 100_000, null, 'Bund', 'KMU-innovativ', 'x', 'einzelvorhaben_unternehmen', null, null],
        ['P-003', 'Energiecampus', 'energietechnik', null, 'uebergreifend', d(2019, 1, 10), null, 'in_vorbereitung', null, 0.1 + 1_999_999.9, null, null,
          null, 'land_berlin', null, false, null, null, null],
        ['P-004', 'Netzspeicher Lausitz', 'energietechnik', null, 'energienetze', d(2019, 7, 1), null, 'abgebrochen', d(2019, 11, 30), 900_000, 900_000,
          null, null, 'keine', null, 'nein', null, null, null],
        [null, '', '  '],
        [],
        [null, null, null, null, null, null, null, ' '],
      ],
    });
    const xlsx = await ladeDaten(ordner);
    const csv = await ladeDaten(MINIMAL);
    expect(xlsx.probleme.map(formatiereProblem)).toEqual([]);
    expect(xlsx.dateien).toContain('projekte.xlsx');
    const ohneQuelle = (p: object[]) => p.map((x) => ({ ...x, quelle: undefined }));
    expect(ohneQuelle(xlsx.daten?.projekte ?? [])).toEqual(ohneQuelle(csv.daten?.projekte ?? []));
    expect(xlsx.daten?.projekte[3]?.quelle).toEqual({ datei: 'projekte.xlsx', zeile: 5 });
  });

  it('names a bad cell with the Excel row number (header = row 1) and the column', async () => {
    const zeilen: Zelle[][] = [KOPF_LABELS];
    for (let i = 2; i <= 15; i++) {
      zeilen.push([i < 4 ? `P-00${i - 1}` : `P-${i}`, 'T', 'industrielle-produktion', null, 'uebergreifend', d(2019, 1, 1), null, i === 14 ? 'laufend' : 'begonnen_laufend', null,
        100_000, null, null, null, 'bund', null, 'nein', null, null, null]);
    }
    const ordner = await mitProjekteXlsx('falscher-status', { projekte: zeilen });
    const { probleme } = await ladeDaten(ordner);
    expect(probleme.map(formatiereProblem)).toEqual([
      'projekte.xlsx:14: Spalte "status": "laufend" ist kein gültiger Status. Erlaubt: in Vorbereitung, Antrag gestellt, begonnen/laufend, regulär beendet, abgebrochen, abgesagt',
    ]);
  });

  it('takes the sheet named like the table, else the first sheet', async () => {
    const zeilen = excelZeilen(join(MINIMAL, 'projekte.csv'));
    const benannt = await mitProjekteXlsx('blattname', { Hinweise: [['nur Text']], projekte: zeilen });
    expect((await ladeDaten(benannt)).probleme).toEqual([]);
    const erstes = await mitProjekteXlsx('erstes-blatt', { Tabelle1: zeilen, Tabelle2: [['x']] });
    expect((await ladeDaten(erstes)).probleme).toEqual([]);
  });

  it('reports a formula without cached value, an Excel error value and a missing column', async () => {
    const zeilen = excelZeilen(join(MINIMAL, 'projekte.csv'));
    const kaputt = zeilen.map((z) => [...z]);
    (kaputt[1] as Zelle[])[9] = { formula: 'A1*2' };
    (kaputt[2] as Zelle[])[9] = { formula: '1/0', result: { error: '#DIV/0!' } as never };
    const ordner = await mitProjekteXlsx('formeln', { projekte: kaputt.map((z) => z.filter((_, j) => j !== 13)) });
    const meldungen = (await ladeDaten(ordner)).probleme.map(formatiereProblem).filter((m) => m.startsWith('projekte'));
    expect(meldungen).toEqual([
      'projekte.xlsx:1: Spalte "foerdergeber": Pflichtspalte fehlt in der Kopfzeile (erwartet "Fördergeber" oder den kanonischen Namen)',
      expect.stringMatching(/^projekte\.xlsx:2: Spalte "projektvolumen": Die Formel hat kein gespeichertes Ergebnis/),
      'projekte.xlsx:3: Spalte "projektvolumen": Die Zelle enthält den Excel-Fehlerwert #DIV/0!; bitte die Zelle oder ihre Formel korrigieren',
    ]);
  });

  it('refuses two files of one table, .xls/.ods, and a damaged workbook', async () => {
    const zwei = await mitProjekteXlsx('zwei', { projekte: excelZeilen(join(MINIMAL, 'projekte.csv')) });
    cpSync(join(MINIMAL, 'projekte.csv'), join(zwei, 'projekte.csv'));
    expect((await ladeDaten(zwei)).probleme.map(formatiereProblem)).toEqual([
      'projekte.csv: projekte.csv und projekte.xlsx gibt es beide; nicht eindeutig, welche gilt. Bitte nur eine der beiden Dateien behalten',
    ]);
    const alt = join(tmp, 'xls');
    cpSync(MINIMAL, alt, { recursive: true });
    rmSync(join(alt, 'akteure.csv'));
    writeFileSync(join(alt, 'akteure.xls'), 'altes Format');
    writeFileSync(join(alt, 'aktivitaeten.ods'), 'OpenDocument');
    rmSync(join(alt, 'aktivitaeten.csv'));
    const meldungen = (await ladeDaten(alt)).probleme.map(formatiereProblem);
    expect(meldungen).toContain(
      'akteure.xls: akteure.xls ist ein Format, das ewm-report nicht liest. Bitte in Excel oder LibreOffice als „Excel-Arbeitsmappe (.xlsx)“ (akteure.xlsx) oder als CSV (akteure.csv) speichern',
    );
    expect(meldungen.some((m) => m.startsWith('aktivitaeten.ods: aktivitaeten.ods ist ein Format'))).toBe(true);
    const kaputt = join(tmp, 'kaputt');
    cpSync(MINIMAL, kaputt, { recursive: true });
    rmSync(join(kaputt, 'projekte.csv'));
    writeFileSync(join(kaputt, 'projekte.xlsx'), 'PK\u0003\u0004 kein zip');
    expect((await ladeDaten(kaputt)).probleme.map(formatiereProblem)[0]).toMatch(/^projekte\.xlsx: Die Datei ist keine lesbare Excel-Arbeitsmappe/);
  });
});
