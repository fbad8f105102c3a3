/**
 * `ewm-report vorlage`: one empty Excel workbook per table that the reader accepts as it is.
 * Each has the table's sheet (German labels as header row, a drop-down for every enumeration column,
 * date and amount formats), a sheet "Erläuterung" describing every column, and a hidden sheet "Listen"
 * holding the drop-down values (Excel limits inline lists to 255 characters).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { Spalte, SpaltenTyp, Tabelle } from '../pruefen/tabelle.js';
import { schreibeDateiAtomar } from '../ausgabe/schreibe-datei-atomar.js';
import { festeZipZeit } from './feste-zip-zeit.js';

/** Rows prepared with drop-downs and formats. */
const ZEILEN = 2000;

const TYP_TEXT: Record<SpaltenTyp, string> = {
  text: 'Text',
  betrag: 'Betrag in Euro, z. B. 69.200.000,50',
  ganzzahl: 'ganze Zahl',
  dezimal: 'Zahl mit höchstens zwei Nachkommastellen, z. B. 12,5',
  datum: 'Datum (TT.MM.JJJJ)',
  wahrheitswert: 'ja/nein; x = ja, leer = nein',
  aufzaehlung: 'Auswahl aus der Liste',
  aufzaehlungsliste: 'mehrere Werte aus der Liste, mit | getrennt',
  cluster: 'Cluster oder Teilthema (Slug oder Name aus cluster.json)',
  clusterliste: 'mehrere Cluster (Slug oder Name), mit | getrennt',
  handlungsfeld: 'Handlungsfeld des federführenden Clusters (Slug oder Name)',
};

/** Writes `<tabelle>.xlsx` for every table into `ordner`; refuses to overwrite. Returns the written paths. */
export async function schreibeVorlage(ordner: string, tabellen: readonly Tabelle[]): Promise<string[]> {
  const ziele = tabellen.map((t) => path.join(ordner, `${t.name}.xlsx`));
  for (const ziel of ziele) {
    if (existsSync(ziel)) throw new VorlageExistiert(ziel);
  }
  await mkdir(ordner, { recursive: true });
  // exceljs is large: loaded by the commands that need it, not at every start of the CLI.
  const { default: Excel } = await import('exceljs');
  for (const [i, tabelle] of tabellen.entries()) {
    await schreibeDateiAtomar(ziele[i] as string, festeZipZeit(Buffer.from(await baueMappe(Excel, tabelle).xlsx.writeBuffer())));
  }
  return ziele;
}

/** The target file exists already; nothing was written. */
export class VorlageExistiert extends Error {
  constructor(readonly pfad: string) {
    super(`${pfad} existiert bereits`);
  }
}

function baueMappe(Excel: typeof ExcelJS, tabelle: Tabelle): ExcelJS.Workbook {
  const mappe = new Excel.Workbook();
  mappe.creator = 'ewm-report';
  // Fixed dates: the same tool version writes byte-identical templates.
  mappe.created = new Date(Date.UTC(2020, 0, 1));
  mappe.modified = new Date(Date.UTC(2020, 0, 1));
  const blatt = mappe.addWorksheet(tabelle.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const erlaeuterung = mappe.addWorksheet('Erläuterung');
  const listen = mappe.addWorksheet('Listen', { state: 'hidden' });

  blatt.columns = tabelle.spalten.map((s) => ({ header: s.label, key: s.name, width: Math.max(12, Math.min(40, s.label.length + 4)) }));
  blatt.getRow(1).font = { bold: true };
  let listenSpalte = 0;
  tabelle.spalten.forEach((spalte, i) => {
    const buchstabe = blatt.getColumn(i + 1).letter;
    const bereich = `${buchstabe}2:${buchstabe}${ZEILEN}`;
    if (spalte.typ === 'datum') blatt.getColumn(i + 1).numFmt = 'dd.mm.yyyy';
    if (spalte.typ === 'betrag') blatt.getColumn(i + 1).numFmt = '#,##0.00';
    const werte = auswahl(spalte);
    if (werte === undefined) return;
    listenSpalte += 1;
    const spalteListe = listen.getColumn(listenSpalte);
    werte.forEach((w, j) => (listen.getCell(j + 1, listenSpalte).value = w));
    (blatt as unknown as { dataValidations: { add(bereich: string, regel: ExcelJS.DataValidation): void } }).dataValidations.add(bereich, {
      type: 'list',
      allowBlank: true,
      formulae: [`Listen!$${spalteListe.letter}$1:$${spalteListe.letter}$${werte.length}`],
      showErrorMessage: spalte.typ === 'aufzaehlung',
      errorStyle: 'stop',
      errorTitle: spalte.label,
      error: `Bitte einen Wert aus der Liste wählen: ${werte.join(', ')}`,
    });
  });

  erlaeuterung.columns = [
    { header: 'Spalte', key: 'label', width: 34 },
    { header: 'Name im Export', key: 'name', width: 22 },
    { header: 'Art', key: 'typ', width: 48 },
    { header: 'Pflicht', key: 'pflicht', width: 10 },
    { header: 'Erlaubte Werte', key: 'werte', width: 90 },
  ];
  erlaeuterung.getRow(1).font = { bold: true };
  for (const s of tabelle.spalten) {
    erlaeuterung.addRow({
      label: s.label,
      name: s.name,
      typ: TYP_TEXT[s.typ] + (s.minimum !== undefined ? `, ab ${s.minimum}` : ''),
      pflicht: s.pflicht ? 'ja' : 'nein',
      werte: s.aufzaehlung?.werte.map((w) => w.label).join(', ') ?? '',
    });
  }
  erlaeuterung.addRow({});
  erlaeuterung.addRow({ label: `Die Daten stehen im Blatt „${tabelle.name}“, eine Zeile je Datensatz, ab Zeile 2.` });
  erlaeuterung.addRow({ label: 'Spaltennamen: die Bezeichnung oder der Name im Export; unbekannte Spalten werden ignoriert.' });
  erlaeuterung.addRow({ label: 'Prüfen mit: ewm-report pruefen --daten ORDNER' });
  return mappe;
}

/** Drop-down values of a column: the enumeration labels, or ja/nein/x for booleans. */
function auswahl(spalte: Spalte): string[] | undefined {
  if (spalte.typ === 'wahrheitswert') return ['ja', 'nein', 'x'];
  if (spalte.typ === 'aufzaehlung' || spalte.typ === 'aufzaehlungsliste') return spalte.aufzaehlung?.werte.map((w) => w.label);
  return undefined;
}
