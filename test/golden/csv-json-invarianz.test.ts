/** The same records as CSV (German Excel export), as JSON in any row order, or as Excel workbooks give the same Kennzahlen. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { berechneKennzahlen } from '../../src/ewm/kennzahlen/berechne-kennzahlen.js';
import { serialisiereKennzahlen } from '../../src/ewm/kennzahlen/serialisiere-kennzahlen.js';
import type { EwmDaten } from '../../src/ewm/model/typen.js';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { excelZeilen, schreibeXlsx } from '../hilfen/xlsx.js';

const DATEN = fileURLToPath(new URL('../../data', import.meta.url));
const CENT_FELDER = new Set(['projektvolumen', 'projektvolumen_bb', 'foerdervolumen', 'foerdervolumen_bb']);
const ordner: string[] = [];
afterAll(() => { for (const o of ordner) rmSync(o, { recursive: true, force: true }); });

/** Canonical JSON records: no `quelle`, amounts in euros. */
function alsJson(zeilen: readonly object[], umgedreht: boolean): string {
  const records = zeilen.map((z) => Object.fromEntries(Object.entries(z)
    .filter(([s, v]) => s !== 'quelle' && v !== undefined)
    .map(([s, v]) => [s, CENT_FELDER.has(s) ? (v as number) / 100 : v])));
  return JSON.stringify(umgedreht ? { records: records.reverse() } : records, null, 2);
}

async function laden(dir: string): Promise<EwmDaten> {
  const e = await ladeEwmDaten(dir);
  expect(e.probleme.filter((p) => p.schwere === 'fehler')).toEqual([]);
  return e.daten as EwmDaten;
}

const datei = (d: EwmDaten, jahr: number): string => serialisiereKennzahlen({
  schema: 'ewm-report/kennzahlen@1', berichtsjahr: jahr, cluster: 'industrielle-produktion', kennzahlen: berechneKennzahlen(d, 'industrielle-produktion', jahr),
});

describe('CSV vs JSON invariance (through ladeDaten)', () => {
  it.each([false, true])('JSON copy of data/ (reversed rows: %s) gives byte-identical kennzahlen.json', async (umgedreht) => {
    const csv = await laden(DATEN);
    const dir = mkdtempSync(join(tmpdir(), 'ewm-json-'));
    ordner.push(dir);
    copyFileSync(join(DATEN, 'cluster.json'), join(dir, 'cluster.json'));
    copyFileSync(join(DATEN, 'bericht.json'), join(dir, 'bericht.json'));
    writeFileSync(join(dir, 'projekte.json'), alsJson(csv.projekte, umgedreht));
    writeFileSync(join(dir, 'aktivitaeten.json'), alsJson(csv.aktivitaeten, umgedreht));
    writeFileSync(join(dir, 'akteure.json'), alsJson(csv.akteure, umgedreht));
    writeFileSync(join(dir, 'beteiligungen.json'), alsJson(csv.beteiligungen, umgedreht));
    const json = await laden(dir);
    expect(json.projekte).toHaveLength(csv.projekte.length);
    expect(json.beteiligungen).toHaveLength(csv.beteiligungen.length);
    for (const jahr of [2018, 2019, 2020]) expect(datei(json, jahr)).toBe(datei(csv, jahr));
    expect(JSON.parse(datei(json, 2019)).kennzahlen['akteure.2019']).toBe(110);
  });

  it('xlsx copy of data/ (date and number cells, a formula column) gives byte-identical kennzahlen.json', async () => {
    const csv = await laden(DATEN);
    const dir = mkdtempSync(join(tmpdir(), 'ewm-xlsx-'));
    ordner.push(dir);
    copyFileSync(join(DATEN, 'cluster.json'), join(dir, 'cluster.json'));
    copyFileSync(join(DATEN, 'bericht.json'), join(dir, 'bericht.json'));
    for (const tabelle of ['projekte', 'aktivitaeten', 'akteure', 'beteiligungen']) {
      await schreibeXlsx(join(dir, `${tabelle}.xlsx`), { [tabelle]: excelZeilen(join(DATEN, `${tabelle}.csv`), 'Projektvolumen') });
    }
    const xlsx = await laden(dir);
    expect(xlsx.projekte).toHaveLength(csv.projekte.length);
    expect(xlsx.projekte[0]?.quelle).toEqual({ datei: 'projekte.xlsx', zeile: 2 });
    for (const jahr of [2018, 2019, 2020]) expect(datei(xlsx, jahr)).toBe(datei(csv, jahr));
  });
});
