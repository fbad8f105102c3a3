/**
 * Writes xlsx fixtures deterministically (fixed workbook dates), so tests build their workbooks
 * instead of shipping binary files. Cells: text, numbers, Date (an Excel date cell), booleans,
 * `{ formula, result }` (a formula with its cached value) or null (empty).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { festeZipZeit } from '../../src/vorlage/feste-zip-zeit.js';

export type Zelle = string | number | boolean | Date | null | { formula: string; result?: string | number | boolean | Date };

/** Writes a workbook with one sheet per entry (in order) to `pfad`. */
export async function schreibeXlsx(pfad: string, blaetter: Record<string, Zelle[][]>): Promise<void> {
  const mappe = new ExcelJS.Workbook();
  mappe.creator = 'ewm-report-test';
  mappe.created = new Date(Date.UTC(2020, 0, 1));
  mappe.modified = new Date(Date.UTC(2020, 0, 1));
  for (const [name, zeilen] of Object.entries(blaetter)) {
    const blatt = mappe.addWorksheet(name);
    zeilen.forEach((zeile, i) => {
      zeile.forEach((wert, j) => {
        if (wert === null) return;
        const zelle = blatt.getCell(i + 1, j + 1);
        zelle.value = wert as ExcelJS.CellValue;
        if (wert instanceof Date) zelle.numFmt = 'dd.mm.yyyy';
      });
    });
  }
  await writeFile(pfad, festeZipZeit(Buffer.from(await mappe.xlsx.writeBuffer())));
}

const DATUM = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const BETRAG = /^\d{1,3}(\.\d{3})*(,\d{1,2})?$/;

/**
 * Cells as Excel keeps a German export: dates as date cells, amounts as number cells (the ones in
 * `formelSpalte` as formulas with their cached value), everything else as text.
 */
export function excelZeilen(csvPfad: string, formelSpalte?: string): Zelle[][] {
  const zeilen = parse(readFileSync(csvPfad), { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  const kopf = zeilen[0] ?? [];
  const formel = formelSpalte === undefined ? -1 : kopf.indexOf(formelSpalte);
  return zeilen.map((zeile, i) =>
    i === 0
      ? zeile
      : zeile.map((zelle, j): Zelle => {
          if (zelle === '') return null;
          const d = DATUM.exec(zelle);
          if (d) return new Date(Date.UTC(Number(d[3]), Number(d[2]) - 1, Number(d[1])));
          if (BETRAG.test(zelle) && /[.,]/.test(zelle)) {
            const zahl = Number(zelle.replace(/\./g, '').replace(',', '.'));
            return j === formel ? { formula: `${zahl}/2*2`, result: zahl } : zahl;
          }
          return zelle;
        }),
  );
}
