/**
 * Reads one table from an Excel workbook (`.xlsx`) with exceljs: the sheet named like the table,
 * else the first sheet. The first non-empty row is the header; every later non-empty row is a record
 * whose `zeile` is the Excel row number (header = row 1 in a sheet that starts at the top).
 *
 * Cells become what the CSV and JSON paths already understand: text cells stay text (German numbers
 * and dates in them are read as in a `;` file), number cells become numbers (rounded to 1/1000000 so
 * that Excel's binary fractions such as 0.30000000000000004 are read as 0.3), date cells become ISO
 * dates, boolean cells booleans, and formulas their cached result.
 */
import type ExcelJS from 'exceljs';
import type { Problem } from '../fehler.js';
import { M } from '../pruefen/meldungen.js';
import { normalisiereSchluessel } from './normalisiere-schluessel.js';
import { ordneKopfzeileZu, type Spaltenbezeichnung } from './ordne-kopfzeile-zu.js';
import type { RohZeile } from './roh-zeile.js';

export interface XlsxKopf {
  /** Canonical columns present in the header. */
  vorhanden: Set<string>;
  /** The sheet that was read. */
  blatt: string;
}

/** A cell value that could not be used, with the reason (reported on its row and column). */
class ZellFehler {
  constructor(readonly meldung: string) {}
}

/** Reads the workbook at `pfad`, calling `proKopf` once and `proZeile` per non-empty row; undefined when unusable. */
export async function leseXlsxTabelle(
  datei: string,
  pfad: string,
  tabelle: string,
  spalten: readonly Spaltenbezeichnung[],
  probleme: Problem[],
  proKopf: (kopf: XlsxKopf, zeile: number) => void,
  proZeile: (zeile: RohZeile) => void,
): Promise<XlsxKopf | undefined> {
  // exceljs is large (a third of the CLI's start-up code): loaded only when a workbook is read.
  const { default: Excel } = await import('exceljs');
  const mappe = new Excel.Workbook();
  try {
    await mappe.xlsx.readFile(pfad);
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw fehler;
    probleme.push({ schwere: 'fehler', datei, meldung: M.xlsxUnlesbar });
    return undefined;
  }
  const blatt = waehleBlatt(mappe, tabelle);
  if (blatt === undefined) {
    probleme.push({ schwere: 'fehler', datei, meldung: M.kopfzeileFehlt });
    return undefined;
  }
  let zuordnung: (string | undefined)[] | undefined;
  let kopf: XlsxKopf | undefined;
  blatt.eachRow({ includeEmpty: false }, (reihe, nummer) => {
    const zellen = zellwerte(reihe);
    if (zellen.every((z) => z === undefined)) return;
    if (zuordnung === undefined) {
      const z = ordneKopfzeileZu(
        zellen.map((w) => (w === undefined || w instanceof ZellFehler ? '' : String(w))),
        spalten,
      );
      zuordnung = z.spalten;
      kopf = { vorhanden: new Set(z.spalten.filter((s): s is string => s !== undefined)), blatt: blatt.name };
      for (const d of z.doppelt) probleme.push({ schwere: 'fehler', datei, zeile: nummer, spalte: d, meldung: M.spalteDoppelt });
      if (z.unbekannt.length > 0) probleme.push({ schwere: 'warnung', datei, zeile: nummer, meldung: M.unbekannteSpalten(z.unbekannt) });
      proKopf(kopf, nummer);
      return;
    }
    const werte: Record<string, unknown> = {};
    let brauchbar = true;
    zellen.forEach((wert, i) => {
      const name = zuordnung?.[i];
      if (name === undefined || wert === undefined) return;
      if (wert instanceof ZellFehler) {
        probleme.push({ schwere: 'fehler', datei, zeile: nummer, spalte: name, meldung: wert.meldung });
        brauchbar = false;
        return;
      }
      werte[name] = wert;
    });
    if (brauchbar) proZeile({ datei, zeile: nummer, werte, zahlDialekt: ';' });
  });
  if (kopf === undefined) probleme.push({ schwere: 'fehler', datei, meldung: M.kopfzeileFehlt });
  return kopf;
}

/** The sheet named like the table (normalised), else the first sheet. */
function waehleBlatt(mappe: ExcelJS.Workbook, tabelle: string): ExcelJS.Worksheet | undefined {
  const gesucht = normalisiereSchluessel(tabelle);
  return mappe.worksheets.find((b) => normalisiereSchluessel(b.name) === gesucht) ?? mappe.worksheets[0];
}

/** The usable values of a row, by column position from 0; undefined for empty cells. */
function zellwerte(reihe: ExcelJS.Row): (unknown | ZellFehler | undefined)[] {
  const werte: unknown[] = [];
  reihe.eachCell({ includeEmpty: false }, (zelle, spalte) => {
    werte[spalte - 1] = wertVon(zelle.value);
  });
  return Array.from(werte, (w) => w);
}

/** One cell value as the converters understand it. */
function wertVon(wert: ExcelJS.CellValue): unknown {
  if (wert === null || wert === undefined) return undefined;
  if (typeof wert === 'string') {
    const text = wert.trim();
    return text === '' ? undefined : text;
  }
  if (typeof wert === 'number') return Number.isFinite(wert) ? Math.round(wert * 1e6) / 1e6 : new ZellFehler(M.xlsxFehlerwert(String(wert)));
  if (typeof wert === 'boolean') return wert;
  if (wert instanceof Date) return Number.isNaN(wert.getTime()) ? new ZellFehler(M.xlsxFehlerwert('Datum')) : wert.toISOString().slice(0, 10);
  if ('error' in wert) return new ZellFehler(M.xlsxFehlerwert(wert.error));
  if ('richText' in wert) return wertVon(wert.richText.map((t) => t.text).join(''));
  if ('formula' in wert || 'sharedFormula' in wert) {
    const ergebnis = (wert as { result?: unknown }).result;
    if (ergebnis === undefined || ergebnis === null) return new ZellFehler(M.xlsxFormelOhneErgebnis);
    return wertVon(ergebnis as ExcelJS.CellValue);
  }
  if ('text' in wert) return wertVon((wert as { text: unknown }).text as ExcelJS.CellValue);
  return undefined;
}
